package skpro.distributions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

import skpro.distributions.internal.Check;

/**
 * Continuous uniform distributions on [lower, upper], one per row.
 *
 * <p>f(x) = 1 / w on [lower, upper] (0 outside) with width w = upper - lower; F(x) =
 * (x - lower) / w clamped to [0, 1]. lower and upper are finite, lower &lt; upper, and w must be
 * a finite double. Mean (lower + upper) / 2, variance w^2 / 12.
 * E|X - x| = ((x - lower)^2 + (upper - x)^2) / (2w) inside the interval and |x - mean| outside
 * it; E|X - X'| = w / 3.
 *
 * <p>Everything is closed form; the quantile is lower + p w for p &le; 1/2 and upper - q w
 * (q = 1 - p) above, so quantiles near either end keep their precision.
 */
public final class Uniform extends AbstractDistribution {

    private final double[] lower;
    private final double[] upper;
    private final double[] width;

    private Uniform(double[] lower, double[] upper) {
        super(lower.length);
        this.lower = lower;
        this.upper = upper;
        this.width = new double[lower.length];
        for (int i = 0; i < width.length; i++) {
            width[i] = upper[i] - lower[i];
        }
    }

    /**
     * @param lower the lower ends, one per row
     * @param upper the upper ends, one per row, each &gt; the lower end of its row
     * @return the distribution
     * @throws IllegalArgumentException if the arrays are empty or of different lengths, a value
     *     is not finite, a lower end is not below its upper end, or a width overflows
     */
    public static Uniform of(double[] lower, double[] upper) {
        Check.sameLength("lower", lower, "upper", upper);
        Check.finite("lower", lower);
        Check.finite("upper", upper);
        Check.ordered("lower", lower, "upper", upper);
        for (int i = 0; i < lower.length; i++) {
            if (upper[i] - lower[i] == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("upper[" + i + "] - lower[" + i + "] must be finite, got "
                    + upper[i] + " - " + lower[i]);
            }
        }
        return new Uniform(lower.clone(), upper.clone());
    }

    /**
     * @param lower the lower end
     * @param upper the upper end, &gt; lower
     * @return a one-row distribution
     * @throws IllegalArgumentException if a value is not finite, lower &ge; upper, or the width
     *     overflows
     */
    public static Uniform of(double lower, double upper) {
        return of(new double[] {lower}, new double[] {upper});
    }

    /** @return the lower ends (a copy) */
    public double[] lower() {
        return lower.clone();
    }

    /** @return the upper ends (a copy) */
    public double[] upper() {
        return upper.clone();
    }

    @Override
    public Map<String, double[]> parameters() {
        Map<String, double[]> out = new LinkedHashMap<>();
        out.put("lower", lower());
        out.put("upper", upper());
        return out;
    }

    @Override
    public Uniform select(int... rows) {
        Check.rows(rows, size());
        return new Uniform(Check.pick(lower, rows), Check.pick(upper, rows));
    }

    // ---------------------------------------------------------------- row primitives

    @Override
    protected double supportLowerAt(int i) {
        return lower[i];
    }

    @Override
    protected double supportUpperAt(int i) {
        return upper[i];
    }

    @Override
    protected double pdfAt(int i, double x) {
        return x >= lower[i] && x <= upper[i] ? 1.0 / width[i] : 0.0;
    }

    @Override
    protected double logPdfAt(int i, double x) {
        return x >= lower[i] && x <= upper[i] ? -Math.log(width[i]) : Double.NEGATIVE_INFINITY;
    }

    @Override
    protected double cdfAt(int i, double x) {
        if (x <= lower[i]) {
            return 0.0;
        }
        return x >= upper[i] ? 1.0 : (x - lower[i]) / width[i];
    }

    @Override
    protected double survivalAt(int i, double x) {
        if (x >= upper[i]) {
            return 0.0;
        }
        return x <= lower[i] ? 1.0 : (upper[i] - x) / width[i];
    }

    @Override
    protected double ppfAt(int i, double p) {
        if (p > 0.5) {
            return isfAt(i, 1.0 - p);
        }
        return lower[i] + p * width[i];
    }

    @Override
    protected double isfAt(int i, double q) {
        if (q > 0.5) {
            return ppfAt(i, 1.0 - q);
        }
        return upper[i] - q * width[i];
    }

    @Override
    protected double meanAt(int i) {
        return lower[i] + 0.5 * width[i];
    }

    @Override
    protected double varAt(int i) {
        return width[i] * width[i] / 12.0;
    }

    @Override
    protected double energyAt(int i) {
        return width[i] / 3.0;
    }

    @Override
    protected double energyAt(int i, double x) {
        if (x <= lower[i] || x >= upper[i]) {
            return Math.abs(x - meanAt(i));
        }
        double below = x - lower[i];
        double above = upper[i] - x;
        return (below * below + above * above) / (2.0 * width[i]);
    }

    @Override
    protected double sampleAt(int i, RandomGenerator rng) {
        return lower[i] + width[i] * rng.nextDouble();
    }
}
