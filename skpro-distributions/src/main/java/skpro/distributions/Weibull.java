package skpro.distributions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.numbers.gamma.RegularizedGamma;

import skpro.distributions.internal.Check;

/**
 * Weibull distributions, one per row, with scale lambda and shape k.
 *
 * <p>With t = (x / lambda)^k: f(x) = (k / lambda) (x / lambda)^(k - 1) exp(-t) for x &ge; 0 (0
 * below; skpro answers NaN for x &lt; 0), support [0, inf); lambda &gt; 0, k &gt; 0.
 * F(x) = 1 - exp(-t); E X = m = lambda Gamma(1 + 1/k),
 * Var X = lambda^2 (Gamma(1 + 2/k) - Gamma(1 + 1/k)^2), evaluated as
 * lambda^2 Gamma(1 + 1/k)^2 expm1(log Gamma(1 + 2/k) - 2 log Gamma(1 + 1/k)), which neither
 * overflows early for small shapes nor loses more than about 1e-16 k^2 relative for large ones.
 *
 * <p>Energy terms: for x &gt; 0, E[X; X &le; x] = m P(1 + 1/k, t), so
 * E|X - x| = x (2 F(x) - 1) + m (1 - 2 P(1 + 1/k, t)), with P the regularised lower incomplete
 * gamma function; E|X - x| = m - x for x &le; 0. E|X - X'| = 2 lambda Gamma(1 + 1/k) (1 - 2^(-1/k)).
 *
 * <p>Every method is closed form: {@code cdf} = -expm1(-t), {@code logSurvival} = -t,
 * {@code ppf} = lambda (-log1p(-p))^(1/k), {@code isf} = lambda (-log q)^(1/k); draws are
 * lambda E^(1/k) with E a standard exponential.
 */
public final class Weibull extends AbstractDistribution {

    private static final double LN2 = Math.log(2.0);

    private final double[] scale;
    private final double[] k;

    private Weibull(double[] scale, double[] k) {
        super(scale.length);
        this.scale = scale;
        this.k = k;
    }

    /**
     * @param scale the scales lambda, one per row, each &gt; 0
     * @param k the shapes, one per row, each &gt; 0
     * @return the distribution
     * @throws IllegalArgumentException if the arrays are empty or of different lengths, or a
     *     value is not finite and positive
     */
    public static Weibull of(double[] scale, double[] k) {
        Check.sameLength("scale", scale, "k", k);
        Check.positive("scale", scale);
        Check.positive("k", k);
        return new Weibull(scale.clone(), k.clone());
    }

    /**
     * @param scale the scale lambda, &gt; 0
     * @param k the shape, &gt; 0
     * @return a one-row distribution
     * @throws IllegalArgumentException if a value is not finite and positive
     */
    public static Weibull of(double scale, double k) {
        return of(new double[] {scale}, new double[] {k});
    }

    /** @return the scales (a copy) */
    public double[] scale() {
        return scale.clone();
    }

    /** @return the shapes (a copy) */
    public double[] k() {
        return k.clone();
    }

    @Override
    public Map<String, double[]> parameters() {
        Map<String, double[]> out = new LinkedHashMap<>();
        out.put("scale", scale());
        out.put("k", k());
        return out;
    }

    @Override
    public Weibull select(int... rows) {
        Check.rows(rows, size());
        return new Weibull(Check.pick(scale, rows), Check.pick(this.k, rows));
    }

    // ---------------------------------------------------------------- row primitives

    /** log Gamma(1 + e); near e = 0 its error is that of rounding 1 + e, about 1e-16 absolute. */
    private static double logGamma1p(double e) {
        return LogGamma.value(1.0 + e);
    }

    /** t = (x / lambda)^k for x &ge; 0, through logs where x / lambda overflows or underflows. */
    private double t(int i, double x) {
        double z = x / scale[i];
        if ((z < Double.MIN_NORMAL || z == Double.POSITIVE_INFINITY) && x > 0.0 && x < Double.POSITIVE_INFINITY) {
            return Math.exp(k[i] * logZ(i, x));
        }
        return Math.pow(z, k[i]);
    }

