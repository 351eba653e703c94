package skpro.distributions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.apache.commons.numbers.gamma.Erfcx;
import org.apache.commons.numbers.gamma.InverseErfc;

import skpro.distributions.internal.Check;
import skpro.distributions.internal.FastExp;
import skpro.distributions.internal.NormalCdf;

/**
 * Normal distributions N(mu, sigma^2), one per row.
 *
 * <p>f(x) = exp(-z^2 / 2) / (sigma sqrt(2 pi)) with z = (x - mu) / sigma; support the real line;
 * mu real, sigma &gt; 0. F(x) = Phi(z) = erfc(-z / sqrt 2) / 2 ({@code internal.NormalCdf}: a
 * tabulated smooth factor times one exponential, 2.2e-16 relative). E|X - x| = sigma (z (2 Phi(z) - 1) +
 * 2 phi(z)); E|X - X'| = 2 sigma / sqrt(pi).
 *
 * <p>Tails: {@code logCdf} and {@code logSurvival} use the scaled complementary error function,
 * log Phi(z) = log(erfcx(-z / sqrt 2) / 2) - z^2 / 2, so they stay finite and accurate where the
 * cdf underflows (z &lt; -38); {@code ppf} uses the inverse complementary error function down to
 * p = 4.9e-324 and {@code isf} its mirror image for upper tails.
 */
public final class Normal extends AbstractDistribution {

