package skpro.smile;

import java.util.Map;
import java.util.Objects;

import skpro.regression.Params;
import skpro.regression.PointModel;
import skpro.regression.Regressor;
import smile.math.kernel.GaussianKernel;
import smile.regression.KernelMachine;
import smile.regression.SVM;

/**
 * Epsilon-support vector regression with a Gaussian kernel, fitted by Smile's
 * {@code smile.regression.SVM} (sequential minimal optimisation, deterministic).
 *
 * <p>f(x) = b + sum_i (alpha_i - alpha_i^*) k(x_i, x) with k(x, x') =
 * exp(-||x - x'||^2 / (2 sigma^2)), minimising (1/2) ||f||_H^2 + C sum_i max(0, |y_i - f(x_i)| -
 * epsilon): residuals inside the tube of half-width {@code epsilon} cost nothing, those outside
 * cost C per unit. The optimiser stops when the KKT conditions hold within {@code tol}. The
 * features and target are used as given (scale them, for instance in a pipeline, when their
 * units differ: sigma and epsilon are in those units).
 *
 * <p>Parameters: {@code sigma} (finite, &gt; 0, default 1), {@code epsilon} (finite, &gt;= 0,
 * default 0.1), {@code c} (finite, &gt; 0, default 1), {@code tol} (finite, &gt; 0, default
 * 1e-3).
 */
public final class SvrRegressor implements Regressor {
    private final double sigma;
    private final double epsilon;
    private final double c;
    private final double tol;

    private SvrRegressor(double sigma, double epsilon, double c, double tol) {
        Checks.positive("sigma", sigma);
        Checks.nonNegative("epsilon", epsilon);
        Checks.positive("c", c);
        Checks.positive("tol", tol);
        this.sigma = sigma;
        this.epsilon = epsilon;
        this.c = c;
        this.tol = tol;
    }

    /**
     * @param sigma the kernel's width, finite and &gt; 0
     * @param epsilon the half-width of the insensitive tube, finite and &gt;= 0
     * @param c the cost of a unit of residual outside the tube, finite and &gt; 0
     * @return SVR with tolerance 1e-3
     * @throws IllegalArgumentException if a value is out of range
     */
    public static SvrRegressor of(double sigma, double epsilon, double c) {
        return new SvrRegressor(sigma, epsilon, c, 1e-3);
    }

    /**
     * @param width the kernel's width, finite and &gt; 0
     * @return a copy with it
     * @throws IllegalArgumentException if width is not finite and positive
     */
    public SvrRegressor withSigma(double width) {
        return new SvrRegressor(width, epsilon, c, tol);
    }

    /**
     * @param halfWidth the tube's half-width, finite and &gt;= 0
     * @return a copy with it
     * @throws IllegalArgumentException if halfWidth is negative or not finite
     */
    public SvrRegressor withEpsilon(double halfWidth) {
        return new SvrRegressor(sigma, halfWidth, c, tol);
    }

    /**
     * @param cost the cost C, finite and &gt; 0
     * @return a copy with it
     * @throws IllegalArgumentException if cost is not finite and positive
     */
    public SvrRegressor withC(double cost) {
        return new SvrRegressor(sigma, epsilon, cost, tol);
    }

    /**
     * @param tolerance the KKT tolerance, finite and &gt; 0
     * @return a copy with it
     * @throws IllegalArgumentException if tolerance is not finite and positive
     */
    public SvrRegressor withTol(double tolerance) {
        return new SvrRegressor(sigma, epsilon, c, tolerance);
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("sigma", sigma, "epsilon", epsilon, "c", c, "tol", tol);
    }

    @Override
    public SvrRegressor withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("SvrRegressor", params(), changes);
        return new SvrRegressor(Params.getDouble(p, "sigma"), Params.getDouble(p, "epsilon"), Params.getDouble(p, "c"),
            Params.getDouble(p, "tol"));
    }

    /**
     * @throws IllegalArgumentException as {@link Regressor#fit}, or if there are fewer than 2 rows
     */
    @Override
    public PointModel fit(double[][] x, double[] y) {
        int p = Checks.trainingSet(x, y, 2, "SvrRegressor");
        double[][] xs = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            xs[i] = x[i].clone();
        }
        KernelMachine<double[]> machine = SVM.fit(xs, y.clone(), new GaussianKernel(sigma), epsilon, c, tol);
        return new RowwiseModel(p, machine::predict);
    }

    /** Value equality: equal hyper-parameters. */
    @Override
    public boolean equals(Object o) {
        return o instanceof SvrRegressor r && Double.compare(r.sigma, sigma) == 0
            && Double.compare(r.epsilon, epsilon) == 0 && Double.compare(r.c, c) == 0
            && Double.compare(r.tol, tol) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(SvrRegressor.class, sigma, epsilon, c, tol);
    }

    @Override
    public String toString() {
        return "SvrRegressor(sigma=" + sigma + ", epsilon=" + epsilon + ", c=" + c + ", tol=" + tol + ")";
    }
}
