package skpro.regression.linear;

import java.util.Map;

import skpro.regression.Params;
import skpro.regression.Regressor;
import skpro.regression.internal.DataChecks;

/**
 * Ridge regression, as sklearn's {@code Ridge}: beta minimises
 * ||y - b0 - X beta||_2^2 + alpha ||beta||_2^2, the intercept b0 not penalised.
 *
 * <p>With an intercept X and y are centred, then the augmented least-squares problem
 * [X_c; sqrt(alpha) I] beta = [y_c; 0] is solved by Householder QR, which gives
 * beta = (X_c^T X_c + alpha I)^-1 X_c^T y_c without forming the normal equations;
 * b0 = mean(y) - mean(X) beta. For alpha &gt; 0 the problem is always full rank; alpha = 0 is
 * ordinary least squares and rejects a rank-deficient X as {@link LinearRegression} does.
 *
 * <p>Parameters: {@code alpha} (finite, &gt;= 0), {@code fitIntercept} (default true).
 */
public final class Ridge implements Regressor {
    private final double alpha;
    private final boolean fitIntercept;

    private Ridge(double alpha, boolean fitIntercept) {
        if (!(alpha >= 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("alpha must be finite and >= 0, got " + alpha);
        }
        this.alpha = alpha;
        this.fitIntercept = fitIntercept;
    }

    /**
     * @param alpha the penalty, finite and &gt;= 0
     * @return ridge regression with an intercept
     * @throws IllegalArgumentException if alpha is negative, NaN or infinite
     */
    public static Ridge of(double alpha) {
        return new Ridge(alpha, true);
    }

    /**
     * @param alpha the penalty, finite and &gt;= 0
     * @return a copy with that penalty
     * @throws IllegalArgumentException if alpha is negative, NaN or infinite
     */
    public Ridge withAlpha(double alpha) {
        return new Ridge(alpha, fitIntercept);
    }

    /**
     * @param fitIntercept whether to fit an (unpenalised) intercept
     * @return a copy with that setting
     */
    public Ridge withFitIntercept(boolean fitIntercept) {
        return new Ridge(alpha, fitIntercept);
    }

    /** @return the penalty */
    public double alpha() {
        return alpha;
    }

    /** @return whether an intercept is fitted */
    public boolean fitIntercept() {
        return fitIntercept;
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("alpha", alpha, "fitIntercept", fitIntercept);
    }

    @Override
    public Ridge withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("Ridge", params(), changes);
        return new Ridge(Params.getDouble(p, "alpha"), (Boolean) p.get("fitIntercept"));
    }

    /**
     * @throws IllegalArgumentException as {@link Regressor#fit}, or if alpha = 0 and X is rank
     *     deficient
     */
    @Override
    public LinearModel fit(double[][] x, double[] y) {
        DataChecks.features(x);
        DataChecks.targets(x, y);
        return LeastSquares.fit(x, y, fitIntercept, alpha, "Ridge");
    }

    /**
     * Weighted least squares (sklearn's {@code sample_weight}): minimises
     * sum_i w_i (y_i - b0 - x_i beta)^2 + alpha ||beta||^2, the weights not normalised, so that an
     * integer weight w is w copies of the row; with an intercept X and y are centred at their
     * weighted means. Rows of weight 0 are left out: they do not count toward the rows the fit
     * needs (p, plus one with an intercept, when alpha = 0).
     *
     * @throws IllegalArgumentException as {@link Regressor#fit(double[][], double[], double[])},
     *     or if the rows of positive weight are too few or X restricted to them is rank deficient (alpha = 0)
     */
    @Override
    public LinearModel fit(double[][] x, double[] y, double[] sampleWeight) {
        return LeastSquares.fitChecked(x, y, sampleWeight, fitIntercept, alpha, "Ridge");
    }

    /** @return true: weights are used as copies of rows */
    @Override
    public boolean supportsSampleWeight() {
        return true;
    }

    /** Value equality: equal hyper-parameters. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Ridge r && Double.compare(r.alpha, alpha) == 0 && r.fitIntercept == fitIntercept;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(Ridge.class, alpha, fitIntercept);
    }

    @Override
    public String toString() {
        return "Ridge(alpha=" + alpha + ", fitIntercept=" + fitIntercept + ")";
    }
}
