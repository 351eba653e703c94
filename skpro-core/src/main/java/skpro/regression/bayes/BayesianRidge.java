package skpro.regression.bayes;

import java.util.Map;
import java.util.Objects;

import skpro.regression.MeanVarianceProbaModel;
import skpro.regression.Params;
import skpro.regression.ProbaRegressor;
import skpro.regression.internal.Cholesky;
import skpro.regression.internal.DataChecks;

/**
 * Bayesian ridge regression with evidence maximisation, as sklearn's {@code BayesianRidge}.
 *
 * <p>Model: y = b0 + X w + e, e ~ N(0, 1/alpha), prior w ~ N(0, (1/lambda) I), hyper-priors
 * alpha ~ Gamma(alpha1, rate alpha2), lambda ~ Gamma(lambda1, rate lambda2). With an intercept X
 * and y are centred (b0 = ybar - xbar . w, flat). Starting from alpha = 1 / (Var y + eps) (or
 * {@code alphaInit}) and lambda = {@code lambdaInit}, each iteration sets, with G = X_c^T X_c and
 * r = lambda / alpha,
 * <pre>
 *   w      = (G + r I)^-1 X_c^T y_c,     gamma = sum_i e_i / (e_i + r) = p - r tr (G + r I)^-1
 *   lambda = (gamma + 2 lambda1) / (|w|^2 + 2 lambda2)
 *   alpha  = (n - gamma + 2 alpha1) / (|y_c - X_c w|^2 + 2 alpha2)
 * </pre>
 * (e_i the eigenvalues of G) and stops after {@code maxIter} iterations or when the L1 change of w
 * falls below {@code tol}; w is then recomputed with the final alpha, lambda, and
 * Sigma = (1/alpha)(G + r I)^-1 is the posterior covariance of w. The predictive distribution is
 * Normal(b0 + x . w, sqrt((x - xbar)^T Sigma (x - xbar) + 1/alpha)), noise included, as sklearn's
 * {@code predict(return_std=True)}. sklearn builds Sigma from a thin SVD, which for n &lt; p
 * leaves out the null space of X; here Sigma is the full inverse.
 *
 * <p>Parameters: {@code maxIter} (&gt;= 1, 300), {@code tol} (&gt;= 0, 1e-3), {@code alpha1},
 * {@code alpha2}, {@code lambda1}, {@code lambda2} (&gt;= 0, 1e-6), {@code alphaInit} (&gt;= 0;
 * 0 means 1 / Var y), {@code lambdaInit} (&gt; 0, 1), {@code fitIntercept} (true).
 */
public final class BayesianRidge implements ProbaRegressor {
    private static final double EPS = 0x1.0p-52;

    private final int maxIter;
    private final double tol;
    private final double alpha1;
    private final double alpha2;
    private final double lambda1;
    private final double lambda2;
    private final double alphaInit;
    private final double lambdaInit;
    private final boolean fitIntercept;

    private BayesianRidge(int maxIter, double tol, double alpha1, double alpha2, double lambda1, double lambda2,
        double alphaInit, double lambdaInit, boolean fitIntercept) {
        if (maxIter < 1) {
            throw new IllegalArgumentException("maxIter must be >= 1, got " + maxIter);
        }
        nonNegative("tol", tol);
        nonNegative("alpha1", alpha1);
        nonNegative("alpha2", alpha2);
        nonNegative("lambda1", lambda1);
        nonNegative("lambda2", lambda2);
        nonNegative("alphaInit", alphaInit);
        if (!(lambdaInit > 0) || Double.isInfinite(lambdaInit)) {
            throw new IllegalArgumentException("lambdaInit must be finite and > 0, got " + lambdaInit);
        }
        this.maxIter = maxIter;
        this.tol = tol;
        this.alpha1 = alpha1;
        this.alpha2 = alpha2;
        this.lambda1 = lambda1;
        this.lambda2 = lambda2;
        this.alphaInit = alphaInit;
        this.lambdaInit = lambdaInit;
        this.fitIntercept = fitIntercept;
    }

