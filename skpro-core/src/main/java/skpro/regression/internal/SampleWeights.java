package skpro.regression.internal;

/**
 * Helpers for estimators that take sample weights (validated by {@link DataChecks#weights}): a
 * weight w acts as w copies of its row, so weighted sums replace counts, W = sum_i w_i replaces n,
 * and a row of weight 0 is as if absent.
 */
public final class SampleWeights {

    private SampleWeights() {
    }

    /** The rows of positive weight: X, y and the weights restricted to them. */
    public record Rows(double[][] x, double[] y, double[] weights) {
    }

    /**
     * @param sampleWeight validated weights, or null
     * @return whether they are absent or all exactly 1, so that a weighted fit is the unweighted
     *     one
     */
    public static boolean isUnit(double[] sampleWeight) {
        if (sampleWeight == null) {
            return true;
        }
        for (double w : sampleWeight) {
            if (w != 1.0) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param x the features (validated)
     * @param y the targets (validated)
     * @param sampleWeight validated weights (not null)
     * @return the rows of positive weight, in order; the given arrays themselves when no weight is
     *     zero (X's rows are shared, not copied)
     */
    public static Rows positive(double[][] x, double[] y, double[] sampleWeight) {
        int kept = 0;
        for (double w : sampleWeight) {
            if (w > 0.0) {
                kept++;
            }
        }
        if (kept == sampleWeight.length) {
            return new Rows(x, y, sampleWeight);
        }
        double[][] xs = new double[kept][];
        double[] ys = new double[kept];
        double[] ws = new double[kept];
        int k = 0;
        for (int i = 0; i < sampleWeight.length; i++) {
            if (sampleWeight[i] > 0.0) {
                xs[k] = x[i];
                ys[k] = y[i];
                ws[k++] = sampleWeight[i];
            }
        }
        return new Rows(xs, ys, ws);
    }

    /**
     * @param v values
     * @param sampleWeight their weights (null: all 1)
     * @return the weighted mean sum_i w_i v_i / sum_i w_i
     */
    public static double mean(double[] v, double[] sampleWeight) {
        double sum = 0.0;
        double total = 0.0;
        for (int i = 0; i < v.length; i++) {
            double w = sampleWeight == null ? 1.0 : sampleWeight[i];
            sum += w * v[i];
            total += w;
        }
        return sum / total;
    }

    /**
     * @param v values
     * @param sampleWeight their weights (null: all 1)
     * @return the weighted population standard deviation (ddof = 0),
     *     sqrt(sum_i w_i (v_i - mean)^2 / sum_i w_i), the standard deviation of the values
     *     repeated w_i times
     */
    public static double std(double[] v, double[] sampleWeight) {
        double mean = mean(v, sampleWeight);
        double ss = 0.0;
        double total = 0.0;
        for (int i = 0; i < v.length; i++) {
            double w = sampleWeight == null ? 1.0 : sampleWeight[i];
            ss += w * (v[i] - mean) * (v[i] - mean);
            total += w;
        }
        return Math.sqrt(ss / total);
    }

    /**
     * @param sampleWeight weights, at least one positive
     * @return Kish's effective sample size (sum w)^2 / sum w^2, n for equal weights
     */
    public static double effectiveSize(double[] sampleWeight) {
        double sum = 0.0;
        double squares = 0.0;
        for (double w : sampleWeight) {
            sum += w;
            squares += w * w;
        }
        return sum * sum / squares;
    }
}
