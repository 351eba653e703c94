package skpro.distributions.internal;

import org.apache.commons.numbers.gamma.LogGamma;

/**
 * Log mass functions of the Poisson, binomial and negative binomial families by the saddle-point
 * expansion (C. Loader, "Fast and accurate computation of binomial probabilities", 2000). Written
 * as a Stirling-series remainder plus a deviance term, the log mass keeps its full absolute
 * accuracy where the naive {@code k log(mu) - mu - log k!} cancels (large k and mu) and never
 * underflows, so far tails are accurate in log space.
 *
 * <ul>
 * <li>{@link #stirlingError(double)}: delta(z) = log Gamma(z + 1) - (z + 1/2) log z + z
 *     - log sqrt(2 pi), from a table (mpmath, 40 digits) at the half-integers up to 15, from the
 *     asymptotic series above 15 (truncation error below 3e-16), directly from log Gamma
 *     otherwise;</li>
 * <li>{@link #deviance(double, double, double)}: D(x, m) = x log(x / m) + m - x, from its
 *     series in v = (x - m) / (x + m) when |v| &lt; 0.1, with the difference x - m supplied by
 *     the caller so that it carries no cancellation.</li>
 * </ul>
 */
public final class SaddlePoint {

    private static final double LOG_2PI = Math.log(2.0 * Math.PI);
    private static final double HALF_LOG_2PI = 0.5 * LOG_2PI;

    /** Stirling-series coefficients 1/12, 1/360, 1/1260, 1/1680, 1/1188. */
    private static final double S0 = 1.0 / 12.0;
    private static final double S1 = 1.0 / 360.0;
    private static final double S2 = 1.0 / 1260.0;
    private static final double S3 = 1.0 / 1680.0;
    private static final double S4 = 1.0 / 1188.0;

    /** delta(z) at z = 0.5, 1, 1.5, ..., 15 (index 2z - 1); mpmath 1.3, 40 digits. */
    private static final double[] HALVES = {
        1.5342640972002734529e-1, 8.106146679532725822e-2, 5.4814121051917653896e-2,
        4.1340695955409294094e-2, 3.3162873519936287485e-2, 2.7677925684998339149e-2,
        2.3746163656297495971e-2, 2.0790672103765093112e-2, 1.8488450532673185231e-2,
        1.6644691189821192163e-2, 1.5134973221917378874e-2, 1.3876128823070747999e-2,
        1.2810465242920226924e-2, 1.1896709945891770095e-2, 1.1104559758206917327e-2,
        1.0411265261972096497e-2, 9.7994161261588032984e-3, 9.2554621827127329177e-3,
        8.768700134139385463e-3, 8.3305634333628712565e-3, 7.9341145643140205472e-3,
        7.573675487951840795e-3, 7.2445543013203831795e-3, 6.9428401072095298657e-3,
        6.6652470327076824424e-3, 6.4089941880042070684e-3, 6.1717122630394576475e-3,
        5.9513701127588477356e-3, 5.746216513010115682e-3, 5.554733551962801371e-3,
    };

    private SaddlePoint() {
    }

    /**
     * The remainder of Stirling's formula, delta(z) = log Gamma(z + 1) - (z + 1/2) log z + z
     * - log sqrt(2 pi).
     *
     * @param z a positive real
     * @return delta(z), positive and about 1 / (12 z) for large z
     */
    public static double stirlingError(double z) {
        if (z > 15.0) {
            double w = 1.0 / (z * z);
            return (S0 - (S1 - (S2 - (S3 - S4 * w) * w) * w) * w) / z;
        }
        double twice = 2.0 * z;
        if (twice == Math.rint(twice) && twice >= 1.0) {
            return HALVES[(int) twice - 1];
        }
        return LogGamma.value(z + 1.0) - (z + 0.5) * Math.log(z) + z - HALF_LOG_2PI;
    }

