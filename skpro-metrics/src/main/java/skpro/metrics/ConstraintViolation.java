package skpro.metrics;

import java.util.Arrays;

import skpro.metrics.internal.MetricChecks;

/**
 * Constraint violation of prediction intervals (skpro's {@code ConstraintViolation}): the
 * distance of the observation to its interval [l, u],
 * {@code L = l - y if y < l, y - u if y > u, else 0}. Lower is better.
 */
public final class ConstraintViolation implements IntervalMetric {

    private final double[] coverages;

    private ConstraintViolation(double[] coverages) {
        this.coverages = coverages;
    }

    /**
     * @param coverages the nominal coverages, at least one, each in (0, 1), no two equal
     * @return the metric
     * @throws IllegalArgumentException if coverages is null or empty, a coverage is not in
     *     (0, 1), or one is repeated
     */
    public static ConstraintViolation of(double... coverages) {
        return new ConstraintViolation(MetricChecks.openUnitLevels("coverages", coverages));
    }

    @Override
    public double[] coverages() {
        return coverages.clone();
    }

    /** @return {@code "ConstraintViolation"} */
    @Override
    public String name() {
        return "ConstraintViolation";
    }

    /** @return true */
    @Override
    public boolean lowerIsBetter() {
        return true;
    }

    /**
     * @return max(lower - y, 0) + max(y - upper, 0), the distance of y outside the interval
     */
    @Override
    public double loss(double y, double lower, double upper, double coverage) {
        return y < lower ? lower - y : y > upper ? y - upper : 0.0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConstraintViolation other && Arrays.equals(coverages, other.coverages);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(coverages);
    }

    @Override
    public String toString() {
        return "ConstraintViolation(coverages=" + Arrays.toString(coverages) + ")";
    }
}
