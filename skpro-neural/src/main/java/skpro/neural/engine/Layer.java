package skpro.neural.engine;

import java.util.List;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A differentiable layer with an explicit backward pass.
 *
 * <p>Life cycle: a layer declares its trainable tensors ({@link #params()}); {@link
 * Parameters#allocate} places them in one flat buffer and hands the layer views of its values and
 * of their gradients ({@link #bind}). {@link #forward} computes the output and keeps what the
 * backward pass needs; {@link #backward} takes dL/d(output), <em>adds</em> the parameters'
 * gradients into the bound gradient views (so shared weights accumulate) and returns dL/d(input).
 * A layer is therefore stateful between a forward and its backward and not thread-safe; a model
 * that predicts from several threads synchronises or builds one network per thread.
 *
 * <p>Data type: a layer computes in the data type of its input and parameters (float32 for
 * training, float64 for gradient checks) and never mixes them.
 *
 * <p>Shapes: dense layers act on the last axis of a 2-D {@code [rows, features]} or 3-D
 * {@code [batch, sequence, features]} input; sequence layers take {@code [batch, sequence,
 * features]} and read the padding mask from the {@link Context}.
 */
public interface Layer {

    /** @return the trainable tensors this layer itself owns (not its children's), in bind order */
    default List<ParamSpec> params() {
        return List.of();
    }

    /** @return the layers inside this one (containers), in order; empty for a leaf */
    default List<Layer> children() {
        return List.of();
    }

    /**
     * Receives views into the flat buffers, one per {@link #params()} entry, in that order and
     * shaped as declared ({@link Parameters#allocate} guarantees it, so a layer need not recount).
     *
     * @param values the parameter values
     * @param gradients the parameter gradients, same shapes
     * @throws IllegalStateException if the layer is already bound to a network
     */
    default void bind(List<INDArray> values, List<INDArray> gradients) {
        if (!values.isEmpty() || !gradients.isEmpty()) {
            throw new IllegalStateException(name() + " has no parameters to bind");
        }
    }

    /**
     * @param inputShape the input's shape
     * @return the output's shape
     * @throws IllegalArgumentException if the layer cannot take that shape (the message names it)
     */
    long[] outputShape(long[] inputShape);

    /**
     * @param input the input (not modified)
     * @param context training or inference, the padding mask, the step's random seed
     * @return the output (a new array)
     * @throws IllegalArgumentException if the input's shape does not fit
     */
    INDArray forward(INDArray input, Context context);

    /**
     * @param outputGradient dL/d(output) of the last forward call (not modified)
     * @return dL/d(input), a new array
     * @throws IllegalStateException if no forward pass preceded it
     */
    INDArray backward(INDArray outputGradient);

    /**
     * @param inputShape the input's shape
     * @return this layer's forward and backward operations on that input, children included
     */
    Flops flops(long[] inputShape);

    /**
     * Adds this layer's FLOPs to a report, one entry per leaf layer; containers override this to
     * report their children (and their own operations, if any).
     *
     * @param path this layer's path in the network
     * @param inputShape the input's shape
     * @param report receives the entries
     */
    default void reportFlops(String path, long[] inputShape, FlopReport.Builder report) {
        report.add(path, this, flops(inputShape));
    }

    /** @return a short name for paths and messages, by default the simple class name */
    default String name() {
        return getClass().getSimpleName();
    }
}
