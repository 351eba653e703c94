package skpro.regression.glm;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.numbers.gamma.LogBeta;

import skpro.distributions.Distribution;
import skpro.distributions.Gamma;
import skpro.distributions.InverseGaussian;
import skpro.distributions.NegativeBinomial;
import skpro.distributions.Normal;
import skpro.distributions.Poisson;
import skpro.regression.Params;
import skpro.regression.ProbaModel;
import skpro.regression.ProbaRegressor;
import skpro.regression.internal.Cholesky;
import skpro.regression.internal.DataChecks;

/**
 * Generalised linear models fitted by iteratively reweighted least squares, predicting the
 * family's distribution per row.
 *
 * <p>Model: g(mu_i) = o_i + b0 + x_i . beta, y_i from an exponential-dispersion family with
 * mean mu_i and variance phi V(mu_i). The coefficients minimise
 * (1/(2n)) sum_i d(y_i, mu_i) + (l2/2) |beta|^2 (sklearn's scaling; b0 is not penalised), d the
 * unit deviance. IRLS: with working response z = eta - o + (y - mu) g'(mu) and weights
 * W = 1 / (V(mu) g'(mu)^2), solve (X^T W X / n + l2 I) beta = X^T W z / n (Cholesky; with l2 = 0 a
 * singular design is an error suggesting an L2 penalty), halving the step (up to 30 times) while
 * the new mu leaves the family's domain or the penalised deviance does not decrease; stop when
 * the relative change of the objective is below {@code tol} or after {@code maxIter}. Start: b0 =
 * g(ybar), beta = 0.
 *
 * <table>
 * <caption>Families</caption>
 * <tr><th>family</th><th>V(mu)</th><th>y</th><th>predictive</th></tr>
 * <tr><td>NORMAL</td><td>1</td><td>real</td><td>Normal(mu, sqrt(phi))</td></tr>
 * <tr><td>POISSON</td><td>mu</td><td>&gt;= 0</td><td>Poisson(mu) (phi = 1)</td></tr>
 * <tr><td>GAMMA</td><td>mu^2</td><td>&gt; 0</td><td>Gamma(shape 1/phi, rate 1/(phi mu))</td></tr>
 * <tr><td>INVERSE_GAUSSIAN</td><td>mu^3</td><td>&gt; 0</td><td>InverseGaussian(mu phi, 1/phi) (mean mu, variance
 * phi mu^3)</td></tr>
 * <tr><td>NEGATIVE_BINOMIAL</td><td>mu + mu^2/a</td><td>&gt;= 0</td><td>NegativeBinomial(mu, a) (phi = 1)</td></tr>
 * </table>
 * The dispersion phi of NORMAL, GAMMA and INVERSE_GAUSSIAN is Pearson's
 * sum (y - mu)^2 / V(mu) / (n - k), k the number of coefficients (intercept included).
 * INVERSE_GAUSSIAN predicts
 * the inverse Gaussian law with mean mu and shape lambda = 1/phi, in the scipy parameterisation of
 * {@link InverseGaussian} ({@code invgauss(mu phi, scale = 1/phi)}).
 *
 * <p>Negative binomial: a ({@code nbAlpha}) is the size of {@link NegativeBinomial}, scipy's
 * {@code n}; statsmodels' and sklearn's NB2 dispersion is its inverse, Var = mu + (1/a) mu^2. By
 * default ({@code nbAlpha} = NaN, {@link #withNbAlphaEstimated()}) a is estimated by maximum
 * likelihood: IRLS for the coefficients at fixed a alternates with a golden-section maximisation
 * over log a in [log 1e-8, log 1e8] of the log-likelihood at fixed mu,
 * l(a) = sum_i [log Gamma(y_i + a) - log Gamma(a) - log y_i! + a log(a / (a + mu_i))
 * + y_i log(mu_i / (a + mu_i))], starting from a = 1, until l changes by less than 1e-10 relative
 * or after 50 rounds. Data with no over-dispersion drive a to the upper bound (the Poisson limit).
 * {@link #withNbAlpha(double)} fixes a instead. {@link Model#nbAlpha()} gives the size used.
 *
 * <p>Links: {@link Link#IDENTITY}, {@link Link#LOG}, {@link Link#INVERSE} (1/mu, canonical for
 * GAMMA), {@link Link#INVERSE_SQUARED} (1/mu^2, canonical for INVERSE_GAUSSIAN); the default is the
 * canonical link for NORMAL and POISSON and LOG otherwise. Offsets: {@code offsetColumn} &gt;= 0 takes
 * that column of X as o (coefficient fixed at 1, e.g. log exposure for a LOG link) and not as a
 * feature; -1 means no offset.
 *
 * <p>Parameters: {@code family}, {@code link}, {@code l2} (&gt;= 0, 0), {@code fitIntercept}
 * (true), {@code offsetColumn} (-1), {@code nbAlpha} (&gt; 0, or NaN to estimate it: NaN),
 * {@code maxIter} (100),
 * {@code tol} (1e-8).
 */
