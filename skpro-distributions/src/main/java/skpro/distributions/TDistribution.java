package skpro.distributions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.numbers.gamma.RegularizedBeta;

import skpro.distributions.internal.BetaFraction;
import skpro.distributions.internal.Check;
import skpro.distributions.internal.GammaVariates;

/**
 * Student's t distributions with location mu, scale sigma and nu degrees of freedom, one per
 * row.
 *
 * <p>With z = (x - mu) / sigma, f(x) = (1 + z^2 / nu)^(-(nu + 1) / 2) / (sigma sqrt(nu)
 * B(1/2, nu/2)); support the real line; mu real, sigma &gt; 0, nu &gt; 0 (any real). The upper
 * tail of the standard t is S(z) = I_v(nu/2, 1/2) / 2 with v = nu / (nu + z^2) and I the
 * regularized incomplete beta function (computed from 1 - v when z^2 &lt; nu); F(z) = S(-z).
 *
 * <p>Moments, as scipy reports them: mean mu for nu &gt; 1, else +inf; variance
 * sigma^2 nu / (nu - 2) for nu &gt; 2, +inf for 1 &lt; nu &le; 2 and NaN for nu &le; 1. For
 * nu &gt; 1, with f and F the standard density and cdf,
 * E|X - x| = sigma (z (2 F(z) - 1) + 2 f(z) (nu + z^2) / (nu - 1)) and
 * E|X - X'| = 4 sigma sqrt(nu) B(1/2, nu - 1/2) / ((nu - 1) B(1/2, nu/2)^2); both are +inf for
 * nu &le; 1.
 *
 * <p>Everything but the general quantile is closed form. Tails: for nu = 1 and nu = 2 the tail
 * is closed form (atan2(1, z) / pi and 1 / (sqrt(2 + z^2) (sqrt(2 + z^2) + z))). The cdf is
 * computed from the tail that is small, so F(z) keeps full relative precision for z &lt; 0 and
 * the survival function for z &gt; 0. Where v &lt; 1e-17 the leading
 * term S(z) = v^(nu/2) / (nu B(nu/2, 1/2)) is exact to double precision and is used in log form,
 * so neither the tail nor its inverse overflows (|z| beyond 1e154). Where S underflows for large
 * nu, log S is the log of the continued fraction of I_v (DLMF 8.17.22). Quantiles: tan for
 * nu = 1, the closed form (2p - 1) / sqrt(2 p (1 - p)) for nu = 2, the inverted leading term in
 * the far tail, and otherwise Commons Statistics' {@code TDistribution} inverse (a bracketing
 * root search on the same incomplete beta function). Draws are Z sqrt(nu / V) with V a
 * chi-square variate (Marsaglia-Tsang gamma sampler).
 */
public final class TDistribution extends AbstractDistribution {

    /** Below this v = nu / (nu + z^2) the leading tail term is exact to double precision. */
    private static final double LEADING_TERM_V = 1e-17;
    /** Below this the tail probability is treated as underflowing and computed in log form. */
    private static final double TINY = 1e-280;

    private final double[] mu;
    private final double[] sigma;
    private final double[] df;
    /** log of the standard density's normalising constant, -log(sqrt(nu) B(1/2, nu/2)). */
    private final double[] logC;

    private TDistribution(double[] mu, double[] sigma, double[] df) {
        super(mu.length);
        this.mu = mu;
        this.sigma = sigma;
        this.df = df;
        this.logC = new double[df.length];
        for (int i = 0; i < df.length; i++) {
            logC[i] = -0.5 * Math.log(df[i]) - LogBeta.value(0.5, 0.5 * df[i]);
        }
    }

    /**
     * @param mu the locations, one per row
     * @param sigma the scales, one per row, each &gt; 0
     * @param df the degrees of freedom, one per row, each &gt; 0 (need not be an integer)
     * @return the distribution
     * @throws IllegalArgumentException if the arrays are empty or of different lengths, a value
     *     is not finite, or a sigma or df is not positive
     */
    public static TDistribution of(double[] mu, double[] sigma, double[] df) {
        Check.sameLength("mu", mu, "sigma", sigma);
        Check.sameLength("mu", mu, "df", df);
        Check.finite("mu", mu);
        Check.positive("sigma", sigma);
        Check.positive("df", df);
        return new TDistribution(mu.clone(), sigma.clone(), df.clone());
    }