    /**
     * The deviance D(x, m) = x log(x / m) + m - x &ge; 0.
     *
     * @param x a non-negative real
     * @param m a positive real
     * @param d x - m, computed by the caller without cancellation
     * @return D(x, m)
     */
    public static double deviance(double x, double m, double d) {
        double half = 0.5 * x + 0.5 * m; // (x + m) / 2 without overflow
        if (Math.abs(d) < 0.2 * half) {
            // x log(x/m) = 2x (v + v^3/3 + v^5/5 + ...) and 2xv - d = d v
            double v = 0.5 * d / half;
            double v2 = v * v;
            double sum = d * v;
            double power = x * (2.0 * v);
            for (int j = 1; j < 200; j++) {
                power *= v2;
                double next = sum + power / (2 * j + 1);
                if (next == sum) {
                    return next;
                }
                sum = next;
            }
            return sum;
        }
        if (x == 0.0) {
            return m;
        }
        double ratio = x / m;
        double logRatio = ratio >= Double.MIN_NORMAL && ratio < Double.POSITIVE_INFINITY
            ? Math.log(ratio) : Math.log(x) - Math.log(m);
        return x * logRatio + m - x;
    }

    /**
     * log of the Poisson mass mu^k e^-mu / k!.
     *
     * @param k a non-negative integer
     * @param mu the mean, &gt; 0
     * @return the log mass
     */
    public static double poisson(double k, double mu) {
        if (k == 0.0) {
            return -mu;
        }
        return -stirlingError(k) - deviance(k, mu, k - mu) - 0.5 * (LOG_2PI + Math.log(k));
    }

    /**
     * log of the binomial mass C(n, k) p^k (1 - p)^(n - k).
     *
     * @param k an integer in [0, n]
     * @param n the number of trials, &ge; 0
     * @param p the success probability, in [0, 1]
     * @return the log mass ({@code -inf} where it is 0)
     */
    public static double binomial(double k, double n, double p) {
        if (n == 0.0 || p == 0.0) {
            return k == 0.0 ? 0.0 : Double.NEGATIVE_INFINITY;
        }
        if (p == 1.0) {
            return k == n ? 0.0 : Double.NEGATIVE_INFINITY;
        }
        if (k == 0.0) {
            return n * Math.log1p(-p);
        }
        if (k == n) {
            return n * Math.log(p);
        }
        double q = 1.0 - p;
        double d = k - n * p;
        double lc = stirlingError(n) - stirlingError(k) - stirlingError(n - k)
            - deviance(k, n * p, d) - deviance(n - k, n * q, -d);
        return lc - 0.5 * (LOG_2PI + Math.log(k) + Math.log1p(-k / n));
    }

    /**
     * log of the negative binomial mass Gamma(k + r) / (Gamma(r) k!) p^r q^k with
     * p = r / (r + mu), q = mu / (r + mu) (scipy {@code nbinom(r, p)}, mean mu).
     *
     * @param k a non-negative integer
     * @param r the size (dispersion alpha), &gt; 0
     * @param mu the mean, &gt; 0
     * @return the log mass
     */
    public static double negativeBinomial(double k, double r, double mu) {
        if (k == 0.0) {
            return -r * Math.log1p(mu / r);
        }
        if (k < 1e-10 * r) {
            // r huge against k: log Gamma(k + r) - log Gamma(r) = k log r + k (k - 1) / (2r) + O(k^3 / r^2)
            return k * Math.log(mu / (1.0 + mu / r)) - r * Math.log1p(mu / r) - LogGamma.value(k + 1.0)
                + Math.log1p(k * (k - 1.0) / (2.0 * r));
        }
        double sum = r + k;
        double p = r / (r + mu);
        double q = mu / (r + mu);
        // r - sum * p = (mu - k) p  and  k - sum * q = (k - mu) p
        double d = (mu - k) * p;
        double lc = stirlingError(sum) - stirlingError(r) - stirlingError(k)
            - deviance(r, sum * p, d) - deviance(k, sum * q, -d);
        double lf = LOG_2PI + Math.log(r) + Math.log(k / sum);
        return lc - 0.5 * lf + Math.log(r / sum);
    }
}
