package skpro.smile;

import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

import skpro.regression.MeanVarianceProbaModel;
import skpro.regression.Params;
import skpro.regression.ProbaRegressor;
import smile.math.kernel.GaussianKernel;
import smile.regression.GaussianProcessRegression;

/**
 * Gaussian process regression with a Gaussian kernel, fitted by Smile's
 * {@code smile.regression.GaussianProcessRegression}; a probabilistic regressor predicting
 * Normal(mean, sqrt(latent variance + noise)) per row.
 *
 * <p>Model: with {@code normalize} the targets are standardised, t_i = (y_i - m) / s (m the
 * mean, s the sample standard deviation of y); otherwise m = 0, s = 1. The kernel is
 * k(x, x') = exp(-||x - x'||^2 / (2 l^2)), l = {@code lengthScale}, and t = f(X) + e with
 * f ~ GP(0, k), e ~ N(0, sigma_n^2 I), sigma_n^2 = {@code noise} (on the scale of t). With
 * K = k(X, X) and k_* = k(X, x):
 * <pre>
 *   mean(x)   = m + s k_*^T (K + sigma_n^2 I)^-1 t
 *   var_f(x)  = s^2 (k(x, x) - k_*^T (K + sigma_n^2 I)^-1 k_*)     (latent, "predictive var")
 *   var_y(x)  = var_f(x) + s^2 sigma_n^2                             (of a new observation)
 * </pre>
 * Row i predicts Normal(mean(x_i), sqrt(var_y(x_i))): the predictive standard deviation plus the
 * noise, so intervals are for new observations, not for f. A latent variance that rounding
 * makes slightly negative (x on a training point with tiny noise) counts as 0. The
 * hyper-parameters are fixed, not fitted by marginal likelihood.
 *
 * <p>Cost: fitting is O(n^3) and each prediction O(n^2) in the number n of training rows, so
 * {@code maxTrainRows} caps n: a larger training set is replaced by maxTrainRows of its rows
 * drawn without replacement (a partial Fisher-Yates shuffle from a {@link SplittableRandom}
 * seeded by {@code seed}); with at most maxTrainRows rows the seed is unused and the fit exact.
 *
 * <p>Parameters: {@code lengthScale} (finite, &gt; 0, default 1), {@code noise} (finite, &gt; 0,
 * default 0.1), {@code normalize} (default true), {@code maxTrainRows} (&gt;= 2, default
 * {@link Integer#MAX_VALUE}: all rows), {@code seed} (default 0).
 */
public final class GaussianProcessRegressor implements ProbaRegressor {
    private final double lengthScale;
    private final double noise;
    private final boolean normalize;
    private final int maxTrainRows;
    private final long seed;

    private GaussianProcessRegressor(double lengthScale, double noise, boolean normalize, int maxTrainRows,
                                     long seed) {
        Checks.positive("lengthScale", lengthScale);
        Checks.positive("noise", noise);
        Checks.atLeast("maxTrainRows", maxTrainRows, 2);
        this.lengthScale = lengthScale;
        this.noise = noise;
        this.normalize = normalize;
        this.maxTrainRows = maxTrainRows;
        this.seed = seed;
    }

    /**
     * @param lengthScale the kernel's length scale l, finite and &gt; 0
     * @param noise the noise variance sigma_n^2 (on the normalised scale when normalising),
     *     finite and &gt; 0
     * @return a GP on all training rows with normalised targets
     * @throws IllegalArgumentException if a value is not finite and positive
     */
    public static GaussianProcessRegressor of(double lengthScale, double noise) {
        return new GaussianProcessRegressor(lengthScale, noise, true, Integer.MAX_VALUE, 0L);
    }

    /**
     * @param l the kernel's length scale, finite and &gt; 0
     * @return a copy with it
     * @throws IllegalArgumentException if l is not finite and positive
     */
    public GaussianProcessRegressor withLengthScale(double l) {
        return new GaussianProcessRegressor(l, noise, normalize, maxTrainRows, seed);
    }

    /**
     * @param variance the noise variance, finite and &gt; 0
     * @return a copy with it
     * @throws IllegalArgumentException if variance is not finite and positive
     */
    public GaussianProcessRegressor withNoise(double variance) {
        return new GaussianProcessRegressor(lengthScale, variance, normalize, maxTrainRows, seed);
    }

    /**
     * @param standardise whether to standardise the targets before fitting
     * @return a copy with that setting
     */
    public GaussianProcessRegressor withNormalize(boolean standardise) {
        return new GaussianProcessRegressor(lengthScale, noise, standardise, maxTrainRows, seed);
    }

    /**
     * @param rows the most training rows used, &gt;= 2
     * @return a copy with that cap
     * @throws IllegalArgumentException if rows &lt; 2
     */
    public GaussianProcessRegressor withMaxTrainRows(int rows) {
        return new GaussianProcessRegressor(lengthScale, noise, normalize, rows, seed);
    }

