package skpro.distributions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

import skpro.distributions.internal.Check;
import skpro.distributions.internal.NormalTail;

/**
 * Inverse Gaussian (Wald) distributions, one per row, in scipy's parameterisation
 * {@code invgauss(mu, scale)}: X = scale Y with Y inverse Gaussian of mean mu and shape 1, so
 * X has mean m = mu scale and shape lambda = scale.
 *
 * <p>With y = x / scale, a = (y / mu - 1) / sqrt(y), b = (y / mu + 1) / sqrt(y) (b^2 - a^2 = 4 /
 * mu): f(x) = phi(a) / (scale y^(3/2)) for x &gt; 0 (0 at and below 0), support (0, inf);
 * mu &gt; 0, scale &gt; 0. F(x) = Phi(a) + exp(2 / mu) Phi(-b); E X = m = mu scale,
 * Var X = mu^3 scale^2 = m^3 / lambda. A mean m and dispersion phi (Var X = phi m^3) is
 * mu = m phi, scale = 1 / phi.
 *
 * <p>Numerics. exp(2 / mu) Phi(-b) = phi(a) R(b), with R(t) = Phi(-t) / phi(t) the Mills ratio,
 * so nothing overflows: F(x) = phi(a) (R(-a) + R(b)) for a &le; 0, and
 * S(x) = phi(a) (R(a) - R(b)). The difference cancels where b - a = 2 / sqrt(y) is small next to
 * max(1, a) (far upper tail, or mu large); there it is computed as the integral of
 * -R'(t) = 1 - t R(t) over [a, b] by 20-point Gauss-Legendre quadrature, which has no
 * cancellation. {@code logCdf} and {@code logSurvival} add log phi(a) = -a^2 / 2 - log sqrt(2 pi)
 * to the log of the bracket, so they stay finite where the probabilities underflow.
 * {@code ppf} and {@code isf} bisect the cdf, resp. the survival function (the documented
 * fallback of {@link AbstractDistribution}, exact to one ulp of the computed functions).
 *
 * <p>Energy terms: E[X; X &le; x] = m (Phi(a) - exp(2 / mu) Phi(-b)), hence
 * E|X - x| = (x - m)(2 F(x) - 1) + 4 m phi(a) R(b) for x &gt; 0, and m - x for x &le; 0.
 * E|X - X'| has no closed form here: it is the quadrature fallback of
 * {@link AbstractDistribution}, 2 int_0^1 (2u - 1) Q(u) du.
 *
 * <p>Draws: Michael, Schucany and Haas (1976): with w = N^2 for N standard normal and
 * t = mu w / 2, z = mu / (1 + t + sqrt(t (t + 2))) (the smaller root, written without
 * cancellation), then Y = z with probability mu / (mu + z), else mu^2 / z; X = scale Y.
 */
public final class InverseGaussian extends AbstractDistribution {

