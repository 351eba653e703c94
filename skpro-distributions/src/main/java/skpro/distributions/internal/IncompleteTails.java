package skpro.distributions.internal;

import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.numbers.gamma.RegularizedBeta;
import org.apache.commons.numbers.gamma.RegularizedGamma;

/**
 * Logarithms of the regularised incomplete gamma and beta functions that stay finite where the
 * functions themselves underflow.
 *
 * <p>Where the value is at least {@link #DIRECT} its logarithm is taken directly (with
 * {@code log1p} of the complement where the value exceeds 1/2). Below that, the logarithm of
 * the leading factor is summed with the logarithm of a series or continued fraction:
 * <ul>
 * <li>P(a, x) = x^a e^(-x) / Gamma(a + 1) * sum_n x^n / ((a + 1) ... (a + n)) (all terms
 *     positive; P underflows only for x well below a, where the terms decrease);</li>
 * <li>Q(a, x) = x^a e^(-x) / Gamma(a) * 1 / (x + 1 - a - 1 (1 - a) / (x + 3 - a - 2 (2 - a) /
 *     (x + 5 - a - ...))), Legendre's continued fraction, evaluated by the modified Lentz
 *     method (Q underflows only for x well above a, where it converges);</li>
 * <li>I_x(a, b) = x^a (1 - x)^b / (a B(a, b)) * 1 / (1 + d_1 / (1 + d_2 / (1 + ...))) with
 *     d_(2m+1) = -(a + m)(a + b + m) x / ((a + 2m)(a + 2m + 1)) and
 *     d_(2m) = m (b - m) x / ((a + 2m - 1)(a + 2m)), which converges for
 *     x &lt; (a + 1) / (a + b + 2), the only region where I_x underflows; the complement uses
 *     I_(1-x)(b, a) with log(1 - x) from {@code log1p}.</li>
 * </ul>
 * The leading factors are formed as a log x - x - log Gamma(a + 1) (resp. a log x + b log(1 - x)
 * - log B(a, b)), whose absolute rounding error grows with a |log x|: about 1e-13 relative for
 * shapes up to 1e3.
 */
public final class IncompleteTails {

    /** Values at or above this are logged directly. */
    static final double DIRECT = 1e-280;

    private static final double EPS = 1e-15;
    private static final double TINY = 1e-300;
    private static final int MAX_TERMS = 1_000_000;

    private IncompleteTails() {
    }

    /**
     * @param a the shape, &gt; 0
     * @param x the point, &ge; 0
     * @return log P(a, x), the log of the lower regularised incomplete gamma function
     */
    public static double logP(double a, double x) {
        if (x <= 0.0) {
            return Double.NEGATIVE_INFINITY;
        }
        double p = RegularizedGamma.P.value(a, x);
        if (p > 0.5) {
            return Math.log1p(-RegularizedGamma.Q.value(a, x));
        }
        if (p >= DIRECT) {
            return Math.log(p);
        }
        double sum = 1.0;
        double term = 1.0;
        for (int n = 1; n < MAX_TERMS; n++) {
            term *= x / (a + n);
            sum += term;
            if (term <= EPS * sum) {
                break;
            }
        }
        return a * Math.log(x) - x - LogGamma.value(a + 1.0) + Math.log(sum);
    }

    /**
     * @param a the shape, &gt; 0
     * @param x the point, &ge; 0
     * @return log Q(a, x), the log of the upper regularised incomplete gamma function
     */
    public static double logQ(double a, double x) {
        if (x == Double.POSITIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        if (x <= 0.0) {
            return 0.0;
        }
        double q = RegularizedGamma.Q.value(a, x);
        if (q > 0.5) {
            return Math.log1p(-RegularizedGamma.P.value(a, x));
        }
        if (q >= DIRECT) {
            return Math.log(q);
        }
        // modified Lentz evaluation of 1 / (b0 + a1 / (b1 + a2 / (b2 + ...)))
        double b = x + 1.0 - a;
        double c = 1.0 / TINY;
        double d = 1.0 / b;
        double h = d;
        for (int n = 1; n < MAX_TERMS; n++) {
            double an = -n * (n - a);
            b += 2.0;
            d = an * d + b;
            d = Math.abs(d) < TINY ? TINY : d;
            c = b + an / c;
            c = Math.abs(c) < TINY ? TINY : c;
            d = 1.0 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1.0) <= EPS) {
                break;
            }
        }
        return a * Math.log(x) - x - LogGamma.value(a) + Math.log(h);
    }

    /**
     * @param x the point, in [0, 1]
     * @param a the first shape, &gt; 0
     * @param b the second shape, &gt; 0
     * @return log I_x(a, b), the log of the regularised incomplete beta function
     */
    public static double logI(double x, double a, double b) {
        if (x <= 0.0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (x >= 1.0) {
            return 0.0;
        }
        double v = RegularizedBeta.value(x, a, b);
        if (v > 0.5) {
            return Math.log1p(-RegularizedBeta.complement(x, a, b));
        }
        if (v >= DIRECT) {
            return Math.log(v);
        }
        return logBetaTail(x, Math.log(x), Math.log1p(-x), a, b);
    }

    /**
     * @param x the point, in [0, 1]
     * @param a the first shape, &gt; 0
     * @param b the second shape, &gt; 0
     * @return log(1 - I_x(a, b)) = log I_(1-x)(b, a)
     */
    public static double logIComplement(double x, double a, double b) {
        if (x <= 0.0) {
            return 0.0;
        }
        if (x >= 1.0) {
            return Double.NEGATIVE_INFINITY;
        }
        double v = RegularizedBeta.complement(x, a, b);
        if (v > 0.5) {
            return Math.log1p(-RegularizedBeta.value(x, a, b));
        }
        if (v >= DIRECT) {
            return Math.log(v);
        }
        return logBetaTail(1.0 - x, Math.log1p(-x), Math.log(x), b, a);
    }

    /** log I_y(a, b) by the continued fraction ({@link BetaFraction}), given log y and log(1 - y). */
    private static double logBetaTail(double y, double logY, double log1mY, double a, double b) {
        return a * logY + b * log1mY - LogBeta.value(a, b) - Math.log(a) + BetaFraction.logFraction(y, a, b);
    }
}