    /**
     * @param newSeed the seed of the row subsampling
     * @return a copy with it
     */
    public GaussianProcessRegressor withSeed(long newSeed) {
        return new GaussianProcessRegressor(lengthScale, noise, normalize, maxTrainRows, newSeed);
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("lengthScale", lengthScale, "noise", noise, "normalize", normalize, "maxTrainRows",
            maxTrainRows, "seed", seed);
    }

    @Override
    public GaussianProcessRegressor withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("GaussianProcessRegressor", params(), changes);
        return new GaussianProcessRegressor(Params.getDouble(p, "lengthScale"), Params.getDouble(p, "noise"),
            (Boolean) p.get("normalize"), Params.getInt(p, "maxTrainRows"), Params.getLong(p, "seed"));
    }

    /**
     * @throws IllegalArgumentException as {@link ProbaRegressor#fit}, if there are fewer than 2
     *     rows, or if normalising and y is constant
     */
    @Override
    public Model fit(double[][] x, double[] y) {
        int p = Checks.trainingSet(x, y, 2, "GaussianProcessRegressor");
        int n = Math.min(x.length, maxTrainRows);
        double[][] xs = new double[n][];
        double[] ys = new double[n];
        int[] rows = subsample(x.length, n, seed);
        for (int i = 0; i < n; i++) {
            xs[i] = x[rows[i]].clone();
            ys[i] = y[rows[i]];
        }
        if (normalize) {
            double first = ys[0];
            boolean constant = true;
            for (double v : ys) {
                constant &= v == first;
            }
            if (constant) {
                throw new IllegalArgumentException("y is constant (" + first
                    + "), so GaussianProcessRegressor cannot normalise it; use normalize = false");
            }
        }
        GaussianProcessRegression<double[]> gp = GaussianProcessRegression.fit(xs, ys,
            new GaussianKernel(lengthScale), noise, normalize, 1e-5, 0);
        return new Model(this, gp, p);
    }

    /**
     * @param n the number of rows
     * @param k how many to keep, &lt;= n
     * @param seed the shuffle's seed
     * @return the first k entries of a seeded partial Fisher-Yates shuffle of 0..n-1 (0..n-1 in
     *     order when k = n)
     */
    static int[] subsample(int n, int k, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (k < n) {
            SplittableRandom random = new SplittableRandom(seed);
            for (int i = 0; i < k; i++) {
                int j = i + random.nextInt(n - i);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
        }
        return java.util.Arrays.copyOf(order, k);
    }

    /** Value equality: equal hyper-parameters. */
    @Override
    public boolean equals(Object o) {
        return o instanceof GaussianProcessRegressor r && Double.compare(r.lengthScale, lengthScale) == 0
            && Double.compare(r.noise, noise) == 0 && r.normalize == normalize && r.maxTrainRows == maxTrainRows
            && r.seed == seed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(GaussianProcessRegressor.class, lengthScale, noise, normalize, maxTrainRows, seed);
    }

    @Override
    public String toString() {
        return "GaussianProcessRegressor(lengthScale=" + lengthScale + ", noise=" + noise + ", normalize=" + normalize
            + ", maxTrainRows=" + maxTrainRows + ", seed=" + seed + ")";
    }

    /**
     * A fitted Gaussian process: {@code predict} is the posterior mean, {@code predictVar} the
     * variance of a new observation, var_f + s^2 sigma_n^2; {@link #latentVariance} is var_f.
     */
    public static final class Model extends MeanVarianceProbaModel {
        private final GaussianProcessRegression<double[]> gp;

        Model(GaussianProcessRegressor regressor, GaussianProcessRegression<double[]> gp, int p) {
            super(regressor, p);
            this.gp = gp;
        }

        /**
         * @param x m x p features
         * @return var_f per row: the posterior variance of the latent function (without noise)
         * @throws IllegalArgumentException as {@link #predict}
         */
        public double[] latentVariance(double[][] x) {
            Checks.featuresFor(x, numFeatures());
            double[] out = new double[x.length];
            double[] meanSd = new double[2];
            for (int i = 0; i < x.length; i++) {
                gp.predict(x[i], meanSd);
                // NaN: rounding made k(x, x) - k_*^T (K + sigma_n^2 I)^-1 k_* slightly negative
                out[i] = Double.isNaN(meanSd[1]) ? 0.0 : meanSd[1] * meanSd[1];
            }
            return out;
        }

        @Override
        protected double[] meanAt(double[][] x) {
            double[] out = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                out[i] = gp.predict(x[i]);
            }
            return out;
        }

        @Override
        protected double[] varianceAt(double[][] x) {
            double[] var = latentVariance(x);
            double noiseVar = gp.noise * gp.sd * gp.sd;
            for (int i = 0; i < var.length; i++) {
                // the square of the predicted Normal's sigma, so predictVar equals predictProba().var()
                double sd = Math.sqrt(var[i] + noiseVar);
                var[i] = sd * sd;
            }
            return var;
        }
    }
}
