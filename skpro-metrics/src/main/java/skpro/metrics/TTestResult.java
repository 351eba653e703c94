package skpro.metrics;

import skpro.metrics.internal.StatChecks;

/**
 * The result of a paired (one-sample) Student t-test on differences d_1 .. d_n:
 * t = mean(d) / (s / sqrt(n)) with s the sample standard deviation (ddof = 1), df = n - 1
 * degrees of freedom, and the two-sided p-value p = 2 P(T_df &gt;= |t|). An immutable value;
 * made by {@link PairedComparison#pairedTTest()}.
 */
public final class TTestResult implements SignificanceResult {

    private final double statistic;
    private final int degreesOfFreedom;
    private final double pValue;

    private TTestResult(double statistic, int degreesOfFreedom, double pValue) {
        this.statistic = statistic;
        this.degreesOfFreedom = degreesOfFreedom;
        this.pValue = pValue;
    }

    /**
     * @param statistic the t statistic (+-infinity when the differences are constant and not 0)
     * @param degreesOfFreedom n - 1, at least 1
     * @param pValue the two-sided p-value, in [0, 1]
     * @return the result
     * @throws IllegalArgumentException if the statistic is NaN, the degrees of freedom are below
     *     1, or the p-value is not in [0, 1]
     */
    public static TTestResult of(double statistic, int degreesOfFreedom, double pValue) {
        if (Double.isNaN(statistic)) {
            throw new IllegalArgumentException("statistic must not be NaN");
        }
        StatChecks.atLeast("degreesOfFreedom", degreesOfFreedom, 1);
        if (!(pValue >= 0.0 && pValue <= 1.0)) {
            throw new IllegalArgumentException("pValue must be in [0, 1], got " + pValue);
        }
        return new TTestResult(statistic, degreesOfFreedom, pValue);
    }

    /** @return the t statistic, mean(d) / se(d) */
    @Override
    public double statistic() {
        return statistic;
    }

    /** @return the degrees of freedom, n - 1 */
    public int degreesOfFreedom() {
        return degreesOfFreedom;
    }

    /** @return the two-sided p-value 2 P(T_df &gt;= |t|) */
    @Override
    public double pValue() {
        return pValue;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TTestResult r
            && Double.compare(statistic, r.statistic) == 0
            && degreesOfFreedom == r.degreesOfFreedom
            && Double.compare(pValue, r.pValue) == 0;
    }

    @Override
    public int hashCode() {
        return (31 * Double.hashCode(statistic) + degreesOfFreedom) * 31 + Double.hashCode(pValue);
    }

    /** @return e.g. {@code t = 2.31 (df = 9), p = 0.0462} */
    @Override
    public String toString() {
        return "t = " + ConfidenceInterval.Formats.number(statistic) + " (df = " + degreesOfFreedom
            + "), p = " + ConfidenceInterval.Formats.number(pValue);
    }
}
