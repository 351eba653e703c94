package skpro.distributions;

import skpro.distributions.internal.Bisection;
import skpro.distributions.internal.QuantileQuadrature;

/**
 * Numerical building blocks shared by the composite distributions ({@link Mixture},
 * {@link MeanScale}, {@link TruncatedDistribution}, {@link TransformedDistribution},
 * {@link IID}). Everything here uses only the public {@link Distribution} interface of the
 * wrapped distributions, and only its vectorised methods where a loop over rows is involved.
 */
final class Composites {


    private Composites() {
    }

    // ---------------------------------------------------------------- vectorised bisection

    /** A monotone predicate evaluated on one point per row at once. */
    @FunctionalInterface
    interface RowTest {
        /**
         * @param x one point per row (never NaN, possibly infinite)
         * @param out receives the predicate per row
         */
        void test(double[] x, boolean[] out);
    }

    /**
     * For every row, the smallest double x in [lo_i, hi_i] at which the predicate is true, for a
     * predicate that is false then true in x; {@code test(hi_i)} is assumed true. Bisection over
     * the ordered doubles, as {@code internal/Bisection}, run on all rows together: at most 64
     * rounds, each one call of {@code test} on the whole vector. (The loop compares a &lt; b - 1,
     * not b - a &gt; 1: the key difference overflows a long for brackets such as [-3, 2].)
     *
     * @return the boundary per row; lo_i when the predicate is already true there
     */
    static double[] firstTrue(RowTest test, double[] lo, double[] hi) {
        int n = lo.length;
        boolean[] t = new boolean[n];
        test.test(lo.clone(), t);
        long[] a = new long[n];
        long[] b = new long[n];
        for (int i = 0; i < n; i++) {
            if (t[i] || !(lo[i] < hi[i])) {
                b[i] = Bisection.order(t[i] ? lo[i] : hi[i]);
                a[i] = b[i] - 1;
            } else {
                a[i] = Bisection.order(lo[i]);
                b[i] = Bisection.order(hi[i]);
            }
        }
        double[] mid = new double[n];
        while (true) {
            boolean any = false;
            for (int i = 0; i < n; i++) {
                if (a[i] < b[i] - 1) {
                    mid[i] = Bisection.unorder((a[i] >> 1) + (b[i] >> 1) + (a[i] & b[i] & 1L));
                    any = true;
                } else {
                    mid[i] = Bisection.unorder(b[i]);
                }
            }
            if (!any) {
                break;
            }
            test.test(mid, t);
            for (int i = 0; i < n; i++) {
                if (a[i] < b[i] - 1) {
                    if (t[i]) {
                        b[i] = Bisection.order(mid[i]);
                    } else {
                        a[i] = Bisection.order(mid[i]);
                    }
                }
            }
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = Bisection.unorder(b[i]);
        }
        return out;
    }

    /** A function non-decreasing in x, evaluated on a subset of rows at once. */
    @FunctionalInterface
    interface RowFunction {
        /**
         * @param rows the rows to evaluate, increasing indices into the full set
         * @param x one point per listed row
         * @return the values, one per listed row
         */
        double[] apply(int[] rows, double[] x);
    }

    /** Illinois rounds at most, before the exact bisection takes over. */
    private static final int ILLINOIS_ROUNDS = 16;

