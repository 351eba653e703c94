package skpro.metrics;

import skpro.distributions.Categorical;
import skpro.metrics.internal.MetricChecks;

/**
 * Expected calibration error of class-probability predictions (Naeini, Cooper and Hauskrecht
 * 2015; Guo, Pleiss, Sun and Weinberger 2017): each row's confidence is its largest class
 * probability conf_i = max_k p_ik and its predicted class the first label attaining it;
 * rows are grouped into M equal-width confidence bins B_m = ((m-1)/M, m/M], m = 1..M, and
 * <pre>
 *   ECE = sum_m (|B_m| / n) | acc(B_m) - conf(B_m) |,
 * </pre>
 * acc(B_m) the fraction of rows in B_m whose predicted class is the observed label and
 * conf(B_m) their mean confidence (empty bins contribute 0). In [0, 1]; lower is better. It is
 * a calibration diagnostic, not a proper score (a constant prediction of the class frequencies
 * has ECE near 0). Not in skpro.
 *
 * <p>Observations must be labels of the prediction.
 */
public final class ExpectedCalibrationError {

    private final int bins;

    private ExpectedCalibrationError(int bins) {
        this.bins = bins;
    }

    /** @return the error with Guo et al.'s 15 bins */
    public static ExpectedCalibrationError of() {
        return new ExpectedCalibrationError(15);
    }

    /**
     * @param bins the number M of equal-width confidence bins, at least 1
     * @return the error
     * @throws IllegalArgumentException if bins &lt; 1
     */
    public static ExpectedCalibrationError of(int bins) {
        return new ExpectedCalibrationError(MetricChecks.atLeastOne("bins", bins));
    }

    /** @return the number of bins M */
    public int bins() {
        return bins;
    }

    /** @return {@code "ExpectedCalibrationError"} */
    public String name() {
        return "ExpectedCalibrationError";
    }

    /** @return true */
    public boolean lowerIsBetter() {
        return true;
    }

    /**
     * @param yTrue one observed label per row
     * @param yPred the class probabilities
     * @return the expected calibration error
     * @throws IllegalArgumentException if an argument is null, the lengths differ, or an
     *     observation is not one of the labels
     */
    public double evaluate(double[] yTrue, Categorical yPred) {
        int[] observed = BrierScore.labelIndices(yTrue, yPred);
        int n = observed.length;
        int k = yPred.numClasses();
        long[] count = new long[bins];
        double[] confidence = new double[bins];
        double[] correct = new double[bins];
        for (int i = 0; i < n; i++) {
            int best = 0;
            double top = yPred.probability(i, 0);
            for (int c = 1; c < k; c++) {
                double p = yPred.probability(i, c);
                if (p > top) {
                    top = p;
                    best = c;
                }
            }
            // bin m (0-based) holds ((m)/M, (m+1)/M]: m = ceil(conf M) - 1, clamped
            int m = (int) Math.ceil(top * bins) - 1;
            m = Math.max(0, Math.min(bins - 1, m));
            count[m]++;
            confidence[m] += top;
            if (best == observed[i]) {
                correct[m] += 1.0;
            }
        }
        double ece = 0.0;
        for (int m = 0; m < bins; m++) {
            if (count[m] > 0) {
                ece += Math.abs(correct[m] - confidence[m]) / n;
            }
        }
        return ece;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExpectedCalibrationError other && bins == other.bins;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(bins);
    }

    @Override
    public String toString() {
        return "ExpectedCalibrationError(bins=" + bins + ")";
    }
}
