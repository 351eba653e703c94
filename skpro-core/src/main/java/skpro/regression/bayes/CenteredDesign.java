package skpro.regression.bayes;

/**
 * The sufficient statistics of a linear model on (optionally) centred data: column means of X
 * and the mean of y (zeros without an intercept), G = X_c^T X_c (p x p, row-major) and
 * X_c^T y_c, where X_c = X - 1 xbar^T and y_c = y - ybar.
 */
final class CenteredDesign {
    final int n;
    final int p;
    final double[] xMean;
    final double yMean;
    final double[] gram;
    final double[] xty;

    CenteredDesign(double[][] x, double[] y, boolean center) {
        n = x.length;
        p = x[0].length;
        xMean = new double[p];
        double ym = 0.0;
        if (center) {
            for (int i = 0; i < n; i++) {
                double[] row = x[i];
                for (int j = 0; j < p; j++) {
                    xMean[j] += row[j];
                }
                ym += y[i];
            }
            for (int j = 0; j < p; j++) {
                xMean[j] /= n;
            }
            ym /= n;
        }
        yMean = ym;
        gram = new double[p * p];
        xty = new double[p];
        double[] xc = new double[p];
        for (int i = 0; i < n; i++) {
            double[] row = x[i];
            double yc = y[i] - yMean;
            for (int j = 0; j < p; j++) {
                xc[j] = row[j] - xMean[j];
                xty[j] += xc[j] * yc;
            }
            for (int j = 0; j < p; j++) {
                int rj = j * p;
                double v = xc[j];
                for (int k = 0; k <= j; k++) {
                    gram[rj + k] += v * xc[k];
                }
            }
        }
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < j; k++) {
                gram[k * p + j] = gram[j * p + k];
            }
        }
    }

    /** @return sum_i (y_c,i - x_c,i . b)^2 */
    double residualSumOfSquares(double[][] x, double[] y, double[] b) {
        double s = 0.0;
        for (int i = 0; i < n; i++) {
            double[] row = x[i];
            double r = y[i] - yMean;
            for (int j = 0; j < p; j++) {
                r -= (row[j] - xMean[j]) * b[j];
            }
            s += r * r;
        }
        return s;
    }

    /**
     * @param row a feature row
     * @param cov a p x p symmetric matrix, row-major
     * @return (x - xbar)^T cov (x - xbar)
     */
    static double quadratic(double[] row, double[] xMean, double[] cov) {
        int p = xMean.length;
        double s = 0.0;
        for (int j = 0; j < p; j++) {
            double dj = row[j] - xMean[j];
            int rj = j * p;
            double t = 0.0;
            for (int k = 0; k < p; k++) {
                t += cov[rj + k] * (row[k] - xMean[k]);
            }
            s += dj * t;
        }
        return s;
    }

    /** @return xbar-centred linear predictor intercept + (x - xbar) . b, per row */
    static double[] linear(double[][] x, double[] xMean, double[] b, double intercept) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double[] row = x[i];
            double s = intercept;
            for (int j = 0; j < b.length; j++) {
                s += (row[j] - xMean[j]) * b[j];
            }
            out[i] = s;
        }
        return out;
    }
}
