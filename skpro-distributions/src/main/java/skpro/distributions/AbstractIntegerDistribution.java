package skpro.distributions;

import java.util.function.DoublePredicate;

import org.apache.commons.numbers.gamma.InverseErfc;
import skpro.distributions.internal.QuantileQuadrature;

/**
 * Base class for distributions on a range of consecutive integers {lo, lo + 1, ..., hi}
 * ({@code hi} may be +inf), one per row. A family supplies the mass function, the cdf and the
 * survival function at integers, the mean and the variance in closed form; this class turns them
 * into the real-argument methods of {@link Distribution}:
 *
 * <ul>
 * <li>{@code pdf} is the probability mass at integers of the support and 0 elsewhere (so the
 *     log-loss of a count prediction is finite), {@code logPdf} its log ({@code -inf} off the
 *     lattice);</li>
 * <li>{@code cdf(x) = F(floor x)}, {@code survival(x) = S(floor x)}, and their logs; where the
 *     family's value falls below 1e-290 the log comes from {@link #logLowerTailAt} /
 *     {@link #logUpperTailAt}: by default the log of the sum of the masses in that tail,
 *     {@code log F(k) = log p_k + log sum_{j <= k} p_j / p_k} (resp. from k + 1 upwards), summed
 *     until the geometric bound t r / (1 - r) on the rest (t the last term, r the last ratio)
 *     falls below 1e-17 of the sum (a true bound for log-concave masses), the terms carried by
 *     the mass ratios and re-anchored on the log mass every 128 terms, at most 2^26 masses,
 *     else {@link IllegalStateException}; families may give faster series;</li>
 * <li>{@code ppf(p)} is the generalised inverse, the smallest integer k with F(k) &ge; p, and
 *     {@code isf(q)} the smallest k with S(k) &le; q; {@code ppf(p)} for p &gt; 1/2 is
 *     {@code isf(1 - p)} (see there for the last-bit agreement of F and S). Both search the
 *     integers: a Cornish-Fisher first guess from the mean, variance and
 *     {@link #skewnessAt(int) skewness}, exponential bracketing (steps 1, 2, 4, ...) and integer
 *     bisection, so the result is exact and costs O(log |guess error|) evaluations. ppf(0) and
 *     ppf(1) are the ends of the support;</li>
 * <li>{@code energy()} = E|X - X'| = 2 sum_k F(k) S(k) and, unless the family has a closed form,
 *     {@code energy(x)} = E|X - x| by deterministic summation (see {@link #energyAt(int)}).</li>
 * </ul>
 *
 * <p>Draws are by inversion (one uniform, one integer search per draw).
 */
public abstract class AbstractIntegerDistribution extends AbstractDistribution {

    /** Lattice points with F(k) below this level are left out of the energy sums. */
    static final double SUM_START_LEVEL = 1e-300;
    /** The energy sums stop when the bound on what is left is below this fraction of the sum. */
    static final double SUM_STOP = 1e-17;
    /** Hard cap on the lattice points one energy sum may visit. */
    static final long MAX_SUM_TERMS = 1L << 26;
    /** Points between two exact evaluations of F, S and the mass in the energy sums. */
    private static final int BLOCK = 128;
    /** Below this value the log of the cdf (survival) is taken by summing masses. */
    private static final double LOG_TAIL_SWITCH = 1e-290;
    /** Hard cap on the masses one log-tail sum may add. */
    private static final long MAX_TAIL_TERMS = 1L << 26;
    /** Hard cap on the doublings of the bracketing step in the quantile search. */
    private static final int MAX_BRACKET_STEPS = 2100;
    private static final double SQRT2 = Math.sqrt(2.0);

    /**
     * @param size the number of rows
     * @throws IllegalArgumentException if size &lt; 1
     */
    protected AbstractIntegerDistribution(int size) {
        super(size);
    }

    /** @return {@link MeasureType#DISCRETE}: the pdf is the probability mass function */
    @Override
    public final MeasureType measureType() {
        return MeasureType.DISCRETE;
    }

    // ---------------------------------------------------------------- what a family supplies