public final class GLMRegressor implements ProbaRegressor {

    /** The response distribution. */
    public enum Family {
        /** Normal, V = 1. */
        NORMAL,
        /** Poisson, V = mu. */
        POISSON,
        /** Gamma, V = mu^2. */
        GAMMA,
        /** Inverse Gaussian, V = mu^3. */
        INVERSE_GAUSSIAN,
        /** Negative binomial with size a (estimated or fixed), V = mu + mu^2 / a. */
        NEGATIVE_BINOMIAL
    }

    /** The link g with g(mu) = eta. */
    public enum Link {
        /** g(mu) = mu. */
        IDENTITY,
        /** g(mu) = log mu. */
        LOG,
        /** g(mu) = 1 / mu. */
        INVERSE,
        /** g(mu) = 1 / mu^2. */
        INVERSE_SQUARED
    }

    private static final int MAX_HALVINGS = 30;
    private static final int MAX_NB_ROUNDS = 50;
    private static final double NB_ROUND_TOL = 1e-10;
    private static final double LOG_MIN_SIZE = Math.log(1e-8);
    private static final double LOG_MAX_SIZE = Math.log(1e8);
    /** Golden-section tolerance on log a. */
    private static final double LOG_SIZE_TOL = 1e-9;

    private final Family family;
    private final Link link;
    private final double l2;
    private final boolean fitIntercept;
    private final int offsetColumn;
    private final double nbAlpha;
    private final int maxIter;
    private final double tol;

    private GLMRegressor(Family family, Link link, double l2, boolean fitIntercept, int offsetColumn, double nbAlpha,
        int maxIter, double tol) {
        if (family == null || link == null) {
            throw new IllegalArgumentException("family and link must not be null, got " + family + ", " + link);
        }
        if (!(l2 >= 0) || Double.isInfinite(l2)) {
            throw new IllegalArgumentException("l2 must be finite and >= 0, got " + l2);
        }
        if (offsetColumn < -1) {
            throw new IllegalArgumentException("offsetColumn must be >= 0, or -1 for none, got " + offsetColumn);
        }
        if (!Double.isNaN(nbAlpha) && (!(nbAlpha > 0) || Double.isInfinite(nbAlpha))) {
            throw new IllegalArgumentException("nbAlpha must be finite and > 0, or NaN to estimate it, got "
                + nbAlpha);
        }
        if (maxIter < 1) {
            throw new IllegalArgumentException("maxIter must be >= 1, got " + maxIter);
        }
        if (!(tol > 0) || Double.isInfinite(tol)) {
            throw new IllegalArgumentException("tol must be finite and > 0, got " + tol);
        }
        this.family = family;
        this.link = link;
        this.l2 = l2;
        this.fitIntercept = fitIntercept;
        this.offsetColumn = offsetColumn;
        this.nbAlpha = nbAlpha;
        this.maxIter = maxIter;
        this.tol = tol;
    }

    /**
     * @param family the response family
     * @return an unpenalised GLM with that family's default link and an intercept
     * @throws IllegalArgumentException if family is null
     */
    public static GLMRegressor of(Family family) {
        if (family == null) {
            throw new IllegalArgumentException("family must not be null");
        }
        Link link = family == Family.NORMAL ? Link.IDENTITY : Link.LOG;
        return new GLMRegressor(family, link, 0.0, true, -1, Double.NaN, 100, 1e-8);
    }

    /**
     * @param newLink the link
     * @return a copy with it
     * @throws IllegalArgumentException if it is null
     */
    public GLMRegressor withLink(Link newLink) {
        return new GLMRegressor(family, newLink, l2, fitIntercept, offsetColumn, nbAlpha, maxIter, tol);
    }

    /**
     * @param newL2 the L2 penalty, &gt;= 0
     * @return a copy with it
     * @throws IllegalArgumentException if it is negative or not finite
     */
    public GLMRegressor withL2(double newL2) {
        return new GLMRegressor(family, link, newL2, fitIntercept, offsetColumn, nbAlpha, maxIter, tol);
    }

