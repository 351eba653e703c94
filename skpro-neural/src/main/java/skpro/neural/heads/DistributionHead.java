package skpro.neural.heads;

import org.nd4j.linalg.api.ndarray.INDArray;

import skpro.distributions.Distribution;

/**
 * Maps a network's raw outputs, {@code [rows, numOutputs()]}, to one predictive distribution per
 * row, and scores it: the loss averaged over rows and its gradient with respect to the raw outputs
 * (computed in float64 whatever the raw data type, then returned in that type).
 *
 * <p>Implementations constrain parameters smoothly (e.g. scale = softplus(raw) + floor) so that
 * every raw output gives a valid law.
 */
public interface DistributionHead {

    /** @return the number of raw outputs per row the network must produce */
    int numOutputs();

    /**
     * @param raw {@code [rows, numOutputs()]} raw outputs
     * @return the predictive distributions, one row each
     * @throws IllegalArgumentException if raw's shape does not fit
     */
    Distribution distribution(INDArray raw);

    /**
     * @param raw {@code [rows, numOutputs()]} raw outputs
     * @param y the targets, one per row (class indices as doubles for categorical heads)
     * @param score the loss
     * @return the mean loss and its gradient
     * @throws IllegalArgumentException if the shapes differ, a target is invalid for the head
     *     (e.g. not a class index), or the head does not support the score
     */
    HeadLoss loss(INDArray raw, double[] y, Score score);

    /**
     * Checks a whole target vector before training, so that bad targets are reported with their
     * index in the data rather than in a minibatch.
     *
     * @param y the targets
     * @throws IllegalArgumentException if y is null or a value is not finite (or, for categorical
     *     heads, not a class index); the message names the index and value
     */
    default void checkTargets(double[] y) {
        HeadMath.checkTargets(y, y == null ? 0 : y.length, getClass().getSimpleName());
    }

    /**
     * @param score a loss
     * @return whether {@link #loss} accepts it (all heads accept NLL)
     */
    default boolean supports(Score score) {
        return score == Score.NLL;
    }
}