    /**
     * @param i the row
     * @param k an integer of row i's support
     * @return log p_k, the log mass at k
     */
    protected abstract double logPmfAt(int i, double k);

    /**
     * @param i the row
     * @param k an integer of row i's support
     * @return p_k; by default {@code exp(logPmfAt(i, k))}
     */
    protected double pmfAt(int i, double k) {
        return Math.exp(logPmfAt(i, k));
    }

    /**
     * @param i the row
     * @param k an integer with lo &le; k &lt; hi
     * @return F(k) = P(X &le; k)
     */
    protected abstract double cdfAtInteger(int i, double k);

    /**
     * @param i the row
     * @param k an integer with lo &le; k &lt; hi
     * @return S(k) = P(X &gt; k), accurate in the upper tail
     */
    protected abstract double survivalAtInteger(int i, double k);

    /**
     * @param i the row
     * @param k an integer with lo &le; k &lt; hi
     * @return log F(k): the log of {@link #cdfAtInteger}, or {@link #logLowerTailAt} where
     *     F(k) &lt; 1e-290
     */
    protected final double logCdfAtInteger(int i, double k) {
        double c = cdfAtInteger(i, k);
        if (c > LOG_TAIL_SWITCH) {
            return Math.log(c);
        }
        return logLowerTailAt(i, k);
    }

    /**
     * @param i the row
     * @param k an integer with lo &le; k &lt; hi
     * @return log S(k): the log of {@link #survivalAtInteger}, or {@link #logUpperTailAt} where
     *     S(k) &lt; 1e-290
     */
    protected final double logSurvivalAtInteger(int i, double k) {
        double s = survivalAtInteger(i, k);
        if (s > LOG_TAIL_SWITCH) {
            return Math.log(s);
        }
        return logUpperTailAt(i, k);
    }

    /**
     * log F(k) where F(k) underflows; by default log p_k + log sum_{j &le; k} p_j / p_k summed
     * downwards (see the class comment). Families override it with a faster series.
     *
     * @param i the row
     * @param k an integer with lo &le; k &lt; hi, far in the lower tail
     * @return log F(k)
     * @throws IllegalStateException if the sum needs more than 2^26 masses
     */
    protected double logLowerTailAt(int i, double k) {
        return logTailSum(i, k, -1.0);
    }

    /**
     * log S(k) where S(k) underflows; by default log p_{k+1} + log sum_{j &gt; k} p_j / p_{k+1}
     * summed upwards (see the class comment). Families override it with a faster series.
     *
     * @param i the row
     * @param k an integer with lo &le; k &lt; hi, far in the upper tail
     * @return log S(k)
     * @throws IllegalStateException if the sum needs more than 2^26 masses
     */
    protected double logUpperTailAt(int i, double k) {
        return logTailSum(i, k + 1.0, 1.0);
    }

    /**
     * @param i the row
     * @param k an integer with lo &le; k &lt; hi and p_k &gt; 0
     * @return p_{k+1} / p_k; by default from {@link #logPmfAt}, families give the closed form
     */
    protected double pmfRatioAt(int i, double k) {
        return Math.exp(logPmfAt(i, k + 1.0) - logPmfAt(i, k));
    }

    /**
     * Skewness, used only for the first guess of the quantile search.
     *
     * @param i the row
     * @return the skewness of row i; 0 by default
     */
    protected double skewnessAt(int i) {
        return 0.0;
    }

    /**
     * A bound on the mass ratios of the upper tail, used by the stopping rule of the energy sums.
     *
     * @param i the row
     * @param k an integer of the support
     * @return r with p_{m+1} / p_m &le; r for every m &gt; k, or +inf when no such bound is known
     *     (the default); a value r &lt; 1 lets a sum stop once S(k) / (1 - r) is negligible
     */
    protected double pmfRatioBoundAt(int i, double k) {
        return Double.POSITIVE_INFINITY;
    }

    /** @return the mean of row i, in closed form */
    @Override
    protected abstract double meanAt(int i);

    /** @return the variance of row i, in closed form */
    @Override
    protected abstract double varAt(int i);

