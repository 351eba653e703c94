package skpro.distributions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

import skpro.distributions.internal.Check;

/**
 * Pareto (type I) distributions, one per row, with scale s (the lower end of the support) and
 * tail index alpha: scipy's {@code pareto(b = alpha, scale = s)}.
 *
 * <p>f(x) = alpha s^alpha / x^(alpha + 1) for x &ge; s and 0 below (skpro's density is not 0
 * there), support [s, inf); s &gt; 0, alpha &gt; 0. F(x) = 1 - (s / x)^alpha.
 * E X = m = alpha s / (alpha - 1) for alpha &gt; 1, +inf otherwise;
 * Var X = s^2 alpha / ((alpha - 1)^2 (alpha - 2)) for alpha &gt; 2, +inf otherwise (as scipy).
 *
 * <p>Energy terms, for alpha &gt; 1: E[X; X &le; x] = m (1 - (s/x)^(alpha - 1)), so
 * E|X - x| = x - m + 2 x (s/x)^alpha / (alpha - 1) for x &gt; s and m - x for x &le; s;
 * E|X - X'| = 2 alpha s / ((alpha - 1)(2 alpha - 1)). For alpha &le; 1 both are +inf.
 *
 * <p>Every method is closed form: {@code cdf} = -expm1(-alpha log1p((x - s) / s)) (exact near
 * the scale), {@code logSurvival} = -alpha log(x / s), {@code ppf} = s exp(-log1p(-p) / alpha),
 * {@code isf} = s exp(-log(q) / alpha); draws are s exp(E / alpha) with E standard exponential.
 */
public final class Pareto extends AbstractDistribution {

    private final double[] scale;
    private final double[] alpha;

    private Pareto(double[] scale, double[] alpha) {
        super(scale.length);
        this.scale = scale;
        this.alpha = alpha;
    }

    /**
     * @param scale the scales s (lower ends of the support), one per row, each &gt; 0
     * @param alpha the tail indices, one per row, each &gt; 0
     * @return the distribution
     * @throws IllegalArgumentException if the arrays are empty or of different lengths, or a
     *     value is not finite and positive
     */
    public static Pareto of(double[] scale, double[] alpha) {
        Check.sameLength("scale", scale, "alpha", alpha);
        Check.positive("scale", scale);
        Check.positive("alpha", alpha);
        return new Pareto(scale.clone(), alpha.clone());
    }

    /**
     * @param scale the scale s, &gt; 0
     * @param alpha the tail index, &gt; 0
     * @return a one-row distribution
     * @throws IllegalArgumentException if a value is not finite and positive
     */
    public static Pareto of(double scale, double alpha) {
        return of(new double[] {scale}, new double[] {alpha});
    }

    /** @return the scales (a copy) */
    public double[] scale() {
        return scale.clone();
    }

    /** @return the tail indices (a copy) */
    public double[] alpha() {
        return alpha.clone();
    }

    @Override
    public Map<String, double[]> parameters() {
        Map<String, double[]> out = new LinkedHashMap<>();
        out.put("scale", scale());
        out.put("alpha", alpha());
        return out;
    }

    @Override
    public Pareto select(int... rows) {
        Check.rows(rows, size());
        return new Pareto(Check.pick(scale, rows), Check.pick(alpha, rows));
    }

    // ---------------------------------------------------------------- row primitives

    /** log(x / s) for x &ge; s, exact near s. */
    private double logRatio(int i, double x) {
        double r = (x - scale[i]) / scale[i];
        return r < Double.POSITIVE_INFINITY || x == Double.POSITIVE_INFINITY ? Math.log1p(r)
            : Math.log(x) - Math.log(scale[i]);
    }

    @Override
    protected double supportLowerAt(int i) {
        return scale[i];
    }

    @Override
    protected double pdfAt(int i, double x) {
        if (x < scale[i]) {
            return 0.0;
        }
        return alpha[i] / scale[i] * Math.exp(-(alpha[i] + 1.0) * logRatio(i, x));
    }

    @Override
    protected double logPdfAt(int i, double x) {
        if (x < scale[i]) {
            return Double.NEGATIVE_INFINITY;
        }
        return Math.log(alpha[i] / scale[i]) - (alpha[i] + 1.0) * logRatio(i, x);
    }

    @Override
    protected double cdfAt(int i, double x) {
        return x <= scale[i] ? 0.0 : -Math.expm1(-alpha[i] * logRatio(i, x));
    }

    @Override
    protected double survivalAt(int i, double x) {
        return x <= scale[i] ? 1.0 : Math.exp(-alpha[i] * logRatio(i, x));
    }

    @Override
    protected double logCdfAt(int i, double x) {
        return x <= scale[i] ? Double.NEGATIVE_INFINITY : Math.log(-Math.expm1(-alpha[i] * logRatio(i, x)));
    }

    @Override
    protected double logSurvivalAt(int i, double x) {
        return x <= scale[i] ? 0.0 : -alpha[i] * logRatio(i, x);
    }

    @Override
    protected double ppfAt(int i, double p) {
        if (p > 0.5) {
            return isfAt(i, 1.0 - p);
        }
        return scale[i] * Math.exp(-Math.log1p(-p) / alpha[i]);
    }

    @Override
    protected double isfAt(int i, double q) {
        return scale[i] * Math.exp(-Math.log(q) / alpha[i]);
    }

    @Override
    protected double meanAt(int i) {
        double a = alpha[i];
        return a > 1.0 ? a * scale[i] / (a - 1.0) : Double.POSITIVE_INFINITY;
    }

    @Override
    protected double varAt(int i) {
        double a = alpha[i];
        if (!(a > 2.0)) {
            return Double.POSITIVE_INFINITY;
        }
        double s = scale[i] / (a - 1.0);
        return s * s * a / (a - 2.0);
    }

    @Override
    protected double energyAt(int i) {
        double a = alpha[i];
        return a > 1.0 ? 2.0 * a * scale[i] / ((a - 1.0) * (2.0 * a - 1.0)) : Double.POSITIVE_INFINITY;
    }

    @Override
    protected double energyAt(int i, double x) {
        double a = alpha[i];
        if (!(a > 1.0) || x == Double.POSITIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        double m = meanAt(i);
        if (x <= scale[i]) {
            return m - x;
        }
        return x - m + 2.0 * x * survivalAt(i, x) / (a - 1.0);
    }

    @Override
    protected double sampleAt(int i, RandomGenerator rng) {
        return scale[i] * Math.exp(rng.nextExponential() / alpha[i]);
    }
}
