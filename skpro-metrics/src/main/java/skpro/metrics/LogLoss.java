package skpro.metrics;

import skpro.distributions.Distribution;
import skpro.metrics.internal.MetricChecks;

/**
 * Logarithmic loss (skpro's {@code LogLoss}): {@code L(p, y) = -log p(y)}, with p the density of
 * the prediction with respect to its own base measure. Lower is better; strictly proper.
 *
 * <p>Computed as {@code -yPred.logPdf(y)}, accurate where the density underflows. For discrete
 * and mixed predictions p is the probability mass at an atom (see
 * {@link Distribution#pdf(double[])}), so the loss of a count prediction is finite and proper,
 * where skpro's is +inf. An observation outside the support (or off the atoms of a discrete
 * prediction) has loss +inf; an observation at a point where the density is infinite has loss
 * -inf.
 */
public final class LogLoss implements ScoringRule {

    private static final LogLoss INSTANCE = new LogLoss();

    private LogLoss() {
    }

    /** @return the log-loss (it has no parameters) */
    public static LogLoss of() {
        return INSTANCE;
    }

    /** @return {@code "LogLoss"} */
    @Override
    public String name() {
        return "LogLoss";
    }

    /** @return true */
    @Override
    public boolean lowerIsBetter() {
        return true;
    }

    /**
     * @param yTrue one finite observation per row
     * @param yPred the predictions
     * @return {@code -log p_i(y_i)} per row
     * @throws IllegalArgumentException if an argument is null, the lengths differ or an
     *     observation is not finite
     */
    @Override
    public double[] evaluateByIndex(double[] yTrue, Distribution yPred) {
        MetricChecks.observations(yTrue, yPred);
        double[] out = yPred.logPdf(yTrue);
        for (int i = 0; i < out.length; i++) {
            out[i] = -out[i];
        }
        return out;
    }

    @Override
    public String toString() {
        return "LogLoss()";
    }
}
