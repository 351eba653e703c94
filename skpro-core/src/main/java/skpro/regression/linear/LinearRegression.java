package skpro.regression.linear;

import java.util.Map;

import skpro.regression.Params;
import skpro.regression.Regressor;
import skpro.regression.internal.DataChecks;

/**
 * Ordinary least squares, as sklearn's {@code LinearRegression}: beta minimises
 * ||y - b0 - X beta||_2^2.
 *
 * <p>Solved by Householder QR of the (centred, with an intercept) design matrix, never by the
 * normal equations; the intercept is b0 = mean(y) - mean(X) beta. A rank-deficient X (a constant
 * column with an intercept, a duplicated or collinear column, fewer rows than p (+1)) is
 * rejected with an {@link IllegalArgumentException} naming the column; there is no minimum-norm
 * fallback (use {@link Ridge} with alpha &gt; 0).
 *
 * <p>Parameters: {@code fitIntercept} (boolean, default true).
 */
public final class LinearRegression implements Regressor {
    private final boolean fitIntercept;

    private LinearRegression(boolean fitIntercept) {
        this.fitIntercept = fitIntercept;
    }

    /** @return ordinary least squares with an intercept */
    public static LinearRegression of() {
        return new LinearRegression(true);
    }

    /**
     * @param fitIntercept whether to fit an intercept
     * @return a copy with that setting
     */
    public LinearRegression withFitIntercept(boolean fitIntercept) {
        return new LinearRegression(fitIntercept);
    }

    /** @return whether an intercept is fitted */
    public boolean fitIntercept() {
        return fitIntercept;
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("fitIntercept", fitIntercept);
    }

    @Override
    public LinearRegression withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("LinearRegression", params(), changes);
        return new LinearRegression((Boolean) p.get("fitIntercept"));
    }

    /**
     * @throws IllegalArgumentException as {@link Regressor#fit}, or if X is rank deficient
     */
    @Override
    public LinearModel fit(double[][] x, double[] y) {
        DataChecks.features(x);
        DataChecks.targets(x, y);
        return LeastSquares.fit(x, y, fitIntercept, 0.0, "LinearRegression");
    }

    /**
     * Weighted least squares (sklearn's {@code sample_weight}): minimises
     * sum_i w_i (y_i - b0 - x_i beta)^2, the weights not normalised, so that an
     * integer weight w is w copies of the row; with an intercept X and y are centred at their
     * weighted means. Rows of weight 0 are left out: they do not count toward the rows the fit
     * needs (p, plus one with an intercept).
     *
     * @throws IllegalArgumentException as {@link Regressor#fit(double[][], double[], double[])},
     *     or if the rows of positive weight are too few or X restricted to them is rank deficient
     */
    @Override
    public LinearModel fit(double[][] x, double[] y, double[] sampleWeight) {
        return LeastSquares.fitChecked(x, y, sampleWeight, fitIntercept, 0.0, "LinearRegression");
    }

    /** @return true: weights are used as copies of rows */
    @Override
    public boolean supportsSampleWeight() {
        return true;
    }

    /** Value equality: equal hyper-parameters. */
    @Override
    public boolean equals(Object o) {
        return o instanceof LinearRegression r && r.fitIntercept == fitIntercept;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(LinearRegression.class, fitIntercept);
    }

    @Override
    public String toString() {
        return "LinearRegression(fitIntercept=" + fitIntercept + ")";
    }
}
