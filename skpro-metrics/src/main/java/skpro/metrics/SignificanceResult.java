package skpro.metrics;

/**
 * The outcome of a two-sided significance test: a test statistic and its p-value.
 */
public sealed interface SignificanceResult permits TTestResult, WilcoxonResult {

    /** @return the test statistic */
    double statistic();

    /** @return the two-sided p-value, in [0, 1] */
    double pValue();
}
