package skpro.regression.linear;

import java.util.Map;

import skpro.regression.Params;
import skpro.regression.Regressor;
import skpro.regression.internal.DataChecks;
import skpro.regression.internal.SampleWeights;

/**
 * Linear quantile regression, as sklearn's {@code QuantileRegressor}: (b0, b) minimise
 * <pre>
 *   (1/n) sum_i rho_q(y_i - b0 - x_i b) + alpha ||b||_1,
 *   rho_q(r) = q r for r &gt;= 0, (q - 1) r for r &lt; 0 (the pinball loss),
 * </pre>
 * the intercept b0 not penalised. With alpha = 0 the fit is a conditional q-quantile: at the
 * optimum at most q n residuals are negative and at most (1 - q) n positive; with no features
 * (or only constant ones) b0 is a q-quantile of y (the sample median for q = 1/2).
 *
 * <p>Solved exactly as a linear program: a primal-dual interior point method (Frisch-Newton with
 * Mehrotra's predictor-corrector, as R's {@code quantreg::rq.fit.fnb}; the L1 penalty becomes one
 * pseudo-observation per feature), each iteration one p x p weighted normal system by Cholesky,
 * then a crossover to a vertex and simplex pivots until no interpolated row can leave with
 * profit. The solution therefore interpolates p + 1 rows (p with no intercept; a coefficient
 * held at zero by the penalty counts as one), as sklearn's HiGHS solvers return. Cost
 * O(n p^2) per iteration, some 10 to 30 iterations.
 *
 * <p>Where the optimum is not unique (q n an integer with no features, ties, collinear columns)
 * one optimal vertex is returned. A constant column (with an intercept; a zero column without)
 * gets coefficient 0, and with alpha = 0 so does a column that is, to 1e-13 in relative squared
 * norm, a linear combination of the earlier ones (and the intercept). Sample weights are
 * supported ({@link #fit(double[][], double[], double[])}).
 *
 * <p>Parameters: {@code quantile} (in (0, 1), default 0.5), {@code alpha} (finite, &gt;= 0,
 * default 1.0 as sklearn; that is a strong penalty for standardised features, so choose it on
 * the data's scale, or 0 for plain quantile regression), {@code fitIntercept} (default true).
 */
public final class QuantileRegressor implements Regressor {
    private final double quantile;
    private final double alpha;
    private final boolean fitIntercept;

    private QuantileRegressor(double quantile, double alpha, boolean fitIntercept) {
        if (!(quantile > 0 && quantile < 1)) {
            throw new IllegalArgumentException("quantile must be in (0, 1), got " + quantile);
        }
        if (!(alpha >= 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("alpha must be finite and >= 0, got " + alpha);
        }
        this.quantile = quantile;
        this.alpha = alpha;
        this.fitIntercept = fitIntercept;
    }

    /** @return median regression (quantile 0.5) with alpha 1.0 and an intercept, sklearn's defaults */
    public static QuantileRegressor of() {
        return new QuantileRegressor(0.5, 1.0, true);
    }

    /**
     * @param quantile the quantile level q, in (0, 1)
     * @return quantile regression at level q with alpha 1.0 and an intercept
     * @throws IllegalArgumentException if q is not in (0, 1)
     */
    public static QuantileRegressor of(double quantile) {
        return new QuantileRegressor(quantile, 1.0, true);
    }

    /**
     * @param quantile the quantile level q, in (0, 1)
     * @return a copy at that level
     * @throws IllegalArgumentException if q is not in (0, 1)
     */
    public QuantileRegressor withQuantile(double quantile) {
        return new QuantileRegressor(quantile, alpha, fitIntercept);
    }

    /**
     * @param alpha the L1 penalty, finite and &gt;= 0
     * @return a copy with that penalty
     * @throws IllegalArgumentException if alpha is negative, NaN or infinite
     */
    public QuantileRegressor withAlpha(double alpha) {
        return new QuantileRegressor(quantile, alpha, fitIntercept);
    }

    /**
     * @param fitIntercept whether to fit an (unpenalised) intercept
     * @return a copy with that setting
     */
    public QuantileRegressor withFitIntercept(boolean fitIntercept) {
        return new QuantileRegressor(quantile, alpha, fitIntercept);
    }

    /** @return the quantile level q */
    public double quantile() {
        return quantile;
    }

    /** @return the L1 penalty */
    public double alpha() {
        return alpha;
    }

    /** @return whether an intercept is fitted */
    public boolean fitIntercept() {
        return fitIntercept;
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("quantile", quantile, "alpha", alpha, "fitIntercept", fitIntercept);
    }

    @Override
    public QuantileRegressor withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("QuantileRegressor", params(), changes);
        return new QuantileRegressor(Params.getDouble(p, "quantile"), Params.getDouble(p, "alpha"),
            (Boolean) p.get("fitIntercept"));
    }

    /** @throws IllegalArgumentException as {@link Regressor#fit} */
    @Override
    public LinearModel fit(double[][] x, double[] y) {
        DataChecks.features(x);
        DataChecks.targets(x, y);
        return QuantileLinearProgram.fit(x, y, quantile, alpha, fitIntercept);
    }

    /**
     * Weighted quantile regression, as sklearn's {@code sample_weight}: (b0, b) minimise
     * (1/W) sum_i w_i rho_q(y_i - b0 - x_i b) + alpha ||b||_1, W = sum_i w_i, so that an integer
     * weight w is w copies of the row (the weights' scale does not matter). Rows of weight 0 are
     * left out; equal weights give {@link #fit(double[][], double[])}.
     *
     * @throws IllegalArgumentException as {@link Regressor#fit(double[][], double[], double[])}
     */
    @Override
    public LinearModel fit(double[][] x, double[] y, double[] sampleWeight) {
        DataChecks.features(x);
        DataChecks.targets(x, y);
        if (DataChecks.weights(x, sampleWeight)) {
            return QuantileLinearProgram.fit(x, y, quantile, alpha, fitIntercept);
        }
        SampleWeights.Rows rows = SampleWeights.positive(x, y, sampleWeight);
        return QuantileLinearProgram.fit(rows.x(), rows.y(), rows.weights(), quantile, alpha, fitIntercept);
    }

    /** @return true: weights are used as copies of rows */
    @Override
    public boolean supportsSampleWeight() {
        return true;
    }

    /** Value equality: equal hyper-parameters. */
    @Override
    public boolean equals(Object o) {
        return o instanceof QuantileRegressor r && Double.compare(r.quantile, quantile) == 0
            && Double.compare(r.alpha, alpha) == 0 && r.fitIntercept == fitIntercept;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(QuantileRegressor.class, quantile, alpha, fitIntercept);
    }

    @Override
    public String toString() {
        return "QuantileRegressor(quantile=" + quantile + ", alpha=" + alpha + ", fitIntercept=" + fitIntercept + ")";
    }
}
