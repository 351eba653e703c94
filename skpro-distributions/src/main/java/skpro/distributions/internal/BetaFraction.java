package skpro.distributions.internal;

/**
 * The continued fraction of the regularized incomplete beta function, for log tail
 * probabilities of the binomial and negative binomial families where the probability itself
 * underflows.
 *
 * <p>I_x(a, b) = [x^a (1 - x)^b / (a B(a, b))] h, with
 * h = 1 / (1 + d_1 / (1 + d_2 / (1 + ...))), d_{2m+1} = -(a + m)(a + b + m) x / ((a + 2m)(a + 2m + 1)),
 * d_{2m} = m (b - m) x / ((a + 2m - 1)(a + 2m)) (Abramowitz and Stegun 26.5.8), evaluated by the
 * modified Lentz method. The bracket is a mass of the family (so its log is accurate), and h is
 * a moderate number: log I_x(a, b) = log bracket + log h never underflows. The fraction converges
 * quickly for x &lt; (a + 1) / (a + b + 2), the region of the far tail.
 */
public final class BetaFraction {

    private static final double TINY = 1e-300;
    /** Convergence: a factor within 4 ulp of 1 (a stricter test can stall on rounding). */
    private static final double EPS = 4 * Math.ulp(1.0);
    private static final int MAX_ITERATIONS = 1_000_000;

    private BetaFraction() {
    }

    /**
     * @param x the argument, in (0, 1)
     * @param a the first shape, &gt; 0
     * @param b the second shape, &gt; 0
     * @return whether the fraction converges quickly: x &lt; (a + 1) / (a + b + 2)
     */
    public static boolean converges(double x, double a, double b) {
        return x < (a + 1.0) / (a + b + 2.0);
    }

    /**
     * @param x the argument, in (0, 1), with {@link #converges} true
     * @param a the first shape, &gt; 0
     * @param b the second shape, &gt; 0
     * @return log h, with I_x(a, b) = x^a (1 - x)^b / (a B(a, b)) h
     * @throws IllegalStateException if the fraction does not converge in 10^6 steps
     */
    public static double logFraction(double x, double a, double b) {
        double sum = a + b;
        double c = 1.0;
        double d = 1.0 - sum * x / (a + 1.0);
        d = 1.0 / (Math.abs(d) < TINY ? TINY : d);
        double h = d;
        for (int m = 1; m <= MAX_ITERATIONS; m++) {
            int m2 = 2 * m;
            // coefficients as products of ratios: no overflow for shapes up to the largest double
            double even = m / (a + m2 - 1.0) * ((b - m) / (a + m2)) * x;
            d = 1.0 + even * d;
            d = 1.0 / (Math.abs(d) < TINY ? TINY : d);
            c = 1.0 + even / c;
            c = Math.abs(c) < TINY ? TINY : c;
            h *= d * c;
            double odd = -((a + m) / (a + m2)) * ((sum + m) / (a + m2 + 1.0)) * x;
            d = 1.0 + odd * d;
            d = 1.0 / (Math.abs(d) < TINY ? TINY : d);
            c = 1.0 + odd / c;
            c = Math.abs(c) < TINY ? TINY : c;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1.0) < EPS) {
                return Math.log(h);
            }
        }
        throw new IllegalStateException("the incomplete beta continued fraction did not converge for x = " + x
            + ", a = " + a + ", b = " + b);
    }
}