    /**
     * @param newFitIntercept whether to fit an unpenalised intercept
     * @return a copy with that setting
     */
    public GLMRegressor withFitIntercept(boolean newFitIntercept) {
        return new GLMRegressor(family, link, l2, newFitIntercept, offsetColumn, nbAlpha, maxIter, tol);
    }

    /**
     * @param column the column of X holding the offset o (-1: none)
     * @return a copy with it
     * @throws IllegalArgumentException if column &lt; -1
     */
    public GLMRegressor withOffsetColumn(int column) {
        return new GLMRegressor(family, link, l2, fitIntercept, column, nbAlpha, maxIter, tol);
    }

    /**
     * @param size the fixed negative-binomial size a &gt; 0 (Var = mu + mu^2 / a), or NaN to
     *     estimate it
     * @return a copy with it
     * @throws IllegalArgumentException if it is neither NaN nor finite and positive
     */
    public GLMRegressor withNbAlpha(double size) {
        return new GLMRegressor(family, link, l2, fitIntercept, offsetColumn, size, maxIter, tol);
    }

    /**
     * @return a copy that estimates the negative-binomial size a by maximum likelihood (the
     *     default; {@code nbAlpha} = NaN)
     */
    public GLMRegressor withNbAlphaEstimated() {
        return withNbAlpha(Double.NaN);
    }

    /** @return the family */
    public Family family() {
        return family;
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("family", family, "link", link, "l2", l2, "fitIntercept", fitIntercept, "offsetColumn",
            offsetColumn, "nbAlpha", nbAlpha, "maxIter", maxIter, "tol", tol);
    }

