package skpro.metrics;

import java.util.List;

import skpro.distributions.Distribution;
import skpro.metrics.internal.MetricChecks;
import skpro.metrics.internal.RuleAverages;

/**
 * A score of probabilistic predictions: one loss per row of a predicted {@link Distribution}
 * against the observed value, and averages of those losses (skpro's {@code BaseDistrMetric}).
 *
 * <p>Single output: {@code yTrue} holds one observation per row of {@code yPred}.
 * {@link #evaluateByIndex(double[], Distribution)} returns the per-row losses L_i,
 * {@link #evaluate(double[], Distribution)} their mean (1/n) sum_i L_i, and
 * {@link #evaluate(double[], Distribution, double[])} the weighted mean
 * sum_i w_i L_i / sum_i w_i (skpro's {@code sample_weight}).
 *
 * <p>Several outputs (skpro's {@code multioutput}): {@code yTrue} is n x d, row-major, and column
 * j is predicted by {@code yPred.get(j)} (this project's distributions are one column each).
 * {@link #evaluateRawValues} returns the d column scores ({@code "raw_values"}),
 * {@link #evaluate(double[][], List)} their mean ({@code "uniform_average"}) and
 * {@link #evaluate(double[][], List, double[])} their weighted mean (an array-like
 * {@code multioutput}). Each column score is the rule's own single-output
 * {@link #evaluate(double[], Distribution)}.
 *
 * <p>Every method validates its arguments and throws {@link IllegalArgumentException} naming
 * the argument, the row and the value: null arguments, lengths that differ from the number of
 * predicted rows, NaN or infinite observations, negative or non-finite weights, weights with a
 * zero sum. Losses may be +inf (for example the log-loss of an observation outside the support);
 * a mean over losses holding both +inf and -inf is undefined and rejected.
 */
public interface ScoringRule {

    /** @return the rule's name: skpro's class name for skpro's rules, else the Java class name */
    String name();

    /** @return whether smaller values mean better predictions (skpro's {@code lower_is_better} tag) */
    boolean lowerIsBetter();

    /**
     * The loss of every row.
     *
     * @param yTrue one finite observation per row of yPred
     * @param yPred the predictions
     * @return L_i, one per row
     * @throws IllegalArgumentException if an argument is null, the lengths differ, or an
     *     observation is not finite
     */
    double[] evaluateByIndex(double[] yTrue, Distribution yPred);

    /**
     * The mean loss, (1/n) sum_i L_i.
     *
     * @param yTrue one finite observation per row of yPred
     * @param yPred the predictions
     * @return the mean of {@link #evaluateByIndex(double[], Distribution)}
     * @throws IllegalArgumentException as {@link #evaluateByIndex(double[], Distribution)}, or if
     *     the losses hold both +inf and -inf
     */
    default double evaluate(double[] yTrue, Distribution yPred) {
        return RuleAverages.mean(evaluateByIndex(yTrue, yPred));
    }

    /**
     * The weighted mean loss, sum_i w_i L_i / sum_i w_i; rows of weight 0 do not contribute.
     *
     * @param yTrue one finite observation per row of yPred
     * @param yPred the predictions
     * @param sampleWeight one finite weight &ge; 0 per row, with a positive sum
     * @return the weighted mean of {@link #evaluateByIndex(double[], Distribution)}
     * @throws IllegalArgumentException as {@link #evaluateByIndex(double[], Distribution)}, or if
     *     a weight is negative or not finite, the weights' length differs, or they sum to 0
     */
    default double evaluate(double[] yTrue, Distribution yPred, double[] sampleWeight) {
        MetricChecks.notNull("yTrue", yTrue);
        double total = MetricChecks.weights("sampleWeight", sampleWeight, yTrue.length);
        return RuleAverages.weightedMean(evaluateByIndex(yTrue, yPred), sampleWeight, total);
    }