    static void nonNegative(String name, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, got " + v);
        }
    }

    /** @return sklearn's defaults: 300 iterations, tol 1e-3, hyper-prior parameters 1e-6, an intercept */
    public static BayesianRidge of() {
        return new BayesianRidge(300, 1e-3, 1e-6, 1e-6, 1e-6, 1e-6, 0.0, 1.0, true);
    }

    /**
     * @param newMaxIter the maximum number of evidence iterations, &gt;= 1
     * @param newTol the stopping threshold on the L1 change of w, &gt;= 0
     * @return a copy with them
     * @throws IllegalArgumentException if a value is out of range
     */
    public BayesianRidge withIterations(int newMaxIter, double newTol) {
        return new BayesianRidge(newMaxIter, newTol, alpha1, alpha2, lambda1, lambda2, alphaInit, lambdaInit,
            fitIntercept);
    }

    /**
     * @param a1 shape of the Gamma hyper-prior of the noise precision alpha, &gt;= 0
     * @param a2 its rate, &gt;= 0
     * @param l1 shape of the Gamma hyper-prior of the weight precision lambda, &gt;= 0
     * @param l2 its rate, &gt;= 0
     * @return a copy with these hyper-priors
     * @throws IllegalArgumentException if a value is negative or not finite
     */
    public BayesianRidge withHyperPriors(double a1, double a2, double l1, double l2) {
        return new BayesianRidge(maxIter, tol, a1, a2, l1, l2, alphaInit, lambdaInit, fitIntercept);
    }

    /**
     * @param newAlphaInit starting noise precision, &gt;= 0 (0: 1 / Var y)
     * @param newLambdaInit starting weight precision, &gt; 0
     * @return a copy with these starting values
     * @throws IllegalArgumentException if a value is out of range
     */
    public BayesianRidge withInit(double newAlphaInit, double newLambdaInit) {
        return new BayesianRidge(maxIter, tol, alpha1, alpha2, lambda1, lambda2, newAlphaInit, newLambdaInit,
            fitIntercept);
    }

    /**
     * @param newFitIntercept whether to centre X and y and fit a flat intercept
     * @return a copy with that setting
     */
    public BayesianRidge withFitIntercept(boolean newFitIntercept) {
        return new BayesianRidge(maxIter, tol, alpha1, alpha2, lambda1, lambda2, alphaInit, lambdaInit,
            newFitIntercept);
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("maxIter", maxIter, "tol", tol, "alpha1", alpha1, "alpha2", alpha2, "lambda1", lambda1,
            "lambda2", lambda2, "alphaInit", alphaInit, "lambdaInit", lambdaInit, "fitIntercept", fitIntercept);
    }

    @Override
    public BayesianRidge withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("BayesianRidge", params(), changes);
        return new BayesianRidge(Params.getInt(p, "maxIter"), Params.getDouble(p, "tol"),
            Params.getDouble(p, "alpha1"), Params.getDouble(p, "alpha2"), Params.getDouble(p, "lambda1"),
            Params.getDouble(p, "lambda2"), Params.getDouble(p, "alphaInit"), Params.getDouble(p, "lambdaInit"),
            (Boolean) p.get("fitIntercept"));
    }

    /**
     * @return the fitted model; {@link Model#alpha()} and {@link Model#lambda()} give the
     *     evidence-maximising precisions
     * @throws IllegalArgumentException as {@link ProbaRegressor#fit}, or if y is constant (the
     *     noise precision would be infinite)
     */
    @Override
    public Model fit(double[][] x, double[] y) {
        DataChecks.features(x);
        DataChecks.targets(x, y);
        CenteredDesign d = new CenteredDesign(x, y, fitIntercept);
        int n = d.n;
        int p = d.p;
        double var = 0.0;
        double ym = 0.0;
        for (double v : y) {
            ym += v;
        }
        ym /= n;
        for (double v : y) {
            var += (v - ym) * (v - ym);
        }
        var /= n;
        double alpha = alphaInit > 0 ? alphaInit : 1.0 / (var + EPS);
        double lambda = lambdaInit;
        double[] wOld = null;
        for (int iter = 0; iter < maxIter; iter++) {
            Cholesky c = factor(d, lambda / alpha);
            double[] w = c.solve(d.xty);
            double rss = d.residualSumOfSquares(x, y, w);
            double[] inv = c.inverse();
            double trace = 0.0;
            for (int j = 0; j < p; j++) {
                trace += inv[j * p + j];
            }
            double gamma = p - lambda / alpha * trace;
            double w2 = 0.0;
            for (double wj : w) {
                w2 += wj * wj;
            }
            lambda = (gamma + 2 * lambda1) / (w2 + 2 * lambda2);
            alpha = (n - gamma + 2 * alpha1) / (rss + 2 * alpha2);
            if (!(alpha < Double.POSITIVE_INFINITY) || !(lambda < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("BayesianRidge: a precision diverged (alpha = " + alpha
                    + ", lambda = " + lambda + "); y is fitted exactly or is constant");
            }
            if (wOld != null) {
                double change = 0.0;
                for (int j = 0; j < p; j++) {
                    change += Math.abs(wOld[j] - w[j]);
                }
                if (change < tol) {
                    break;
                }
            }
            wOld = w;
        }
        Cholesky c = factor(d, lambda / alpha);
        double[] w = c.solve(d.xty);
        double[] sigma = c.inverse();
        for (int k = 0; k < sigma.length; k++) {
            sigma[k] /= alpha;
        }
        double intercept = d.yMean;
        return new Model(this, p, w, intercept, d.xMean, sigma, alpha, lambda);
    }

    private static Cholesky factor(CenteredDesign d, double ratio) {
        int p = d.p;
        double[] a = d.gram.clone();
        for (int j = 0; j < p; j++) {
            a[j * p + j] += ratio;
        }
        return Cholesky.ofWithJitter(a, p, "BayesianRidge's X^T X + (lambda/alpha) I",
            "rescale the features or raise lambda2");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BayesianRidge b && b.maxIter == maxIter && Double.compare(b.tol, tol) == 0
            && Double.compare(b.alpha1, alpha1) == 0 && Double.compare(b.alpha2, alpha2) == 0
            && Double.compare(b.lambda1, lambda1) == 0 && Double.compare(b.lambda2, lambda2) == 0
            && Double.compare(b.alphaInit, alphaInit) == 0 && Double.compare(b.lambdaInit, lambdaInit) == 0
            && b.fitIntercept == fitIntercept;
    }

    @Override
    public int hashCode() {
        return Objects.hash(BayesianRidge.class, maxIter, tol, alpha1, alpha2, lambda1, lambda2, alphaInit,
            lambdaInit, fitIntercept);
    }

    @Override
    public String toString() {
        return "BayesianRidge" + params();
    }

    /** A fitted Bayesian ridge: posterior mean and covariance of w, and the precisions. */
    public static final class Model extends MeanVarianceProbaModel {
        private final double[] coef;
        private final double intercept;
        private final double[] xMean;
        private final double[] sigma;
        private final double alpha;
        private final double lambda;

        Model(BayesianRidge reg, int p, double[] coef, double intercept, double[] xMean, double[] sigma, double alpha,
            double lambda) {
            super(reg, p);
            this.coef = coef;
            this.intercept = intercept;
            this.xMean = xMean;
            this.sigma = sigma;
            this.alpha = alpha;
            this.lambda = lambda;
        }

        /** @return the posterior mean of w (a copy) */
        public double[] coefficients() {
            return coef.clone();
        }

        /** @return the intercept b0 = ybar - xbar . w (0 without intercept) */
        public double intercept() {
            return intercept - dot(xMean, coef);
        }

        /** @return the estimated noise precision alpha */
        public double alpha() {
            return alpha;
        }

        /** @return the estimated weight precision lambda */
        public double lambda() {
            return lambda;
        }

        @Override
        protected double[] meanAt(double[][] x) {
            return CenteredDesign.linear(x, xMean, coef, intercept);
        }

        @Override
        protected double[] varianceAt(double[][] x) {
            double[] v = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                double sd = Math.sqrt(CenteredDesign.quadratic(x[i], xMean, sigma) + 1.0 / alpha);
                // squared from the standard deviation, so that predictVar equals predictProba().var()
                v[i] = sd * sd;
            }
            return v;
        }
    }

    static double dot(double[] a, double[] b) {
        double s = 0.0;
        for (int j = 0; j < a.length; j++) {
            s += a[j] * b[j];
        }
        return s;
    }
}
