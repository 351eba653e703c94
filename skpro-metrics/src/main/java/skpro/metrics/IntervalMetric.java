package skpro.metrics;

import skpro.distributions.Distribution;
import skpro.metrics.internal.MetricChecks;
import skpro.metrics.internal.RuleAverages;

/**
 * A score of central prediction intervals at nominal coverages c_1..c_k (skpro's interval
 * metrics: {@link EmpiricalCoverage}, {@link IntervalWidth}, {@link ConstraintViolation}, and
 * {@link IntervalScore}).
 *
 * <p>Predictions are either a {@link Distribution}, asked for {@code interval(c_j)} (the
 * equal-tailed interval [Q(1/2 - c/2), Q(1/2 + c/2)], as skpro), or explicit tables: one n x 2
 * table {@code [lower, upper]} per coverage, in the order of {@link #coverages()}, with finite
 * bounds and lower &le; upper.
 *
 * <p>Averaging as skpro with {@code score_average=True}: the value of a row is the mean over the
 * coverages ({@link #evaluateByIndex}), {@code evaluate} its mean over rows. skpro's
 * {@code score_average=False} is {@link #lossesByCoverage} (n x k) and
 * {@link #evaluateByCoverage} (k means). Several outputs: the {@link ScoringRule} methods
 * taking lists of distributions (column j scored against its own intervals; skpro 2.14
 * misaligns the columns of EmpiricalCoverage and ConstraintViolation with two or more outputs
 * and coverages, which is not copied), or one call per column on tables.
 */
public interface IntervalMetric extends ScoringRule {

    /** @return the nominal coverages, in the order given (a copy) */
    double[] coverages();

    /**
     * The value of every row at every coverage (skpro's {@code evaluate_by_index} with
     * {@code score_average=False}).
     *
     * @param yTrue one finite observation per row
     * @param intervals one n x 2 table {@code [lower, upper]} per coverage, in the order of
     *     {@link #coverages()}
     * @return n x k values
     * @throws IllegalArgumentException if an argument is null, the number of tables differs from
     *     the number of coverages, a shape differs, a value is not finite, or lower &gt; upper
     */
    default double[][] lossesByCoverage(double[] yTrue, double[][]... intervals) {
        MetricChecks.notNull("yTrue", yTrue);
        double[] c = coverages();
        MetricChecks.intervalTables(intervals, c.length, yTrue.length);
        MetricChecks.finite("yTrue", yTrue);
        int n = yTrue.length;
        double[][] out = new double[n][c.length];
        for (int j = 0; j < c.length; j++) {
            double[][] iv = intervals[j];
            for (int i = 0; i < n; i++) {
                out[i][j] = loss(yTrue[i], iv[i][0], iv[i][1], c[j]);
            }
        }
        return out;
    }

    /**
     * The value of one row: the metric's formula for an observation and an interval.
     *
     * @param y the observation, finite
     * @param lower the interval's lower end, finite
     * @param upper the interval's upper end, finite, &ge; lower
     * @param coverage the interval's nominal coverage, in (0, 1)
     * @return the row's value
     */
    double loss(double y, double lower, double upper, double coverage);

    /**
     * @param yTrue one finite observation per row
     * @param yPred the predictions, asked for {@code interval(c)} at every coverage
     * @return n x k values
     * @throws IllegalArgumentException if an argument is null, the lengths differ or an
     *     observation is not finite
     */
    default double[][] lossesByCoverage(double[] yTrue, Distribution yPred) {
        MetricChecks.observations(yTrue, yPred);
        double[] c = coverages();
        double[][][] intervals = new double[c.length][][];
        for (int j = 0; j < c.length; j++) {
            intervals[j] = yPred.interval(c[j]);
        }
        return lossesByCoverage(yTrue, intervals);
    }

    /**
     * @param yTrue one finite observation per row
     * @param yPred the predictions
     * @return each row's mean over the coverages
     * @throws IllegalArgumentException as {@link #lossesByCoverage(double[], Distribution)}
     */
    @Override
    default double[] evaluateByIndex(double[] yTrue, Distribution yPred) {
        return RuleAverages.rowMeans(lossesByCoverage(yTrue, yPred));
    }

    /**
     * @param yTrue one finite observation per row
     * @param intervals one n x 2 table per coverage
     * @return each row's mean over the coverages
     * @throws IllegalArgumentException as {@link #lossesByCoverage(double[], double[][][])}
     */
    default double[] evaluateByIndex(double[] yTrue, double[][]... intervals) {
        return RuleAverages.rowMeans(lossesByCoverage(yTrue, intervals));
    }

    /**
     * @param yTrue one finite observation per row
     * @param intervals one n x 2 table per coverage
     * @return the mean over rows and coverages
     * @throws IllegalArgumentException as {@link #lossesByCoverage(double[], double[][][])}
     */
    default double evaluate(double[] yTrue, double[][]... intervals) {
        return RuleAverages.mean(evaluateByIndex(yTrue, intervals));
    }

    /**
     * @param yTrue one finite observation per row
     * @param sampleWeight one finite weight &ge; 0 per row, with a positive sum
     * @param intervals one n x 2 table per coverage
     * @return the weighted mean over rows of the value averaged over coverages
     * @throws IllegalArgumentException as {@link #lossesByCoverage(double[], double[][][])}, or
     *     for invalid weights
     */
    default double evaluateWeighted(double[] yTrue, double[] sampleWeight, double[][]... intervals) {
        MetricChecks.notNull("yTrue", yTrue);
        double total = MetricChecks.weights("sampleWeight", sampleWeight, yTrue.length);
        return RuleAverages.weightedMean(evaluateByIndex(yTrue, intervals), sampleWeight, total);
    }

    /**
     * The mean at each coverage (skpro's {@code evaluate} with {@code score_average=False}).
     *
     * @param yTrue one finite observation per row
     * @param yPred the predictions
     * @return k means over rows, in the order of {@link #coverages()}
     * @throws IllegalArgumentException as {@link #lossesByCoverage(double[], Distribution)}
     */
    default double[] evaluateByCoverage(double[] yTrue, Distribution yPred) {
        return RuleAverages.columnMeans(lossesByCoverage(yTrue, yPred));
    }

    /**
     * @param yTrue one finite observation per row
     * @param intervals one n x 2 table per coverage
     * @return k means over rows, in the order of {@link #coverages()}
     * @throws IllegalArgumentException as {@link #lossesByCoverage(double[], double[][][])}
     */
    default double[] evaluateByCoverage(double[] yTrue, double[][]... intervals) {
        return RuleAverages.columnMeans(lossesByCoverage(yTrue, intervals));
    }
}