    /** @return the smallest integer of row i's support; 0 unless overridden */
    @Override
    protected double supportLowerAt(int i) {
        return 0.0;
    }

    // ---------------------------------------------------------------- real-argument primitives

    private static boolean isInteger(double x) {
        return x == Math.rint(x);
    }

    @Override
    protected final double pdfAt(int i, double x) {
        if (x < supportLowerAt(i) || x > supportUpperAt(i) || Double.isInfinite(x) || !isInteger(x)) {
            return 0.0;
        }
        return pmfAt(i, x);
    }

    @Override
    protected final double logPdfAt(int i, double x) {
        if (x < supportLowerAt(i) || x > supportUpperAt(i) || Double.isInfinite(x) || !isInteger(x)) {
            return Double.NEGATIVE_INFINITY;
        }
        return logPmfAt(i, x);
    }

    @Override
    protected final double cdfAt(int i, double x) {
        if (x < supportLowerAt(i)) {
            return 0.0;
        }
        if (x >= supportUpperAt(i)) {
            return 1.0;
        }
        return cdfAtInteger(i, Math.floor(x));
    }

    @Override
    protected final double survivalAt(int i, double x) {
        if (x < supportLowerAt(i)) {
            return 1.0;
        }
        if (x >= supportUpperAt(i)) {
            return 0.0;
        }
        return survivalAtInteger(i, Math.floor(x));
    }

    @Override
    protected final double logCdfAt(int i, double x) {
        if (x < supportLowerAt(i)) {
            return Double.NEGATIVE_INFINITY;
        }
        if (x >= supportUpperAt(i)) {
            return 0.0;
        }
        return logCdfAtInteger(i, Math.floor(x));
    }

    @Override
    protected final double logSurvivalAt(int i, double x) {
        if (x < supportLowerAt(i)) {
            return 0.0;
        }
        if (x >= supportUpperAt(i)) {
            return Double.NEGATIVE_INFINITY;
        }
        return logSurvivalAtInteger(i, Math.floor(x));
    }

    /**
     * @return the smallest integer k with F(k) &ge; p (for p &gt; 1/2: with S(k) &le; 1 - p or
     *     F(k) &ge; p, see {@link #isfAt}); the support's ends at p = 0 and 1
     */
    @Override
    protected final double ppfAt(int i, double p) {
        if (p > 0.5) {
            return isfAt(i, 1.0 - p);
        }
        double lo = supportLowerAt(i);
        if (p == 0.0) {
            return lo;
        }
        double hi = supportUpperAt(i);
        return firstTrue(i, k -> k >= hi || cdfAtInteger(i, k) >= p, guess(i, -SQRT2 * InverseErfc.value(2.0 * p)));
    }

    /**
     * The smallest integer k with S(k) &le; q. Where q and p = 1 - q are an exact pair (as when
     * {@code ppf(p)} calls it with q = 1 - p), k is also accepted when F(k) &ge; p: S and F are
     * computed separately and may disagree in the last bit, and this keeps
     * {@code ppf(cdf(k)) == k} on the lattice (wherever p_k is resolved at that level).
     *
     * @return the quantile at upper-tail probability q; the support's ends at q = 0 and 1
     */
    @Override
    protected final double isfAt(int i, double q) {
        double hi = supportUpperAt(i);
        if (q == 0.0) {
            return hi;
        }
        double lo = supportLowerAt(i);
        if (q == 1.0) {
            return lo;
        }
        double p = 1.0 - q;
        double start = guess(i, SQRT2 * InverseErfc.value(2.0 * q));
        if (1.0 - p == q) {
            return firstTrue(i, k -> k >= hi || survivalAtInteger(i, k) <= q || cdfAtInteger(i, k) >= p, start);
        }
        return firstTrue(i, k -> k >= hi || survivalAtInteger(i, k) <= q, start);
    }