    /**
     * Column scores (skpro's {@code multioutput="raw_values"}).
     *
     * @param yTrue an n x d array of finite observations, row-major
     * @param yPred d distributions of n rows; {@code yPred.get(j)} predicts column j
     * @return d values, {@code evaluate(column j, yPred.get(j))}
     * @throws IllegalArgumentException if a shape differs, an element is null or an observation
     *     is not finite (the message names the column's position)
     */
    default double[] evaluateRawValues(double[][] yTrue, List<? extends Distribution> yPred) {
        int d = MetricChecks.columns(yTrue, yPred);
        double[] out = new double[d];
        for (int j = 0; j < d; j++) {
            try {
                out[j] = evaluate(MetricChecks.column(yTrue, j), yPred.get(j));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("column " + j + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /**
     * The mean of the column scores (skpro's {@code multioutput="uniform_average"}): the mean over
     * rows, then over columns.
     *
     * @param yTrue an n x d array of finite observations
     * @param yPred d distributions of n rows
     * @return (1/d) sum_j score_j
     * @throws IllegalArgumentException as {@link #evaluateRawValues}
     */
    default double evaluate(double[][] yTrue, List<? extends Distribution> yPred) {
        return RuleAverages.mean(evaluateRawValues(yTrue, yPred));
    }

    /**
     * The weighted mean of the column scores (skpro's array-like {@code multioutput}).
     *
     * @param yTrue an n x d array of finite observations
     * @param yPred d distributions of n rows
     * @param columnWeights d finite weights &ge; 0 with a positive sum
     * @return sum_j c_j score_j / sum_j c_j
     * @throws IllegalArgumentException as {@link #evaluateRawValues}, or if the weights are
     *     invalid or not one per column
     */
    default double evaluate(double[][] yTrue, List<? extends Distribution> yPred, double[] columnWeights) {
        int d = MetricChecks.columns(yTrue, yPred);
        double total = MetricChecks.weights("columnWeights", columnWeights, d);
        return RuleAverages.weightedMean(evaluateRawValues(yTrue, yPred), columnWeights, total);
    }

    /**
     * The mean loss with its uncertainty: standard error and normal-approximation confidence
     * intervals over the rows ({@link MeanEstimate}).
     *
     * @param yTrue the observations, one per row
     * @param yPred the predictions
     * @return the mean of {@link #evaluateByIndex} with its standard error
     * @throws IllegalArgumentException as {@link #evaluateByIndex}, or with fewer than 2 rows
     */
    default MeanEstimate estimate(double[] yTrue, Distribution yPred) {
        return MeanEstimate.of(evaluateByIndex(yTrue, yPred));
    }

    /**
     * The weighted mean loss with its uncertainty ({@link MeanEstimate#of(double[], double[])}).
     *
     * @param yTrue the observations, one per row
     * @param yPred the predictions
     * @param sampleWeight non-negative row weights with a positive sum
     * @return the weighted mean of {@link #evaluateByIndex} with its standard error
     * @throws IllegalArgumentException as {@link #evaluateByIndex}, or for invalid weights
     */
    default MeanEstimate estimate(double[] yTrue, Distribution yPred, double[] sampleWeight) {
        return MeanEstimate.of(evaluateByIndex(yTrue, yPred), sampleWeight);
    }

    /**
     * Paired comparison of two predictions of the same rows under this rule: mean difference
     * (A - B) of the per-row losses, its confidence intervals, paired t and Wilcoxon tests.
     *
     * @param yTrue the observations, one per row
     * @param yPredA the first strategy's predictions
     * @param yPredB the second strategy's predictions
     * @return the comparison of the per-row losses
     * @throws IllegalArgumentException as {@link #evaluateByIndex}
     */
    default PairedComparison compare(double[] yTrue, Distribution yPredA, Distribution yPredB) {
        return PairedComparison.of(evaluateByIndex(yTrue, yPredA), evaluateByIndex(yTrue, yPredB));
    }
}