    @Override
    public GLMRegressor withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("GLMRegressor", params(), changes);
        return new GLMRegressor((Family) p.get("family"), (Link) p.get("link"), Params.getDouble(p, "l2"),
            (Boolean) p.get("fitIntercept"), Params.getInt(p, "offsetColumn"), Params.getDouble(p, "nbAlpha"),
            Params.getInt(p, "maxIter"), Params.getDouble(p, "tol"));
    }

    /**
     * @return the fitted GLM
     * @throws IllegalArgumentException as {@link ProbaRegressor#fit}; if a target is outside the
     *     family's support (the row and value are named); if the offset column does not exist; if
     *     the design is singular without an L2 penalty; or if the start g(ybar) is not valid for
     *     the link; or if IRLS cannot find a valid step
     */
    @Override
    public Model fit(double[][] x, double[] y) {
        int p = DataChecks.features(x);
        DataChecks.targets(x, y);
        if (offsetColumn >= p) {
            throw new IllegalArgumentException("offsetColumn " + offsetColumn + " does not exist: X has " + p
                + " columns");
        }
        int n = x.length;
        for (int i = 0; i < n; i++) {
            checkTarget(i, y[i]);
        }
        double[][] design = design(x);
        double[] offset = offsets(x);
        int k = design[0].length;
        if (k == 0) {
            throw new IllegalArgumentException("GLMRegressor needs a feature or an intercept");
        }
        double ybar = 0.0;
        for (double v : y) {
            ybar += v;
        }
        ybar /= n;
        double[] beta = new double[k];
        if (fitIntercept) {
            beta[0] = linkOf(Math.max(ybar, family == Family.NORMAL ? ybar : 1e-8));
        }
        boolean estimateSize = family == Family.NEGATIVE_BINOMIAL && Double.isNaN(nbAlpha);
        double size = estimateSize ? 1.0 : nbAlpha;
        if (!Double.isFinite(objective(y, means(design, offset, beta), beta, size))) {
            throw new IllegalArgumentException("the starting values (intercept g(mean y)) give means outside the "
                + family + " family's domain with the " + link + " link; choose the LOG link");
        }
        int iterations = irls(design, offset, y, beta, size);
        double[] mu = means(design, offset, beta);
        if (estimateSize) {
            double ll = nbLogLikelihood(y, mu, size);
            for (int round = 0; round < MAX_NB_ROUNDS; round++) {
                size = maximiseSize(y, mu);
                iterations += irls(design, offset, y, beta, size);
                mu = means(design, offset, beta);
                double next = nbLogLikelihood(y, mu, size);
                boolean done = Math.abs(next - ll) <= NB_ROUND_TOL * Math.abs(next);
                ll = next;
                if (done) {
                    break;
                }
            }
        }
        double dispersion = 1.0;
        if (family == Family.NORMAL || family == Family.GAMMA || family == Family.INVERSE_GAUSSIAN) {
            if (n <= k) {
                throw new IllegalArgumentException("estimating the dispersion needs more rows (" + n
                    + ") than coefficients (" + k + ")");
            }
            double chi2 = 0.0;
            for (int i = 0; i < n; i++) {
                double r = y[i] - mu[i];
                chi2 += r * r / variance(mu[i], size);
            }
            dispersion = chi2 / (n - k);
            if (!(dispersion > 0)) {
                throw new IllegalArgumentException("the fit is exact (Pearson chi2 = 0): no dispersion to estimate");
            }
        }
        return new Model(this, p, beta, dispersion, family == Family.NEGATIVE_BINOMIAL ? size : Double.NaN,
            iterations);
    }

    /**
     * IRLS with step halving from {@code beta} (updated in place) at negative-binomial size a.
     *
     * @return the iterations run
     */
    private int irls(double[][] design, double[] offset, double[] y, double[] beta, double a) {
        int k = beta.length;
        double[] mu = means(design, offset, beta);
        double obj = objective(y, mu, beta, a);
        int iter = 0;
        for (; iter < maxIter; iter++) {
            double[] target = irlsStep(design, offset, y, mu, a);
            double[] dir = new double[k];
            for (int j = 0; j < k; j++) {
                dir[j] = target[j] - beta[j];
            }
            double step = 1.0;
            double[] next = null;
            double nextObj = Double.NaN;
            for (int h = 0; h <= MAX_HALVINGS; h++, step *= 0.5) {
                double[] cand = new double[k];
                for (int j = 0; j < k; j++) {
                    cand[j] = beta[j] + step * dir[j];
                }
                double[] m = means(design, offset, cand);
                double o = objective(y, m, cand, a);
                if (Double.isFinite(o) && o <= obj * (1 + 1e-12) + 1e-300) {
                    next = cand;
                    nextObj = o;
                    mu = m;
                    break;
                }
            }
            if (next == null) {
                break;
            }
            double change = Math.abs(obj - nextObj) / (Math.abs(nextObj) + 0.1);
            System.arraycopy(next, 0, beta, 0, k);
            obj = nextObj;
            if (change < tol) {
                break;
            }
        }
        return iter + 1;
    }

    /**
     * The size a maximising {@link #nbLogLikelihood} at fixed means: golden section over log a in
     * [log 1e-8, log 1e8] (the profile is unimodal in a).
     */
    private static double maximiseSize(double[] y, double[] mu) {
        double invPhi = (Math.sqrt(5.0) - 1.0) / 2.0;
        double lo = LOG_MIN_SIZE;
        double hi = LOG_MAX_SIZE;
        double c = hi - invPhi * (hi - lo);
        double d = lo + invPhi * (hi - lo);
        double fc = nbLogLikelihood(y, mu, Math.exp(c));
        double fd = nbLogLikelihood(y, mu, Math.exp(d));
        while (hi - lo > LOG_SIZE_TOL) {
            if (fc >= fd) {
                hi = d;
                d = c;
                fd = fc;
                c = hi - invPhi * (hi - lo);
                fc = nbLogLikelihood(y, mu, Math.exp(c));
            } else {
                lo = c;
                c = d;
                fc = fd;
                d = lo + invPhi * (hi - lo);
                fd = nbLogLikelihood(y, mu, Math.exp(d));
            }
        }
        return Math.exp(fc >= fd ? c : d);
    }

    /**
     * The negative-binomial log-likelihood sum_i log p(y_i; mu_i, a), with
     * log Gamma(y + a) - log Gamma(a) - log y! = -log y - log B(a, y) for y &gt; 0 (accurate for
     * large a) and 0 for y = 0.
     */
    static double nbLogLikelihood(double[] y, double[] mu, double a) {
        double ll = 0.0;
        for (int i = 0; i < y.length; i++) {
            double v = y[i];
            ll -= a * Math.log1p(mu[i] / a);
            if (v > 0) {
                ll -= Math.log(v) + LogBeta.value(a, v) + v * Math.log1p(a / mu[i]);
            }
        }
        return ll;
    }

    private void checkTarget(int i, double v) {
        switch (family) {
            case POISSON:
            case NEGATIVE_BINOMIAL:
                if (v < 0) {
                    throw new IllegalArgumentException("y[" + i + "] = " + v + " is negative: the " + family
                        + " family needs y >= 0");
                }
                break;
            case GAMMA:
            case INVERSE_GAUSSIAN:
                if (!(v > 0)) {
                    throw new IllegalArgumentException("y[" + i + "] = " + v + " is not positive: the " + family
                        + " family needs y > 0");
                }
                break;
            default:
                break;
        }
    }

    /** Rows of [1, features without the offset column]. */
    private double[][] design(double[][] x) {
        int p = x[0].length;
        int k = (fitIntercept ? 1 : 0) + p - (offsetColumn >= 0 ? 1 : 0);
        double[][] out = new double[x.length][k];
        for (int i = 0; i < x.length; i++) {
            int c = 0;
            if (fitIntercept) {
                out[i][c++] = 1.0;
            }
            for (int j = 0; j < p; j++) {
                if (j != offsetColumn) {
                    out[i][c++] = x[i][j];
                }
            }
        }
        return out;
    }

    private double[] offsets(double[][] x) {
        double[] o = new double[x.length];
        if (offsetColumn >= 0) {
            for (int i = 0; i < x.length; i++) {
                o[i] = x[i][offsetColumn];
            }
        }
        return o;
    }

    private double[] means(double[][] design, double[] offset, double[] beta) {
        double[] mu = new double[design.length];
        for (int i = 0; i < design.length; i++) {
            double eta = offset[i];
            double[] row = design[i];
            for (int j = 0; j < beta.length; j++) {
                eta += row[j] * beta[j];
            }
            mu[i] = inverseLink(eta);
        }
        return mu;
    }

    /** The IRLS solution for the current means. */
    private double[] irlsStep(double[][] design, double[] offset, double[] y, double[] mu, double size) {
        int n = design.length;
        int k = design[0].length;
        double[] a = new double[k * k];
        double[] b = new double[k];
        for (int i = 0; i < n; i++) {
            double d = linkDerivative(mu[i]);
            double w = 1.0 / (variance(mu[i], size) * d * d);
            double[] row = design[i];
            double eta = linkOf(mu[i]);
            double z = eta - offset[i] + (y[i] - mu[i]) * d;
            for (int j = 0; j < k; j++) {
                double wr = w * row[j];
                b[j] += wr * z;
                int rj = j * k;
                for (int l = 0; l <= j; l++) {
                    a[rj + l] += wr * row[l];
                }
            }
        }
        for (int j = 0; j < k; j++) {
            b[j] /= n;
            for (int l = 0; l <= j; l++) {
                a[j * k + l] /= n;
                a[l * k + j] = a[j * k + l];
            }
            if (!(fitIntercept && j == 0)) {
                a[j * k + j] += l2;
            }
        }
        Cholesky c = l2 > 0 ? Cholesky.ofWithJitter(a, k, "the GLM's weighted normal equations", "rescale X")
            : Cholesky.ofStrict(a, k, "the GLM's weighted design X^T W X (collinear or constant columns)",
                "remove them or add an L2 penalty (withL2)");
        return c.solve(b);
    }

    private double objective(double[] y, double[] mu, double[] beta, double a) {
        double dev = 0.0;
        for (int i = 0; i < y.length; i++) {
            if (!inDomain(mu[i])) {
                return Double.NaN;
            }
            dev += unitDeviance(y[i], mu[i], a);
        }
        double pen = 0.0;
        for (int j = fitIntercept ? 1 : 0; j < beta.length; j++) {
            pen += beta[j] * beta[j];
        }
        return dev / (2.0 * y.length) + 0.5 * l2 * pen;
    }

    private boolean inDomain(double mu) {
        return family == Family.NORMAL ? Double.isFinite(mu) : mu > 0 && mu < Double.POSITIVE_INFINITY;
    }

    double unitDeviance(double y, double mu, double a) {
        switch (family) {
            case NORMAL:
                return (y - mu) * (y - mu);
            case POISSON:
                return 2.0 * ((y > 0 ? y * Math.log(y / mu) : 0.0) - (y - mu));
            case GAMMA:
                return 2.0 * (-Math.log(y / mu) + (y - mu) / mu);
            case INVERSE_GAUSSIAN:
                return (y - mu) * (y - mu) / (y * mu * mu);
            default:
                return 2.0 * ((y > 0 ? y * Math.log(y / mu) : 0.0) - (y + a) * Math.log((y + a) / (mu + a)));
        }
    }

    double variance(double mu, double a) {
        switch (family) {
            case NORMAL:
                return 1.0;
            case POISSON:
                return mu;
            case GAMMA:
                return mu * mu;
            case INVERSE_GAUSSIAN:
                return mu * mu * mu;
            default:
                return mu + mu * mu / a;
        }
    }

    double linkOf(double mu) {
        switch (link) {
            case IDENTITY:
                return mu;
            case LOG:
                return Math.log(mu);
            case INVERSE:
                return 1.0 / mu;
            default:
                return 1.0 / (mu * mu);
        }
    }

    double inverseLink(double eta) {
        switch (link) {
            case IDENTITY:
                return eta;
            case LOG:
                return Math.exp(eta);
            case INVERSE:
                return 1.0 / eta;
            default:
                return eta > 0 ? 1.0 / Math.sqrt(eta) : Double.NaN;
        }
    }

    double linkDerivative(double mu) {
        switch (link) {
            case IDENTITY:
                return 1.0;
            case LOG:
                return 1.0 / mu;
            case INVERSE:
                return -1.0 / (mu * mu);
            default:
                return -2.0 / (mu * mu * mu);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GLMRegressor g && g.family == family && g.link == link && Double.compare(g.l2, l2) == 0
            && g.fitIntercept == fitIntercept && g.offsetColumn == offsetColumn
            && Double.compare(g.nbAlpha, nbAlpha) == 0 && g.maxIter == maxIter && Double.compare(g.tol, tol) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(GLMRegressor.class, family, link, l2, fitIntercept, offsetColumn, nbAlpha, maxIter, tol);
    }

    @Override
    public String toString() {
        return "GLMRegressor" + params();
    }

    /** A fitted GLM: coefficients (intercept first when fitted) and the dispersion. */
    public static final class Model implements ProbaModel {
        private final GLMRegressor regressor;
        private final int p;
        private final double[] beta;
        private final double dispersion;
        private final double nbAlpha;
        private final int iterations;

        Model(GLMRegressor regressor, int p, double[] beta, double dispersion, double nbAlpha, int iterations) {
            this.regressor = regressor;
            this.p = p;
            this.beta = beta;
            this.dispersion = dispersion;
            this.nbAlpha = nbAlpha;
            this.iterations = iterations;
        }

        /** @return the coefficients, the intercept first when fitted (a copy) */
        public double[] coefficients() {
            return beta.clone();
        }

        /** @return the dispersion phi (1 for POISSON and NEGATIVE_BINOMIAL) */
        public double dispersion() {
            return dispersion;
        }

        /**
         * @return the negative-binomial size a used (estimated or fixed; Var = mu + mu^2 / a, the
         *     NB2 dispersion is 1 / a); NaN for the other families
         */
        public double nbAlpha() {
            return nbAlpha;
        }

        /** @return the IRLS iterations run (over all rounds when the size is estimated) */
        public int iterations() {
            return iterations;
        }

        @Override
        public ProbaRegressor regressor() {
            return regressor;
        }

        @Override
        public int numFeatures() {
            return p;
        }

        /**
         * @throws IllegalArgumentException as {@link ProbaModel#predictProba}, or if a predicted
         *     mean leaves the family's domain (a non-log link extrapolating below 0)
         */
        @Override
        public Distribution predictProba(double[][] x) {
            DataChecks.featuresFor(x, p);
            double[] mu = regressor.means(regressor.design(x), regressor.offsets(x), beta);
            int m = mu.length;
            for (int i = 0; i < m; i++) {
                if (!regressor.inDomain(mu[i])) {
                    throw new IllegalArgumentException("row " + i + ": the predicted mean " + mu[i]
                        + " is outside the " + regressor.family + " family's domain (the " + regressor.link
                        + " link extrapolates); use the LOG link");
                }
            }
            double[] second = new double[m];
            switch (regressor.family) {
                case POISSON:
                    return Poisson.of(mu);
                case NEGATIVE_BINOMIAL:
                    Arrays.fill(second, nbAlpha);
                    return NegativeBinomial.of(mu, second);
                case GAMMA: {
                    double[] shape = new double[m];
                    Arrays.fill(shape, 1.0 / dispersion);
                    for (int i = 0; i < m; i++) {
                        second[i] = 1.0 / (dispersion * mu[i]);
                    }
                    return Gamma.of(shape, second);
                }
                case INVERSE_GAUSSIAN:
                    Arrays.fill(second, dispersion);
                    return InverseGaussian.ofMeanDispersion(mu, second);
                default:
                    for (int i = 0; i < m; i++) {
                        second[i] = Math.sqrt(dispersion * regressor.variance(mu[i], nbAlpha));
                    }
                    return Normal.of(mu, second);
            }
        }
    }
}
