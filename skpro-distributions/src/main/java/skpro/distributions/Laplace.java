package skpro.distributions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

import skpro.distributions.internal.Check;

/**
 * Laplace (double exponential) distributions, one per row.
 *
 * <p>f(x) = exp(-|z|) / (2b) with z = (x - mu) / b; support the real line; mu real, scale
 * b &gt; 0. F(x) = exp(z) / 2 for z &lt; 0 and 1 - exp(-z) / 2 otherwise. Mean mu, variance 2 b^2.
 * E|X - x| = b (|z| + exp(-|z|)); E|X - X'| = 3b / 2.
 *
 * <p>Everything is closed form. Tails: the survival function, {@code logCdf} (log F = z - log 2
 * for z &lt; 0) and {@code logSurvival} are exact at any distance, and {@code ppf} / {@code isf}
 * are mu + b log(2p) / mu - b log(2q) on their accurate halves. Draws are mu + b E or
 * mu - b E with equal probability, E a standard exponential variate.
 */
public final class Laplace extends AbstractDistribution {

    private static final double LN2 = Math.log(2.0);

    private final double[] mu;
    private final double[] scale;

    private Laplace(double[] mu, double[] scale) {
        super(mu.length);
        this.mu = mu;
        this.scale = scale;
    }

    /**
     * @param mu the locations (means and medians), one per row
     * @param scale the scales b, one per row, each &gt; 0 (the standard deviation is sqrt(2) b)
     * @return the distribution
     * @throws IllegalArgumentException if the arrays are empty or of different lengths, a value
     *     is not finite, or a scale is not positive
     */
    public static Laplace of(double[] mu, double[] scale) {
        Check.sameLength("mu", mu, "scale", scale);
        Check.finite("mu", mu);
        Check.positive("scale", scale);
        return new Laplace(mu.clone(), scale.clone());
    }

    /**
     * @param mu the location
     * @param scale the scale b, &gt; 0
     * @return a one-row distribution
     * @throws IllegalArgumentException if a value is not finite or the scale is not positive
     */
    public static Laplace of(double mu, double scale) {
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
    public Laplace select(int... rows) {
        Check.rows(rows, size());
        return new Laplace(Check.pick(mu, rows), Check.pick(scale, rows));
    }

    // ---------------------------------------------------------------- row primitives

    @Override
    protected double pdfAt(int i, double x) {
        double z = Math.abs(x - mu[i]) / scale[i];
        return Math.exp(-z) / (2.0 * scale[i]);
    }

    @Override
    protected double logPdfAt(int i, double x) {
        double z = Math.abs(x - mu[i]) / scale[i];
        return -z - Math.log(2.0 * scale[i]);
    }

    @Override
    protected double cdfAt(int i, double x) {
        double z = (x - mu[i]) / scale[i];
        return z < 0.0 ? 0.5 * Math.exp(z) : 1.0 - 0.5 * Math.exp(-z);
    }

    @Override
    protected double survivalAt(int i, double x) {
        double z = (x - mu[i]) / scale[i];
        return z > 0.0 ? 0.5 * Math.exp(-z) : 1.0 - 0.5 * Math.exp(z);
    }

    @Override
    protected double logCdfAt(int i, double x) {
        double z = (x - mu[i]) / scale[i];
        return z < 0.0 ? z - LN2 : Math.log1p(-0.5 * Math.exp(-z));
    }

    @Override
    protected double logSurvivalAt(int i, double x) {
        double z = (x - mu[i]) / scale[i];
        return z > 0.0 ? -z - LN2 : Math.log1p(-0.5 * Math.exp(z));
    }

    @Override
    protected double ppfAt(int i, double p) {
        if (p > 0.5) {
            return isfAt(i, 1.0 - p);
        }
        return mu[i] + scale[i] * Math.log(2.0 * p);
    }

    @Override
    protected double isfAt(int i, double q) {
        if (q > 0.5) {
            return ppfAt(i, 1.0 - q);
        }
        return mu[i] - scale[i] * Math.log(2.0 * q);
    }

    @Override
    protected double meanAt(int i) {
        return mu[i];
    }

    @Override
    protected double varAt(int i) {
        return 2.0 * scale[i] * scale[i];
    }

    @Override
    protected double energyAt(int i) {
        return 1.5 * scale[i];
    }

    @Override
    protected double energyAt(int i, double x) {
        double z = Math.abs(x - mu[i]) / scale[i];
        return scale[i] * (z + Math.exp(-z));
    }

    @Override
    protected double sampleAt(int i, RandomGenerator rng) {
        double e = rng.nextExponential();
        return rng.nextBoolean() ? mu[i] + scale[i] * e : mu[i] - scale[i] * e;
    }
}
