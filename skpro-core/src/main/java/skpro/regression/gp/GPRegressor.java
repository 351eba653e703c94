package skpro.regression.gp;

import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;


import skpro.regression.MeanVarianceProbaModel;
import skpro.regression.Params;
import skpro.regression.ProbaRegressor;
import skpro.regression.internal.BoundedNelderMead;
import skpro.regression.internal.Cholesky;
import skpro.regression.internal.DataChecks;

/**
 * Gaussian process regression with a stationary or linear kernel plus white noise (the core
 * counterpart of skpro-smile's {@code GaussianProcessRegressor}, as sklearn's
 * {@code GaussianProcessRegressor} with kernel {@code C * K + WhiteKernel}).
 *
 * <p>Kernel k(x, x') = v * K(x, x') + s2 [x = x'] with signal variance v, noise variance s2 and,
 * for d = |x - x'| and length scale l:
 * <ul>
 * <li>{@link Kernel#RBF}: K = exp(-d^2 / (2 l^2));</li>
 * <li>{@link Kernel#MATERN_32}: K = (1 + sqrt(3) d / l) exp(-sqrt(3) d / l) (nu = 3/2);</li>
 * <li>{@link Kernel#MATERN_52}: K = (1 + sqrt(5) d / l + 5 d^2 / (3 l^2)) exp(-sqrt(5) d / l);</li>
 * <li>{@link Kernel#LINEAR}: K = l^2 + x . x' (sklearn's {@code DotProduct} with sigma_0 = l).</li>
 * </ul>
 *
 * <p>Fit: with normalizeY, y is standardised (ddof 0) first and predictions are mapped back. The
 * Cholesky factor L of K + s2 I (jitter added and escalated if it is not numerically positive
 * definite; an {@link IllegalArgumentException} suggests a larger noise when even 1e-4 of the mean
 * diagonal fails) gives alpha = K^-1 y. With {@code optimize}, (log v, log l, log s2) maximise the
 * log marginal likelihood -y^T alpha / 2 - sum log L_ii - (n/2) log 2 pi by a bounded
 * Nelder–Mead search (initial step 1, polished by restarts) within [1e-5, 1e5] each, from the given values and then {@code nRestarts} starts drawn log-uniformly
 * from a {@code seed}ed generator; the best optimum is kept. With {@code maxTrainRows} &gt; 0 a
 * larger training set is first subsampled without replacement (seeded): exact GP fitting costs
 * O(n^3).
 *
 * <p>Predictive: Normal with mean k_*^T alpha and variance v K(x, x) + s2 - |L^-1 k_*|^2 (noise
 * included, as sklearn's {@code return_std} with a white-noise term), times Var y with normalizeY.
 *
 * <p>Parameters: {@code kernel}, {@code variance}, {@code lengthScale}, {@code noise} (&gt; 0;
 * 1, 1, 0.1), {@code optimize} (true), {@code nRestarts} (&gt;= 0, 2), {@code seed} (0),
 * {@code normalizeY} (true), {@code maxTrainRows} (&gt;= 0, 0 = all).
 */
public final class GPRegressor implements ProbaRegressor {

    /** The kernel K multiplied by the signal variance. */
    public enum Kernel {
        /** Squared exponential. */
        RBF,
        /** Matérn with nu = 3/2. */
        MATERN_32,
        /** Matérn with nu = 5/2. */
        MATERN_52,
        /** Dot product with offset l^2. */
        LINEAR
    }

    private static final double LOG_LOWER = Math.log(1e-5);
    private static final double LOG_UPPER = Math.log(1e5);
    private static final int MAX_EVAL = 300;

    private final Kernel kernel;
    private final double variance;
    private final double lengthScale;
    private final double noise;
    private final boolean optimize;
    private final int nRestarts;
    private final long seed;
    private final boolean normalizeY;
    private final int maxTrainRows;

