package skpro.metrics;

import java.util.Arrays;

import skpro.metrics.internal.MetricChecks;

/**
 * Width of prediction intervals, also called sharpness (skpro's {@code IntervalWidth}): for an
 * interval [l, u], {@code W = u - l}, whatever the observation (which is still validated).
 * Lower is better at a given coverage.
 */
public final class IntervalWidth implements IntervalMetric {

    private final double[] coverages;

    private IntervalWidth(double[] coverages) {
        this.coverages = coverages;
    }

    /**
     * @param coverages the nominal coverages, at least one, each in (0, 1), no two equal
     * @return the metric
     * @throws IllegalArgumentException if coverages is null or empty, a coverage is not in
     *     (0, 1), or one is repeated
     */
    public static IntervalWidth of(double... coverages) {
        return new IntervalWidth(MetricChecks.openUnitLevels("coverages", coverages));
    }

    @Override
    public double[] coverages() {
        return coverages.clone();
    }

    /** @return {@code "IntervalWidth"} */
    @Override
    public String name() {
        return "IntervalWidth";
    }

    /** @return true */
    @Override
    public boolean lowerIsBetter() {
        return true;
    }

    /**
     * @return upper - lower
     */
    @Override
    public double loss(double y, double lower, double upper, double coverage) {
        return upper - lower;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntervalWidth other && Arrays.equals(coverages, other.coverages);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(coverages);
    }

    @Override
    public String toString() {
        return "IntervalWidth(coverages=" + Arrays.toString(coverages) + ")";
    }
}
