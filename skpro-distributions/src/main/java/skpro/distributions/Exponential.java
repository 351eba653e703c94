package skpro.distributions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

import skpro.distributions.internal.Check;

/**
 * Exponential distributions, one per row, parametrised by the rate.
 *
 * <p>f(x) = rate exp(-rate x) for x &ge; 0 (0 below), support [0, inf); rate &gt; 0.
 * F(x) = 1 - exp(-rate x), E X = 1 / rate, Var X = 1 / rate^2.
 *
 * <p>Energy terms: E|X - x| = x - 1/rate + 2 exp(-rate x) / rate for x &ge; 0 and
 * 1/rate - x for x &lt; 0; E|X - X'| = 1 / rate.
 *
 * <p>Every method is closed form: {@code cdf} = -expm1(-rate x), {@code logSurvival} =
 * -rate x, {@code ppf} = -log1p(-p) / rate, {@code isf} = -log(q) / rate; draws are
 * {@code rng.nextExponential() / rate}.
 */
public final class Exponential extends AbstractDistribution {

    private final double[] rate;

    private Exponential(double[] rate) {
        super(rate.length);
        this.rate = rate;
    }

    /**
     * @param rate the rates (inverse scales), one per row, each &gt; 0
     * @return the distribution
     * @throws IllegalArgumentException if the array is empty or a rate is not finite and positive
     */
    public static Exponential of(double[] rate) {
        Check.positive("rate", rate);
        return new Exponential(rate.clone());
    }

    /**
     * @param rate the rate, &gt; 0
     * @return a one-row distribution
     * @throws IllegalArgumentException if the rate is not finite and positive
     */
    public static Exponential of(double rate) {
        return of(new double[] {rate});
    }

    /** @return the rates (a copy) */
    public double[] rate() {
        return rate.clone();
    }

    @Override
    public Map<String, double[]> parameters() {
        Map<String, double[]> out = new LinkedHashMap<>();
        out.put("rate", rate());
        return out;
    }

    @Override
    public Exponential select(int... rows) {
        Check.rows(rows, size());
        return new Exponential(Check.pick(rate, rows));
    }

    // ---------------------------------------------------------------- row primitives

    @Override
    protected double supportLowerAt(int i) {
        return 0.0;
    }

    @Override
    protected double pdfAt(int i, double x) {
        return x < 0.0 ? 0.0 : rate[i] * Math.exp(-rate[i] * x);
    }

    @Override
    protected double logPdfAt(int i, double x) {
        return x < 0.0 ? Double.NEGATIVE_INFINITY : Math.log(rate[i]) - rate[i] * x;
    }

    @Override
    protected double cdfAt(int i, double x) {
        return x <= 0.0 ? 0.0 : -Math.expm1(-rate[i] * x);
    }

    @Override
    protected double survivalAt(int i, double x) {
        return x <= 0.0 ? 1.0 : Math.exp(-rate[i] * x);
    }

    @Override
    protected double logCdfAt(int i, double x) {
        if (x <= 0.0) {
            return Double.NEGATIVE_INFINITY;
        }
        double t = rate[i] * x;
        // log(1 - exp(-t)) = log t - t/2 + O(t^2), and t may underflow
        return t < 1e-200 ? Math.log(rate[i]) + Math.log(x) : Math.log(-Math.expm1(-t));
    }

    @Override
    protected double logSurvivalAt(int i, double x) {
        return x <= 0.0 ? 0.0 : -rate[i] * x;
    }

    @Override
    protected double ppfAt(int i, double p) {
        return -Math.log1p(-p) / rate[i];
    }

    @Override
    protected double isfAt(int i, double q) {
        return -Math.log(q) / rate[i];
    }

    @Override
    protected double meanAt(int i) {
        return 1.0 / rate[i];
    }

    @Override
    protected double varAt(int i) {
        return 1.0 / (rate[i] * rate[i]);
    }

    @Override
    protected double energyAt(int i) {
        return 1.0 / rate[i];
    }

    @Override
    protected double energyAt(int i, double x) {
        if (x < 0.0) {
            return 1.0 / rate[i] - x;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        double t = rate[i] * x;
        return (t - 1.0 + 2.0 * Math.exp(-t)) / rate[i];
    }

    @Override
    protected double sampleAt(int i, RandomGenerator rng) {
        return rng.nextExponential() / rate[i];
    }
}
