package skpro.metrics.internal;

/**
 * Averages of per-row losses. Plain left-to-right sums (the losses are of one sign or of
 * moderate size, so compensation buys nothing measurable at the 1e-15 level); a mean of losses
 * holding both +inf and -inf is undefined and rejected rather than returned as NaN.
 */
public final class RuleAverages {

    private RuleAverages() {
    }

    /**
     * @param losses at least one value
     * @return their arithmetic mean
     * @throws IllegalArgumentException if the losses hold both +inf and -inf
     */
    public static double mean(double[] losses) {
        double sum = 0.0;
        for (double v : losses) {
            sum += v;
        }
        return checked(sum / losses.length);
    }

    /**
     * @param losses the values
     * @param weights one finite non-negative weight per value (validated by the caller)
     * @param weightSum the sum of the weights, positive
     * @return sum w_i l_i / sum w_i; a value of weight 0 is left out, even when infinite
     * @throws IllegalArgumentException if the weighted terms hold both +inf and -inf
     */
    public static double weightedMean(double[] losses, double[] weights, double weightSum) {
        double sum = 0.0;
        for (int i = 0; i < losses.length; i++) {
            double w = weights[i];
            if (w != 0.0) {
                sum += w * losses[i];
            }
        }
        return checked(sum / weightSum);
    }

    /**
     * @param table an n x k array
     * @return the n row means
     */
    public static double[] rowMeans(double[][] table) {
        double[] out = new double[table.length];
        for (int i = 0; i < out.length; i++) {
            double[] row = table[i];
            double s = 0.0;
            for (double v : row) {
                s += v;
            }
            out[i] = s / row.length;
        }
        return out;
    }

    /**
     * @param table an n x k array, n &ge; 1
     * @return the k column means
     * @throws IllegalArgumentException if the table has no rows
     */
    public static double[] columnMeans(double[][] table) {
        if (table.length == 0) {
            throw new IllegalArgumentException("yTrue must have at least one row");
        }
        int k = table[0].length;
        double[] out = new double[k];
        for (double[] row : table) {
            for (int j = 0; j < k; j++) {
                out[j] += row[j];
            }
        }
        for (int j = 0; j < k; j++) {
            out[j] /= table.length;
        }
        return out;
    }

    private static double checked(double mean) {
        if (Double.isNaN(mean)) {
            throw new IllegalArgumentException("the losses hold NaN, or both +inf and -inf; their mean is undefined");
        }
        return mean;
    }
}
