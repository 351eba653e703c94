package skpro.regression.density;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

import skpro.distributions.Distribution;
import skpro.distributions.Empirical;
import skpro.distributions.KernelMixture;
import skpro.regression.Params;
import skpro.regression.ProbaModel;
import skpro.regression.ProbaRegressor;
import skpro.regression.internal.DataChecks;

/**
 * Nadaraya-Watson conditional density estimation: the predictive distribution at x weights the
 * training targets by how close their features are to x.
 *
 * <p>Features are standardised with the training columns' means and standard deviations (ddof
 * = 0; a constant column keeps scale 1), z = (x - mean) / sd. The weight of training row i at x is
 * w_i(x) = K(||z - z_i|| / h) / sum_j K(||z - z_j|| / h) with a radial kernel ({@link Kernel}:
 * Gaussian exp(-u^2 / 2), Epanechnikov max(1 - u^2, 0), uniform 1{u &le; 1}; constants cancel).
 * The bandwidth h on the standardised scale is given, or a multivariate rule of thumb for n rows
 * and d columns ({@link BandwidthRule}): Scott's h = n^(-1 / (d + 4)) or Silverman's
 * h = (4 / (d + 2))^(1 / (d + 4)) n^(-1 / (d + 4)) (scipy's {@code gaussian_kde} factors, the
 * normal-reference rules for the Gaussian kernel). For the compact kernels a rule's h is
 * multiplied by the ratio of canonical bandwidths (Marron and Nolan 1988, one-dimensional
 * values) so that they smooth as much as the Gaussian: 2.2138 for the Epanechnikov kernel, 1.7400
 * for the uniform one; their support radius is that product. A given h is used as it is.
 *
 * <p>Prediction per row: with the y-kernel on (the default), the weighted kernel estimate
 * sum_i w_i(x) N(y_i, h_y^2) ({@link KernelMixture} with weights), where h_y is chosen once at fit
 * by a univariate rule ({@link KernelMixture.Bandwidth}, default Scott) on all training targets;
 * with the y-kernel off, the weighted empirical law sum_i w_i(x) delta(y_i) ({@link Empirical}).
 * Its mean is the Nadaraya-Watson regression sum_i w_i(x) y_i.
 *
 * <p>Numerics: Gaussian weights are computed relative to the nearest training row
 * (exp(-(u_i^2 - u_min^2) / 2)), so they never all underflow, and rows whose relative weight is
 * below 1e-12 of the largest are left out of the prediction (for any kernel; this changes any
 * probability by less than n 1e-12, 2e-9 for n = 2000). With a compact kernel, a row whose weights
 * all vanish (x farther than h from every training row) falls back to its nearest training row
 * (smallest distance, the lower index on ties) with weight 1: the prediction is then that row's
 * target (smoothed by the y-kernel when on). Cost O(n p) per predicted row.
 *
 * <p>Parameters: {@code kernel} (default GAUSSIAN), {@code bandwidthRule} (SCOTT, SILVERMAN or
 * GIVEN; default SCOTT), {@code bandwidth} (h for GIVEN, finite and &gt; 0, default 1),
 * {@code yKernel} (default true), {@code yBandwidth} (the rule for h_y, default SCOTT).
 */
public final class NadarayaWatsonCDE implements ProbaRegressor {

    /** The radial kernel K(u) on standardised distances u = ||z - z_i|| / h. */
    public enum Kernel {
        /** K(u) = exp(-u^2 / 2). */
        GAUSSIAN,
        /** K(u) = max(1 - u^2, 0). */
        EPANECHNIKOV,
        /** K(u) = 1 for u &le; 1, else 0. */
        UNIFORM
    }

    /** How the feature bandwidth h is chosen. */
    public enum BandwidthRule {
        /** h = n^(-1 / (d + 4)). */
        SCOTT,
        /** h = (4 / (d + 2))^(1 / (d + 4)) n^(-1 / (d + 4)). */
        SILVERMAN,
        /** h = the parameter {@code bandwidth}. */
        GIVEN
    }

    /**
     * Canonical bandwidth ratios to the Gaussian kernel, delta_K / delta_Gauss with
     * delta_K = (R(K) / mu_2(K)^2)^(1/5): Gaussian (1 / (4 pi))^(1/10) = 0.7764, Epanechnikov
     * 15^(1/5) = 1.7188, uniform on [-1, 1] (9/2)^(1/5) = 1.3510.
     */
    private static final double EPANECHNIKOV_FACTOR = Math.pow(15.0, 0.2) / Math.pow(4.0 * Math.PI, -0.1);
    private static final double UNIFORM_FACTOR = Math.pow(4.5, 0.2) / Math.pow(4.0 * Math.PI, -0.1);