    /** log(x / lambda) for 0 &lt; x &lt; inf. */
    private double logZ(int i, double x) {
        return Math.log(x) - Math.log(scale[i]);
    }

    @Override
    protected double supportLowerAt(int i) {
        return 0.0;
    }

    @Override
    protected double pdfAt(int i, double x) {
        if (x < 0.0 || x == Double.POSITIVE_INFINITY) {
            return 0.0;
        }
        if (x == 0.0) {
            return k[i] < 1.0 ? Double.POSITIVE_INFINITY : k[i] == 1.0 ? 1.0 / scale[i] : 0.0;
        }
        double z = x / scale[i];
        double power = Math.pow(z, k[i] - 1.0);
        if (power == Double.POSITIVE_INFINITY && k[i] > 1.0) {
            return 0.0; // z overflows the power while exp(-z^k) is 0
        }
        return k[i] / scale[i] * power * Math.exp(-Math.pow(z, k[i]));
    }

    @Override
    protected double logPdfAt(int i, double x) {
        if (x < 0.0 || x == Double.POSITIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        if (x == 0.0) {
            return Math.log(pdfAt(i, x));
        }
        double logZ = logZ(i, x);
        return Math.log(k[i] / scale[i]) + (k[i] - 1.0) * logZ - Math.exp(k[i] * logZ);
    }

    @Override
    protected double cdfAt(int i, double x) {
        return x <= 0.0 ? 0.0 : -Math.expm1(-t(i, x));
    }

    @Override
    protected double survivalAt(int i, double x) {
        return x <= 0.0 ? 1.0 : Math.exp(-t(i, x));
    }

    @Override
    protected double logCdfAt(int i, double x) {
        if (x <= 0.0) {
            return Double.NEGATIVE_INFINITY;
        }
        double t = t(i, x);
        // log(1 - exp(-t)) = log t - t/2 + O(t^2): for t below 1e-200 (or underflowed) it is k log z
        return t < 1e-200 ? k[i] * logZ(i, x) : Math.log(-Math.expm1(-t));
    }

    @Override
    protected double logSurvivalAt(int i, double x) {
        return x <= 0.0 ? 0.0 : -t(i, x);
    }

    @Override
    protected double ppfAt(int i, double p) {
        if (p > 0.5) {
            return isfAt(i, 1.0 - p);
        }
        return scale[i] * Math.pow(-Math.log1p(-p), 1.0 / k[i]);
    }

    @Override
    protected double isfAt(int i, double q) {
        return scale[i] * Math.pow(-Math.log(q), 1.0 / k[i]);
    }

    @Override
    protected double meanAt(int i) {
        return scale[i] * Math.exp(logGamma1p(1.0 / k[i]));
    }

    @Override
    protected double varAt(int i) {
        double g1 = logGamma1p(1.0 / k[i]);
        double g2 = logGamma1p(2.0 / k[i]);
        double s = scale[i] * Math.exp(g1);
        return s * s * Math.expm1(g2 - 2.0 * g1);
    }

    @Override
    protected double energyAt(int i) {
        return -2.0 * meanAt(i) * Math.expm1(-LN2 / k[i]);
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
        double t = t(i, x);
        double f = -Math.expm1(-t);
        double twoFm1 = f < 0.5 ? 2.0 * f - 1.0 : 1.0 - 2.0 * Math.exp(-t);
        double a = 1.0 + 1.0 / k[i];
        double p = RegularizedGamma.P.value(a, t);
        double oneM2p = p < 0.5 ? 1.0 - 2.0 * p : 2.0 * RegularizedGamma.Q.value(a, t) - 1.0;
        return x * twoFm1 + m * oneM2p;
    }

    @Override
    protected double sampleAt(int i, RandomGenerator rng) {
        return scale[i] * Math.pow(rng.nextExponential(), 1.0 / k[i]);
    }
}
