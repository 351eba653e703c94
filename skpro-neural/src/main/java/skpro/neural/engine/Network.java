package skpro.neural.engine;

import java.util.Map;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A layer tree bound to its flat {@link Parameters}: forward, backward, FLOPs.
 *
 * <p>Not thread-safe (layers keep activations between forward and backward).
 */
public final class Network {
    static {
        NativeSettings.apply();
    }

    private final Layer root;
    private final Parameters parameters;
    private final Map<Layer, Integer> positions;
    private final DataType dataType;

    private Network(Layer root, Parameters parameters, DataType dataType) {
        this.root = root;
        this.parameters = parameters;
        this.positions = Context.positionsOf(root);
        this.dataType = dataType;
    }

    /**
     * @param root the root layer (a fresh tree, not bound to another network)
     * @param dataType FLOAT or DOUBLE
     * @param seed seeds the initial weights
     * @return the network with initialised weights
     * @throws IllegalArgumentException as {@link Parameters#allocate}
     */
    public static Network of(Layer root, DataType dataType, long seed) {
        return new Network(root, Parameters.allocate(root, dataType, seed), dataType);
    }

    /**
     * @param input the input, in this network's data type
     * @param context training or inference (its layer generators are keyed to this network)
     * @return the output
     * @throws IllegalArgumentException if the input's data type differs from the network's
     */
    public INDArray forward(INDArray input, Context context) {
        if (input.dataType() != dataType && !input.dataType().isIntType()) {
            throw new IllegalArgumentException("input has data type " + input.dataType() + " but the network "
                + dataType);
        }
        return root.forward(input, context.withPositions(positions));
    }

    /**
     * Adds dL/d(parameters) into {@link Parameters#gradients()} (zero them first with
     * {@link Parameters#zeroGradients()}).
     *
     * @param outputGradient dL/d(output) of the last forward pass
     * @return dL/d(input)
     */
    public INDArray backward(INDArray outputGradient) {
        return root.backward(outputGradient);
    }

    /** @return the root layer */
    public Layer root() {
        return root;
    }

    /** @return the flat parameters */
    public Parameters parameters() {
        return parameters;
    }

    /** @return the data type */
    public DataType dataType() {
        return dataType;
    }

    /**
     * @param inputShape the input's shape, e.g. {@code [batch, features]}
     * @return the output shape
     */
    public long[] outputShape(long[] inputShape) {
        return root.outputShape(inputShape.clone());
    }

    /**
     * @param inputShape the input's shape
     * @return forward and backward FLOPs per leaf layer and in total, for one pass over that input
     */
    public FlopReport flops(long[] inputShape) {
        return FlopReport.of(root, inputShape);
    }
}
