package skpro.neural.optim;

import java.util.List;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The mutable state of one optimiser on one network: applies steps in place and exposes its
 * buffers for checkpoints (and for sparsity methods that reset the moments of regrown weights).
 */
public interface OptimizerState {

    /**
     * Updates the values in place from the gradients and increments {@link #steps()}.
     *
     * @param values the flat parameter values, changed
     * @param gradients the flat gradients (not changed)
     * @param learningRate this step's learning rate, &gt;= 0
     * @throws IllegalArgumentException if the vectors' lengths differ from the state's or the rate
     *     is negative or not finite
     */
    void step(INDArray values, INDArray gradients, double learningRate);

    /** @return the number of steps applied so far */
    long steps();

    /**
     * @return the state's vectors (e.g. Adam's first and second moments), each of the flat length,
     *     live: writing them changes the state
     */
    List<INDArray> buffers();

    /**
     * Replaces the state (for resuming from a checkpoint).
     *
     * @param steps the step count
     * @param buffers values for {@link #buffers()}, same count and lengths
     * @throws IllegalArgumentException if the count or a length differs, or steps is negative
     */
    void restore(long steps, List<INDArray> buffers);
}