    private static final double SQRT2 = Math.sqrt(2.0);
    private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2.0 * Math.PI);
    private static final double HALF_LOG_2PI = 0.5 * Math.log(2.0 * Math.PI);
    private static final double TWO_OVER_SQRT_PI = 2.0 / Math.sqrt(Math.PI);
    /** Below this z the log-cdf switches to the scaled form. */
    private static final double LOG_TAIL_Z = -5.0;

    private final double[] mu;
    private final double[] sigma;
    /** 1 / sigma, so the hot loops multiply instead of divide. */
    private final double[] invSigma;

    private Normal(double[] mu, double[] sigma) {
        super(mu.length);
        this.mu = mu;
        this.sigma = sigma;
        this.invSigma = new double[sigma.length];
        for (int i = 0; i < sigma.length; i++) {
            invSigma[i] = 1.0 / sigma[i];
        }
    }

    /**
     * @param mu the means, one per row
     * @param sigma the standard deviations, one per row, each &gt; 0
     * @return the distribution
     * @throws IllegalArgumentException if the arrays are empty or of different lengths, a value
     *     is not finite, or a sigma is not positive
     */
    public static Normal of(double[] mu, double[] sigma) {
        Check.sameLength("mu", mu, "sigma", sigma);
        Check.finite("mu", mu);
        Check.positive("sigma", sigma);
        return new Normal(mu.clone(), sigma.clone());
    }

    /**
     * @param mu the mean
     * @param sigma the standard deviation, &gt; 0
     * @return a one-row distribution
     * @throws IllegalArgumentException if a value is not finite or sigma is not positive
     */
    public static Normal of(double mu, double sigma) {
        return of(new double[] {mu}, new double[] {sigma});
    }

    /** @return the means (a copy) */
    public double[] mu() {
        return mu.clone();
    }

    /** @return the standard deviations (a copy) */
    public double[] sigma() {
        return sigma.clone();
    }

    @Override
    public Map<String, double[]> parameters() {
        Map<String, double[]> out = new LinkedHashMap<>();
        out.put("mu", mu());
        out.put("sigma", sigma());
        return out;
    }

    @Override
    public Normal select(int... rows) {
        Check.rows(rows, size());
        return new Normal(Check.pick(mu, rows), Check.pick(sigma, rows));
    }

    // ---------------------------------------------------------------- row primitives

    @Override
    protected double pdfAt(int i, double x) {
        double z = (x - mu[i]) * invSigma[i];
        return INV_SQRT_2PI * invSigma[i] * Math.exp(-0.5 * z * z);
    }

    @Override
    protected double logPdfAt(int i, double x) {
        double z = (x - mu[i]) / sigma[i];
        return -0.5 * z * z - Math.log(sigma[i]) - HALF_LOG_2PI;
    }

    @Override
    protected double cdfAt(int i, double x) {
        return NormalCdf.cdf((x - mu[i]) * invSigma[i]);
    }

    @Override
    protected double survivalAt(int i, double x) {
        return NormalCdf.cdf((mu[i] - x) * invSigma[i]);
    }

    @Override
    protected double logCdfAt(int i, double x) {
        return logPhi((x - mu[i]) / sigma[i]);
    }

    @Override
    protected double logSurvivalAt(int i, double x) {
        return logPhi((mu[i] - x) / sigma[i]);
    }

    /** log Phi(z), accurate for all z. */
    static double logPhi(double z) {
        if (z < LOG_TAIL_Z) {
            return Math.log(0.5 * Erfcx.value(-z / SQRT2)) - 0.5 * z * z;
        }
        if (z > 0.0) {
            // log(1 - q) for q = Phi(-z) < 1/2 without the cancellation of log(Phi(z))
            return Math.log1p(-NormalCdf.cdf(-z));
        }
        return Math.log(NormalCdf.cdf(z));
    }

    @Override
    protected double ppfAt(int i, double p) {
        if (p > 0.5) {
            return isfAt(i, 1.0 - p);
        }
        return mu[i] - sigma[i] * SQRT2 * InverseErfc.value(2.0 * p);
    }

    @Override
    protected double isfAt(int i, double q) {
        return mu[i] + sigma[i] * SQRT2 * InverseErfc.value(2.0 * q);
    }

    @Override
    protected double meanAt(int i) {
        return mu[i];
    }

    @Override
    protected double varAt(int i) {
        return sigma[i] * sigma[i];
    }

    @Override
    protected double energyAt(int i) {
        return TWO_OVER_SQRT_PI * sigma[i];
    }

    @Override
    protected double energyAt(int i, double x) {
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        double z = (x - mu[i]) * invSigma[i];
        return sigma[i] * (z * (2.0 * NormalCdf.cdf(z) - 1.0) + 2.0 * INV_SQRT_2PI * Math.exp(-0.5 * z * z));
    }

    @Override
    protected double sampleAt(int i, RandomGenerator rng) {
        return mu[i] + sigma[i] * rng.nextGaussian();
    }

    // ------------------------------------------- vectorised hot paths (monomorphic loops)

    @Override
    public double[] mean() {
        return mu.clone();
    }

    @Override
    public double[] var() {
        double[] out = new double[mu.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = sigma[i] * sigma[i];
        }
        return out;
    }

    @Override
    public double[] pdf(double[] x) {
        Check.length("x", x, mu.length);
        double[] out = new double[mu.length];
        for (int i = 0; i < out.length; i++) {
            // NaN is checked in the same pass (one read of x); the output is discarded if found
            if (x[i] != x[i]) {
                Check.points("x", x, mu.length);
            }
            double z = (x[i] - mu[i]) * invSigma[i];
            out[i] = INV_SQRT_2PI * invSigma[i] * FastExp.nonPositive(-0.5 * z * z);
        }
        return out;
    }

    @Override
    public double[] logPdf(double[] x) {
        Check.points("x", x, mu.length);
        double[] out = new double[mu.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = logPdfAt(i, x[i]);
        }
        return out;
    }

    @Override
    public double[] cdf(double[] x) {
        Check.points("x", x, mu.length);
        double[] out = new double[mu.length];
        NormalCdf.cdf(x, mu, invSigma, out);
        return out;
    }

    @Override
    public double[] ppf(double[] p) {
        Check.probabilities("p", p, mu.length);
        double[] out = new double[mu.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = ppfAt(i, p[i]);
        }
        return out;
    }

    @Override
    public double[] energy() {
        double[] out = new double[mu.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = TWO_OVER_SQRT_PI * sigma[i];
        }
        return out;
    }

    @Override
    public double[] energy(double[] x) {
        Check.points("x", x, mu.length);
        double[] out = new double[mu.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = energyAt(i, x[i]);
        }
        return out;
    }
}
