package skpro.metrics;

import skpro.metrics.internal.StatChecks;

/**
 * One strategy compared with a baseline on the same rows, as listed by
 * {@link PairedComparison#againstBaseline(double[], double[][], PairedTest)}: the paired losses
 * (strategy minus baseline), the test's result and its Holm-adjusted p-value across all the
 * strategies compared with that baseline. An immutable value.
 */
public final class BaselineComparison {

    private final int strategy;
    private final PairedComparison comparison;
    private final SignificanceResult test;
    private final double adjustedPValue;

    private BaselineComparison(int strategy, PairedComparison comparison, SignificanceResult test,
                               double adjustedPValue) {
        this.strategy = strategy;
        this.comparison = comparison;
        this.test = test;
        this.adjustedPValue = adjustedPValue;
    }

    /**
     * @param strategy the strategy's index among the compared strategies, &gt;= 0
     * @param comparison its losses paired with the baseline's (strategy = A, baseline = B)
     * @param test the test's result on {@code comparison}
     * @param adjustedPValue the Holm-adjusted p-value, in [test.pValue(), 1]
     * @return the value
     * @throws IllegalArgumentException if an argument is null, the index is negative, or the
     *     adjusted p-value is not in [test.pValue(), 1]
     */
    public static BaselineComparison of(int strategy, PairedComparison comparison,
                                        SignificanceResult test, double adjustedPValue) {
        StatChecks.atLeast("strategy", strategy, 0);
        StatChecks.notNull("comparison", comparison);
        StatChecks.notNull("test", test);
        if (!(adjustedPValue >= test.pValue() && adjustedPValue <= 1.0)) {
            throw new IllegalArgumentException("adjustedPValue must be in [" + test.pValue()
                + ", 1], got " + adjustedPValue);
        }
        return new BaselineComparison(strategy, comparison, test, adjustedPValue);
    }

    /** @return the strategy's index (its row in the {@code others} array) */
    public int strategy() {
        return strategy;
    }

    /** @return the paired losses, A = this strategy, B = the baseline */
    public PairedComparison comparison() {
        return comparison;
    }

    /** @return mean(strategy - baseline); negative where the strategy has the lower losses */
    public double meanDifference() {
        return comparison.meanDifference();
    }

    /** @return the test's result (statistic and unadjusted p-value) */
    public SignificanceResult test() {
        return test;
    }

    /** @return the unadjusted two-sided p-value */
    public double pValue() {
        return test.pValue();
    }

    /** @return the Holm-adjusted p-value */
    public double adjustedPValue() {
        return adjustedPValue;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BaselineComparison c
            && strategy == c.strategy
            && comparison.equals(c.comparison)
            && test.equals(c.test)
            && Double.compare(adjustedPValue, c.adjustedPValue) == 0;
    }

    @Override
    public int hashCode() {
        int h = strategy;
        h = 31 * h + comparison.hashCode();
        h = 31 * h + test.hashCode();
        return 31 * h + Double.hashCode(adjustedPValue);
    }

    /** @return e.g. {@code strategy 1: mean difference -0.0312, t = -2.1 (df = 9), p = 0.065, Holm p = 0.13} */
    @Override
    public String toString() {
        return "strategy " + strategy + ": mean difference "
            + ConfidenceInterval.Formats.number(meanDifference()) + ", " + test + ", Holm p = "
            + ConfidenceInterval.Formats.number(adjustedPValue);
    }
}
