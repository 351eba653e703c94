package skpro.metrics;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import org.apache.commons.statistics.distribution.NormalDistribution;

import skpro.metrics.internal.StatChecks;

/**
 * Seeded bootstrap confidence intervals for the (weighted) mean of per-row losses. An immutable
 * description (number of resamples, seed, method); every call draws its resamples from a fresh
 * {@link SplittableRandom} built from the seed, so the same seed and data always give the same
 * interval, and one instance can serve several threads.
 *
 * <p><b>Resampling.</b> Each of the B resamples draws n row indices uniformly with replacement
 * ({@code nextInt(n)}) and records the mean of the drawn losses, theta*_b = (1/n) sum x_{j}; with
 * weights, rows of weight 0 are dropped first (they are not observations) and the statistic is
 * the weighted mean of the drawn rows, sum w_j x_j / sum w_j (a pairs bootstrap). The B means are
 * sorted; no object is allocated per resample.
 *
 * <p><b>Quantiles</b> of the sorted bootstrap means t_(0) &lt;= ... &lt;= t_(B-1) are taken by
 * linear interpolation (Hyndman and Fan type 7, numpy's default): Q(p) = t_(k) + f (t_(k+1) -
 * t_(k)) with h = (B - 1) p, k = floor(h), f = h - k.
 *
 * <p><b>{@link Method#PERCENTILE}</b>: [Q(alpha / 2), Q(1 - alpha / 2)], alpha = 1 - level.
 *
 * <p><b>{@link Method#BCA}</b> (bias-corrected and accelerated, Efron 1987; Efron and Tibshirani
 * 1993, ch. 14.3): [Q(alpha_1), Q(alpha_2)] with
 * <pre>
 *   alpha_i = Phi(z0 + (z0 + z_i) / (1 - a (z0 + z_i))),   z_1 = Phi^{-1}(alpha / 2), z_2 = -z_1
 *   z0      = Phi^{-1}((#{theta*_b &lt; theta} + #{theta*_b = theta} / 2) / B)
 *   a       = sum d_i^3 / (6 (sum d_i^2)^{3/2}),   d_i = mean_j(theta_(j)) - theta_(i)
 * </pre>
 * where theta is the (weighted) mean of the data and theta_(i) the mean without row i (jackknife;
 * for the unweighted mean d_i = (x_i - mean) / (n - 1), so a = sum e^3 / (6 (sum e^2)^{3/2}) with
 * e_i = x_i - mean). Resample means equal to theta count one half in z0 (the mid-rank form; with
 * continuous losses no resample mean equals theta and this is Efron's count); the fraction is kept
 * within [1 / (2B), 1 - 1 / (2B)] so that z0 stays finite. When every d_i is 0 (constant losses)
 * a = 0. Where 1 - a (z0 + z_i) &lt;= 0 (only for levels within about 1e-8 of 1) alpha_i is taken
 * as its limit, 0 or 1.
 *
 * <p>B = 2000 or more is advisable for 95% intervals (for BCa in particular); the class accepts any
 * B &gt;= 2.
 */
public final class Bootstrap {