    /**
     * @param mu the location
     * @param sigma the scale, &gt; 0
     * @param df the degrees of freedom, &gt; 0
     * @return a one-row distribution
     * @throws IllegalArgumentException if a value is not finite or sigma or df is not positive
     */
    public static TDistribution of(double mu, double sigma, double df) {
        return of(new double[] {mu}, new double[] {sigma}, new double[] {df});
    }

    /** @return the locations (a copy) */
    public double[] mu() {
        return mu.clone();
    }

    /** @return the scales (a copy) */
    public double[] sigma() {
        return sigma.clone();
    }

    /** @return the degrees of freedom (a copy) */
    public double[] df() {
        return df.clone();
    }

    @Override
    public Map<String, double[]> parameters() {
        Map<String, double[]> out = new LinkedHashMap<>();
        out.put("mu", mu());
        out.put("sigma", sigma());
        out.put("df", df());
        return out;
    }

    @Override
    public TDistribution select(int... rows) {
        Check.rows(rows, size());
        return new TDistribution(Check.pick(mu, rows), Check.pick(sigma, rows), Check.pick(df, rows));
    }

    // ---------------------------------------------------------------- standard t helpers

    /** log(1 + z^2 / nu) without overflow. */
    private static double log1pSquare(double z, double nu) {
        double u = Math.abs(z) / Math.sqrt(nu);
        return u < 1e150 ? Math.log1p(u * u) : 2.0 * Math.log(u);
    }

    /** log of the leading tail term v^(nu/2) / (nu B(nu/2, 1/2)), with r = sqrt(nu) / a. */
    private static double logLeadingTail(double r, double nu) {
        double logV = 2.0 * Math.log(r) - Math.log1p(r * r);
        return 0.5 * nu * logV - Math.log(nu) - LogBeta.value(0.5 * nu, 0.5);
    }

    /** S(a) = P(T &gt; a) for the standard t and a &ge; 0. */
    static double upperTail(double a, double nu) {
        if (a == 0.0) {
            return 0.5;
        }
        if (nu == 1.0) {
            return Math.atan2(1.0, a) / Math.PI;
        }
        if (nu == 2.0 && a < 1e150) {
            // 1/2 - a / (2 sqrt(2 + a^2)), without the cancellation
            double root = Math.sqrt(2.0 + a * a);
            return 1.0 / (root * (root + a));
        }
        double u = a / Math.sqrt(nu);
        if (u < 1.0) {
            double y = u * u / (1.0 + u * u);
            return 0.5 * RegularizedBeta.complement(y, 0.5, 0.5 * nu);
        }
        double r = 1.0 / u;
        double v = r * r / (1.0 + r * r);
        if (v < LEADING_TERM_V) {
            return Math.exp(logLeadingTail(r, nu));
        }
        return 0.5 * RegularizedBeta.value(v, 0.5 * nu, 0.5);
    }

    /** log S(a) for the standard t and a &ge; 0, finite where S underflows. */
    static double logUpperTail(double a, double nu) {
        double s = upperTail(a, nu);
        if (s > TINY) {
            return Math.log(s);
        }
        double r = Math.sqrt(nu) / a;
        double v = r * r / (1.0 + r * r);
        if (v < LEADING_TERM_V) {
            return logLeadingTail(r, nu);
        }
        return Math.log(0.5) + logRegularizedBetaByFraction(v, 0.5 * nu, 0.5);
    }

    /** log I_x(a, b) through the continued fraction ({@link BetaFraction}), for x in its fast region. */
    static double logRegularizedBetaByFraction(double x, double a, double b) {
        double logPrefix = a * Math.log(x) + b * Math.log1p(-x) - Math.log(a) - LogBeta.value(a, b);
        return logPrefix + BetaFraction.logFraction(x, a, b);
    }

    /** The standard t quantile at upper-tail probability q in (0, 1/2]. */
    private static double standardIsf(double q, double nu) {
        if (q == 0.5) {
            return 0.0;
        }
        if (nu == 1.0) {
            return q < 0.25 ? 1.0 / Math.tan(Math.PI * q) : -Math.tan(Math.PI * (q - 0.5));
        }
        if (nu == 2.0) {
            return (1.0 - 2.0 * q) / Math.sqrt(2.0 * q * (1.0 - q));
        }
        // invert the leading tail term where it is exact: log a = (log nu) / 2 - log r
        double logR = (Math.log(q) + Math.log(nu) + LogBeta.value(0.5 * nu, 0.5)) / nu;
        if (logR < 0.5 * Math.log(LEADING_TERM_V) - 1.0) {
            return Math.exp(0.5 * Math.log(nu) - logR);
        }
        return org.apache.commons.statistics.distribution.TDistribution.of(nu).inverseSurvivalProbability(q);
    }