    /**
     * For every row, the smallest double x in [lo_i, hi_i] with f_i(x) &ge; target_i, for f
     * non-decreasing and f_i(hi_i) &ge; target_i. The bracket is first shrunk by rounds of the
     * Illinois method (regula falsi that halves the value kept at a stale end), until the
     * rounding of f stalls it (a step that does not land strictly inside the bracket, or f equal
     * to the target), and then bisection over the ordered doubles finishes it, so the answer is
     * the exact generalised inverse of f as computed, also where f jumps. Each round evaluates f
     * only on the rows not yet finished; typically 20 to 25 rounds instead of 64.
     */
    static double[] inverse(RowFunction f, double[] target, double[] lo, double[] hi) {
        int n = target.length;
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        double[] a = lo.clone();
        double[] b = hi.clone();
        double[] fa = f.apply(all, a.clone());
        double[] fb = f.apply(all, b.clone());
        boolean[] open = new boolean[n];
        boolean[] secant = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (fa[i] >= target[i] || !(a[i] < b[i])) {
                b[i] = fa[i] >= target[i] ? a[i] : b[i];
                continue;
            }
            open[i] = true;
            secant[i] = Double.isFinite(a[i]) && Double.isFinite(b[i]) && Double.isFinite(fa[i])
                && Double.isFinite(fb[i]) && fb[i] > target[i];
        }
        int[] side = new int[n];
        int[] rows = Composites.where(secant, true);
        for (int round = 0; round < ILLINOIS_ROUNDS && rows.length > 0; round++) {
            double[] x = new double[rows.length];
            int kept = 0;
            for (int m = 0; m < rows.length; m++) {
                int i = rows[m];
                double t = a[i] + (b[i] - a[i]) * ((target[i] - fa[i]) / (fb[i] - fa[i]));
                if (!(t > a[i] && t < b[i])) {
                    t = a[i] + 0.5 * (b[i] - a[i]);
                }
                if (t > a[i] && t < b[i]) {
                    rows[kept] = i;
                    x[kept++] = t;
                }
            }
            rows = java.util.Arrays.copyOf(rows, kept);
            x = java.util.Arrays.copyOf(x, kept);
            if (kept == 0) {
                break;
            }
            double[] fx = f.apply(rows, x);
            kept = 0;
            for (int m = 0; m < rows.length; m++) {
                int i = rows[m];
                if (fx[m] >= target[i]) {
                    b[i] = x[m];
                    fb[i] = fx[m];
                    if (side[i] == 1) {
                        fa[i] = target[i] - 0.5 * (target[i] - fa[i]);
                    }
                    side[i] = 1;
                } else {
                    a[i] = x[m];
                    fa[i] = fx[m];
                    if (side[i] == -1) {
                        fb[i] = target[i] + 0.5 * (fb[i] - target[i]);
                    }
                    side[i] = -1;
                }
                if (fb[i] > target[i]) {
                    rows[kept++] = i;
                }
            }
            rows = java.util.Arrays.copyOf(rows, kept);
        }
        // exact finish: bisection over the ordered doubles, invariant f(a) < target <= f(b)
        long[] ka = new long[n];
        long[] kb = new long[n];
        for (int i = 0; i < n; i++) {
            ka[i] = Bisection.order(a[i]);
            kb[i] = Bisection.order(b[i]);
            open[i] &= ka[i] < kb[i] - 1;
        }
        rows = Composites.where(open, true);
        while (rows.length > 0) {
            double[] mid = new double[rows.length];
            for (int m = 0; m < rows.length; m++) {
                int i = rows[m];
                mid[m] = Bisection.unorder((ka[i] >> 1) + (kb[i] >> 1) + (ka[i] & kb[i] & 1L));
            }
            double[] fm = f.apply(rows, mid);
            int kept = 0;
            for (int m = 0; m < rows.length; m++) {
                int i = rows[m];
                if (fm[m] >= target[i]) {
                    kb[i] = Bisection.order(mid[m]);
                } else {
                    ka[i] = Bisection.order(mid[m]);
                }
                if (ka[i] < kb[i] - 1) {
                    rows[kept++] = i;
                }
            }
            rows = java.util.Arrays.copyOf(rows, kept);
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = Bisection.unorder(kb[i]);
        }
        return out;
    }

    /**
     * The generalised inverse of a distribution's own computed cdf near an estimate: per row, the
     * smallest x with F(x) &ge; level (or, for {@code upperTail} rows, S(x) &le; level), searched
     * outwards from {@code x0} over neighbouring doubles (steps of 1, 2, 4, ... ulps) and then
     * by bisection. Used where a quantile mapped from another distribution's quantile may land a
     * few ulps off the jump of a step cdf computed through a rounded map. Rows with level 0 keep
     * {@code x0} (the end of the support).
     */
    static double[] refineQuantile(Distribution y, double[] x0, double[] level, boolean[] upperTail) {
        int n = x0.length;
        RowTest test = (x, t) -> {
            double[] c = y.cdf(x);
            double[] s = y.survival(x);
            for (int i = 0; i < n; i++) {
                t[i] = level[i] == 0.0 || (upperTail[i] ? s[i] <= level[i] : c[i] >= level[i]);
            }
        };
        boolean[] t0 = new boolean[n];
        test.test(x0.clone(), t0);
        double[] lo = x0.clone();
        double[] hi = x0.clone();
        long[] step = new long[n];
        boolean[] open = new boolean[n];
        boolean[] t = new boolean[n];
        double[] probe = new double[n];
        java.util.Arrays.fill(step, 1L);
        for (int i = 0; i < n; i++) {
            open[i] = level[i] != 0.0 && Double.isFinite(x0[i]);
        }
        for (int round = 0; round < 64; round++) {
            boolean any = false;
            for (int i = 0; i < n; i++) {
                probe[i] = x0[i];
                if (open[i]) {
                    long key = Bisection.order(x0[i]);
                    probe[i] = Bisection.unorder(t0[i] ? down(key, step[i]) : up(key, step[i]));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
            test.test(probe, t);
            for (int i = 0; i < n; i++) {
                if (!open[i]) {
                    continue;
                }
                if (t0[i] && !t[i]) {
                    lo[i] = probe[i];
                    open[i] = false;
                } else if (!t0[i] && t[i]) {
                    hi[i] = probe[i];
                    open[i] = false;
                } else if (t0[i]) {
                    hi[i] = probe[i];
                    open[i] = probe[i] != Double.NEGATIVE_INFINITY;
                    lo[i] = open[i] ? lo[i] : probe[i];
                } else {
                    lo[i] = probe[i];
                    open[i] = probe[i] != Double.POSITIVE_INFINITY;
                }
                step[i] = step[i] > Long.MAX_VALUE / 4 ? Long.MAX_VALUE / 2 : 2 * step[i];
            }
        }
        double[] out = firstTrue(test, lo, hi);
        for (int i = 0; i < n; i++) {
            if (level[i] == 0.0 || !Double.isFinite(x0[i])) {
                out[i] = x0[i];
            }
        }
        return out;
    }

    /** @return the key {@code step} below, saturating at the key of -inf */
    private static long down(long key, long step) {
        long moved = key - step;
        long min = Bisection.order(Double.NEGATIVE_INFINITY);
        return moved > key || moved < min ? min : moved;
    }

    /** @return the key {@code step} above, saturating at the key of +inf */
    private static long up(long key, long step) {
        long moved = key + step;
        long max = Bisection.order(Double.POSITIVE_INFINITY);
        return moved < key || moved > max ? max : moved;
    }

    // ---------------------------------------------------------------- atoms of mixed measures

    /**
     * Which points are atoms of the distribution, given its {@code pdf} there. Continuous: none.
     * Discrete: those with positive mass. Mixed: those where the cdf jumps, i.e. where
     * F(x) - F(x-) (taken as F(x) - F(nextDown x), or the survival difference in the upper half)
     * is at least half the returned pdf value, which then is a mass; at a point of the
     * continuous part that difference is pdf * ulp(x), far below it. An atom whose mass is below
     * the rounding of the cdf there (about 1e-16) is taken for density.
     *
     * @param d the distribution
     * @param x one point per row
     * @param pdf {@code d.pdf(x)}
     * @return per row whether x is an atom
     */
    static boolean[] atoms(Distribution d, double[] x, double[] pdf) {
        int n = x.length;
        boolean[] out = new boolean[n];
        MeasureType type = d.measureType();
        if (type == MeasureType.CONTINUOUS) {
            return out;
        }
        if (type == MeasureType.DISCRETE) {
            for (int i = 0; i < n; i++) {
                out[i] = pdf[i] > 0.0;
            }
            return out;
        }
        double[] below = new double[n];
        for (int i = 0; i < n; i++) {
            below[i] = Math.nextDown(x[i]);
        }
        double[] f = d.cdf(x);
        double[] fb = d.cdf(below);
        double[] s = d.survival(x);
        double[] sb = d.survival(below);
        for (int i = 0; i < n; i++) {
            double jump = f[i] <= 0.5 ? f[i] - fb[i] : sb[i] - s[i];
            out[i] = pdf[i] > 0.0 && jump >= 0.5 * pdf[i];
        }
        return out;
    }

    /** @return the points one ulp below x (for P(X &lt; x) = F(nextDown x) on atoms) */
    static double[] nextDown(double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = Math.nextDown(x[i]);
        }
        return out;
    }

    // ---------------------------------------------------------------- quantile quadrature

    /** @return Q(u) of a one-row distribution, through isf(1 - u) in the upper half */
    static double quantile(Distribution row, double u, double uc) {
        return u <= 0.5 ? row.ppf(u)[0] : row.isf(uc)[0];
    }

    /** int_0^1 g(u) du by tanh-sinh, split at u = 1/2 (kinks at the median cost nothing then). */
    static double integrate(QuantileQuadrature.Integrand g) {
        return QuantileQuadrature.integrate(g, 0.0, 1.0, 0.5, 0.5) + QuantileQuadrature.integrate(g, 0.5, 0.5, 1.0, 0.0);
    }

    /**
     * @return E X = int_0^1 Q(u) du for a one-row distribution (for a discrete one the sum over
     *     its atoms)
     */
    static double mean(Distribution row) {
        if (row.measureType() == MeasureType.DISCRETE) {
            Atoms a = Atoms.of(row);
            double sum = 0.0;
            for (int j = 0; j < a.count; j++) {
                sum += a.mass[j] * a.x[j];
            }
            return sum;
        }
        return integrate((u, uc) -> quantile(row, u, uc));
    }

    /** @return Var X = int_0^1 (Q(u) - m)^2 du for a one-row distribution with mean m */
    static double variance(Distribution row, double m) {
        if (row.measureType() == MeasureType.DISCRETE) {
            Atoms a = Atoms.of(row);
            double sum = 0.0;
            for (int j = 0; j < a.count; j++) {
                double d = a.x[j] - m;
                sum += a.mass[j] * d * d;
            }
            return sum;
        }
        return integrate((u, uc) -> {
            double d = quantile(row, u, uc) - m;
            return d * d;
        });
    }

    /**
     * @return E|X - X'| = 2 int_0^1 (2u - 1) Q(u) du for a one-row distribution; for a discrete
     *     one, over the atom x with levels (F(x-), F(x)]: 2 x P(X = x) (F(x-) - S(x))
     */
    static double selfEnergy(Distribution row) {
        if (row.measureType() == MeasureType.DISCRETE) {
            Atoms a = Atoms.of(row);
            double sum = 0.0;
            for (int j = 0; j < a.count; j++) {
                sum += 2.0 * a.x[j] * a.mass[j] * (a.below[j] - a.above[j]);
            }
            return sum;
        }
        return 2.0 * integrate((u, uc) -> (u - uc) * quantile(row, u, uc));
    }

    /** @return E|X - x| = int_0^1 |Q(u) - x| du, split at u = F(x), for a one-row distribution */
    static double energy(Distribution row, double x) {
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        if (row.measureType() == MeasureType.DISCRETE) {
            Atoms a = Atoms.of(row);
            double sum = 0.0;
            for (int j = 0; j < a.count; j++) {
                sum += a.mass[j] * Math.abs(a.x[j] - x);
            }
            return sum;
        }
        double f = row.cdf(x)[0];
        double s = row.survival(x)[0];
        double below = QuantileQuadrature.integrate((u, uc) -> x - quantile(row, u, uc), 0.0, 1.0, f, s);
        double above = QuantileQuadrature.integrate((u, uc) -> quantile(row, u, uc) - x, f, s, 1.0, 0.0);
        return Math.max(below, 0.0) + Math.max(above, 0.0);
    }

    /**
     * The atoms of a one-row discrete distribution, walked from the lower end of the support:
     * the next atom after x is the quantile at the level just above F(x) (or the inverse survival
     * just below S(x) in the upper half), checked to leave no mass in between and otherwise found
     * by bisection of S. The walk starts at Q(0) (at Q(1e-18) when that is -inf) and stops once
     * S(x) &le; 1e-18, at the upper end of the support, or after a million atoms; the mass left
     * out is below 1e-18 on either side.
     */
    static final class Atoms {
        /** Mass beyond which the walk stops, on either side. */
        static final double TAIL = 1e-18;
        private static final int MAX_ATOMS = 1_000_000;

        int count;
        double[] x = new double[16];
        /** P(X = x_j). */
        double[] mass = new double[16];
        /** F(x_j-), the level below the atom. */
        double[] below = new double[16];
        /** S(x_j), the level above the atom. */
        double[] above = new double[16];

        static Atoms of(Distribution row) {
            Atoms a = new Atoms();
            double start = row.ppf(0.0)[0];
            double end = row.ppf(1.0)[0];
            double x = Double.isFinite(start) ? start : row.ppf(TAIL)[0];
            double level = Double.isFinite(start) ? 0.0 : row.cdf(Math.nextDown(x))[0];
            while (a.count < MAX_ATOMS) {
                double f = row.cdf(x)[0];
                double s = row.survival(x)[0];
                a.add(x, row.pdf(x)[0], level, s);
                if (s <= TAIL || x >= end) {
                    break;
                }
                double next = next(row, x, f, s, end);
                if (!(next > x) || !Double.isFinite(next)) {
                    break;
                }
                level = f;
                x = next;
            }
            return a;
        }

        private static double next(Distribution row, double x, double f, double s, double end) {
            double c = f <= 0.5 ? row.ppf(Math.nextUp(f))[0] : row.isf(Math.nextDown(s))[0];
            if (c > x && Double.isFinite(c) && row.survival(Math.nextDown(c))[0] >= s) {
                return c;
            }
            double hi = c > x && Double.isFinite(c) ? c : Math.min(end, Double.MAX_VALUE);
            return firstTrue((y, t) -> t[0] = row.survival(y)[0] < s, new double[] {Math.nextUp(x)},
                new double[] {hi})[0];
        }

        private void add(double atom, double m, double lower, double upper) {
            if (count == x.length) {
                x = java.util.Arrays.copyOf(x, 2 * count);
                mass = java.util.Arrays.copyOf(mass, 2 * count);
                below = java.util.Arrays.copyOf(below, 2 * count);
                above = java.util.Arrays.copyOf(above, 2 * count);
            }
            x[count] = atom;
            mass[count] = m;
            below[count] = lower;
            above[count] = upper;
            count++;
        }
    }

    // ---------------------------------------------------------------- small utilities

    /** Rows per block in {@link #atRow}: small, since select copies a row's whole parameters. */
    static final int ROW_BLOCK = 64;

    /**
     * Evaluates row i of d at many points: a vectorised method is applied to a block of
     * {@link #ROW_BLOCK} copies of the row at a time, so a row with large parameters (an
     * Empirical of 10^5 samples) is never copied once per point.
     *
     * @param d the distribution
     * @param i the row
     * @param points the points (or probabilities), any number
     * @param method a vectorised method such as {@code Distribution::cdf}
     * @return method evaluated at each point for row i
     */
    static double[] atRow(Distribution d, int i, double[] points,
                          java.util.function.BiFunction<Distribution, double[], double[]> method) {
        int n = points.length;
        double[] out = new double[n];
        if (n == 0) {
            return out;
        }
        int len = Math.min(n, ROW_BLOCK);
        int[] rows = new int[len];
        java.util.Arrays.fill(rows, i);
        Distribution block = d.select(rows);
        double[] buffer = new double[len];
        for (int start = 0; start < n; start += len) {
            int m = Math.min(len, n - start);
            System.arraycopy(points, start, buffer, 0, m);
            java.util.Arrays.fill(buffer, m, len, points[start]);
            double[] r = method.apply(block, buffer);
            System.arraycopy(r, 0, out, start, m);
        }
        return out;
    }

    /** @return the row indices i with {@code flags[i] == value}, in order */
    static int[] where(boolean[] flags, boolean value) {
        int count = 0;
        for (boolean f : flags) {
            if (f == value) {
                count++;
            }
        }
        int[] out = new int[count];
        int m = 0;
        for (int i = 0; i < flags.length; i++) {
            if (flags[i] == value) {
                out[m++] = i;
            }
        }
        return out;
    }
}
