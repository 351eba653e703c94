package skpro.regression.bayes;

import java.util.Map;
import java.util.Objects;

import skpro.distributions.Distribution;
import skpro.distributions.Normal;
import skpro.distributions.TDistribution;
import skpro.regression.Params;
import skpro.regression.ProbaModel;
import skpro.regression.ProbaRegressor;
import skpro.regression.internal.Cholesky;
import skpro.regression.internal.DataChecks;

/**
 * Bayesian linear regression with a conjugate prior: y = b0 + X w + e, e ~ N(0, s2), a flat
 * prior on the intercept b0 and w ~ N(m0 1, s2_w Lambda0^-1) with Lambda0 = lambda0 I.
 *
 * <p><b>Known noise</b> ({@code noiseVariance} s2 &gt; 0; the prior on w is N(m0 1, (1/lambda0) I)):
 * integrating out the flat b0 leaves, on centred data (G = X_c^T X_c),
 * P = lambda0 I + G / s2, m = P^-1 (lambda0 m0 1 + X_c^T y_c / s2), and the predictive law is
 * Normal(ybar + (x - xbar) . m, sqrt((x - xbar)^T P^-1 (x - xbar) + s2 / n + s2)).
 *
 * <p><b>Unknown noise</b> ({@code noiseVariance} = 0): Normal-inverse-gamma prior
 * s2 ~ InvGamma(a0, b0), w | s2 ~ N(m0 1, s2 (1/lambda0) I). Then Lambda_n = lambda0 I + G,
 * m = Lambda_n^-1 (lambda0 m0 1 + X_c^T y_c), a_n = a0 + (n - 1) / 2 (the flat intercept takes
 * one degree of freedom), b_n = b0 + (|y_c - X_c m|^2 + lambda0 |m - m0 1|^2) / 2, and the
 * predictive law is Student-t with 2 a_n degrees of freedom, location ybar + (x - xbar) . m and
 * scale sqrt((b_n / a_n)(1 + 1/n + (x - xbar)^T Lambda_n^-1 (x - xbar))). Without an intercept
 * nothing is centred, the 1/n terms vanish and a_n = a0 + n / 2.
 *
 * <p>The prior is not scale invariant: standardise the features (a {@code Pipeline} with a
 * {@code StandardScaler}) when their units differ.
 *
 * <p>Parameters: {@code priorMean} m0 (finite, 0), {@code priorPrecision} lambda0 (&gt; 0, 1),
 * {@code noiseVariance} (&gt;= 0, 0 = unknown), {@code a0}, {@code b0} (&gt; 0, 1 and 1),
 * {@code fitIntercept} (true).
 */
public final class BayesianConjugateLinearRegressor implements ProbaRegressor {
    private final double priorMean;
    private final double priorPrecision;
    private final double noiseVariance;
    private final double a0;
    private final double b0;
    private final boolean fitIntercept;

    private BayesianConjugateLinearRegressor(double priorMean, double priorPrecision, double noiseVariance,
        double a0, double b0, boolean fitIntercept) {
        if (!Double.isFinite(priorMean)) {
            throw new IllegalArgumentException("priorMean must be finite, got " + priorMean);
        }
        positive("priorPrecision", priorPrecision);
        BayesianRidge.nonNegative("noiseVariance", noiseVariance);
        positive("a0", a0);
        positive("b0", b0);
        this.priorMean = priorMean;
        this.priorPrecision = priorPrecision;
        this.noiseVariance = noiseVariance;
        this.a0 = a0;
        this.b0 = b0;
        this.fitIntercept = fitIntercept;
    }