    private static final double HALF_LOG_2PI = 0.5 * Math.log(2.0 * Math.PI);
    private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2.0 * Math.PI);
    private static final int NODES = 20;
    /** Gauss-Legendre nodes and weights on [-1, 1]. */
    private static final double[] GL_X = new double[NODES];
    private static final double[] GL_W = new double[NODES];

    static {
        // roots of P_n by Newton's method from Chebyshev-like starts; weights 2 / ((1 - x^2) P_n'(x)^2)
        for (int k = 0; k < NODES; k++) {
            double x = Math.cos(Math.PI * (k + 0.75) / (NODES + 0.5));
            double dp = 0.0;
            for (int iter = 0; iter < 100; iter++) {
                double p0 = 1.0;
                double p1 = x;
                for (int j = 2; j <= NODES; j++) {
                    double p2 = ((2 * j - 1) * x * p1 - (j - 1) * p0) / j;
                    p0 = p1;
                    p1 = p2;
                }
                dp = NODES * (x * p1 - p0) / (x * x - 1.0);
                double step = p1 / dp;
                x -= step;
                if (Math.abs(step) <= 1e-16) {
                    break;
                }
            }
            GL_X[k] = x;
            GL_W[k] = 2.0 / ((1.0 - x * x) * dp * dp);
        }
    }

    private final double[] mu;
    private final double[] scale;

    private InverseGaussian(double[] mu, double[] scale) {
        super(mu.length);
        this.mu = mu;
        this.scale = scale;
    }

    /**
     * @param mu the shape parameters (the mean of X / scale), one per row, each &gt; 0
     * @param scale the scales (the shapes lambda of X), one per row, each &gt; 0
     * @return the distribution
     * @throws IllegalArgumentException if the arrays are empty or of different lengths, or a
     *     value is not finite and positive
     */
    public static InverseGaussian of(double[] mu, double[] scale) {
        Check.sameLength("mu", mu, "scale", scale);
        Check.positive("mu", mu);
        Check.positive("scale", scale);
        return new InverseGaussian(mu.clone(), scale.clone());
    }

    /**
     * @param mu the shape parameter, &gt; 0
     * @param scale the scale, &gt; 0
     * @return a one-row distribution
     * @throws IllegalArgumentException if a value is not finite and positive
     */
    public static InverseGaussian of(double mu, double scale) {
        return of(new double[] {mu}, new double[] {scale});
    }

    /**
     * The distributions with mean m and dispersion phi, Var X = phi m^3: mu = m phi,
     * scale = 1 / phi.
     *
     * @param mean the means, one per row, each &gt; 0
     * @param dispersion the dispersions phi, one per row, each &gt; 0
     * @return the distribution
     * @throws IllegalArgumentException if the arrays are empty or of different lengths, a value
     *     is not finite and positive, or m phi or 1 / phi is not finite and positive
     */
    public static InverseGaussian ofMeanDispersion(double[] mean, double[] dispersion) {
        Check.sameLength("mean", mean, "dispersion", dispersion);
        Check.positive("mean", mean);
        Check.positive("dispersion", dispersion);
        int n = mean.length;
        double[] mu = new double[n];
        double[] scale = new double[n];
        for (int i = 0; i < n; i++) {
            mu[i] = mean[i] * dispersion[i];
            scale[i] = 1.0 / dispersion[i];
        }
        return of(mu, scale);
    }

    /** @return the shape parameters mu (a copy) */
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
    public InverseGaussian select(int... rows) {
        Check.rows(rows, size());
        return new InverseGaussian(Check.pick(mu, rows), Check.pick(scale, rows));
    }

    // ---------------------------------------------------------------- row primitives

    /** a = (y / mu - 1) / sqrt(y). */
    private double a(int i, double y) {
        return (y / mu[i] - 1.0) / Math.sqrt(y);
    }

    /** b = (y / mu + 1) / sqrt(y). */
    private double b(int i, double y) {
        return (y / mu[i] + 1.0) / Math.sqrt(y);
    }

    private static double logPhi(double a) {
        return -0.5 * a * a - HALF_LOG_2PI;
    }

    private static double phi(double a) {
        return INV_SQRT_2PI * Math.exp(-0.5 * a * a);
    }

    /** -R'(t) = 1 - t R(t), positive, without cancellation for every t. */
    private static double millsSlope(double t) {
        return t >= 0.0 ? NormalTail.oneMinusTimesMills(t) : 1.0 - t * NormalTail.mills(t);
    }

    /**
     * D = R(a) - R(b) for a &lt; b (only called where R(a) is finite: a &gt; -3 or the direct branch).
     * Direct where b - a &ge; max(1, a) (at most about one bit lost), else by quadrature of -R'.
     */
    private static double millsDifference(double a, double b, double delta) {
        if (delta >= Math.max(1.0, a)) {
            return NormalTail.mills(a) - NormalTail.mills(b);
        }
        double half = 0.5 * delta;
        double mid = a + half;
        double sum = 0.0;
        for (int k = 0; k < NODES; k++) {
            sum += GL_W[k] * millsSlope(mid + half * GL_X[k]);
        }
        return sum * half;
    }

    /** Bracket of the cdf, F = phi(a) (R(-a) + R(b)), for a &le; 0. */
    private static double cdfBracket(double a, double b) {
        return NormalTail.mills(-a) + NormalTail.mills(b);
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
        double y = x / scale[i];
        return phi(a(i, y)) / (scale[i] * y * Math.sqrt(y));
    }

    @Override
    protected double logPdfAt(int i, double x) {
        if (x <= 0.0 || x == Double.POSITIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        double y = x / scale[i];
        return logPhi(a(i, y)) - 1.5 * Math.log(y) - Math.log(scale[i]);
    }

    @Override
    protected double cdfAt(int i, double x) {
        if (x <= 0.0) {
            return 0.0;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 1.0;
        }
        double y = x / scale[i];
        double a = a(i, y);
        if (a <= 0.0) {
            return Math.min(1.0, phi(a) * cdfBracket(a, b(i, y)));
        }
        return 1.0 - survivalAt(i, x);
    }

    @Override
    protected double survivalAt(int i, double x) {
        if (x <= 0.0) {
            return 1.0;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 0.0;
        }
        double y = x / scale[i];
        double a = a(i, y);
        double b = b(i, y);
        if (a <= 0.0) {
            double f = phi(a) * cdfBracket(a, b);
            if (f <= 0.5) {
                return 1.0 - f;
            }
        }
        return Math.max(0.0, phi(a) * millsDifference(a, b, 2.0 / Math.sqrt(y)));
    }

    @Override
    protected double logCdfAt(int i, double x) {
        if (x <= 0.0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 0.0;
        }
        double y = x / scale[i];
        double a = a(i, y);
        if (a <= 0.0) {
            return Math.min(0.0, logPhi(a) + Math.log(cdfBracket(a, b(i, y))));
        }
        return Math.log1p(-survivalAt(i, x));
    }

    @Override
    protected double logSurvivalAt(int i, double x) {
        if (x <= 0.0) {
            return 0.0;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        double y = x / scale[i];
        double a = a(i, y);
        double b = b(i, y);
        if (a <= 0.0) {
            double f = phi(a) * cdfBracket(a, b);
            if (f <= 0.5) {
                return Math.log1p(-f);
            }
        }
        return logPhi(a) + Math.log(millsDifference(a, b, 2.0 / Math.sqrt(y)));
    }

    @Override
    protected double meanAt(int i) {
        return mu[i] * scale[i];
    }

    @Override
    protected double varAt(int i) {
        return mu[i] * mu[i] * mu[i] * scale[i] * scale[i];
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
        double y = x / scale[i];
        double a = a(i, y);
        double b = b(i, y);
        double pa = phi(a);
        double twoFm1 = a <= 0.0 ? 2.0 * pa * cdfBracket(a, b) - 1.0 : 1.0 - 2.0 * survivalAt(i, x);
        return (x - m) * twoFm1 + 4.0 * m * pa * NormalTail.mills(b);
    }

    @Override
    protected double sampleAt(int i, RandomGenerator rng) {
        double m = mu[i];
        double n = rng.nextGaussian();
        double t = 0.5 * m * n * n;
        double z = m / (1.0 + t + Math.sqrt(t * (t + 2.0)));
        double y = rng.nextDouble() * (m + z) <= m ? z : m * (m / z);
        return scale[i] * y;
    }
}