    // ---------------------------------------------------------------- row primitives

    @Override
    protected double pdfAt(int i, double x) {
        return Math.exp(logPdfAt(i, x));
    }

    @Override
    protected double logPdfAt(int i, double x) {
        double z = (x - mu[i]) / sigma[i];
        return logC[i] - 0.5 * (df[i] + 1.0) * log1pSquare(z, df[i]) - Math.log(sigma[i]);
    }

    @Override
    protected double cdfAt(int i, double x) {
        double z = (x - mu[i]) / sigma[i];
        return z < 0.0 ? upperTail(-z, df[i]) : 1.0 - upperTail(z, df[i]);
    }

    @Override
    protected double survivalAt(int i, double x) {
        double z = (x - mu[i]) / sigma[i];
        return z > 0.0 ? upperTail(z, df[i]) : 1.0 - upperTail(-z, df[i]);
    }

    @Override
    protected double logCdfAt(int i, double x) {
        double z = (x - mu[i]) / sigma[i];
        return z < 0.0 ? logUpperTail(-z, df[i]) : Math.log1p(-upperTail(z, df[i]));
    }

    @Override
    protected double logSurvivalAt(int i, double x) {
        double z = (x - mu[i]) / sigma[i];
        return z > 0.0 ? logUpperTail(z, df[i]) : Math.log1p(-upperTail(-z, df[i]));
    }

    @Override
    protected double ppfAt(int i, double p) {
        if (p > 0.5) {
            return isfAt(i, 1.0 - p);
        }
        if (p == 0.0) {
            return Double.NEGATIVE_INFINITY;
        }
        return mu[i] - sigma[i] * standardIsf(p, df[i]);
    }

    @Override
    protected double isfAt(int i, double q) {
        if (q > 0.5) {
            return ppfAt(i, 1.0 - q);
        }
        if (q == 0.0) {
            return Double.POSITIVE_INFINITY;
        }
        return mu[i] + sigma[i] * standardIsf(q, df[i]);
    }

    /** @return mu for nu &gt; 1, else +inf (scipy's convention) */
    @Override
    protected double meanAt(int i) {
        return df[i] > 1.0 ? mu[i] : Double.POSITIVE_INFINITY;
    }

    /** @return sigma^2 nu / (nu - 2) for nu &gt; 2, +inf for 1 &lt; nu &le; 2, NaN for nu &le; 1 */
    @Override
    protected double varAt(int i) {
        double nu = df[i];
        if (nu > 2.0) {
            return sigma[i] * sigma[i] * nu / (nu - 2.0);
        }
        return nu > 1.0 ? Double.POSITIVE_INFINITY : Double.NaN;
    }

    @Override
    protected double energyAt(int i) {
        double nu = df[i];
        if (!(nu > 1.0)) {
            return Double.POSITIVE_INFINITY;
        }
        double log = 0.5 * Math.log(nu) + LogBeta.value(0.5, nu - 0.5) - Math.log(nu - 1.0)
            - 2.0 * LogBeta.value(0.5, 0.5 * nu);
        return 4.0 * sigma[i] * Math.exp(log);
    }

    @Override
    protected double energyAt(int i, double x) {
        double nu = df[i];
        if (!(nu > 1.0) || Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        double a = Math.abs(x - mu[i]) / sigma[i];
        // f(z) (nu + z^2) = exp(log C + log nu - (nu - 1) / 2 log(1 + z^2 / nu))
        double densityTerm = Math.exp(logC[i] + Math.log(nu) - 0.5 * (nu - 1.0) * log1pSquare(a, nu));
        return sigma[i] * (a * (1.0 - 2.0 * upperTail(a, nu)) + 2.0 * densityTerm / (nu - 1.0));
    }

    @Override
    protected double sampleAt(int i, RandomGenerator rng) {
        double nu = df[i];
        double logV = Math.log(2.0) + GammaVariates.logStandard(0.5 * nu, rng);
        return mu[i] + sigma[i] * rng.nextGaussian() * Math.exp(0.5 * (Math.log(nu) - logV));
    }
}
