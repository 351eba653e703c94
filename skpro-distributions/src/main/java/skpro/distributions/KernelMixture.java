package skpro.distributions;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.apache.commons.numbers.gamma.Erf;
import org.apache.commons.numbers.gamma.Erfc;
import org.apache.commons.numbers.gamma.InverseErfc;

import skpro.distributions.internal.Bisection;
import skpro.distributions.internal.Check;
import skpro.distributions.internal.Ragged;

/**
 * Kernel density estimates, one per row (skpro's {@code KernelMixture}): row i is the mixture of
 * kernels of bandwidth h_i centred at its samples x_1..x_m with weights w_k,
 * f(x) = (1 / h) sum_k w_k K((x - x_k) / h). Rows may hold different numbers of samples. Without
 * weights w_k = 1/m; given weights are divided by their row sum (a weighted kernel estimate, as
 * the y-kernel of a Nadaraya-Watson conditional density). In the formulas below (1/m) sum_k is
 * sum_k w_k, and the pair sum of the energy is weighted by w_j w_k.
 *
 * <p>Only the {@link Kernel#GAUSSIAN Gaussian} kernel is offered, for which every quantity but the
 * quantile has a closed form: with z_k = (x - x_k) / h, f(x) = (1 / m) sum_k phi(z_k) / h,
 * F(x) = (1 / m) sum_k Phi(z_k), S(x) = (1 / m) sum_k Phi(-z_k) (erfc in both, accurate in the
 * tails; log f, log F and log S switch to log-sum-exp of the terms where the sums underflow);
 * mean = sum_k w_k x_k; variance = sum_k w_k (x_k - mean)^2 + h^2;
 * E|X - x| = (1 / m) sum_k E|N(x_k, h^2) - x| = (1 / m) sum_k (|d_k| erf(|d_k| / (h sqrt 2))
 * + 2 h phi(d_k / h)), d_k = x - x_k; E|X - X'| = (1 / m^2) sum_(j,k) E|N(x_j - x_k, 2 h^2)|
 * = (1 / m^2) sum_(j,k) (|d_jk| erf(|d_jk| / (2h)) + (2h / sqrt pi) exp(-d_jk^2 / (4 h^2))),
 * an O(m^2) pair sum. The support is the real line.
 *
 * <p>Quantiles have no closed form: {@code ppf} and {@code isf} use the generic bisection over
 * doubles ({@link Bisection}) on the cdf (or, for upper tails, the survival function), exact to
 * one ulp, inside the bracket [min_k x_k + h z_p, max_k x_k + h z_p], z_p the standard normal
 * quantile, which holds the answer because every kernel's cdf lies between the extreme ones.
 * Samples: a uniformly drawn x_k plus h times a standard normal draw.
 *
 * <p>Bandwidths are given per row or chosen per row by a {@link Bandwidth} rule.
 */
public final class KernelMixture extends AbstractDistribution {

    /** The kernel K. */
    public enum Kernel {
        /**
         * The standard normal density, K(u) = exp(-u^2 / 2) / sqrt(2 pi). skpro's other kernels
         * (Epanechnikov, tophat, cosine, linear) are not offered: this class computes energies in
         * closed form, which it does for the Gaussian kernel only.
         */
        GAUSSIAN
    }

    /**
     * Rules choosing a row's bandwidth from its m samples, with s the sample standard deviation
     * (ddof = 1). When s is not positive (one sample, or all equal) s = 1 is used, as skpro does
     * (skpro also does so for s &lt; 1e-15; here only s = 0 or undefined).
     */
    public enum Bandwidth {
        /** Scott's rule as skpro and scipy's {@code gaussian_kde} define it: h = s m^(-1/5). */
        SCOTT,
        /**
         * Silverman's rule as skpro and scipy's {@code gaussian_kde} define it:
         * h = (4 / (3m))^(1/5) s = 1.0592 s m^(-1/5), the normal-reference rule (optimal for
         * normal data; often quoted as 1.06 s m^(-1/5)).
         */
        SILVERMAN,
        /**
         * Silverman's robust rule of thumb (1986, eq. 3.31): h = 0.9 min(s, IQR / 1.34) m^(-1/5),
         * the interquartile range taken between the linearly interpolated 25% and 75% sample
         * quantiles (numpy's default); when the IQR is 0, s is used alone.
         */
        SILVERMAN_ROBUST;

