package skpro.metrics;

import skpro.distributions.Distribution;
import skpro.metrics.internal.MetricChecks;
import skpro.metrics.internal.RuleAverages;
import skpro.metrics.internal.StableOrder;

/**
 * Area between the calibration curve and the diagonal (skpro's {@code AUCalibration}), as skpro
 * documents it: with the calibration sample c_i = F_i(y_i) (the PIT values) and its order
 * statistics c_(1) &le; ... &le; c_(N),
 * <pre>
 *   AUC = (1/N) sum_{k=1}^{N} | c_(k) - k/N |.
 * </pre>
 * For a calibrated prediction the c_i are uniform on [0, 1] and the score is near 0. Lower is
 * better.
 *
 * <p>{@link #evaluateByIndex} returns each row's share |c_i - r_i/N|, r_i the rank of c_i (ties
 * ranked in row order), so that its mean is exactly the score above; these shares are not
 * losses of the rows on their own. skpro 2.14's code computes |pct_rank(c_i) - i/N| with i the
 * row position instead (a different number, depending on the order of the rows); that is not
 * copied.
 *
 * <p>With sample weights w the score is the weighted analogue
 * {@code sum_k (w_(k)/W) |c_(k) - C_k/W|}, W = sum w and C_k the weight of the k smallest
 * (ties in row order); equal weights give the score above.
 */
public final class AUCalibration implements ScoringRule {

    private static final AUCalibration INSTANCE = new AUCalibration();

    private AUCalibration() {
    }

    /** @return the score (it has no parameters) */
    public static AUCalibration of() {
        return INSTANCE;
    }

    /** @return {@code "AUCalibration"} */
    @Override
    public String name() {
        return "AUCalibration";
    }

    /** @return true */
    @Override
    public boolean lowerIsBetter() {
        return true;
    }

    /**
     * @param yTrue one finite observation per row
     * @param yPred the predictions
     * @return |c_i - r_i/N| per row, whose mean is the score
     * @throws IllegalArgumentException if an argument is null, the lengths differ or an
     *     observation is not finite
     */
    @Override
    public double[] evaluateByIndex(double[] yTrue, Distribution yPred) {
        MetricChecks.observations(yTrue, yPred);
        double[] c = yPred.cdf(yTrue);
        int n = c.length;
        int[] order = StableOrder.of(c);
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            int i = order[k];
            out[i] = Math.abs(c[i] - (k + 1.0) / n);
        }
        return out;
    }

    /**
     * The weighted score {@code sum_k (w_(k)/W) |c_(k) - C_k/W|}, ordered by c (ties in row order).
     *
     * @param yTrue one finite observation per row
     * @param yPred the predictions
     * @param sampleWeight one finite weight &ge; 0 per row, with a positive sum
     * @return the weighted area
     * @throws IllegalArgumentException as {@link ScoringRule#evaluate(double[], Distribution, double[])}
     */
    @Override
    public double evaluate(double[] yTrue, Distribution yPred, double[] sampleWeight) {
        MetricChecks.observations(yTrue, yPred);
        double total = MetricChecks.weights("sampleWeight", sampleWeight, yTrue.length);
        double[] c = yPred.cdf(yTrue);
        int[] order = StableOrder.of(c);
        double cumulative = 0.0;
        double sum = 0.0;
        for (int i : order) {
            double w = sampleWeight[i];
            cumulative += w;
            sum += w * Math.abs(c[i] - cumulative / total);
        }
        return sum / total;
    }

    /**
     * @param yTrue one finite observation per row
     * @param yPred the predictions
     * @return {@code (1/N) sum_k |c_(k) - k/N|}
     * @throws IllegalArgumentException as {@link #evaluateByIndex}
     */
    @Override
    public double evaluate(double[] yTrue, Distribution yPred) {
        return RuleAverages.mean(evaluateByIndex(yTrue, yPred));
    }

    @Override
    public String toString() {
        return "AUCalibration()";
    }
}
