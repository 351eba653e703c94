package skpro.smile;

import java.util.Map;
import java.util.Objects;

import skpro.regression.Params;
import skpro.regression.Regressor;
import skpro.regression.linear.LinearModel;
import smile.regression.ElasticNet;

/**
 * The (naive) elastic net, fitted by Smile's {@code smile.regression.ElasticNet}, which solves
 * it as a lasso on an augmented data set (Zou and Hastie, 2005, lemma 1).
 *
 * <p>Objective (Smile's scaling, without Zou and Hastie's (1 + lambda2) rescaling): with the
 * columns of X standardised, z_ij = (x_ij - xbar_j) / s_j (s_j the population standard deviation,
 * divisor n), w minimises
 * <pre>
 *   sum_i (y_i - ybar - sum_j z_ij w_j)^2 + lambda1 sum_j |w_j| + lambda2 sum_j w_j^2
 * </pre>
 * and the model is beta_j = w_j / s_j, intercept ybar - sum_j beta_j xbar_j. On an orthogonal
 * design (Z^T Z = n I): w_j = sign(c_j) max(|c_j| - lambda1 / 2, 0) / (n + lambda2),
 * c_j = z_j^T (y - ybar). The target is centred before Smile sees it, which Smile's augmented
 * problem needs to solve exactly this objective. Solver and constant columns as
 * {@link LassoRegressor}.
 *
 * <p>Parameters: {@code lambda1} (finite, &gt; 0, default 1), {@code lambda2} (finite, &gt; 0,
 * default 1), {@code tolerance} (finite, &gt; 0, default 1e-4), {@code maxIter} (&gt;= 1,
 * default 1000). Smile requires both penalties positive (lambda2 = 0 is {@link LassoRegressor}).
 */
public final class ElasticNetRegressor implements Regressor {
    private final double lambda1;
    private final double lambda2;
    private final double tolerance;
    private final int maxIter;

    private ElasticNetRegressor(double lambda1, double lambda2, double tolerance, int maxIter) {
        Checks.positive("lambda1", lambda1);
        Checks.positive("lambda2", lambda2);
        Checks.positive("tolerance", tolerance);
        Checks.atLeast("maxIter", maxIter, 1);
        this.lambda1 = lambda1;
        this.lambda2 = lambda2;
        this.tolerance = tolerance;
        this.maxIter = maxIter;
    }

    /**
     * @param lambda1 the L1 penalty, finite and &gt; 0
     * @param lambda2 the L2 penalty, finite and &gt; 0
     * @return the elastic net with tolerance 1e-4 and at most 1000 iterations
     * @throws IllegalArgumentException if a penalty is not finite and positive
     */
    public static ElasticNetRegressor of(double lambda1, double lambda2) {
        return new ElasticNetRegressor(lambda1, lambda2, 1e-4, 1000);
    }

    /**
     * @param penalty the L1 penalty, finite and &gt; 0
     * @return a copy with it
     * @throws IllegalArgumentException if penalty is not finite and positive
     */
    public ElasticNetRegressor withLambda1(double penalty) {
        return new ElasticNetRegressor(penalty, lambda2, tolerance, maxIter);
    }

    /**
     * @param penalty the L2 penalty, finite and &gt; 0
     * @return a copy with it
     * @throws IllegalArgumentException if penalty is not finite and positive
     */
    public ElasticNetRegressor withLambda2(double penalty) {
        return new ElasticNetRegressor(lambda1, penalty, tolerance, maxIter);
    }

    /**
     * @param tol the relative duality gap at which the solver stops, finite and &gt; 0
     * @return a copy with it
     * @throws IllegalArgumentException if tol is not finite and positive
     */
    public ElasticNetRegressor withTolerance(double tol) {
        return new ElasticNetRegressor(lambda1, lambda2, tol, maxIter);
    }

    /**
     * @param iterations the most Newton steps, &gt;= 1
     * @return a copy with it
     * @throws IllegalArgumentException if iterations &lt; 1
     */
    public ElasticNetRegressor withMaxIter(int iterations) {
        return new ElasticNetRegressor(lambda1, lambda2, tolerance, iterations);
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("lambda1", lambda1, "lambda2", lambda2, "tolerance", tolerance, "maxIter", maxIter);
    }

    @Override
    public ElasticNetRegressor withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("ElasticNetRegressor", params(), changes);
        return new ElasticNetRegressor(Params.getDouble(p, "lambda1"), Params.getDouble(p, "lambda2"),
            Params.getDouble(p, "tolerance"), Params.getInt(p, "maxIter"));
    }

    /**
     * @throws IllegalArgumentException as {@link Regressor#fit}, or if there are fewer than 2 rows
     */
    @Override
    public LinearModel fit(double[][] x, double[] y) {
        Checks.trainingSet(x, y, 2, "ElasticNetRegressor");
        return PenalizedFit.fit(x, y,
            (formula, data) -> ElasticNet.fit(formula, data, lambda1, lambda2, tolerance, maxIter));
    }

    /** Value equality: equal hyper-parameters. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ElasticNetRegressor r && Double.compare(r.lambda1, lambda1) == 0
            && Double.compare(r.lambda2, lambda2) == 0 && Double.compare(r.tolerance, tolerance) == 0
            && r.maxIter == maxIter;
    }

    @Override
    public int hashCode() {
        return Objects.hash(ElasticNetRegressor.class, lambda1, lambda2, tolerance, maxIter);
    }

    @Override
    public String toString() {
        return "ElasticNetRegressor(lambda1=" + lambda1 + ", lambda2=" + lambda2 + ", tolerance=" + tolerance
            + ", maxIter=" + maxIter + ")";
    }
}