        /**
         * @param samples one row's samples (at least one, finite)
         * @return the bandwidth for them, &gt; 0
         * @throws IllegalArgumentException if samples is null or empty or a value is not finite
         */
        public double select(double[] samples) {
            Check.finite("samples", samples);
            int m = samples.length;
            double mean = 0.0;
            for (double v : samples) {
                mean += v;
            }
            mean /= m;
            double ss = 0.0;
            for (double v : samples) {
                ss += (v - mean) * (v - mean);
            }
            double s = m > 1 ? Math.sqrt(ss / (m - 1)) : 0.0;
            if (!(s > 0.0)) {
                s = 1.0;
            }
            double shrink = Math.pow(m, -0.2);
            switch (this) {
                case SCOTT:
                    return s * shrink;
                case SILVERMAN:
                    return Math.pow(4.0 / (3.0 * m), 0.2) * s;
                default:
                    double[] sorted = samples.clone();
                    Arrays.sort(sorted);
                    double iqr = linearQuantile(sorted, 0.75) - linearQuantile(sorted, 0.25);
                    double spread = iqr > 0.0 ? Math.min(s, iqr / 1.34) : s;
                    return 0.9 * spread * shrink;
            }
        }

        /** numpy's default ("linear", type 7) quantile of sorted values. */
        private static double linearQuantile(double[] sorted, double p) {
            double pos = p * (sorted.length - 1);
            int k = (int) Math.floor(pos);
            if (k + 1 >= sorted.length) {
                return sorted[sorted.length - 1];
            }
            return sorted[k] + (pos - k) * (sorted[k + 1] - sorted[k]);
        }
    }

