package skpro.metrics;

import skpro.distributions.Distribution;
import skpro.metrics.internal.MetricChecks;

/**
 * Linearized logarithmic loss (skpro's {@code LinearizedLogLoss}): the log-loss with its
 * logarithm replaced, below a density level r (the {@code range}), by its tangent at r:
 * <pre>
 *   L(p, y) = -log p(y)                   if p(y) &ge; r
 *   L(p, y) = 1 - log r - p(y) / r        if p(y) &lt; r
 * </pre>
 * so that the loss is bounded by 1 - log r (an observation of density 0 costs exactly that)
 * and continuous in p(y). This is skpro's formula as implemented ({@code -pdf / range -
 * log(range) + 1} below the range); skpro's docstring writes the linear branch in terms of
 * p(r), which its code does not do. Lower is better.
 *
 * <p>p is the density with respect to the prediction's base measure (the mass for discrete
 * predictions; skpro returns NaN for them).
 */
public final class LinearizedLogLoss implements ScoringRule {

    private final double range;

    private LinearizedLogLoss(double range) {
        this.range = range;
    }

    /** @return the loss with skpro's default range r = 1 */
    public static LinearizedLogLoss of() {
        return new LinearizedLogLoss(1.0);
    }

    /**
     * @param range the density level r below which the loss is linear, finite and &gt; 0
     * @return the loss
     * @throws IllegalArgumentException if range is not finite and positive
     */
    public static LinearizedLogLoss of(double range) {
        return new LinearizedLogLoss(MetricChecks.positiveFinite("range", range));
    }

    /** @return the range r */
    public double range() {
        return range;
    }

    /** @return {@code "LinearizedLogLoss"} */
    @Override
    public String name() {
        return "LinearizedLogLoss";
    }

    /** @return true */
    @Override
    public boolean lowerIsBetter() {
        return true;
    }

    /**
     * @param yTrue one finite observation per row
     * @param yPred the predictions
     * @return the linearized log-loss per row
     * @throws IllegalArgumentException if an argument is null, the lengths differ or an
     *     observation is not finite
     */
    @Override
    public double[] evaluateByIndex(double[] yTrue, Distribution yPred) {
        MetricChecks.observations(yTrue, yPred);
        double[] out = yPred.pdf(yTrue);
        double offset = 1.0 - Math.log(range);
        double slope = 1.0 / range;
        for (int i = 0; i < out.length; i++) {
            double p = out[i];
            out[i] = p < range ? offset - p * slope : -Math.log(p);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinearizedLogLoss other && Double.compare(range, other.range) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(range);
    }

    @Override
    public String toString() {
        return "LinearizedLogLoss(range=" + range + ")";
    }
}