    /** How the interval is read from the bootstrap distribution of the mean. */
    public enum Method {
        /** Percentile interval: the alpha/2 and 1 - alpha/2 quantiles of the bootstrap means. */
        PERCENTILE,
        /** Bias-corrected and accelerated percentile interval (Efron 1987). */
        BCA
    }

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0.0, 1.0);

    private final int resamples;
    private final long seed;
    private final Method method;

    private Bootstrap(int resamples, long seed, Method method) {
        this.resamples = resamples;
        this.seed = seed;
        this.method = method;
    }

    /**
     * A percentile bootstrap with B resamples, drawn from {@code new SplittableRandom(seed)} at
     * every call.
     *
     * @param resamples the number of resamples B, at least 2
     * @param seed the seed
     * @return the bootstrap
     * @throws IllegalArgumentException if {@code resamples < 2}
     */
    public static Bootstrap of(int resamples, long seed) {
        StatChecks.atLeast("resamples", resamples, 2);
        return new Bootstrap(resamples, seed, Method.PERCENTILE);
    }

    /**
     * A percentile bootstrap whose seed is drawn once, now, from {@code rng} ({@code
     * rng.nextLong()}); the bootstrap does not keep the generator, so its intervals are
     * reproducible from {@link #seed()}.
     *
     * @param resamples the number of resamples B, at least 2
     * @param rng the generator the seed is drawn from
     * @return the bootstrap
     * @throws IllegalArgumentException if {@code resamples < 2} or {@code rng} is null
     */
    public static Bootstrap of(int resamples, RandomGenerator rng) {
        StatChecks.atLeast("resamples", resamples, 2);
        StatChecks.notNull("rng", rng);
        return new Bootstrap(resamples, rng.nextLong(), Method.PERCENTILE);
    }

    /**
     * @param method the method reading the interval from the bootstrap means
     * @return a copy of this bootstrap using {@code method}
     * @throws IllegalArgumentException if {@code method} is null
     */
    public Bootstrap withMethod(Method method) {
        StatChecks.notNull("method", method);
        return new Bootstrap(resamples, seed, method);
    }

    /** @return the number of resamples B */
    public int resamples() {
        return resamples;
    }

    /** @return the seed of the generator every call starts from */
    public long seed() {
        return seed;
    }

    /** @return the method reading the interval from the bootstrap means */
    public Method method() {
        return method;
    }

    /**
     * The bootstrap confidence interval of the mean of the losses.
     *
     * @param losses per-row losses, at least two, all finite
     * @param level the confidence level, in (0, 1)
     * @return the interval
     * @throws IllegalArgumentException if {@code losses} is null, has fewer than two rows or holds
     *     NaN or an infinity (naming the row), or {@code level} is not in (0, 1)
     */
    public ConfidenceInterval interval(double[] losses, double level) {
        StatChecks.minLength("losses", losses, 2);
        StatChecks.finite("losses", losses);
        StatChecks.level("level", level);
        return intervalOf(losses, null, level);
    }

    /**
     * The bootstrap confidence interval of the weighted mean of the losses (rows of weight 0
     * dropped, the others resampled as pairs (loss, weight)).
     *
     * @param losses per-row losses, all finite
     * @param weights per-row weights, finite and &gt;= 0, at least two of them positive
     * @param level the confidence level, in (0, 1)
     * @return the interval
     * @throws IllegalArgumentException if an array is null or empty, the lengths differ, a loss is
     *     NaN or infinite, a weight is NaN, infinite or negative (naming the row), fewer than two
     *     weights are positive, or {@code level} is not in (0, 1)
     */
    public ConfidenceInterval interval(double[] losses, double[] weights, double level) {
        StatChecks.finite("losses", losses);
        StatChecks.weights("weights", weights, losses.length);
        StatChecks.level("level", level);
        return intervalOfWeighted(losses, weights, level);
    }

    /**
     * The B bootstrap means, in the order drawn (the distribution the intervals are read from).
     *
     * @param losses per-row losses, at least two, all finite
     * @return B resample means
     * @throws IllegalArgumentException if {@code losses} is null, has fewer than two rows or holds
     *     NaN or an infinity (naming the row)
     */
    public double[] resampledMeans(double[] losses) {
        StatChecks.minLength("losses", losses, 2);
        StatChecks.finite("losses", losses);
        return resample(losses, null);
    }

    /**
     * The B bootstrap weighted means, in the order drawn.
     *
     * @param losses per-row losses, all finite
     * @param weights per-row weights, finite and &gt;= 0, at least two of them positive
     * @return B resample weighted means
     * @throws IllegalArgumentException as {@link #interval(double[], double[], double)}
     */
    public double[] resampledMeans(double[] losses, double[] weights) {
        StatChecks.finite("losses", losses);
        StatChecks.weights("weights", weights, losses.length);
        double[][] kept = positiveRows(losses, weights);
        return resample(kept[0], kept[1]);
    }

    private ConfidenceInterval intervalOfWeighted(double[] losses, double[] weights, double level) {
        double[][] kept = positiveRows(losses, weights);
        return intervalOf(kept[0], kept[1], level);
    }

    /** Losses and weights of the rows with positive weight, the weights divided by the largest. */
    private static double[][] positiveRows(double[] losses, double[] weights) {
        int m = 0;
        double maxW = 0.0;
        for (double w : weights) {
            if (w > 0.0) {
                m++;
                maxW = Math.max(maxW, w);
            }
        }
        if (m < 2) {
            throw new IllegalArgumentException(
                "weights: at least two rows need a positive weight, got " + m);
        }
        double[] x = new double[m];
        double[] w = new double[m];
        for (int i = 0, k = 0; i < weights.length; i++) {
            if (weights[i] > 0.0) {
                x[k] = losses[i];
                w[k] = weights[i] / maxW;
                k++;
            }
        }
        return new double[][] {x, w};
    }

    /** @param w null for the unweighted mean, else positive weights of the rows of x */
    private ConfidenceInterval intervalOf(double[] x, double[] w, double level) {
        double[] means = resample(x, w);
        Arrays.sort(means);
        double alpha = 1.0 - level;
        double pLow = 0.5 * alpha;
        double pHigh = 1.0 - 0.5 * alpha;
        if (method == Method.BCA) {
            double theta = w == null ? MeanEstimate.mean(x) : weightedMean(x, w);
            double accel = acceleration(x, w, theta);
            double[] p = bcaLevels(means, theta, accel, level);
            pLow = p[0];
            pHigh = p[1];
        }
        double lo = quantile(means, pLow);
        double hi = quantile(means, pHigh);
        return ConfidenceInterval.of(lo, Math.max(lo, hi), level);
    }

    /** B resample means, drawn from a fresh generator seeded with {@link #seed}. */
    private double[] resample(double[] x, double[] w) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = x.length;
        double[] means = new double[resamples];
        if (w == null) {
            double invN = 1.0 / n;
            for (int b = 0; b < resamples; b++) {
                double s = 0.0;
                for (int i = 0; i < n; i++) {
                    s += x[rng.nextInt(n)];
                }
                means[b] = s * invN;
            }
        } else {
            double[] wx = new double[n];
            for (int i = 0; i < n; i++) {
                wx[i] = w[i] * x[i];
            }
            for (int b = 0; b < resamples; b++) {
                double sw = 0.0;
                double swx = 0.0;
                for (int i = 0; i < n; i++) {
                    int j = rng.nextInt(n);
                    sw += w[j];
                    swx += wx[j];
                }
                means[b] = swx / sw;
            }
        }
        return means;
    }

    private static double weightedMean(double[] x, double[] w) {
        double sw = 0.0;
        double swx = 0.0;
        for (int i = 0; i < x.length; i++) {
            sw += w[i];
            swx += w[i] * x[i];
        }
        double m = swx / sw;
        double c = 0.0;
        for (int i = 0; i < x.length; i++) {
            c += w[i] * (x[i] - m);
        }
        return m + c / sw;
    }

    /**
     * Jackknife acceleration a = sum d^3 / (6 (sum d^2)^{3/2}), d_i = mean(theta_(.)) -
     * theta_(i), theta_(i) = theta - w_i (x_i - theta) / (W - w_i) the (weighted) mean without
     * row i (w_i = 1 without weights); 0 when every d_i is 0.
     */
    static double acceleration(double[] x, double[] w, double theta) {
        int n = x.length;
        double sumW = n;
        if (w != null) {
            sumW = 0.0;
            for (double v : w) {
                sumW += v;
            }
        }
        double[] jack = new double[n];
        double jackMean = 0.0;
        for (int i = 0; i < n; i++) {
            double wi = w == null ? 1.0 : w[i];
            jack[i] = theta - wi * (x[i] - theta) / (sumW - wi);
            jackMean += jack[i];
        }
        jackMean /= n;
        double s2 = 0.0;
        double s3 = 0.0;
        for (int i = 0; i < n; i++) {
            double d = jackMean - jack[i];
            double d2 = d * d;
            s2 += d2;
            s3 += d2 * d;
        }
        if (!(s2 > 0.0)) {
            return 0.0;
        }
        return s3 / (6.0 * s2 * Math.sqrt(s2));
    }

    /**
     * The BCa probability levels {alpha_1, alpha_2} (see the class description).
     *
     * @param sortedMeans the bootstrap means, ascending
     * @param theta the statistic on the data
     * @param accel the acceleration a
     * @param level the confidence level
     */
    static double[] bcaLevels(double[] sortedMeans, double theta, double accel, double level) {
        int b = sortedMeans.length;
        // #{t < theta} + #{t == theta} / 2, by two binary searches on the sorted means
        int below = lowerBound(sortedMeans, theta);
        int notAbove = upperBound(sortedMeans, theta);
        double frac = (below + 0.5 * (notAbove - below)) / b;
        double minFrac = 0.5 / b;
        frac = Math.min(1.0 - minFrac, Math.max(minFrac, frac));
        double z0 = STANDARD_NORMAL.inverseCumulativeProbability(frac);
        double zHigh = MeanEstimate.normalQuantile(level);
        return new double[] {bcaLevel(z0, -zHigh, accel), bcaLevel(z0, zHigh, accel)};
    }

    private static double bcaLevel(double z0, double z, double accel) {
        double t = z0 + z;
        double den = 1.0 - accel * t;
        if (!(den > 0.0)) {
            return t > 0.0 ? 1.0 : 0.0;
        }
        return STANDARD_NORMAL.cumulativeProbability(z0 + t / den);
    }

    /** First index whose value is &gt;= v (the number of values &lt; v). */
    private static int lowerBound(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First index whose value is &gt; v (the number of values &lt;= v). */
    private static int upperBound(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Type 7 quantile (linear interpolation) of ascending values, p in [0, 1]. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int k = (int) Math.floor(h);
        if (k >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        if (k < 0) {
            return sorted[0];
        }
        double f = h - k;
        return sorted[k] + f * (sorted[k + 1] - sorted[k]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bootstrap b
            && resamples == b.resamples && seed == b.seed && method == b.method;
    }

    @Override
    public int hashCode() {
        return (31 * resamples + Long.hashCode(seed)) * 31 + method.hashCode();
    }

    /** @return e.g. {@code Bootstrap[resamples = 2000, seed = 42, method = BCA]} */
    @Override
    public String toString() {
        return "Bootstrap[resamples = " + resamples + ", seed = " + seed + ", method = " + method
            + "]";
    }
}
