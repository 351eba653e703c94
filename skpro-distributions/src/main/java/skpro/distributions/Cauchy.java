package skpro.distributions;

import java.util.LinkedHashMap;
import java.util.Map;

import skpro.distributions.internal.Check;

/**
 * Cauchy distributions, one per row.
 *
 * <p>f(x) = 1 / (pi s (1 + z^2)) with z = (x - mu) / s; support the real line; location mu
 * real, scale s &gt; 0. F(x) = 1/2 + atan(z) / pi. Q(p) = mu + s tan(pi (p - 1/2)).
 *
 * <p>No moment exists: the mean and the variance are NaN (undefined, as scipy reports), and
 * E|X - x| and E|X - X'| are +inf.
 *
 * <p>Tails: for z &lt; 0, F(x) = atan(1 / |z|) / pi without the cancellation of
 * 1/2 + atan(z) / pi (F(-1e20) = 3.18e-21 to full precision), and for z &gt; 0 F = 1 - S with S
 * the mirror image; the survival function likewise, and log F switches to -log(pi |z|) - log(atan(1/|z|) |z|) far
 * out. The quantile is mu - s / tan(pi p) for p &lt; 1/4 (no cancellation in p - 1/2), and the
 * inverse survival function its mirror image. Draws are by inversion.
 */
public final class Cauchy extends AbstractDistribution {

    private static final double LOG_PI = Math.log(Math.PI);

    private final double[] mu;
    private final double[] scale;

    private Cauchy(double[] mu, double[] scale) {
        super(mu.length);
        this.mu = mu;
        this.scale = scale;
    }

    /**
     * @param mu the locations (medians), one per row
     * @param scale the scales s (half the interquartile range), one per row, each &gt; 0
     * @return the distribution
     * @throws IllegalArgumentException if the arrays are empty or of different lengths, a value
     *     is not finite, or a scale is not positive
     */
    public static Cauchy of(double[] mu, double[] scale) {
        Check.sameLength("mu", mu, "scale", scale);
        Check.finite("mu", mu);
        Check.positive("scale", scale);
        return new Cauchy(mu.clone(), scale.clone());
    }

    /**
     * @param mu the location
     * @param scale the scale s, &gt; 0
     * @return a one-row distribution
     * @throws IllegalArgumentException if a value is not finite or the scale is not positive
     */
    public static Cauchy of(double mu, double scale) {
        return of(new double[] {mu}, new double[] {scale});
    }

    /** @return the locations (a copy) */
    public double[] mu() {
        return mu.clone();
    }

    /** @return the scales (a copy) */
    public double[] scale() {
        return scale.clone();
    }

    @Override
    public Map<String, double[]> parameters() {
        Map<String, double[]> out = new LinkedHashMap<>();
        out.put("mu", mu());
        out.put("scale", scale());
        return out;
    }

    @Override
    public Cauchy select(int... rows) {
        Check.rows(rows, size());
        return new Cauchy(Check.pick(mu, rows), Check.pick(scale, rows));
    }

    /** log(1 + z^2), without overflow for huge |z|. */
    static double log1pSquare(double z) {
        double a = Math.abs(z);
        if (a > 1.0) {
            return 2.0 * Math.log(a) + Math.log1p(1.0 / (a * a));
        }
        return Math.log1p(a * a);
    }

    /** log(atan2(1, a) / pi) for a &ge; 0: the log of the standard Cauchy survival at a. */
    static double logUpperTail(double a) {
        if (a > 1e8) {
            // atan(1/a) = (1/a) (1 - 1/(3 a^2) + ...): the correction is below 1e-17
            return -LOG_PI - Math.log(a);
        }
        return Math.log(Math.atan2(1.0, a) / Math.PI);
    }

    // ---------------------------------------------------------------- row primitives

    @Override
    protected double pdfAt(int i, double x) {
        double z = (x - mu[i]) / scale[i];
        if (Math.abs(z) < 1e150) {
            return 1.0 / (Math.PI * scale[i] * (1.0 + z * z));
        }
        return Math.exp(logPdfAt(i, x));
    }

    @Override
    protected double logPdfAt(int i, double x) {
        double z = (x - mu[i]) / scale[i];
        return -LOG_PI - Math.log(scale[i]) - log1pSquare(z);
    }

    @Override
    protected double cdfAt(int i, double x) {
        double z = (x - mu[i]) / scale[i];
        // the smaller tail is computed accurately, the other as its exact complement
        return z < 0.0 ? Math.atan2(1.0, -z) / Math.PI : 1.0 - Math.atan2(1.0, z) / Math.PI;
    }

    @Override
    protected double survivalAt(int i, double x) {
        double z = (x - mu[i]) / scale[i];
        return z > 0.0 ? Math.atan2(1.0, z) / Math.PI : 1.0 - Math.atan2(1.0, -z) / Math.PI;
    }

    @Override
    protected double logCdfAt(int i, double x) {
        double z = (x - mu[i]) / scale[i];
        return z < 0.0 ? logUpperTail(-z) : Math.log1p(-survivalAt(i, x));
    }

    @Override
    protected double logSurvivalAt(int i, double x) {
        double z = (x - mu[i]) / scale[i];
        return z > 0.0 ? logUpperTail(z) : Math.log1p(-cdfAt(i, x));
    }

    @Override
    protected double ppfAt(int i, double p) {
        if (p > 0.5) {
            return isfAt(i, 1.0 - p);
        }
        if (p == 0.0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p < 0.25) {
            return mu[i] - scale[i] / Math.tan(Math.PI * p);
        }
        return mu[i] + scale[i] * Math.tan(Math.PI * (p - 0.5));
    }

    @Override
    protected double isfAt(int i, double q) {
        if (q > 0.5) {
            return ppfAt(i, 1.0 - q);
        }
        if (q == 0.0) {
            return Double.POSITIVE_INFINITY;
        }
        if (q < 0.25) {
            return mu[i] + scale[i] / Math.tan(Math.PI * q);
        }
        return mu[i] - scale[i] * Math.tan(Math.PI * (q - 0.5));
    }

    /** @return NaN: the Cauchy mean is undefined */
    @Override
    protected double meanAt(int i) {
        return Double.NaN;
    }

    /** @return NaN: the Cauchy variance is undefined */
    @Override
    protected double varAt(int i) {
        return Double.NaN;
    }

    /** @return +inf: E|X - X'| diverges */
    @Override
    protected double energyAt(int i) {
        return Double.POSITIVE_INFINITY;
    }

    /** @return +inf: E|X - x| diverges */
    @Override
    protected double energyAt(int i, double x) {
        return Double.POSITIVE_INFINITY;
    }
}
