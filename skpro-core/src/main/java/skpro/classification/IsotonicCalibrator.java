package skpro.classification;

import java.util.Arrays;

/**
 * Isotonic calibration, as sklearn's {@code IsotonicRegression(out_of_bounds="clip")} on 0/1
 * targets: the non-decreasing step fit g minimising sum_i (1{y_i positive} - g(f_i))^2.
 *
 * <p>Fit: the scores' distinct values u_1 &lt; ... &lt; u_m carry n_j rows of which s_j are
 * positive; pool adjacent violators (PAV) merges neighbouring blocks while a block's mean s / n
 * exceeds the next one's, leaving g(u_j) the mean of u_j's block, a fraction in [0, 1]. O(n log n)
 * for the sort, O(m) for PAV. Prediction: linear interpolation between the points (u_j, g(u_j)),
 * clipped to g(u_1) below u_1 and g(u_m) above u_m; the values stay in [0, 1].
 */
final class IsotonicCalibrator implements ScoreCalibrator {
    private final double[] u;
    private final double[] g;

    private IsotonicCalibrator(double[] u, double[] g) {
        this.u = u;
        this.g = g;
    }

    /**
     * @param score n finite scores, n &gt;= 1
     * @param positive n flags, true for the class being calibrated
     * @return the isotonic fit
     */
    static IsotonicCalibrator fit(double[] score, boolean[] positive) {
        int n = score.length;
        // the positives' and negatives' sorted scores, merged: distinct values with their counts
        int nPos = 0;
        for (boolean p : positive) {
            nPos += p ? 1 : 0;
        }
        double[] pos = new double[nPos];
        double[] neg = new double[n - nPos];
        int ip = 0;
        int in = 0;
        for (int i = 0; i < n; i++) {
            if (positive[i]) {
                pos[ip++] = score[i];
            } else {
                neg[in++] = score[i];
            }
        }
        Arrays.sort(pos);
        Arrays.sort(neg);
        double[] value = new double[n];
        double[] count = new double[n];
        double[] sum = new double[n];
        int m = 0;
        ip = 0;
        in = 0;
        while (ip < pos.length || in < neg.length) {
            double v = ip == pos.length ? neg[in] : in == neg.length ? pos[ip] : Math.min(pos[ip], neg[in]);
            int c = 0;
            int s = 0;
            while (ip < pos.length && pos[ip] == v) {
                ip++;
                c++;
                s++;
            }
            while (in < neg.length && neg[in] == v) {
                in++;
                c++;
            }
            value[m] = v;
            count[m] = c;
            sum[m] = s;
            m++;
        }
        return new IsotonicCalibrator(Arrays.copyOf(value, m), pav(sum, count, m));
    }

    /**
     * Pool adjacent violators with weights.
     *
     * @param sum per point the weighted sum of targets
     * @param count per point the weight, &gt; 0
     * @param m the number of points
     * @return the non-decreasing fitted value of each point
     */
    static double[] pav(double[] sum, double[] count, int m) {
        double[] bs = new double[m];
        double[] bc = new double[m];
        int[] end = new int[m];
        int blocks = 0;
        for (int j = 0; j < m; j++) {
            bs[blocks] = sum[j];
            bc[blocks] = count[j];
            end[blocks] = j + 1;
            blocks++;
            while (blocks > 1 && bs[blocks - 2] / bc[blocks - 2] > bs[blocks - 1] / bc[blocks - 1]) {
                bs[blocks - 2] += bs[blocks - 1];
                bc[blocks - 2] += bc[blocks - 1];
                end[blocks - 2] = end[blocks - 1];
                blocks--;
            }
        }
        double[] out = new double[m];
        int start = 0;
        for (int k = 0; k < blocks; k++) {
            double mean = bs[k] / bc[k];
            for (int j = start; j < end[k]; j++) {
                out[j] = mean;
            }
            start = end[k];
        }
        return out;
    }

    @Override
    public double calibrate(double score) {
        int m = u.length;
        if (score <= u[0]) {
            return g[0];
        }
        if (score >= u[m - 1]) {
            return g[m - 1];
        }
        int hi = Arrays.binarySearch(u, score);
        if (hi >= 0) {
            return g[hi];
        }
        hi = -hi - 1;
        int lo = hi - 1;
        double w = (score - u[lo]) / (u[hi] - u[lo]);
        return g[lo] + w * (g[hi] - g[lo]);
    }

    @Override
    public String toString() {
        return "IsotonicCalibrator(" + u.length + " points)";
    }
}