    private static final double SQRT2 = Math.sqrt(2.0);
    private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2.0 * Math.PI);
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2.0 * Math.PI);
    private static final double TWO_OVER_SQRT_PI = 2.0 / Math.sqrt(Math.PI);
    /** Below this, a sum of kernel terms is recomputed in log space. */
    private static final double LOG_SPACE_BELOW = 1e-280;

    private final double[] values;
    private final int[] offsets;
    /** Weights normalised per row, parallel to values; null for equal weights 1/m. */
    private final double[] weights;
    private final double[] bandwidth;
    private final Kernel kernel;
    private final double[] lowest;
    private final double[] highest;

    private KernelMixture(double[] values, int[] offsets, double[] weights, Kernel kernel, double[] bandwidth) {
        super(offsets.length - 1);
        this.values = values;
        this.offsets = offsets;
        this.weights = weights;
        this.kernel = kernel;
        this.bandwidth = bandwidth;
        int n = offsets.length - 1;
        this.lowest = new double[n];
        this.highest = new double[n];
        for (int i = 0; i < n; i++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int k = offsets[i]; k < offsets[i + 1]; k++) {
                lo = Math.min(lo, values[k]);
                hi = Math.max(hi, values[k]);
            }
            lowest[i] = lo;
            highest[i] = hi;
        }
    }

    /**
     * @param samples row i holds the centres of row i (at least one each, finite)
     * @param kernel the kernel
     * @param bandwidth one bandwidth per row, finite and &gt; 0
     * @return the distribution
     * @throws IllegalArgumentException if samples or a row is null or empty, a sample is not
     *     finite, kernel is null, bandwidth has the wrong length, or a bandwidth is not positive
     */
    public static KernelMixture of(double[][] samples, Kernel kernel, double[] bandwidth) {
        int[] offsets = Ragged.offsets("samples", samples);
        double[] flat = Ragged.flattenFinite("samples", samples, offsets);
        Check.notNull("kernel", kernel);
        Check.length("bandwidth", bandwidth, samples.length);
        Check.positive("bandwidth", bandwidth);
        return new KernelMixture(flat, offsets, null, kernel, bandwidth.clone());
    }

    /**
     * Weighted kernel estimates: row i is sum_k w_ik K_h(x - x_ik) with the weights divided by
     * their row sum.
     *
     * @param samples row i holds the centres of row i (at least one each, finite)
     * @param weights one weight per centre, each finite and &ge; 0, each row's sum positive and
     *     finite
     * @param kernel the kernel
     * @param bandwidth one bandwidth per row, finite and &gt; 0
     * @return the distribution
     * @throws IllegalArgumentException as {@link #of(double[][], Kernel, double[])}, or if the
     *     weights' shape differs from the samples', a weight is negative or not finite, or a row
     *     of weights does not sum to a positive finite number
     */
    public static KernelMixture of(double[][] samples, double[][] weights, Kernel kernel, double[] bandwidth) {
        int[] offsets = Ragged.offsets("samples", samples);
        double[] flat = Ragged.flattenFinite("samples", samples, offsets);
        Ragged.sameShape("weights", weights, "samples", offsets);
        double[] w = Ragged.flattenNormalised("weights", weights, offsets);
        Check.notNull("kernel", kernel);
        Check.length("bandwidth", bandwidth, samples.length);
        Check.positive("bandwidth", bandwidth);
        return new KernelMixture(flat, offsets, w, kernel, bandwidth.clone());
    }

    /**
     * @param samples row i holds the centres of row i (at least one each, finite)
     * @param kernel the kernel
     * @param rule the rule choosing each row's bandwidth from its samples
     * @return the distribution
     * @throws IllegalArgumentException if samples or a row is null or empty, a sample is not
     *     finite, or kernel or rule is null
     */
    public static KernelMixture of(double[][] samples, Kernel kernel, Bandwidth rule) {
        int[] offsets = Ragged.offsets("samples", samples);
        double[] flat = Ragged.flattenFinite("samples", samples, offsets);
        Check.notNull("kernel", kernel);
        Check.notNull("rule", rule);
        double[] h = new double[samples.length];
        for (int i = 0; i < h.length; i++) {
            h[i] = rule.select(samples[i]);
        }
        return new KernelMixture(flat, offsets, null, kernel, h);
    }

    /**
     * @param samples the centres of the one row
     * @param kernel the kernel
     * @param bandwidth the bandwidth, &gt; 0
     * @return a one-row distribution
     * @throws IllegalArgumentException as {@link #of(double[][], Kernel, double[])}
     */
    public static KernelMixture of(double[] samples, Kernel kernel, double bandwidth) {
        return of(new double[][] {samples}, kernel, new double[] {bandwidth});
    }

    /**
     * @param samples the centres of the one row
     * @param kernel the kernel
     * @param rule the bandwidth rule
     * @return a one-row distribution
     * @throws IllegalArgumentException as {@link #of(double[][], Kernel, Bandwidth)}
     */
    public static KernelMixture of(double[] samples, Kernel kernel, Bandwidth rule) {
        return of(new double[][] {samples}, kernel, rule);
    }

    /** @return the kernel */
    public Kernel kernel() {
        return kernel;
    }

    /** @return the bandwidth of each row (a copy) */
    public double[] bandwidth() {
        return bandwidth.clone();
    }

    /** @return the weight of each centre per row, normalised to sum 1 per row (copies) */
    public double[][] weights() {
        if (weights != null) {
            return Ragged.rows(weights, offsets);
        }
        double[][] out = new double[size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new double[offsets[i + 1] - offsets[i]];
            Arrays.fill(out[i], 1.0 / out[i].length);
        }
        return out;
    }

    /** @return the centres per row (copies) */
    public double[][] samples() {
        return Ragged.rows(values, offsets);
    }

    @Override
    public Map<String, double[]> parameters() {
        double[] n = new double[size()];
        for (int i = 0; i < n.length; i++) {
            n[i] = offsets[i + 1] - offsets[i];
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        out.put("n", n);
        out.put("bandwidth", bandwidth());
        out.put("mean", mean());
        return out;
    }

    @Override
    public KernelMixture select(int... rows) {
        Check.rows(rows, size());
        int[] off = Ragged.pickOffsets(offsets, rows);
        return new KernelMixture(Ragged.pickValues(values, offsets, rows, off), off,
            weights == null ? null : Ragged.pickValues(weights, offsets, rows, off), kernel, Check.pick(bandwidth, rows));
    }

    // ---------------------------------------------------------------- row primitives

    @Override
    protected double pdfAt(int i, double x) {
        double h = bandwidth[i];
        double sum = 0.0;
        for (int k = offsets[i]; k < offsets[i + 1]; k++) {
            double z = (x - values[k]) / h;
            sum += weight(i, k) * Math.exp(-0.5 * z * z);
        }
        return sum * INV_SQRT_2PI / (h * total(i));
    }

    @Override
    protected double logPdfAt(int i, double x) {
        double f = pdfAt(i, x);
        if (f > LOG_SPACE_BELOW || Double.isInfinite(x)) {
            return Math.log(f);
        }
        double h = bandwidth[i];
        double top = Double.NEGATIVE_INFINITY;
        for (int k = offsets[i]; k < offsets[i + 1]; k++) {
            double z = (x - values[k]) / h;
            top = Math.max(top, -0.5 * z * z);
        }
        double sum = 0.0;
        for (int k = offsets[i]; k < offsets[i + 1]; k++) {
            double z = (x - values[k]) / h;
            sum += weight(i, k) * Math.exp(-0.5 * z * z - top);
        }
        return top + Math.log(sum) - Math.log(h * total(i)) - LOG_SQRT_2PI;
    }

    @Override
    protected double cdfAt(int i, double x) {
        double scale = bandwidth[i] * SQRT2;
        double sum = 0.0;
        for (int k = offsets[i]; k < offsets[i + 1]; k++) {
            sum += weight(i, k) * Erfc.value((values[k] - x) / scale);
        }
        return Double.isInfinite(x) ? (x > 0 ? 1.0 : 0.0) : Math.min(1.0, 0.5 * sum / total(i));
    }

    @Override
    protected double survivalAt(int i, double x) {
        double scale = bandwidth[i] * SQRT2;
        double sum = 0.0;
        for (int k = offsets[i]; k < offsets[i + 1]; k++) {
            sum += weight(i, k) * Erfc.value((x - values[k]) / scale);
        }
        return Double.isInfinite(x) ? (x > 0 ? 0.0 : 1.0) : Math.min(1.0, 0.5 * sum / total(i));
    }

    @Override
    protected double logCdfAt(int i, double x) {
        double c = cdfAt(i, x);
        return c > LOG_SPACE_BELOW || Double.isInfinite(x) ? Math.log(c) : logMeanPhi(i, x, 1.0);
    }

    @Override
    protected double logSurvivalAt(int i, double x) {
        double s = survivalAt(i, x);
        return s > LOG_SPACE_BELOW || Double.isInfinite(x) ? Math.log(s) : logMeanPhi(i, x, -1.0);
    }

    /** log(sum_k w_k Phi(sign (x - x_k) / h)), by log-sum-exp of log Phi. */
    private double logMeanPhi(int i, double x, double sign) {
        double h = bandwidth[i];
        int from = offsets[i];
        int to = offsets[i + 1];
        double top = Double.NEGATIVE_INFINITY;
        for (int k = from; k < to; k++) {
            top = Math.max(top, Normal.logPhi(sign * (x - values[k]) / h));
        }
        double sum = 0.0;
        for (int k = from; k < to; k++) {
            sum += weight(i, k) * Math.exp(Normal.logPhi(sign * (x - values[k]) / h) - top);
        }
        return top + Math.log(sum / total(i));
    }

    @Override
    protected double ppfAt(int i, double p) {
        if (p > 0.5) {
            return isfAt(i, 1.0 - p);
        }
        if (p == 0.0) {
            return Double.NEGATIVE_INFINITY;
        }
        double z = -SQRT2 * InverseErfc.value(2.0 * p);
        double h = bandwidth[i];
        return Bisection.firstTrue(x -> cdfAt(i, x) >= p, lowest[i] + h * z, highest[i] + h * z);
    }

    @Override
    protected double isfAt(int i, double q) {
        if (q == 0.0) {
            return Double.POSITIVE_INFINITY;
        }
        if (q == 1.0) {
            return Double.NEGATIVE_INFINITY;
        }
        double z = SQRT2 * InverseErfc.value(2.0 * q);
        double h = bandwidth[i];
        return Bisection.firstTrue(x -> survivalAt(i, x) <= q, lowest[i] + h * z, highest[i] + h * z);
    }

    @Override
    protected double meanAt(int i) {
        double sum = 0.0;
        for (int k = offsets[i]; k < offsets[i + 1]; k++) {
            sum += weight(i, k) * values[k];
        }
        return sum / total(i);
    }

    @Override
    protected double varAt(int i) {
        double mean = meanAt(i);
        double sum = 0.0;
        for (int k = offsets[i]; k < offsets[i + 1]; k++) {
            double d = values[k] - mean;
            sum += weight(i, k) * d * d;
        }
        double h = bandwidth[i];
        return sum / total(i) + h * h;
    }

    @Override
    protected double energyAt(int i, double x) {
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        double h = bandwidth[i];
        double scale = h * SQRT2;
        double sum = 0.0;
        for (int k = offsets[i]; k < offsets[i + 1]; k++) {
            double d = Math.abs(x - values[k]);
            double z = d / h;
            sum += weight(i, k) * (d * Erf.value(d / scale) + 2.0 * h * INV_SQRT_2PI * Math.exp(-0.5 * z * z));
        }
        return sum / total(i);
    }

    @Override
    protected double energyAt(int i) {
        double h = bandwidth[i];
        int from = offsets[i];
        int to = offsets[i + 1];
        double twoH = 2.0 * h;
        double peak = TWO_OVER_SQRT_PI * h;
        double pairs = 0.0;
        double selfWeight = 0.0;
        for (int j = from; j < to; j++) {
            double xj = values[j];
            double wj = weight(i, j);
            selfWeight += wj * wj;
            for (int k = j + 1; k < to; k++) {
                double d = Math.abs(xj - values[k]);
                double t = d / twoH;
                pairs += wj * weight(i, k) * (d * Erf.value(t) + peak * Math.exp(-t * t));
            }
        }
        double m = total(i);
        return (selfWeight * peak + 2.0 * pairs) / (m * m);
    }

    @Override
    protected double sampleAt(int i, RandomGenerator rng) {
        int from = offsets[i];
        int to = offsets[i + 1];
        int k;
        if (weights == null) {
            k = from + rng.nextInt(to - from);
        } else {
            // inverse transform over the cumulative weights; the last centre takes rounding slack
            double u = rng.nextDouble();
            k = from;
            double c = weights[k];
            while (c <= u && k < to - 1) {
                c += weights[++k];
            }
        }
        return values[k] + bandwidth[i] * rng.nextGaussian();
    }

    /**
     * @return the weight of centre k of row i before division by {@link #total}: 1 for equal
     *     weights (so that their sums round as a plain mean), the normalised weight otherwise
     */
    private double weight(int i, int k) {
        return weights == null ? 1.0 : weights[k];
    }

    /** @return the divisor of a row's weighted sums: m for equal weights, 1 for normalised ones */
    private double total(int i) {
        return weights == null ? offsets[i + 1] - offsets[i] : 1.0;
    }
}
