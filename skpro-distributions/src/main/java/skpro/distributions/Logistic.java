package skpro.distributions;

import java.util.LinkedHashMap;
import java.util.Map;

import skpro.distributions.internal.Check;

/**
 * Logistic distributions, one per row.
 *
 * <p>f(x) = exp(-z) / (s (1 + exp(-z))^2) with z = (x - mu) / s; support the real line; mu real,
 * scale s &gt; 0. F(x) = 1 / (1 + exp(-z)). Mean mu, variance pi^2 s^2 / 3.
 * E|X - x| = s (softplus(z) + softplus(-z)) = s (|z| + 2 log(1 + exp(-|z|))), since the integral
 * of F below z is softplus(z) = log(1 + exp(z)) and the integral of 1 - F above z is
 * softplus(-z); E|X - X'| = 2 s.
 *
 * <p>Everything is closed form and evaluated through exp(-|z|), so no term overflows:
 * log F(x) = -log(1 + exp(-z)) stays exact where F underflows (z &lt; -745), the survival
 * function and its log are the mirror images, and Q(p) = mu + s (log p - log(1 - p)) is taken
 * from the upper tail (isf) for p &gt; 1/2. Draws are by inversion.
 */
public final class Logistic extends AbstractDistribution {

    private static final double PI2_OVER_3 = Math.PI * Math.PI / 3.0;

    private final double[] mu;
    private final double[] scale;

    private Logistic(double[] mu, double[] scale) {
        super(mu.length);
        this.mu = mu;
        this.scale = scale;
    }

    /**
     * @param mu the locations (means and medians), one per row
     * @param scale the scales s, one per row, each &gt; 0 (the standard deviation is pi s / sqrt 3)
     * @return the distribution
     * @throws IllegalArgumentException if the arrays are empty or of different lengths, a value
     *     is not finite, or a scale is not positive
     */
    public static Logistic of(double[] mu, double[] scale) {
        Check.sameLength("mu", mu, "scale", scale);
        Check.finite("mu", mu);
        Check.positive("scale", scale);
        return new Logistic(mu.clone(), scale.clone());
    }

    /**
     * @param mu the location
     * @param scale the scale s, &gt; 0
     * @return a one-row distribution
     * @throws IllegalArgumentException if a value is not finite or the scale is not positive
     */
    public static Logistic of(double mu, double scale) {
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
    public Logistic select(int... rows) {
        Check.rows(rows, size());
        return new Logistic(Check.pick(mu, rows), Check.pick(scale, rows));
    }

    /** log(1 + exp(z)), without overflow or loss for either sign of z. */
    static double softplus(double z) {
        return z > 0.0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    }

    // ---------------------------------------------------------------- row primitives

    @Override
    protected double pdfAt(int i, double x) {
        double e = Math.exp(-Math.abs(x - mu[i]) / scale[i]);
        double d = 1.0 + e;
        return e / (scale[i] * d * d);
    }

    @Override
    protected double logPdfAt(int i, double x) {
        double a = Math.abs(x - mu[i]) / scale[i];
        return -a - 2.0 * Math.log1p(Math.exp(-a)) - Math.log(scale[i]);
    }

    @Override
    protected double cdfAt(int i, double x) {
        double z = (x - mu[i]) / scale[i];
        if (z < 0.0) {
            double e = Math.exp(z);
            return e / (1.0 + e);
        }
        return 1.0 / (1.0 + Math.exp(-z));
    }

    @Override
    protected double survivalAt(int i, double x) {
        double z = (x - mu[i]) / scale[i];
        if (z > 0.0) {
            double e = Math.exp(-z);
            return e / (1.0 + e);
        }
        return 1.0 / (1.0 + Math.exp(z));
    }

    @Override
    protected double logCdfAt(int i, double x) {
        return -softplus((mu[i] - x) / scale[i]);
    }

    @Override
    protected double logSurvivalAt(int i, double x) {
        return -softplus((x - mu[i]) / scale[i]);
    }

    @Override
    protected double ppfAt(int i, double p) {
        if (p > 0.5) {
            return isfAt(i, 1.0 - p);
        }
        return mu[i] + scale[i] * (Math.log(p) - Math.log1p(-p));
    }

    @Override
    protected double isfAt(int i, double q) {
        if (q > 0.5) {
            return ppfAt(i, 1.0 - q);
        }
        return mu[i] + scale[i] * (Math.log1p(-q) - Math.log(q));
    }

    @Override
    protected double meanAt(int i) {
        return mu[i];
    }

    @Override
    protected double varAt(int i) {
        return PI2_OVER_3 * scale[i] * scale[i];
    }

    @Override
    protected double energyAt(int i) {
        return 2.0 * scale[i];
    }

    @Override
    protected double energyAt(int i, double x) {
        double a = Math.abs(x - mu[i]) / scale[i];
        return scale[i] * (a + 2.0 * Math.log1p(Math.exp(-a)));
    }
}
