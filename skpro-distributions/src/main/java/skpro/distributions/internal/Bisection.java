package skpro.distributions.internal;

import java.util.function.DoublePredicate;

/**
 * Bisection over the ordered set of doubles: finds the smallest double at which a monotone
 * predicate becomes true.
 *
 * <p>Doubles are mapped to longs that sort in the same order, and the search halves that integer
 * range, so at most 64 evaluations reach the exact boundary (to one ulp) whatever the scale and
 * even when the underlying function jumps, as a discrete or mixed cdf does. This is the project's
 * generic quantile fallback: {@code Q(p) = min { x : F(x) >= p }}.
 */
public final class Bisection {

    private Bisection() {
    }

    /**
     * Smallest x in [lo, hi] with {@code test(x)} true, for a predicate false then true.
     *
     * @param test monotone predicate (false below the boundary, true from it on)
     * @param lo lower end, finite or -inf
     * @param hi upper end, finite or +inf; {@code test(hi)} is assumed true
     * @return the boundary; {@code lo} when {@code test(lo)} is already true
     */
    public static double firstTrue(DoublePredicate test, double lo, double hi) {
        if (test.test(lo)) {
            return lo;
        }
        long a = order(lo);
        long b = order(hi);
        // invariant: test(a) false, test(b) true
        // b - a can exceed Long.MAX_VALUE (a bracket from -MAX to +MAX): compare it unsigned
        while (Long.compareUnsigned(b - a, 1L) > 0) {
            long mid = (a >> 1) + (b >> 1) + (a & b & 1L); // floor((a + b) / 2) without overflow
            if (test.test(unorder(mid))) {
                b = mid;
            } else {
                a = mid;
            }
        }
        return unorder(b);
    }

    /**
     * @param x a double (not NaN)
     * @return a long whose signed order matches the double's order (-0.0 and 0.0 map to 0)
     */
    public static long order(double x) {
        long bits = Double.doubleToLongBits(x + 0.0);
        return bits >= 0 ? bits : -(bits & Long.MAX_VALUE);
    }

    /**
     * @param key a key from {@link #order(double)}
     * @return the double it encodes
     */
    public static double unorder(long key) {
        return key >= 0 ? Double.longBitsToDouble(key) : -Double.longBitsToDouble(-key);
    }
}