    private GPRegressor(Kernel kernel, double variance, double lengthScale, double noise, boolean optimize,
        int nRestarts, long seed, boolean normalizeY, int maxTrainRows) {
        if (kernel == null) {
            throw new IllegalArgumentException("kernel must not be null");
        }
        positive("variance", variance);
        positive("lengthScale", lengthScale);
        positive("noise", noise);
        if (nRestarts < 0) {
            throw new IllegalArgumentException("nRestarts must be >= 0, got " + nRestarts);
        }
        if (maxTrainRows < 0) {
            throw new IllegalArgumentException("maxTrainRows must be >= 0, got " + maxTrainRows);
        }
        this.kernel = kernel;
        this.variance = variance;
        this.lengthScale = lengthScale;
        this.noise = noise;
        this.optimize = optimize;
        this.nRestarts = nRestarts;
        this.seed = seed;
        this.normalizeY = normalizeY;
        this.maxTrainRows = maxTrainRows;
    }

    private static void positive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, got " + v);
        }
    }

    /**
     * @param kernel the kernel
     * @return a GP with that kernel, v = l = 1, s2 = 0.1, optimised with 2 restarts, normalised y
     * @throws IllegalArgumentException if kernel is null
     */
    public static GPRegressor of(Kernel kernel) {
        return new GPRegressor(kernel, 1.0, 1.0, 0.1, true, 2, 0L, true, 0);
    }

    /**
     * @param v signal variance &gt; 0
     * @param l length scale (LINEAR: offset sigma_0) &gt; 0
     * @param s2 noise variance &gt; 0
     * @return a copy with these hyper-parameters (the starting point when optimised)
     * @throws IllegalArgumentException if a value is not finite and positive
     */
    public GPRegressor withHyperParameters(double v, double l, double s2) {
        return new GPRegressor(kernel, v, l, s2, optimize, nRestarts, seed, normalizeY, maxTrainRows);
    }

    /**
     * @param newOptimize whether to maximise the marginal likelihood
     * @param newRestarts extra random starts, &gt;= 0
     * @param newSeed seed of the starts and of the subsample
     * @return a copy with these settings
     * @throws IllegalArgumentException if newRestarts is negative
     */
    public GPRegressor withOptimizer(boolean newOptimize, int newRestarts, long newSeed) {
        return new GPRegressor(kernel, variance, lengthScale, noise, newOptimize, newRestarts, newSeed, normalizeY,
            maxTrainRows);
    }

    /**
     * @param newNormalizeY whether to standardise y
     * @return a copy with that setting
     */
    public GPRegressor withNormalizeY(boolean newNormalizeY) {
        return new GPRegressor(kernel, variance, lengthScale, noise, optimize, nRestarts, seed, newNormalizeY,
            maxTrainRows);
    }

    /**
     * @param rows the largest training set used, &gt;= 0 (0: all rows)
     * @return a copy that subsamples larger training sets
     * @throws IllegalArgumentException if rows is negative
     */
    public GPRegressor withMaxTrainRows(int rows) {
        return new GPRegressor(kernel, variance, lengthScale, noise, optimize, nRestarts, seed, normalizeY, rows);
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("kernel", kernel, "variance", variance, "lengthScale", lengthScale, "noise", noise,
            "optimize", optimize, "nRestarts", nRestarts, "seed", seed, "normalizeY", normalizeY, "maxTrainRows",
            maxTrainRows);
    }

    @Override
    public GPRegressor withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("GPRegressor", params(), changes);
        return new GPRegressor((Kernel) p.get("kernel"), Params.getDouble(p, "variance"),
            Params.getDouble(p, "lengthScale"), Params.getDouble(p, "noise"), (Boolean) p.get("optimize"),
            Params.getInt(p, "nRestarts"), Params.getLong(p, "seed"), (Boolean) p.get("normalizeY"),
            Params.getInt(p, "maxTrainRows"));
    }

    /**
     * @return the fitted GP; {@link Model#hyperParameters()} gives (v, l, s2) used
     * @throws IllegalArgumentException as {@link ProbaRegressor#fit}, or if the kernel matrix is
     *     not positive definite even with jitter
     */
    @Override
    public Model fit(double[][] xAll, double[] yAll) {
        int p = DataChecks.features(xAll);
        DataChecks.targets(xAll, yAll);
        int[] idx = maxTrainRows > 0 && xAll.length > maxTrainRows
            ? subsample(xAll.length, maxTrainRows, new SplittableRandom(seed)) : null;
        int rows = idx == null ? xAll.length : idx.length;
        // the model keeps its own copy of the training rows
        double[][] x = new double[rows][];
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            int r = idx == null ? i : idx[i];
            x[i] = xAll[r].clone();
            y[i] = yAll[r];
        }
        int n = x.length;
        double mean = 0.0;
        double sd = 1.0;
        if (normalizeY) {
            for (double v : y) {
                mean += v;
            }
            mean /= n;
            double ss = 0.0;
            for (double v : y) {
                ss += (v - mean) * (v - mean);
            }
            sd = Math.sqrt(ss / n);
            if (!(sd > 0)) {
                sd = 1.0;
            }
        }
        double[] yn = new double[n];
        for (int i = 0; i < n; i++) {
            yn[i] = (y[i] - mean) / sd;
        }
        double[] theta = {variance, lengthScale, noise};
        if (optimize) {
            theta = optimise(x, yn);
        }
        Cholesky c = factor(x, theta);
        double[] alpha = c.solve(yn);
        return new Model(this, p, x, theta, c, alpha, mean, sd);
    }

    private double[] optimise(double[][] x, double[] yn) {
        ToDoubleFunction<double[]> f = logTheta -> {
            double[] t = {Math.exp(logTheta[0]), Math.exp(logTheta[1]), Math.exp(logTheta[2])};
            try {
                return logMarginalLikelihood(x, yn, t);
            } catch (IllegalArgumentException e) {
                return -1e300;
            }
        };
        double[] lo = {LOG_LOWER, LOG_LOWER, LOG_LOWER};
        double[] hi = {LOG_UPPER, LOG_UPPER, LOG_UPPER};
        SplittableRandom rng = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
        double[] best = {variance, lengthScale, noise};
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int r = 0; r <= nRestarts; r++) {
            double[] start = new double[3];
            for (int k = 0; k < 3; k++) {
                start[k] = r == 0 ? clamp(Math.log(best[k])) : LOG_LOWER + (LOG_UPPER - LOG_LOWER) * rng.nextDouble();
            }
            BoundedNelderMead.Result opt = BoundedNelderMead.maximize(f, start, lo, hi, 1.0, 1e-12, 1e-7, MAX_EVAL);
            if (opt.value() > bestValue) {
                bestValue = opt.value();
                double[] pt = opt.x();
                best = new double[] {Math.exp(pt[0]), Math.exp(pt[1]), Math.exp(pt[2])};
            }
        }
        return best;
    }

    private static double clamp(double logValue) {
        return Math.max(LOG_LOWER, Math.min(LOG_UPPER, logValue));
    }

    /**
     * @param x training features
     * @param yn targets (already normalised when normalizeY is wanted)
     * @param theta (v, l, s2)
     * @return log p(y | X, theta) with this regressor's kernel
     * @throws IllegalArgumentException if the kernel matrix is not positive definite even with jitter
     */
    public double logMarginalLikelihood(double[][] x, double[] yn, double[] theta) {
        Cholesky c = factor(x, theta);
        double[] z = c.solveLower(yn);
        double q = 0.0;
        for (double zi : z) {
            q += zi * zi;
        }
        return -0.5 * q - 0.5 * c.logDet() - 0.5 * yn.length * Math.log(2 * Math.PI);
    }

    private Cholesky factor(double[][] x, double[] theta) {
        int n = x.length;
        double[] k = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double v = theta[0] * kernel(kernel, x[i], x[j], theta[1]);
                k[i * n + j] = v;
                k[j * n + i] = v;
            }
            k[i * n + i] += theta[2];
        }
        return Cholesky.ofWithJitter(k, n, "the GP kernel matrix K + noise I",
            "raise the noise variance or its lower bound, or remove duplicate rows");
    }

    static double kernel(Kernel kernel, double[] a, double[] b, double l) {
        if (kernel == Kernel.LINEAR) {
            double s = l * l;
            for (int j = 0; j < a.length; j++) {
                s += a[j] * b[j];
            }
            return s;
        }
        double d2 = 0.0;
        for (int j = 0; j < a.length; j++) {
            double t = a[j] - b[j];
            d2 += t * t;
        }
        switch (kernel) {
            case RBF:
                return Math.exp(-0.5 * d2 / (l * l));
            case MATERN_32: {
                double r = Math.sqrt(3.0 * d2) / l;
                return (1.0 + r) * Math.exp(-r);
            }
            default: {
                double r = Math.sqrt(5.0 * d2) / l;
                return (1.0 + r + r * r / 3.0) * Math.exp(-r);
            }
        }
    }

    /** Partial Fisher-Yates: k distinct indices of 0..n-1, sorted. */
    private static int[] subsample(int n, int k, SplittableRandom rng) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + rng.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        int[] out = java.util.Arrays.copyOf(all, k);
        java.util.Arrays.sort(out);
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GPRegressor g && g.kernel == kernel && Double.compare(g.variance, variance) == 0
            && Double.compare(g.lengthScale, lengthScale) == 0 && Double.compare(g.noise, noise) == 0
            && g.optimize == optimize && g.nRestarts == nRestarts && g.seed == seed && g.normalizeY == normalizeY
            && g.maxTrainRows == maxTrainRows;
    }

    @Override
    public int hashCode() {
        return Objects.hash(GPRegressor.class, kernel, variance, lengthScale, noise, optimize, nRestarts, seed,
            normalizeY, maxTrainRows);
    }

    @Override
    public String toString() {
        return "GPRegressor" + params();
    }

    /** A fitted GP: training rows, hyper-parameters, the Cholesky factor and K^-1 y. */
    public static final class Model extends MeanVarianceProbaModel {
        private final Kernel kernel;
        private final double[][] x;
        private final double[] theta;
        private final Cholesky chol;
        private final double[] alpha;
        private final double yMean;
        private final double ySd;

        Model(GPRegressor reg, int p, double[][] x, double[] theta, Cholesky chol, double[] alpha, double yMean,
            double ySd) {
            super(reg, p);
            this.kernel = reg.kernel;
            this.x = x;
            this.theta = theta;
            this.chol = chol;
            this.alpha = alpha;
            this.yMean = yMean;
            this.ySd = ySd;
        }

        /** @return (signal variance, length scale, noise variance) used, on the normalised scale */
        public double[] hyperParameters() {
            return theta.clone();
        }

        private double[] cross(double[] row) {
            double[] k = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                k[i] = theta[0] * kernel(kernel, row, x[i], theta[1]);
            }
            return k;
        }

        @Override
        protected double[] meanAt(double[][] rows) {
            double[] out = new double[rows.length];
            for (int r = 0; r < rows.length; r++) {
                double[] k = cross(rows[r]);
                double s = 0.0;
                for (int i = 0; i < k.length; i++) {
                    s += k[i] * alpha[i];
                }
                out[r] = yMean + ySd * s;
            }
            return out;
        }

        @Override
        protected double[] varianceAt(double[][] rows) {
            double[] out = new double[rows.length];
            for (int r = 0; r < rows.length; r++) {
                double prior = theta[0] * kernel(kernel, rows[r], rows[r], theta[1]) + theta[2];
                double v = prior - chol.inverseQuadratic(cross(rows[r]));
                // rounding can leave less than the noise; the noise is a floor of the exact value
                double sd = ySd * Math.sqrt(Math.max(v, theta[2]));
                // squared from the standard deviation, so that predictVar equals predictProba().var()
                out[r] = sd * sd;
            }
            return out;
        }
    }
}
