package skpro.metrics;

import java.util.Arrays;

import skpro.distributions.Distribution;
import skpro.metrics.internal.MetricChecks;
import skpro.metrics.internal.RuleAverages;

/**
 * Pinball (quantile) loss at quantile levels alpha_1..alpha_k (skpro's {@code PinballLoss}): for
 * a predicted alpha-quantile q and an observation y,
 * <pre>
 *   rho_alpha(y, q) = alpha (y - q)          if y &ge; q
 *   rho_alpha(y, q) = (1 - alpha) (q - y)    if y &lt; q
 * </pre>
 * (so an observation equal to the quantile costs 0). Lower is better; for each level it is a
 * proper score of the alpha-quantile.
 *
 * <p>Averaging as skpro with {@code score_average=True}: the loss of a row is the mean over the
 * levels, {@code (1/k) sum_j rho_(alpha_j)(y_i, q_ij)} ({@link #evaluateByIndex}), and
 * {@link #evaluate} is its mean over rows. skpro's {@code score_average=False} is
 * {@link #lossesByAlpha} (one column per level) and {@link #evaluateByAlpha} (one mean per level).
 *
 * <p>Predictions are either a {@link Distribution}, asked for {@code quantiles(alphas)}, or an
 * explicit n x k table whose column j holds the quantile at {@code alphas()[j]}. The quantile
 * columns need not be monotone (skpro does not check either). Several outputs: the
 * {@link ScoringRule} methods taking lists of distributions, or one call per column on tables.
 */
public final class PinballLoss implements ScoringRule {

    private final double[] alphas;

    private PinballLoss(double[] alphas) {
        this.alphas = alphas;
    }

    /**
     * @param alphas the quantile levels, at least one, each in (0, 1), no two equal; their order
     *     is the order of the columns of quantile tables
     * @return the loss
     * @throws IllegalArgumentException if alphas is null or empty, a level is not in (0, 1), or a
     *     level is repeated
     */
    public static PinballLoss of(double... alphas) {
        return new PinballLoss(MetricChecks.openUnitLevels("alphas", alphas));
    }

    /** @return the quantile levels, in the order given (a copy) */
    public double[] alphas() {
        return alphas.clone();
    }

    /** @return {@code "PinballLoss"} */
    @Override
    public String name() {
        return "PinballLoss";
    }

    /** @return true */
    @Override
    public boolean lowerIsBetter() {
        return true;
    }

    /**
     * The loss of every row at every level (skpro's {@code evaluate_by_index} with
     * {@code score_average=False}).
     *
     * @param yTrue one finite observation per row
     * @param quantiles n x k: {@code quantiles[i][j]} is row i's quantile at {@code alphas()[j]}, finite
     * @return n x k: rho_(alpha_j)(y_i, q_ij)
     * @throws IllegalArgumentException if an argument is null, a shape differs, or a value is not
     *     finite
     */
    public double[][] lossesByAlpha(double[] yTrue, double[][] quantiles) {
        MetricChecks.notNull("yTrue", yTrue);
        MetricChecks.table("quantiles", quantiles, yTrue.length, alphas.length);
        MetricChecks.observations("yTrue", yTrue, quantiles.length, "quantiles");
        return losses(yTrue, quantiles);
    }

    /**
     * @param yTrue one finite observation per row
     * @param yPred the predictions, asked for {@code quantiles(alphas())}
     * @return n x k: rho_(alpha_j)(y_i, Q_i(alpha_j))
     * @throws IllegalArgumentException if an argument is null, the lengths differ or an
     *     observation is not finite
     */
    public double[][] lossesByAlpha(double[] yTrue, Distribution yPred) {
        MetricChecks.observations(yTrue, yPred);
        return losses(yTrue, yPred.quantiles(alphas));
    }

    private double[][] losses(double[] y, double[][] q) {
        int n = y.length;
        int k = alphas.length;
        double[][] out = new double[n][k];
        for (int i = 0; i < n; i++) {
            double yi = y[i];
            double[] qi = q[i];
            double[] oi = out[i];
            for (int j = 0; j < k; j++) {
                double diff = yi - qi[j];
                oi[j] = diff >= 0.0 ? alphas[j] * diff : (alphas[j] - 1.0) * diff;
            }
        }
        return out;
    }

    /**
     * @param yTrue one finite observation per row
     * @param quantiles n x k quantile table, columns in the order of {@link #alphas()}
     * @return the mean over levels of each row's losses
     * @throws IllegalArgumentException as {@link #lossesByAlpha(double[], double[][])}
     */
    public double[] evaluateByIndex(double[] yTrue, double[][] quantiles) {
        return RuleAverages.rowMeans(lossesByAlpha(yTrue, quantiles));
    }

    /**
     * @param yTrue one finite observation per row
     * @param yPred the predictions, asked for {@code quantiles(alphas())}
     * @return the mean over levels of each row's losses
     * @throws IllegalArgumentException as {@link #lossesByAlpha(double[], Distribution)}
     */
    @Override
    public double[] evaluateByIndex(double[] yTrue, Distribution yPred) {
        return RuleAverages.rowMeans(lossesByAlpha(yTrue, yPred));
    }

    /**
     * @param yTrue one finite observation per row
     * @param quantiles n x k quantile table, columns in the order of {@link #alphas()}
     * @return the mean loss over rows and levels
     * @throws IllegalArgumentException as {@link #lossesByAlpha(double[], double[][])}
     */
    public double evaluate(double[] yTrue, double[][] quantiles) {
        return RuleAverages.mean(evaluateByIndex(yTrue, quantiles));
    }

    /**
     * @param yTrue one finite observation per row
     * @param quantiles n x k quantile table, columns in the order of {@link #alphas()}
     * @param sampleWeight one finite weight &ge; 0 per row, with a positive sum
     * @return the weighted mean over rows of the loss averaged over levels
     * @throws IllegalArgumentException as {@link #lossesByAlpha(double[], double[][])}, or for
     *     invalid weights
     */
    public double evaluate(double[] yTrue, double[][] quantiles, double[] sampleWeight) {
        MetricChecks.notNull("yTrue", yTrue);
        double total = MetricChecks.weights("sampleWeight", sampleWeight, yTrue.length);
        return RuleAverages.weightedMean(evaluateByIndex(yTrue, quantiles), sampleWeight, total);
    }

    /**
     * The mean loss at each level (skpro's {@code evaluate} with {@code score_average=False}).
     *
     * @param yTrue one finite observation per row
     * @param quantiles n x k quantile table, columns in the order of {@link #alphas()}
     * @return k means over rows, in the order of {@link #alphas()}
     * @throws IllegalArgumentException as {@link #lossesByAlpha(double[], double[][])}
     */
    public double[] evaluateByAlpha(double[] yTrue, double[][] quantiles) {
        return RuleAverages.columnMeans(lossesByAlpha(yTrue, quantiles));
    }

    /**
     * @param yTrue one finite observation per row
     * @param yPred the predictions, asked for {@code quantiles(alphas())}
     * @return k means over rows, in the order of {@link #alphas()}
     * @throws IllegalArgumentException as {@link #lossesByAlpha(double[], Distribution)}
     */
    public double[] evaluateByAlpha(double[] yTrue, Distribution yPred) {
        return RuleAverages.columnMeans(lossesByAlpha(yTrue, yPred));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PinballLoss other && Arrays.equals(alphas, other.alphas);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(alphas);
    }

    @Override
    public String toString() {
        return "PinballLoss(alphas=" + Arrays.toString(alphas) + ")";
    }
}
