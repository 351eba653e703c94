package skpro.smile;

import java.util.Map;
import java.util.Objects;

import skpro.regression.Params;
import skpro.regression.Regressor;
import skpro.regression.linear.LinearModel;
import smile.regression.LASSO;

/**
 * The lasso, fitted by Smile's {@code smile.regression.LASSO} (an interior-point method).
 *
 * <p>Objective (Smile's scaling): with the columns of X standardised, z_ij = (x_ij - xbar_j) /
 * s_j (s_j the population standard deviation, divisor n), w minimises
 * <pre>
 *   sum_i (y_i - ybar - sum_j z_ij w_j)^2 + lambda sum_j |w_j|
 * </pre>
 * (no factor 1/2 or 1/n: sklearn's {@code Lasso(alpha)} on standardised columns corresponds to
 * lambda = 2 n alpha), and the model is beta_j = w_j / s_j, intercept ybar - sum_j beta_j xbar_j.
 * On an orthogonal design (Z^T Z = n I) this is soft thresholding:
 * w_j = sign(c_j) max(|c_j| - lambda / 2, 0) / n, c_j = z_j^T (y - ybar).
 *
 * <p>The solver stops when the relative duality gap (primal - dual) / dual falls below
 * {@code tolerance}, or after {@code maxIter} Newton steps, so coefficients are accurate to
 * about that relative gap. Constant columns get coefficient 0 (Smile rejects them).
 *
 * <p>Parameters: {@code lambda} (finite, &gt; 0: Smile's interior-point method returns 0 for
 * lambda = 0, use {@code LinearRegression} there), {@code tolerance} (finite, &gt; 0,
 * default 1e-4), {@code maxIter} (&gt;= 1, default 1000).
 */
public final class LassoRegressor implements Regressor {
    private final double lambda;
    private final double tolerance;
    private final int maxIter;

    private LassoRegressor(double lambda, double tolerance, int maxIter) {
        Checks.positive("lambda", lambda);
        Checks.positive("tolerance", tolerance);
        Checks.atLeast("maxIter", maxIter, 1);
        this.lambda = lambda;
        this.tolerance = tolerance;
        this.maxIter = maxIter;
    }

    /**
     * @param lambda the L1 penalty on the standardised coefficients, finite and &gt; 0
     * @return the lasso with tolerance 1e-4 and at most 1000 iterations
     * @throws IllegalArgumentException if lambda is not finite and positive
     */
    public static LassoRegressor of(double lambda) {
        return new LassoRegressor(lambda, 1e-4, 1000);
    }

    /**
     * @param penalty the L1 penalty, finite and &gt; 0
     * @return a copy with it
     * @throws IllegalArgumentException if penalty is not finite and positive
     */
    public LassoRegressor withLambda(double penalty) {
        return new LassoRegressor(penalty, tolerance, maxIter);
    }

    /**
     * @param tol the relative duality gap at which the solver stops, finite and &gt; 0
     * @return a copy with it
     * @throws IllegalArgumentException if tol is not finite and positive
     */
    public LassoRegressor withTolerance(double tol) {
        return new LassoRegressor(lambda, tol, maxIter);
    }

    /**
     * @param iterations the most Newton steps, &gt;= 1
     * @return a copy with it
     * @throws IllegalArgumentException if iterations &lt; 1
     */
    public LassoRegressor withMaxIter(int iterations) {
        return new LassoRegressor(lambda, tolerance, iterations);
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("lambda", lambda, "tolerance", tolerance, "maxIter", maxIter);
    }

    @Override
    public LassoRegressor withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("LassoRegressor", params(), changes);
        return new LassoRegressor(Params.getDouble(p, "lambda"), Params.getDouble(p, "tolerance"),
            Params.getInt(p, "maxIter"));
    }

    /**
     * @throws IllegalArgumentException as {@link Regressor#fit}, or if there are fewer than 2 rows
     */
    @Override
    public LinearModel fit(double[][] x, double[] y) {
        Checks.trainingSet(x, y, 2, "LassoRegressor");
        return PenalizedFit.fit(x, y, (formula, data) -> LASSO.fit(formula, data, lambda, tolerance, maxIter));
    }

    /** Value equality: equal hyper-parameters. */
    @Override
    public boolean equals(Object o) {
        return o instanceof LassoRegressor r && Double.compare(r.lambda, lambda) == 0
            && Double.compare(r.tolerance, tolerance) == 0 && r.maxIter == maxIter;
    }

    @Override
    public int hashCode() {
        return Objects.hash(LassoRegressor.class, lambda, tolerance, maxIter);
    }

    @Override
    public String toString() {
        return "LassoRegressor(lambda=" + lambda + ", tolerance=" + tolerance + ", maxIter=" + maxIter + ")";
    }
}