    /** Relative weights below this are left out of a prediction. */
    private static final double NEGLIGIBLE = 1e-12;

    private final Kernel kernel;
    private final BandwidthRule bandwidthRule;
    private final double bandwidth;
    private final boolean yKernel;
    private final KernelMixture.Bandwidth yBandwidth;

    private NadarayaWatsonCDE(Kernel kernel, BandwidthRule bandwidthRule, double bandwidth, boolean yKernel,
        KernelMixture.Bandwidth yBandwidth) {
        if (kernel == null) {
            throw new IllegalArgumentException("kernel must not be null");
        }
        if (bandwidthRule == null) {
            throw new IllegalArgumentException("bandwidthRule must not be null");
        }
        if (!(bandwidth > 0.0 && bandwidth < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bandwidth must be finite and > 0, got " + bandwidth);
        }
        if (yBandwidth == null) {
            throw new IllegalArgumentException("yBandwidth must not be null");
        }
        this.kernel = kernel;
        this.bandwidthRule = bandwidthRule;
        this.bandwidth = bandwidth;
        this.yKernel = yKernel;
        this.yBandwidth = yBandwidth;
    }

    /** @return the Gaussian kernel, Scott's bandwidths for X and y, y-kernel on */
    public static NadarayaWatsonCDE of() {
        return new NadarayaWatsonCDE(Kernel.GAUSSIAN, BandwidthRule.SCOTT, 1.0, true, KernelMixture.Bandwidth.SCOTT);
    }

    /**
     * @param newKernel the feature kernel
     * @return a copy with it
     * @throws IllegalArgumentException if it is null
     */
    public NadarayaWatsonCDE withKernel(Kernel newKernel) {
        return new NadarayaWatsonCDE(newKernel, bandwidthRule, bandwidth, yKernel, yBandwidth);
    }

    /**
     * @param rule SCOTT or SILVERMAN (GIVEN keeps the current {@code bandwidth})
     * @return a copy choosing h by that rule
     * @throws IllegalArgumentException if rule is null
     */
    public NadarayaWatsonCDE withBandwidthRule(BandwidthRule rule) {
        return new NadarayaWatsonCDE(kernel, rule, bandwidth, yKernel, yBandwidth);
    }

    /**
     * @param h the feature bandwidth on the standardised scale, finite and &gt; 0
     * @return a copy with that fixed bandwidth (rule GIVEN)
     * @throws IllegalArgumentException if h is not finite and positive
     */
    public NadarayaWatsonCDE withBandwidth(double h) {
        return new NadarayaWatsonCDE(kernel, BandwidthRule.GIVEN, h, yKernel, yBandwidth);
    }

    /**
     * @param on true: weighted Gaussian kernel estimate of y; false: weighted empirical law
     * @return a copy with that choice
     */
    public NadarayaWatsonCDE withYKernel(boolean on) {
        return new NadarayaWatsonCDE(kernel, bandwidthRule, bandwidth, on, yBandwidth);
    }

    /**
     * @param rule the rule choosing h_y from the training targets
     * @return a copy with it (and the y-kernel on)
     * @throws IllegalArgumentException if rule is null
     */
    public NadarayaWatsonCDE withYBandwidth(KernelMixture.Bandwidth rule) {
        return new NadarayaWatsonCDE(kernel, bandwidthRule, bandwidth, true, rule);
    }

    /**
     * @param n the number of training rows
     * @param d the number of feature columns
     * @return the feature bandwidth on the standardised scale
     */
    public double bandwidthFor(int n, int d) {
        double shrink = Math.pow(n, -1.0 / (d + 4));
        double canonical = kernel == Kernel.EPANECHNIKOV ? EPANECHNIKOV_FACTOR
            : kernel == Kernel.UNIFORM ? UNIFORM_FACTOR : 1.0;
        switch (bandwidthRule) {
            case SCOTT:
                return canonical * shrink;
            case SILVERMAN:
                return canonical * Math.pow(4.0 / (d + 2), 1.0 / (d + 4)) * shrink;
            default:
                return bandwidth;
        }
    }

    /** @throws IllegalArgumentException as {@link ProbaRegressor#fit} */
    @Override
    public ProbaModel fit(double[][] x, double[] y) {
        int p = DataChecks.features(x);
        DataChecks.targets(x, y);
        int n = y.length;
        double[] mean = new double[p];
        double[] scale = new double[p];
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < p; j++) {
            mean[j] /= n;
        }
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                double d = row[j] - mean[j];
                scale[j] += d * d;
            }
        }
        for (int j = 0; j < p; j++) {
            double sd = Math.sqrt(scale[j] / n);
            scale[j] = sd > 0.0 ? sd : 1.0;
        }
        double[] z = new double[n * p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                z[i * p + j] = (x[i][j] - mean[j]) / scale[j];
            }
        }
        double h = bandwidthFor(n, p);
        double hy = yKernel ? yBandwidth.select(y) : 0.0;
        return new Model(this, mean, scale, z, y.clone(), h, hy, p);
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("kernel", kernel, "bandwidthRule", bandwidthRule, "bandwidth", bandwidth, "yKernel", yKernel,
            "yBandwidth", yBandwidth);
    }

    @Override
    public NadarayaWatsonCDE withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("NadarayaWatsonCDE", params(), changes);
        return new NadarayaWatsonCDE((Kernel) p.get("kernel"), (BandwidthRule) p.get("bandwidthRule"),
            Params.getDouble(p, "bandwidth"), (Boolean) p.get("yKernel"), (KernelMixture.Bandwidth) p.get("yBandwidth"));
    }

    /** Value equality: equal parameters. */
    @Override
    public boolean equals(Object o) {
        return o instanceof NadarayaWatsonCDE r && r.kernel == kernel && r.bandwidthRule == bandwidthRule
            && Double.compare(r.bandwidth, bandwidth) == 0 && r.yKernel == yKernel && r.yBandwidth == yBandwidth;
    }

    @Override
    public int hashCode() {
        return Objects.hash(NadarayaWatsonCDE.class, kernel, bandwidthRule, bandwidth, yKernel, yBandwidth);
    }

    @Override
    public String toString() {
        return "NadarayaWatsonCDE" + params();
    }

    /** Standardisation, standardised training rows (flat, row-major), targets and bandwidths. */
    private record Model(NadarayaWatsonCDE regressor, double[] mean, double[] scale, double[] z, double[] y,
                         double h, double hy, int numFeatures) implements ProbaModel {

        @Override
        public Distribution predictProba(double[][] x) {
            DataChecks.featuresFor(x, numFeatures);
            int m = x.length;
            int n = y.length;
            int p = numFeatures;
            double[][] samples = new double[m][];
            double[][] weights = new double[m][];
            double[] u2 = new double[n];
            double[] w = new double[n];
            double[] zx = new double[p];
            double inv = 1.0 / (h * h);
            for (int r = 0; r < m; r++) {
                for (int j = 0; j < p; j++) {
                    zx[j] = (x[r][j] - mean[j]) / scale[j];
                }
                double nearest = Double.POSITIVE_INFINITY;
                int nearestRow = 0;
                for (int i = 0; i < n; i++) {
                    double s = 0.0;
                    int off = i * p;
                    for (int j = 0; j < p; j++) {
                        double d = zx[j] - z[off + j];
                        s += d * d;
                    }
                    u2[i] = s * inv;
                    if (u2[i] < nearest) {
                        nearest = u2[i];
                        nearestRow = i;
                    }
                }
                int kept = 0;
                for (int i = 0; i < n; i++) {
                    double k;
                    switch (regressor.kernel) {
                        case GAUSSIAN:
                            k = Math.exp(-0.5 * (u2[i] - nearest));
                            break;
                        case EPANECHNIKOV:
                            k = Math.max(1.0 - u2[i], 0.0);
                            break;
                        default:
                            k = u2[i] <= 1.0 ? 1.0 : 0.0;
                    }
                    w[i] = k;
                }
                double top = 0.0;
                for (int i = 0; i < n; i++) {
                    top = Math.max(top, w[i]);
                }
                if (top == 0.0) {
                    samples[r] = new double[] {y[nearestRow]};
                    weights[r] = new double[] {1.0};
                    continue;
                }
                double cut = NEGLIGIBLE * top;
                for (int i = 0; i < n; i++) {
                    if (w[i] > cut) {
                        kept++;
                    }
                }
                double[] s = new double[kept];
                double[] v = new double[kept];
                int a = 0;
                for (int i = 0; i < n; i++) {
                    if (w[i] > cut) {
                        s[a] = y[i];
                        v[a++] = w[i];
                    }
                }
                samples[r] = s;
                weights[r] = v;
            }
            if (!regressor.yKernel) {
                return Empirical.of(samples, weights);
            }
            double[] bw = new double[m];
            Arrays.fill(bw, hy);
            return KernelMixture.of(samples, weights, KernelMixture.Kernel.GAUSSIAN, bw);
        }
    }
}
