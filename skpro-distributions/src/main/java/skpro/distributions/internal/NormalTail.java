package skpro.distributions.internal;

import org.apache.commons.numbers.gamma.Erfcx;

/**
 * Standard normal quantities that stay accurate where the textbook formulas cancel or
 * underflow, for the families built on a piece of the normal (the truncated normal):
 * <ul>
 * <li>the Mills ratio R(t) = Q(t) / phi(t) = sqrt(pi / 2) erfcx(t / sqrt 2);</li>
 * <li>the mean excess r(a) = 1 / R(a) - a = E[N - a | N &gt; a] and s(a) = 1 / r(a) - a from the
 *     continued fraction r = 1 / (a + s), s = 2 / (a + 3 / (a + 4 / ...)) for a &ge; 3, where
 *     the subtractions lose about a^2 ulps;</li>
 * <li>the strip integral S(a, d) = int_0^d exp(-a w - w^2 / 2) dw = P(a &lt; N &le; a + d) / phi(a)
 *     by its Taylor series, exact to a few ulps where d (|a| + d) &le; 1, which is where
 *     differences of tail probabilities cancel.</li>
 * </ul>
 */
public final class NormalTail {

    private static final double SQRT2 = Math.sqrt(2.0);
    private static final double SQRT_HALF_PI = Math.sqrt(0.5 * Math.PI);
    /** From this point on r and s come from the continued fraction (80 terms reach 1e-17 at 3). */
    private static final double FRACTION_FROM = 3.0;
    private static final int FRACTION_TERMS = 80;
    private static final int MAX_TERMS = 200;

    private NormalTail() {
    }

    /** @return R(t) = Q(t) / phi(t), finite for t &gt; -26; R(+inf) = 0 */
    public static double mills(double t) {
        return t == Double.POSITIVE_INFINITY ? 0.0 : SQRT_HALF_PI * Erfcx.value(t / SQRT2);
    }

    /**
     * @param a a point &ge; 0
     * @return {r(a), s(a)} with r = 1 / R(a) - a the mean excess over a, s = 1 / r - a
     */
    public static double[] excess(double a) {
        if (a < FRACTION_FROM) {
            double r = 1.0 / mills(a) - a;
            return new double[] {r, 1.0 / r - a};
        }
        double t = 0.0;
        for (int k = FRACTION_TERMS; k >= 2; k--) {
            t = k / (a + t);
        }
        return new double[] {1.0 / (a + t), t};
    }

    /** @return g(a) = 1 - a R(a) = R(a) r(a) for a &ge; 0; 0 at +inf */
    public static double oneMinusTimesMills(double a) {
        if (a == Double.POSITIVE_INFINITY) {
            return 0.0;
        }
        return a < FRACTION_FROM ? 1.0 - a * mills(a) : mills(a) * excess(a)[0];
    }

    /** @return the largest d with d (|a| + d) &le; 1, where the strip series is used; 0 at infinite a */
    public static double stripLimit(double a) {
        double b = Math.abs(a);
        return b == Double.POSITIVE_INFINITY ? 0.0 : 2.0 / (b + Math.sqrt(b * b + 4.0));
    }

    /**
     * The Taylor coefficients of exp(-a w - w^2 / 2) = sum_k h_k w^k, scaled: p_k = h_k d^k, from
     * h_0 = 1, h_1 = -a, (k + 1) h_(k+1) = -a h_k - h_(k-1), up to the first negligible pair.
     *
     * @param a the base point
     * @param d the strip width, with d (|a| + d) &le; 1
     * @return p_0, p_1, ..., p_K
     */
    public static double[] stripCoefficients(double a, double d) {
        double[] p = new double[MAX_TERMS];
        p[0] = 1.0;
        p[1] = -a * d;
        int k = 1;
        while (k + 1 < MAX_TERMS && Math.abs(p[k]) + Math.abs(p[k - 1]) > 1e-18) {
            p[k + 1] = (-a * d * p[k] - d * d * p[k - 1]) / (k + 1);
            k++;
        }
        return java.util.Arrays.copyOf(p, k + 1);
    }

    /** @return S(a, d) = int_0^d exp(-a w - w^2 / 2) dw, for d (|a| + d) &le; 1 */
    public static double strip(double a, double d) {
        if (!(d > 0.0)) {
            return 0.0;
        }
        double[] p = stripCoefficients(a, d);
        double sum = 0.0;
        for (int k = p.length - 1; k >= 0; k--) {
            sum += p[k] / (k + 1);
        }
        return sum * d;
    }

    /**
     * Solves S(a, d) = target for d in [0, dMax], given S(a, dMax) &ge; target, by Newton's method
     * (S' = exp(-a d - d^2 / 2)) safeguarded by bisection.
     *
     * @return d
     */
    public static double solveStrip(double a, double target, double dMax) {
        double lo = 0.0;
        double hi = dMax;
        double d = Math.min(target, dMax);
        for (int k = 0; k < 100; k++) {
            double f = strip(a, d) - target;
            if (f == 0.0) {
                return d;
            }
            if (f < 0.0) {
                lo = d;
            } else {
                hi = d;
            }
            double next = d - f / Math.exp(-a * d - 0.5 * d * d);
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - d) <= 2.0 * Math.ulp(d) || hi - lo <= 2.0 * Math.ulp(hi)) {
                return next;
            }
            d = next;
        }
        return d;
    }
}