    /** Cornish-Fisher guess mean + sd (z + skew (z^2 - 1) / 6), clamped to the support. */
    private double guess(int i, double z) {
        double sd = Math.sqrt(varAt(i));
        double g = Math.floor(meanAt(i) + sd * (z + skewnessAt(i) * (z * z - 1.0) / 6.0));
        double lo = supportLowerAt(i);
        double hi = supportUpperAt(i);
        if (!(g >= lo)) {
            return lo;
        }
        return Math.min(g, Math.min(hi, 0x1.0p1000));
    }

    /**
     * Smallest integer of the support at which a monotone (false, then true) test holds, from a
     * guess: exponential bracketing, then integer bisection.
     */
    private double firstTrue(int i, DoublePredicate test, double start) {
        double lo = supportLowerAt(i);
        double hi = supportUpperAt(i);
        double below; // test false here (or lo - 1)
        double above; // test true here
        double step = 1.0;
        int steps = 0;
        if (test.test(start)) {
            above = start;
            while (true) {
                if (above <= lo) {
                    return lo;
                }
                double c = Math.max(above - step, lo);
                if (test.test(c)) {
                    above = c;
                } else {
                    below = c;
                    break;
                }
                step *= 2.0;
                checkBracket(i, ++steps);
            }
        } else {
            below = start;
            while (true) {
                double c = below + step;
                if (c >= hi) {
                    above = hi;
                    break;
                }
                if (test.test(c)) {
                    above = c;
                    break;
                }
                below = c;
                step *= 2.0;
                checkBracket(i, ++steps);
            }
        }
        while (true) {
            double mid = Math.floor(below + (above - below) * 0.5);
            if (mid <= below || mid >= above) {
                return above;
            }
            if (test.test(mid)) {
                above = mid;
            } else {
                below = mid;
            }
        }
    }

    private static void checkBracket(int i, int steps) {
        if (steps > MAX_BRACKET_STEPS) {
            throw new IllegalStateException("row " + i + ": the quantile search found no bracket (the cdf did not"
                + " reach the level)");
        }
    }

