package skpro.metrics;

import java.util.Arrays;

import skpro.distributions.Categorical;
import skpro.distributions.Distribution;
import skpro.metrics.internal.MetricChecks;

/**
 * Brier score of class-probability predictions (Brier 1950), in its original multi-class form:
 * for a {@link Categorical} prediction p over the labels l_1..l_K and an observed label y,
 * <pre>
 *   BS(p, y) = sum_k (p_k - 1{y = l_k})^2 = 1 - 2 p_y + sum_k p_k^2,
 * </pre>
 * in [0, 2]. Lower is better; strictly proper. With two classes it is twice scikit-learn's
 * {@code brier_score_loss} (which scores the positive class only). It equals
 * {@link SquaredDistrLoss} + 1 for the same prediction. Not in skpro.
 *
 * <p>Observations must be labels of the prediction: a value that is not among
 * {@link Categorical#labels()} is rejected.
 */
public final class BrierScore implements ScoringRule {

    private static final BrierScore INSTANCE = new BrierScore();

    private BrierScore() {
    }

    /** @return the Brier score (it has no parameters) */
    public static BrierScore of() {
        return INSTANCE;
    }

    /** @return {@code "BrierScore"} */
    @Override
    public String name() {
        return "BrierScore";
    }

    /** @return true */
    @Override
    public boolean lowerIsBetter() {
        return true;
    }

    /**
     * @param yTrue one observed label per row
     * @param yPred a {@link Categorical} prediction
     * @return sum_k (p_ik - 1{y_i = l_k})^2 per row
     * @throws IllegalArgumentException if yPred is not a Categorical, an argument is null, the
     *     lengths differ, or an observation is not one of the labels
     */
    @Override
    public double[] evaluateByIndex(double[] yTrue, Distribution yPred) {
        return evaluateByIndex(yTrue, categorical(yPred));
    }

    /**
     * @param yTrue one observed label per row
     * @param yPred the class probabilities
     * @return sum_k (p_ik - 1{y_i = l_k})^2 per row
     * @throws IllegalArgumentException if an argument is null, the lengths differ, or an
     *     observation is not one of the labels
     */
    public double[] evaluateByIndex(double[] yTrue, Categorical yPred) {
        int[] observed = labelIndices(yTrue, yPred);
        int n = observed.length;
        int k = yPred.numClasses();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0.0;
            for (int c = 0; c < k; c++) {
                double d = yPred.probability(i, c) - (c == observed[i] ? 1.0 : 0.0);
                s += d * d;
            }
            out[i] = s;
        }
        return out;
    }

    static Categorical categorical(Distribution yPred) {
        MetricChecks.notNull("yPred", yPred);
        if (!(yPred instanceof Categorical c)) {
            throw new IllegalArgumentException("yPred must be a Categorical prediction, got "
                + yPred.getClass().getSimpleName());
        }
        return c;
    }

    /** @return the index of each observation among the labels */
    static int[] labelIndices(double[] yTrue, Categorical yPred) {
        MetricChecks.observations(yTrue, yPred);
        double[] labels = yPred.labels();
        int[] out = new int[yTrue.length];
        for (int i = 0; i < out.length; i++) {
            int pos = Arrays.binarySearch(labels, yTrue[i] + 0.0); // -0.0 is the label 0.0
            if (pos < 0) {
                throw new IllegalArgumentException("yTrue[" + i + "] = " + yTrue[i] + " is not one of the labels "
                    + Arrays.toString(labels));
            }
            out[i] = pos;
        }
        return out;
    }

    @Override
    public String toString() {
        return "BrierScore()";
    }
}
