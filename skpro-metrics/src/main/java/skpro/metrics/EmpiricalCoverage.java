package skpro.metrics;

import java.util.Arrays;

import skpro.metrics.internal.MetricChecks;

/**
 * Empirical coverage of prediction intervals (skpro's {@code EmpiricalCoverage}): for an
 * interval [l, u] and an observation y, {@code L = 1 if l < y < u, else 0} (strict inequalities,
 * as skpro: an observation on a bound is not covered). Averaged over rows it is the fraction of
 * observations inside their intervals, to be compared with the nominal coverage.
 *
 * <p>{@link #lowerIsBetter()} is false, as skpro's {@code lower_is_better} tag. Coverage is not a
 * score to optimise in either direction (the target is the nominal coverage, and
 * [-inf, inf] covers everything); report it beside {@link IntervalWidth} or use
 * {@link IntervalScore}, which is proper. The flag only says how skpro sorts it.
 */
public final class EmpiricalCoverage implements IntervalMetric {

    private final double[] coverages;

    private EmpiricalCoverage(double[] coverages) {
        this.coverages = coverages;
    }

    /**
     * @param coverages the nominal coverages, at least one, each in (0, 1), no two equal
     * @return the metric
     * @throws IllegalArgumentException if coverages is null or empty, a coverage is not in
     *     (0, 1), or one is repeated
     */
    public static EmpiricalCoverage of(double... coverages) {
        return new EmpiricalCoverage(MetricChecks.openUnitLevels("coverages", coverages));
    }

    @Override
    public double[] coverages() {
        return coverages.clone();
    }

    /** @return {@code "EmpiricalCoverage"} */
    @Override
    public String name() {
        return "EmpiricalCoverage";
    }

    /** @return false */
    @Override
    public boolean lowerIsBetter() {
        return false;
    }

    /**
     * @return 1 if lower &lt; y &lt; upper (strict inclusion, as skpro), else 0
     */
    @Override
    public double loss(double y, double lower, double upper, double coverage) {
        return lower < y && y < upper ? 1.0 : 0.0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EmpiricalCoverage other && Arrays.equals(coverages, other.coverages);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(coverages);
    }

    @Override
    public String toString() {
        return "EmpiricalCoverage(coverages=" + Arrays.toString(coverages) + ")";
    }
}
