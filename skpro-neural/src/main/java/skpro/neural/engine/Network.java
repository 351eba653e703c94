package skpro.neural.engine;

import java.util.List;
import java.util.Map;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.BooleanIndexing;
import org.nd4j.linalg.indexing.conditions.Conditions;

/**
 * A layer tree bound to its flat {@link Parameters}: forward, backward, FLOPs.
 *
 * <p>Not thread-safe (layers keep activations between forward and backward).
 */
public final class Network {
    static {
        NativeSettings.apply();
        NativeSettings.configureBackend();
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
        if (input == null || context == null) {
            throw new IllegalArgumentException((input == null ? "input" : "context") + " must not be null");
        }
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

    /**
     * Diagnoses a non-finite output: runs the root's children one by one (the root itself if it is
     * a leaf) on the input with the given context (the same dropout masks as the step being
     * diagnosed) and names the first whose output holds a NaN or an infinity.
     *
     * @param input the input of the failing pass
     * @param context its context
     * @return the path of that layer, e.g. {@code 0:Sequential/0:Linear}, or null if every output
     *     is finite
     */
    public String firstNonFiniteOutput(INDArray input, Context context) {
        Context ctx = context.withPositions(positions);
        List<Layer> layers = root.children().isEmpty() ? List.of(root) : root.children();
        String prefix = root.children().isEmpty() ? "" : "0:" + root.name() + "/";
        INDArray h = input;
        for (int i = 0; i < layers.size(); i++) {
            h = layers.get(i).forward(h, ctx);
            if (!finite(h)) {
                return prefix + i + ":" + layers.get(i).name();
            }
        }
        return null;
    }

    private static boolean finite(INDArray a) {
        return !BooleanIndexing.or(a, Conditions.isNan()) && !BooleanIndexing.or(a, Conditions.isInfinite());
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
