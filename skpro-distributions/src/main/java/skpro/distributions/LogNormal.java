package skpro.distributions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.apache.commons.numbers.gamma.Erf;
import org.apache.commons.numbers.gamma.Erfc;
import org.apache.commons.numbers.gamma.InverseErfc;

import skpro.distributions.internal.Check;

/**
 * Log-normal distributions, one per row: X = exp(Y) with Y ~ N(mu, sigma^2).
 *
 * <p>f(x) = exp(-z^2 / 2) / (x sigma sqrt(2 pi)) with z = (log x - mu) / sigma, support
 * (0, inf); mu real, sigma &gt; 0. F(x) = Phi(z); for x &le; 0 the density is 0, its log -inf and
 * the cdf 0 (skpro answers NaN there). E X = m = exp(mu + sigma^2 / 2),
 * Var X = (exp(sigma^2) - 1) exp(2 mu + sigma^2).
 *
 * <p>Energy terms (Baran and Lerch 2015): for x &gt; 0,
 * E|X - x| = x (2 Phi(z) - 1) + m (2 Phi(sigma - z) - 1), and E|X - x| = m - x for x &le; 0;
 * E|X - X'| = 2 m (2 Phi(sigma / sqrt 2) - 1) = 2 m erf(sigma / 2).
 *
 * <p>Every method is closed form. Tails: {@code logCdf} and {@code logSurvival} use the normal's
 * scaled complementary error function (finite where the cdf underflows), {@code ppf} and
 * {@code isf} the inverse complementary error function down to 4.9e-324.
 */
public final class LogNormal extends AbstractDistribution {

    private static final double SQRT2 = Math.sqrt(2.0);
    private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2.0 * Math.PI);
    private static final double HALF_LOG_2PI = 0.5 * Math.log(2.0 * Math.PI);

    private final double[] mu;
    private final double[] sigma;

    private LogNormal(double[] mu, double[] sigma) {
        super(mu.length);
        this.mu = mu;
        this.sigma = sigma;
    }

    /**
     * @param mu the means of log X, one per row
     * @param sigma the standard deviations of log X, one per row, each &gt; 0
     * @return the distribution
     * @throws IllegalArgumentException if the arrays are empty or of different lengths, a value
     *     is not finite, or a sigma is not positive
     */
    public static LogNormal of(double[] mu, double[] sigma) {
        Check.sameLength("mu", mu, "sigma", sigma);
        Check.finite("mu", mu);
        Check.positive("sigma", sigma);
        return new LogNormal(mu.clone(), sigma.clone());
    }

    /**
     * @param mu the mean of log X
     * @param sigma the standard deviation of log X, &gt; 0
     * @return a one-row distribution
     * @throws IllegalArgumentException if a value is not finite or sigma is not positive
     */
    public static LogNormal of(double mu, double sigma) {
        return of(new double[] {mu}, new double[] {sigma});
    }

    /** @return the means of log X (a copy) */
    public double[] mu() {
        return mu.clone();
    }

    /** @return the standard deviations of log X (a copy) */
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
    public LogNormal select(int... rows) {
        Check.rows(rows, size());
        return new LogNormal(Check.pick(mu, rows), Check.pick(sigma, rows));
    }

    // ---------------------------------------------------------------- row primitives

    private double z(int i, double x) {
        return (Math.log(x) - mu[i]) / sigma[i];
    }

    @Override
    protected double supportLowerAt(int i) {
        return 0.0;
    }

    @Override
    protected double pdfAt(int i, double x) {
        if (x <= 0.0 || x == Double.POSITIVE_INFINITY) {
            return 0.0;
        }
        double z = z(i, x);
        double e = Math.exp(-0.5 * z * z);
        if (e == 0.0) {
            return 0.0;
        }
        // 1 / x overflows for subnormal x: divide in two steps
        return INV_SQRT_2PI / sigma[i] * e / x;
    }

    @Override
    protected double logPdfAt(int i, double x) {
        if (x <= 0.0 || x == Double.POSITIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        double z = z(i, x);
        return -0.5 * z * z - Math.log(x) - Math.log(sigma[i]) - HALF_LOG_2PI;
    }

    @Override
    protected double cdfAt(int i, double x) {
        if (x <= 0.0) {
            return 0.0;
        }
        return 0.5 * Erfc.value(-z(i, x) / SQRT2);
    }

    @Override
    protected double survivalAt(int i, double x) {
        if (x <= 0.0) {
            return 1.0;
        }
        return 0.5 * Erfc.value(z(i, x) / SQRT2);
    }

    @Override
    protected double logCdfAt(int i, double x) {
        if (x <= 0.0) {
            return Double.NEGATIVE_INFINITY;
        }
        return Normal.logPhi(z(i, x));
    }

    @Override
    protected double logSurvivalAt(int i, double x) {
        if (x <= 0.0) {
            return 0.0;
        }
        return Normal.logPhi(-z(i, x));
    }

    @Override
    protected double ppfAt(int i, double p) {
        if (p > 0.5) {
            return isfAt(i, 1.0 - p);
        }
        return Math.exp(mu[i] - sigma[i] * SQRT2 * InverseErfc.value(2.0 * p));
    }

    @Override
    protected double isfAt(int i, double q) {
        return Math.exp(mu[i] + sigma[i] * SQRT2 * InverseErfc.value(2.0 * q));
    }

    @Override
    protected double meanAt(int i) {
        return Math.exp(mu[i] + 0.5 * sigma[i] * sigma[i]);
    }

    @Override
    protected double varAt(int i) {
        double s2 = sigma[i] * sigma[i];
        return Math.expm1(s2) * Math.exp(2.0 * mu[i] + s2);
    }

    @Override
    protected double energyAt(int i) {
        return 2.0 * meanAt(i) * Erf.value(0.5 * sigma[i]);
    }

    @Override
    protected double energyAt(int i, double x) {
        double m = meanAt(i);
        if (x <= 0.0) {
            return m - x;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        double z = z(i, x);
        // 2 Phi(t) - 1 = erf(t / sqrt 2)
        return x * Erf.value(z / SQRT2) + m * Erf.value((sigma[i] - z) / SQRT2);
    }

    @Override
    protected double sampleAt(int i, RandomGenerator rng) {
        return Math.exp(mu[i] + sigma[i] * rng.nextGaussian());
    }
}