    /**
     * log sum_{j = k, k + step, ...} p_j over the support, factoring out p_k: the terms
     * t_j = p_j / p_k are carried by the mass ratios and re-anchored on the log mass every
     * {@link #BLOCK} terms (see the class comment for the stopping rule).
     */
    private double logTailSum(int i, double k, double step) {
        double lo = supportLowerAt(i);
        double hi = supportUpperAt(i);
        double logFirst = logPmfAt(i, k);
        if (logFirst == Double.NEGATIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        double sum = 1.0;
        double compensation = 0.0; // Neumaier: many small terms are added to a much larger sum
        double t = 1.0;
        long terms = 0;
        for (double j = k, next = k + step; next >= lo && next <= hi; j = next, next += step) {
            double r = step > 0 ? pmfRatioAt(i, j) : 1.0 / pmfRatioAt(i, next);
            t = ++terms % BLOCK == 0 ? Math.exp(logPmfAt(i, next) - logFirst) : t * r;
            double updated = sum + t;
            compensation += sum >= t ? (sum - updated) + t : (t - updated) + sum;
            sum = updated;
            if (t == 0.0 || (r < 1.0 && t * r <= SUM_STOP * sum * (1.0 - r))) {
                break;
            }
            if (terms > MAX_TAIL_TERMS) {
                throw new IllegalStateException("row " + i + ": the log " + (step < 0 ? "cdf" : "survival")
                    + " at " + (step < 0 ? k : k - 1) + " needs more than " + MAX_TAIL_TERMS
                    + " masses; the tail is too flat for summation");
            }
        }
        return logFirst + Math.log(sum + compensation);
    }

    /**
     * F(k) from the tail sums, for a family whose special function did not converge: below the
     * mean exp({@link #logLowerTailAt}), else 1 - exp({@link #logUpperTailAt}).
     *
     * @param i the row
     * @param k an integer with lo &le; k &lt; hi
     * @return F(k)
     * @throws IllegalStateException if the tail sum does not converge either
     */
    protected final double cdfBySummation(int i, double k) {
        return k < meanAt(i) ? Math.exp(logLowerTailAt(i, k)) : -Math.expm1(logUpperTailAt(i, k));
    }

    /**
     * S(k) from the tail sums, the mirror image of {@link #cdfBySummation}.
     *
     * @param i the row
     * @param k an integer with lo &le; k &lt; hi
     * @return S(k)
     * @throws IllegalStateException if the tail sum does not converge either
     */
    protected final double survivalBySummation(int i, double k) {
        return k < meanAt(i) ? -Math.expm1(logLowerTailAt(i, k)) : Math.exp(logUpperTailAt(i, k));
    }

    // ---------------------------------------------------------------- energy by summation

    /** What a lattice sum adds at each point k. */
    private enum Term {
        /** F(k) S(k), for E|X - X'|. */
        CDF_TIMES_SURVIVAL,
        /** F(k). */
        CDF,
        /** S(k). */
        SURVIVAL
    }

    /**
     * E|X - X'| = 2 sum_k F(k) S(k) (the unit-lattice form of 2 int F S dx), summed by
     * {@link #latticeSum}: from the first k with F(k) &ge; 1e-300 (the points left out add
     * less than (k - lo) 1e-300), upwards, until S(k) = 0, the end of the support, or a bound
     * on the rest falls below 1e-17 of the sum. The rest is sum_{j &ge; k} S(j) = E(X - k)^+,
     * bounded by Cauchy-Schwarz, sqrt((Var X + (E X - k)^2) S(k)), and, where the family gives
     * a bound r &lt; 1 on the mass ratios beyond k ({@link #pmfRatioBoundAt}), by the geometric
     * series S(k) / (1 - r). F, S and the mass are evaluated exactly every 128 points and
     * carried in between by p_{k+1} = p_k r_k, F += p, S -= p; the block totals are added with
     * Neumaier's compensated summation. At most 2^26 points are visited; beyond that an
     * {@link IllegalStateException} names the row.
     *
     * @return E|X_i - X_i'|, +inf when the mean is infinite
     * @throws IllegalStateException if the sum does not meet its stopping rule within 2^26 points
     */
    @Override
    protected double energyAt(int i) {
        double lo = supportLowerAt(i);
        double hi = supportUpperAt(i);
        if (!(lo < hi)) {
            return 0.0;
        }
        if (!Double.isFinite(meanAt(i))) {
            return Double.POSITIVE_INFINITY;
        }
        double from = ppfAt(i, SUM_START_LEVEL);
        return 2.0 * latticeSum(i, from, hi, Term.CDF_TIMES_SURVIVAL, "E|X-X'|");
    }

    /**
     * E|X - X'| of an integer-valued X from its characteristic function phi, by the Fejér kernel
     * identity |y| = (1 / 2 pi) int_{-pi}^{pi} (1 - cos(y t)) / (1 - cos t) dt for integer y:
     * E|X - X'| = (1 / pi) int_0^pi (1 - |phi(t)|^2) / (1 - cos t) dt
     *           = int_0^1 g(s^2) / (2 s^2) du,  t = pi u,  s = sin(t / 2),
     * where g(s^2) = 1 - |phi(t)|^2 is given by the family as a function of s^2, accurately for
     * small s (expm1 / log1p forms). Tanh-sinh quadrature ({@link QuantileQuadrature}), whose
     * nodes crowd at t = 0, resolves the peak of width ~ 1 / sd there; the cost does not grow
     * with the spread, unlike the lattice sum.
     *
     * @param oneMinusPhiSquared g(s^2) = 1 - |phi(t)|^2 as a function of s^2 = sin^2(t / 2)
     * @return E|X - X'|
     */
    protected static double energyFromCharacteristicFunction(java.util.function.DoubleUnaryOperator oneMinusPhiSquared) {
        return QuantileQuadrature.integrate((u, uc) -> {
            double s = u <= 0.5 ? Math.sin(0.5 * Math.PI * u) : Math.cos(0.5 * Math.PI * uc);
            // the integrand is flat as s -> 0 (limit g'(0) / 2): keep s^2 away from underflow
            double s2 = Math.max(s * s, 1e-280);
            return oneMinusPhiSquared.applyAsDouble(s2) / (2.0 * s2);
        }, 0.0, 1.0, 1.0, 0.0);
    }

    /**
     * E|X - x| by summation, for families without a closed form. With a = floor(x):
     * if F(a) &le; 1/2, E|X - x| = (E X - x) + 2 A with A = E(x - X)^+ =
     * sum_{k &lt; a} F(k) + (x - a) F(a), summed from the first k with F(k) &ge; 1e-300;
     * otherwise E|X - x| = (x - E X) + 2 B with B = E(X - x)^+ = (a + 1 - x) S(a) +
     * sum_{k &gt; a} S(k), summed upwards with the stopping rule of {@link #energyAt(int)}.
     *
     * @return E|X_i - x|, +inf for infinite x or an infinite mean
     * @throws IllegalStateException if the sum does not meet its stopping rule within 2^26 points
     */
    @Override
    protected double energyAt(int i, double x) {
        double mean = meanAt(i);
        if (Double.isInfinite(x) || !Double.isFinite(mean)) {
            return Double.POSITIVE_INFINITY;
        }
        double lo = supportLowerAt(i);
        double hi = supportUpperAt(i);
        if (x <= lo) {
            return mean - x;
        }
        if (x >= hi) {
            return x - mean;
        }
        double a = Math.floor(x);
        double f = cdfAtInteger(i, a);
        if (f <= 0.5) {
            double from = ppfAt(i, SUM_START_LEVEL);
            double below = from < a ? latticeSum(i, from, a, Term.CDF, "E|X-x|") : 0.0;
            return Math.max(mean - x + 2.0 * (below + (x - a) * f), 0.0);
        }
        double s = survivalAtInteger(i, a);
        double above = latticeSum(i, a + 1.0, hi, Term.SURVIVAL, "E|X-x|");
        return Math.max(x - mean + 2.0 * ((a + 1.0 - x) * s + above), 0.0);
    }

    /**
     * sum_{k = from}^{to - 1} term(k) over the integers ({@code to} may be +inf): exact F, S and
     * mass every {@link #BLOCK} points, carried in between; stops early when the bound on the
     * rest is below {@link #SUM_STOP} of the sum (every term is at most S(k)).
     */
    private double latticeSum(int i, double from, double to, Term term, String what) {
        double mean = meanAt(i);
        double var = varAt(i);
        double hi = supportUpperAt(i);
        double sum = 0.0;
        double compensation = 0.0; // Neumaier: the block totals are added with their rounding error kept
        long visited = 0;
        double k = from;
        while (k < to) {
            double f = cdfAtInteger(i, k);
            double s = survivalAtInteger(i, k);
            if (term != Term.CDF) {
                double gap = mean - k;
                double rest = Math.sqrt(var + gap * gap) * Math.sqrt(s);
                double r = pmfRatioBoundAt(i, k);
                if (r < 1.0) {
                    rest = Math.min(rest, s / (1.0 - r));
                }
                if (s == 0.0 || rest <= SUM_STOP * sum) {
                    break;
                }
            }
            double p = pmfAt(i, k);
            double block = 0.0;
            for (int b = 0; b < BLOCK && k < to; b++) {
                switch (term) {
                    case CDF_TIMES_SURVIVAL:
                        block += f * s;
                        break;
                    case CDF:
                        block += f;
                        break;
                    default:
                        block += s;
                        break;
                }
                if (k + 1.0 >= hi) {
                    k = to;
                    break;
                }
                if (p > 0.0) {
                    p *= pmfRatioAt(i, k);
                }
                k += 1.0;
                f = Math.min(f + p, 1.0);
                s = Math.max(s - p, 0.0);
            }
            double t = sum + block;
            compensation += Math.abs(sum) >= Math.abs(block) ? (sum - t) + block : (block - t) + sum;
            sum = t;
            visited += BLOCK;
            if (visited > MAX_SUM_TERMS) {
                throw new IllegalStateException("row " + i + ": " + what + " by summation over the integers did not"
                    + " converge within " + MAX_SUM_TERMS + " points (from " + from + " to " + k
                    + "); the distribution is too wide for summation");
            }
        }
        return sum + compensation;
    }
}
