package skpro.smile;

import skpro.regression.linear.LinearModel;
import smile.data.DataFrame;
import smile.data.formula.Formula;

/**
 * The fit shared by {@link LassoRegressor} and {@link ElasticNetRegressor}: y is centred before
 * Smile sees it (so that Smile's elastic net, which centres its zero-padded augmented target,
 * solves the stated objective exactly) and constant columns of X are left out of the fit with a
 * coefficient of 0 (Smile rejects a column whose standard deviation is 0; its penalised
 * standardised coefficient would be 0 anyway).
 */
final class PenalizedFit {

    /** Smile's fit of a centred target on the non-constant columns. */
    @FunctionalInterface
    interface Solver {
        /**
         * @param formula y ~ .
         * @param data the non-constant columns and the centred target
         * @return Smile's fitted model
         */
        smile.regression.LinearModel fit(Formula formula, DataFrame data);
    }

    private PenalizedFit() {
    }

    /**
     * @param x n x p validated features
     * @param y n validated targets
     * @param solver Smile's penalised fit
     * @return the model in the original units, with intercept mean(y) - sum_j beta_j mean(x_j)
     */
    static LinearModel fit(double[][] x, double[] y, Solver solver) {
        int n = x.length;
        int p = x[0].length;
        boolean[] keep = new boolean[p];
        int kept = 0;
        for (int j = 0; j < p; j++) {
            for (int i = 1; i < n && !keep[j]; i++) {
                keep[j] = x[i][j] != x[0][j];
            }
            if (keep[j]) {
                kept++;
            }
        }
        double yMean = 0.0;
        for (double v : y) {
            yMean += v;
        }
        yMean /= n;
        double[] beta = new double[p];
        if (kept == 0) {
            return LinearModel.of(beta, yMean);
        }
        double[][] xs = new double[n][kept];
        double[] yc = new double[n];
        for (int i = 0; i < n; i++) {
            int c = 0;
            for (int j = 0; j < p; j++) {
                if (keep[j]) {
                    xs[i][c++] = x[i][j];
                }
            }
            yc[i] = y[i] - yMean;
        }
        smile.regression.LinearModel m = solver.fit(SmileFrame.formula(), SmileFrame.of(xs, yc));
        double[] w = m.coefficients();
        double intercept = yMean;
        int c = 0;
        for (int j = 0; j < p; j++) {
            if (keep[j]) {
                beta[j] = w[c++];
            }
        }
        // Smile's intercept is mean(yc) - w . mean(xs) with mean(yc) = 0 up to rounding
        intercept += m.intercept();
        return LinearModel.of(beta, intercept);
    }
}