    private static void positive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, got " + v);
        }
    }

    /**
     * @return unknown noise with the Normal-inverse-gamma prior m0 = 0, lambda0 = 1, a0 = b0 = 1,
     *     and an intercept (Student-t predictive)
     */
    public static BayesianConjugateLinearRegressor of() {
        return new BayesianConjugateLinearRegressor(0.0, 1.0, 0.0, 1.0, 1.0, true);
    }

    /**
     * @param newPriorMean m0, the prior mean of every coefficient
     * @param newPriorPrecision lambda0 &gt; 0, the prior precision of every coefficient
     * @return a copy with this prior
     * @throws IllegalArgumentException if a value is out of range
     */
    public BayesianConjugateLinearRegressor withPrior(double newPriorMean, double newPriorPrecision) {
        return new BayesianConjugateLinearRegressor(newPriorMean, newPriorPrecision, noiseVariance, a0, b0,
            fitIntercept);
    }

    /**
     * @param variance the known noise variance s2 &gt; 0 (Normal predictive)
     * @return a copy with known noise
     * @throws IllegalArgumentException if variance is not finite and positive
     */
    public BayesianConjugateLinearRegressor withKnownNoise(double variance) {
        positive("noiseVariance", variance);
        return new BayesianConjugateLinearRegressor(priorMean, priorPrecision, variance, a0, b0, fitIntercept);
    }

    /**
     * @param newA0 shape of the inverse-gamma prior of the noise variance, &gt; 0
     * @param newB0 its scale, &gt; 0
     * @return a copy with unknown noise and this prior (Student-t predictive)
     * @throws IllegalArgumentException if a value is not finite and positive
     */
    public BayesianConjugateLinearRegressor withInverseGammaNoise(double newA0, double newB0) {
        return new BayesianConjugateLinearRegressor(priorMean, priorPrecision, 0.0, newA0, newB0, fitIntercept);
    }

    /**
     * @param newFitIntercept whether to fit a flat-prior intercept
     * @return a copy with that setting
     */
    public BayesianConjugateLinearRegressor withFitIntercept(boolean newFitIntercept) {
        return new BayesianConjugateLinearRegressor(priorMean, priorPrecision, noiseVariance, a0, b0,
            newFitIntercept);
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("priorMean", priorMean, "priorPrecision", priorPrecision, "noiseVariance", noiseVariance,
            "a0", a0, "b0", b0, "fitIntercept", fitIntercept);
    }

    @Override
    public BayesianConjugateLinearRegressor withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("BayesianConjugateLinearRegressor", params(), changes);
        return new BayesianConjugateLinearRegressor(Params.getDouble(p, "priorMean"),
            Params.getDouble(p, "priorPrecision"), Params.getDouble(p, "noiseVariance"), Params.getDouble(p, "a0"),
            Params.getDouble(p, "b0"), (Boolean) p.get("fitIntercept"));
    }

    /**
     * @throws IllegalArgumentException as {@link ProbaRegressor#fit}
     */
    @Override
    public ProbaModel fit(double[][] x, double[] y) {
        int p = DataChecks.features(x);
        DataChecks.targets(x, y);
        CenteredDesign d = new CenteredDesign(x, y, fitIntercept);
        int n = d.n;
        boolean known = noiseVariance > 0;
        double s = known ? 1.0 / noiseVariance : 1.0;
        double[] prec = new double[p * p];
        double[] rhs = new double[p];
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < p; k++) {
                prec[j * p + k] = d.gram[j * p + k] * s;
            }
            prec[j * p + j] += priorPrecision;
            rhs[j] = d.xty[j] * s + priorPrecision * priorMean;
        }
        Cholesky c = Cholesky.ofWithJitter(prec, p, "the posterior precision of the coefficients",
            "raise priorPrecision");
        double[] m = c.solve(rhs);
        double[] cov = c.inverse();
        double interceptVar = fitIntercept ? 1.0 / n : 0.0;
        if (known) {
            return new Model(this, p, d.xMean, d.yMean, m, cov, interceptVar, noiseVariance, 0.0);
        }
        double rss = d.residualSumOfSquares(x, y, m);
        double prior = 0.0;
        for (double mj : m) {
            prior += (mj - priorMean) * (mj - priorMean);
        }
        double an = a0 + (fitIntercept ? n - 1 : n) / 2.0;
        double bn = b0 + 0.5 * (rss + priorPrecision * prior);
        return new Model(this, p, d.xMean, d.yMean, m, cov, interceptVar, bn / an, 2 * an);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BayesianConjugateLinearRegressor b && Double.compare(b.priorMean, priorMean) == 0
            && Double.compare(b.priorPrecision, priorPrecision) == 0
            && Double.compare(b.noiseVariance, noiseVariance) == 0 && Double.compare(b.a0, a0) == 0
            && Double.compare(b.b0, b0) == 0 && b.fitIntercept == fitIntercept;
    }

    @Override
    public int hashCode() {
        return Objects.hash(BayesianConjugateLinearRegressor.class, priorMean, priorPrecision, noiseVariance, a0, b0,
            fitIntercept);
    }

    @Override
    public String toString() {
        return "BayesianConjugateLinearRegressor" + params();
    }

    /**
     * The posterior: known noise gives Normal rows with variance q(x) + s2/n + s2, unknown noise
     * Student-t rows with scale^2 = (b_n/a_n)(1 + 1/n + q(x)), q(x) = (x - xbar)^T C (x - xbar).
     */
    private static final class Model implements ProbaModel {
        private final BayesianConjugateLinearRegressor regressor;
        private final int p;
        private final double[] xMean;
        private final double yMean;
        private final double[] coef;
        private final double[] cov;
        private final double interceptVar;
        private final double noise;
        private final double df;

        Model(BayesianConjugateLinearRegressor regressor, int p, double[] xMean, double yMean, double[] coef,
            double[] cov, double interceptVar, double noise, double df) {
            this.regressor = regressor;
            this.p = p;
            this.xMean = xMean;
            this.yMean = yMean;
            this.coef = coef;
            this.cov = cov;
            this.interceptVar = interceptVar;
            this.noise = noise;
            this.df = df;
        }

        @Override
        public ProbaRegressor regressor() {
            return regressor;
        }

        @Override
        public int numFeatures() {
            return p;
        }

        @Override
        public Distribution predictProba(double[][] x) {
            DataChecks.featuresFor(x, p);
            int m = x.length;
            double[] mu = CenteredDesign.linear(x, xMean, coef, yMean);
            double[] scale = new double[m];
            for (int i = 0; i < m; i++) {
                double q = CenteredDesign.quadratic(x[i], xMean, cov);
                // known noise: cov is already the covariance of w; unknown: it is scaled by the noise
                scale[i] = df == 0.0 ? Math.sqrt(q + noise * (interceptVar + 1.0))
                    : Math.sqrt(noise * (1.0 + interceptVar + q));
            }
            if (df == 0.0) {
                return Normal.of(mu, scale);
            }
            double[] dfs = new double[m];
            java.util.Arrays.fill(dfs, df);
            return TDistribution.of(mu, scale, dfs);
        }
    }
}
