package skpro.metrics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

import skpro.metrics.internal.StatChecks;

/**
 * A two-sided confidence interval [lower, upper] at a confidence level, as returned by
 * {@link MeanEstimate#confidenceInterval(double)}, {@link Bootstrap#interval(double[], double)}
 * and {@link PairedComparison}. An immutable value.
 */
public final class ConfidenceInterval {

    private final double lower;
    private final double upper;
    private final double level;

    private ConfidenceInterval(double lower, double upper, double level) {
        this.lower = lower;
        this.upper = upper;
        this.level = level;
    }

    /**
     * @param lower the lower bound
     * @param upper the upper bound, &gt;= lower
     * @param level the confidence level, in (0, 1)
     * @return the interval
     * @throws IllegalArgumentException if a bound is not finite, {@code lower > upper}, or
     *     {@code level} is not in (0, 1)
     */
    public static ConfidenceInterval of(double lower, double upper, double level) {
        StatChecks.level("level", level);
        if (!Double.isFinite(lower)) {
            throw new IllegalArgumentException("lower must be finite, got " + lower);
        }
        if (!Double.isFinite(upper)) {
            throw new IllegalArgumentException("upper must be finite, got " + upper);
        }
        if (lower > upper) {
            throw new IllegalArgumentException(
                "lower must be <= upper, got lower " + lower + " and upper " + upper);
        }
        return new ConfidenceInterval(lower, upper, level);
    }

    /** @return the lower bound */
    public double lower() {
        return lower;
    }

    /** @return the upper bound */
    public double upper() {
        return upper;
    }

    /** @return the confidence level, in (0, 1) */
    public double level() {
        return level;
    }

    /** @return upper - lower */
    public double width() {
        return upper - lower;
    }

    /**
     * @param value a value
     * @return whether lower &lt;= value &lt;= upper
     */
    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfidenceInterval c
            && Double.compare(lower, c.lower) == 0
            && Double.compare(upper, c.upper) == 0
            && Double.compare(level, c.level) == 0;
    }

    @Override
    public int hashCode() {
        int h = Double.hashCode(lower);
        h = 31 * h + Double.hashCode(upper);
        return 31 * h + Double.hashCode(level);
    }

    /** @return e.g. {@code 95% CI [0.4236, 0.5458]} */
    @Override
    public String toString() {
        return Formats.percent(level) + " CI [" + Formats.number(lower) + ", "
            + Formats.number(upper) + "]";
    }

    /** Number formatting shared by the toString methods of this package's statistics. */
    static final class Formats {

        private Formats() {
        }

        /** A level as a percentage without superfluous digits: 0.95 as "95%", 0.999 as "99.9%". */
        static String percent(double level) {
            String s = String.format(Locale.ROOT, "%.6f", level * 100.0);
            s = s.replaceAll("0+$", "");
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1);
            }
            return s + "%";
        }

        /**
         * Six significant digits without trailing zeros; plain notation for magnitudes in
         * [1e-4, 1e7), scientific otherwise.
         */
        static String number(double v) {
            double a = Math.abs(v);
            if (v == 0.0) {
                return "0";
            }
            if (a >= 1e-4 && a < 1e7) {
                return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros()
                    .toPlainString();
            }
            return String.format(Locale.ROOT, "%.5e", v);
        }

        /**
         * The number of decimals that shows a standard error with three significant digits, at
         * least 0 and at most 15; 4 when the error is 0 or not finite.
         */
        static int decimalsFor(double standardError) {
            if (!(standardError > 0.0) || !Double.isFinite(standardError)) {
                return 4;
            }
            int d = 2 - (int) Math.floor(Math.log10(standardError));
            return Math.max(0, Math.min(15, d));
        }

        static String fixed(double v, int decimals) {
            return String.format(Locale.ROOT, "%." + decimals + "f", v);
        }
    }
}
