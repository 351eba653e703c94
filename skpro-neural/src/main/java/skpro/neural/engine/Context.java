package skpro.neural.engine;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What a forward pass needs besides its input: whether it is training (dropout active), the
 * padding mask of a batch of sequences, and the random seed of this step.
 *
 * <p>Randomness is stateless: a layer asks {@link #random(Layer)} for a generator seeded by the
 * step's seed and the layer's position in its network, so a step can be recomputed (gradient
 * checks, resumed training) with exactly the same dropout masks.
 *
 * <p>Mask: {@code [batch, sequence]}, 1 at valid positions and 0 at padding, in the input's data
 * type; null means every position is valid.
 */
public final class Context {
    private static final Map<Layer, Integer> NO_POSITIONS = Map.of();
    private final boolean training;
    private final long seed;
    private final INDArray mask;
    private final Map<Layer, Integer> positions;

    private Context(boolean training, long seed, INDArray mask, Map<Layer, Integer> positions) {
        this.training = training;
        this.seed = seed;
        this.mask = mask;
        this.positions = positions;
    }

    /** @return an inference context: no dropout, no mask */
    public static Context inference() {
        return new Context(false, 0L, null, NO_POSITIONS);
    }

    /**
     * @param seed the step's seed (derive it from the run's seed and the step number)
     * @return a training context without a mask
     */
    public static Context training(long seed) {
        return new Context(true, seed, null, NO_POSITIONS);
    }

    /**
     * @param paddingMask {@code [batch, sequence]} with 1 at valid positions and 0 at padding, or
     *     null for none
     * @return a copy with this mask
     * @throws IllegalArgumentException if the mask is not 2-D or has values other than 0 and 1
     */
    public Context withMask(INDArray paddingMask) {
        if (paddingMask != null) {
            if (paddingMask.rank() != 2) {
                throw new IllegalArgumentException("paddingMask must be [batch, sequence], got shape "
                    + Arrays.toString(paddingMask.shape()));
            }
            double nonBinary = paddingMask.mul(paddingMask.rsub(1.0)).amaxNumber().doubleValue();
            if (nonBinary != 0.0) {
                throw new IllegalArgumentException("paddingMask must hold only 0 and 1");
            }
        }
        return new Context(training, seed, paddingMask, positions);
    }

    /**
     * @param network the network whose layer positions seed the layers' generators
     * @return a copy that knows the network's layer positions
     */
    Context withPositions(Map<Layer, Integer> network) {
        return new Context(training, seed, mask, network);
    }

    /** @return whether this pass trains (dropout active) */
    public boolean isTraining() {
        return training;
    }

    /** @return the step's seed */
    public long seed() {
        return seed;
    }

    /** @return the padding mask or null */
    public INDArray mask() {
        return mask;
    }

    /**
     * @param layer the asking layer
     * @return a generator determined by the step's seed and the layer's position in its network
     *     (position 0 outside a network)
     */
    public SplittableRandom random(Layer layer) {
        Integer position = positions.get(layer);
        long p = position == null ? 0 : position;
        return new SplittableRandom(mix(seed ^ mix(p + 0x9E3779B97F4A7C15L)));
    }

    /**
     * SplitMix64's finaliser: a bijective, well-mixed function of a long.
     *
     * @param z the input
     * @return the mixed value
     */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static Map<Layer, Integer> positionsOf(Layer root) {
        Map<Layer, Integer> out = new IdentityHashMap<>();
        number(root, out);
        return out;
    }

    private static void number(Layer layer, Map<Layer, Integer> out) {
        if (out.containsKey(layer)) {
            throw new IllegalArgumentException("layer " + layer.name() + " appears twice in the network");
        }
        out.put(layer, out.size());
        for (Layer child : layer.children()) {
            number(child, out);
        }
    }
}
