package skpro.metrics;

import skpro.metrics.internal.StatChecks;

/**
 * The result of a Wilcoxon signed-rank test on paired differences d_i = a_i - b_i. An immutable
 * value; made by {@link PairedComparison#wilcoxonSignedRank()}.
 *
 * <p>Zero differences are discarded (scipy's default {@code zero_method='wilcox'}); the m
 * remaining absolute differences are ranked 1..m, ties sharing their mean rank, and the statistic
 * is W+ = the sum of the ranks of the positive differences (W- = m(m+1)/2 - W+). Under the null
 * hypothesis (differences symmetric about 0) E W+ = m(m+1)/4. See {@link PairedComparison} for how
 * the two-sided p-value is computed.
 */
public final class WilcoxonResult implements SignificanceResult {

    private final double statistic;
    private final double pValue;
    private final int nonZero;
    private final int zeros;
    private final boolean ties;
    private final WilcoxonMethod method;

    private WilcoxonResult(double statistic, double pValue, int nonZero, int zeros, boolean ties,
                           WilcoxonMethod method) {
        this.statistic = statistic;
        this.pValue = pValue;
        this.nonZero = nonZero;
        this.zeros = zeros;
        this.ties = ties;
        this.method = method;
    }

    /**
     * @param statistic W+, in [0, m(m+1)/2]
     * @param pValue the two-sided p-value, in [0, 1]
     * @param nonZero m, the number of non-zero differences
     * @param zeros the number of zero differences discarded
     * @param ties whether two non-zero absolute differences are equal
     * @param method {@link WilcoxonMethod#EXACT} or {@link WilcoxonMethod#NORMAL}, the method used
     * @return the result
     * @throws IllegalArgumentException if a count is negative, the statistic is outside
     *     [0, m(m+1)/2], the p-value is not in [0, 1], or the method is null or AUTO
     */
    public static WilcoxonResult of(double statistic, double pValue, int nonZero, int zeros,
                                    boolean ties, WilcoxonMethod method) {
        StatChecks.atLeast("nonZero", nonZero, 0);
        StatChecks.atLeast("zeros", zeros, 0);
        double max = 0.5 * nonZero * (nonZero + 1.0);
        if (!(statistic >= 0.0 && statistic <= max)) {
            throw new IllegalArgumentException(
                "statistic must be in [0, " + max + "], got " + statistic);
        }
        if (!(pValue >= 0.0 && pValue <= 1.0)) {
            throw new IllegalArgumentException("pValue must be in [0, 1], got " + pValue);
        }
        StatChecks.notNull("method", method);
        if (method == WilcoxonMethod.AUTO) {
            throw new IllegalArgumentException("method must be EXACT or NORMAL, got AUTO");
        }
        return new WilcoxonResult(statistic, pValue, nonZero, zeros, ties, method);
    }

    /** @return W+, the sum of the ranks of the positive differences */
    @Override
    public double statistic() {
        return statistic;
    }

    /** @return W- = m(m+1)/2 - W+, the sum of the ranks of the negative differences */
    public double negativeRankSum() {
        return 0.5 * nonZero * (nonZero + 1.0) - statistic;
    }

    /** @return the two-sided p-value */
    @Override
    public double pValue() {
        return pValue;
    }

    /** @return m, the number of non-zero differences the test used */
    public int nonZero() {
        return nonZero;
    }

    /** @return the number of zero differences discarded */
    public int zeros() {
        return zeros;
    }

    /** @return whether two non-zero absolute differences were tied */
    public boolean hasTies() {
        return ties;
    }

    /** @return the method that gave the p-value, EXACT or NORMAL */
    public WilcoxonMethod method() {
        return method;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WilcoxonResult r
            && Double.compare(statistic, r.statistic) == 0
            && Double.compare(pValue, r.pValue) == 0
            && nonZero == r.nonZero && zeros == r.zeros && ties == r.ties && method == r.method;
    }

    @Override
    public int hashCode() {
        int h = Double.hashCode(statistic);
        h = 31 * h + Double.hashCode(pValue);
        h = 31 * h + nonZero;
        h = 31 * h + zeros;
        h = 31 * h + Boolean.hashCode(ties);
        return 31 * h + method.hashCode();
    }

    /** @return e.g. {@code W+ = 46 (m = 10, 0 zeros discarded, EXACT), p = 0.0644531} */
    @Override
    public String toString() {
        return "W+ = " + ConfidenceInterval.Formats.number(statistic) + " (m = " + nonZero + ", "
            + zeros + " zeros discarded" + (ties ? ", ties" : "") + ", " + method + "), p = "
            + ConfidenceInterval.Formats.number(pValue);
    }
}
