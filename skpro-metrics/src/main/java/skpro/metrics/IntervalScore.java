package skpro.metrics;

import java.util.Arrays;

import skpro.metrics.internal.MetricChecks;

/**
 * Interval score, also Winkler score (Winkler 1972; Gneiting and Raftery 2007, eq. 43): for a
 * central interval [l, u] at coverage c = 1 - a and an observation y,
 * <pre>
 *   IS_a(l, u; y) = (u - l) + (2 / a) (l - y) 1{y &lt; l} + (2 / a) (y - u) 1{y &gt; u}.
 * </pre>
 * It rewards narrow intervals and penalises misses in proportion to their distance; lower is
 * better, and it is proper for the (a/2, 1 - a/2) quantile pair: IS_a = (2 / a)
 * (rho_(a/2)(y, l) + rho_(1 - a/2)(y, u)) with rho the {@link PinballLoss}. Not in skpro.
 */
public final class IntervalScore implements IntervalMetric {

    private final double[] coverages;

    private IntervalScore(double[] coverages) {
        this.coverages = coverages;
    }

    /**
     * @param coverages the nominal coverages, at least one, each in (0, 1), no two equal
     * @return the metric
     * @throws IllegalArgumentException if coverages is null or empty, a coverage is not in
     *     (0, 1), or one is repeated
     */
    public static IntervalScore of(double... coverages) {
        return new IntervalScore(MetricChecks.openUnitLevels("coverages", coverages));
    }

    @Override
    public double[] coverages() {
        return coverages.clone();
    }

    /** @return {@code "IntervalScore"} */
    @Override
    public String name() {
        return "IntervalScore";
    }

    /** @return true */
    @Override
    public boolean lowerIsBetter() {
        return true;
    }

    /**
     * @return (upper - lower) + (2 / (1 - c)) (lower - y)^+ + (2 / (1 - c)) (y - upper)^+ (Winkler)
     */
    @Override
    public double loss(double y, double lower, double upper, double coverage) {
        double penalty = 2.0 / (1.0 - coverage);
        double s = upper - lower;
        if (y < lower) {
            s += penalty * (lower - y);
        } else if (y > upper) {
            s += penalty * (y - upper);
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntervalScore other && Arrays.equals(coverages, other.coverages);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(coverages);
    }

    @Override
    public String toString() {
        return "IntervalScore(coverages=" + Arrays.toString(coverages) + ")";
    }
}
