package skpro.regression.internal;

import java.util.function.ToDoubleFunction;

/**
 * Derivative-free minimisation (or maximisation) of f over a box [lo_1, hi_1] x ... x [lo_d, hi_d],
 * d &gt;= 1, by the Nelder–Mead simplex method (Nelder and Mead 1965; the variant of Lagarias et al.
 * 1998, reflection 1, expansion 2, contraction 1/2, shrink 1/2) with every trial point projected
 * onto the box, followed by restarts from the best point.
 *
 * <p>Box handling: a reflected or expanded point outside the box is clamped coordinate-wise to it
 * (contractions and shrinks stay inside, the box being convex). Projection rather than a transform
 * such as lo + (hi - lo) / (1 + exp(-u)) was chosen because an optimum on a face of the box is then
 * reached exactly, in finitely many steps, where a transform would need u to run off to infinity.
 * The price is that a simplex pressed against a face can flatten in that coordinate; the restarts
 * rebuild a full simplex.
 *
 * <p>Initial simplex: the start x0 (clamped to the box) and, for each coordinate i, x0 + h_i e_i
 * with h_i = +step if x0_i + step &le; hi_i, else -step if x0_i - step &ge; lo_i, else the
 * largest move towards the farther bound. Non-finite values of f (NaN, +-infinity) count as +infinity
 * when minimising (-infinity when maximising), so the search retreats from them.
 *
 * <p>Stopping: one run ends when both max_j |f(v_j) - f(v_best)| &le; fTol (1 + |f(v_best)|) and
 * max_j,i |v_ji - v_best,i| &le; xTol (1 + |v_best,i|) over the vertices v_j (converged), or when the
 * evaluation budget is spent. After a converged run a fresh simplex of the initial step is built
 * around the best point and the method run again; this repeats until a run improves the best value
 * by no more than fTol (1 + |f|), which polishes smooth problems to about the tolerances given. The
 * method is deterministic.
 */
public final class BoundedNelderMead {

    /**
     * The outcome.
     *
     * @param x the best point found, inside the box
     * @param value f there
     * @param evaluations the number of evaluations of f
     * @param converged whether the last run met both tolerances and its restart did not improve
     */
    public record Result(double[] x, double value, int evaluations, boolean converged) {
    }

    private static final double REFLECT = 1.0;
    private static final double EXPAND = 2.0;
    private static final double CONTRACT = 0.5;
    private static final double SHRINK = 0.5;

    private BoundedNelderMead() {
    }

    /**
     * Maximises f: the same search as {@link #minimize} on -f.
     *
     * @param f the objective (called with a fresh array it may not keep)
     * @param start the start, clamped to the box (not changed)
     * @param lo the lower bounds
     * @param hi the upper bounds, hi_i &gt; lo_i
     * @param step the initial simplex step, &gt; 0
     * @param fTol the relative tolerance on f, &gt;= 0
     * @param xTol the relative tolerance on x, &gt;= 0
     * @param maxEval the largest number of evaluations of f, &gt;= d + 1
     * @return the best point and the maximum of f found there
     * @throws IllegalArgumentException as {@link #minimize}
     */
    public static Result maximize(ToDoubleFunction<double[]> f, double[] start, double[] lo, double[] hi,
        double step, double fTol, double xTol, int maxEval) {
        Result r = minimize(x -> -f.applyAsDouble(x), start, lo, hi, step, fTol, xTol, maxEval);
        return new Result(r.x(), -r.value(), r.evaluations(), r.converged());
    }

    /**
     * @param f the objective (called with a fresh array it may not keep)
     * @param start the start, clamped to the box (not changed)
     * @param lo the lower bounds
     * @param hi the upper bounds, hi_i &gt; lo_i
     * @param step the initial simplex step, &gt; 0
     * @param fTol the relative tolerance on f, &gt;= 0
     * @param xTol the relative tolerance on x, &gt;= 0
     * @param maxEval the largest number of evaluations of f, &gt;= d + 1
     * @return the best point and the minimum of f found there
     * @throws IllegalArgumentException if the arrays are empty or of different lengths, a bound or
     *     start value is not finite, some hi_i &le; lo_i, or step, fTol, xTol or maxEval is out of range
     */
    public static Result minimize(ToDoubleFunction<double[]> f, double[] start, double[] lo, double[] hi,
        double step, double fTol, double xTol, int maxEval) {
        int d = validate(start, lo, hi);
        if (!(step > 0) || Double.isInfinite(step)) {
            throw new IllegalArgumentException("step must be finite and > 0, got " + step);
        }
        if (!(fTol >= 0) || Double.isInfinite(fTol)) {
            throw new IllegalArgumentException("fTol must be finite and >= 0, got " + fTol);
        }
        if (!(xTol >= 0) || Double.isInfinite(xTol)) {
            throw new IllegalArgumentException("xTol must be finite and >= 0, got " + xTol);
        }
        if (maxEval < d + 1) {
            throw new IllegalArgumentException("maxEval must be >= d + 1 = " + (d + 1) + ", got " + maxEval);
        }
        Search s = new Search(f, lo, hi, d, maxEval);
        double[] best = new double[d];
        for (int i = 0; i < d; i++) {
            best[i] = clamp(start[i], lo[i], hi[i]);
        }
        double bestValue = Double.POSITIVE_INFINITY;
        boolean converged = false;
        while (s.evaluations + d + 1 <= maxEval && !s.exhausted) {
            boolean runConverged = s.run(best, step, fTol, xTol);
            double value = s.fv[0];
            boolean improved = value < bestValue - fTol * (1 + Math.abs(value));
            if (value < bestValue) {
                bestValue = value;
                System.arraycopy(s.simplex[0], 0, best, 0, d);
            }
            converged = runConverged && !improved;
            if (!runConverged || !improved) {
                break;
            }
        }
        return new Result(best, bestValue, s.evaluations, converged);
    }

    private static int validate(double[] start, double[] lo, double[] hi) {
        if (start == null || lo == null || hi == null) {
            throw new IllegalArgumentException("start, lo and hi must not be null");
        }
        int d = start.length;
        if (d == 0) {
            throw new IllegalArgumentException("start must have at least one value");
        }
        if (lo.length != d || hi.length != d) {
            throw new IllegalArgumentException("start, lo and hi must have the same length, got " + d + ", "
                + lo.length + " and " + hi.length);
        }
        for (int i = 0; i < d; i++) {
            if (!Double.isFinite(start[i])) {
                throw new IllegalArgumentException("start[" + i + "] must be finite, got " + start[i]);
            }
            if (!Double.isFinite(lo[i]) || !Double.isFinite(hi[i]) || !(hi[i] > lo[i])) {
                throw new IllegalArgumentException("bounds must be finite with lo[" + i + "] < hi[" + i + "], got lo["
                    + i + "] = " + lo[i] + ", hi[" + i + "] = " + hi[i]);
            }
        }
        return d;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** The working state of the simplex: vertices sorted by value after each iteration. */
    private static final class Search {
        private final ToDoubleFunction<double[]> f;
        private final double[] lo;
        private final double[] hi;
        private final int d;
        private final int maxEval;
        private final double[][] simplex;
        private final double[] fv;
        private final double[] centroid;
        private final double[] xr;
        private final double[] xe;
        private int evaluations;
        private boolean exhausted;

        Search(ToDoubleFunction<double[]> f, double[] lo, double[] hi, int d, int maxEval) {
            this.f = f;
            this.lo = lo;
            this.hi = hi;
            this.d = d;
            this.maxEval = maxEval;
            this.simplex = new double[d + 1][d];
            this.fv = new double[d + 1];
            this.centroid = new double[d];
            this.xr = new double[d];
            this.xe = new double[d];
        }

        private double eval(double[] x) {
            evaluations++;
            double v = f.applyAsDouble(x.clone());
            return Double.isNaN(v) || v == Double.NEGATIVE_INFINITY ? Double.POSITIVE_INFINITY : v;
        }

        /** One Nelder–Mead run from x0; returns whether it met the tolerances. Best vertex ends at 0. */
        boolean run(double[] x0, double step, double fTol, double xTol) {
            for (int j = 0; j <= d; j++) {
                System.arraycopy(x0, 0, simplex[j], 0, d);
            }
            for (int i = 0; i < d; i++) {
                double up = hi[i] - x0[i];
                double down = x0[i] - lo[i];
                double h = step <= up ? step : step <= down ? -step : up >= down ? up : -down;
                simplex[i + 1][i] = clamp(x0[i] + h, lo[i], hi[i]);
            }
            for (int j = 0; j <= d; j++) {
                fv[j] = eval(simplex[j]);
            }
            sort();
            while (true) {
                if (small(fTol, xTol)) {
                    return true;
                }
                if (evaluations >= maxEval || exhausted) {
                    return false;
                }
                iterate();
                sort();
            }
        }

        private boolean small(double fTol, double xTol) {
            double[] best = simplex[0];
            double fScale = fTol * (1 + Math.abs(fv[0]));
            for (int j = 1; j <= d; j++) {
                if (!(Math.abs(fv[j] - fv[0]) <= fScale)) {
                    return false;
                }
                for (int i = 0; i < d; i++) {
                    if (Math.abs(simplex[j][i] - best[i]) > xTol * (1 + Math.abs(best[i]))) {
                        return false;
                    }
                }
            }
            return true;
        }

        private void iterate() {
            double[] worst = simplex[d];
            for (int i = 0; i < d; i++) {
                double c = 0.0;
                for (int j = 0; j < d; j++) {
                    c += simplex[j][i];
                }
                centroid[i] = c / d;
            }
            move(worst, REFLECT, xr);
            double fr = eval(xr);
            if (fr < fv[0]) {
                move(worst, REFLECT * EXPAND, xe);
                double fe = evaluations < maxEval ? eval(xe) : Double.POSITIVE_INFINITY;
                if (fe < fr) {
                    replaceWorst(xe, fe);
                } else {
                    replaceWorst(xr, fr);
                }
            } else if (fr < fv[d - 1]) {
                replaceWorst(xr, fr);
            } else {
                // contraction outside (towards the reflected point) or inside (towards the worst)
                boolean outside = fr < fv[d];
                move(worst, outside ? REFLECT * CONTRACT : -CONTRACT, xe);
                double fc = evaluations < maxEval ? eval(xe) : Double.POSITIVE_INFINITY;
                if (outside ? fc <= fr : fc < fv[d]) {
                    replaceWorst(xe, fc);
                } else if (evaluations + d > maxEval) {
                    // no budget left for a whole shrink: stop with the vertices as they are
                    exhausted = true;
                } else {
                    for (int j = 1; j <= d; j++) {
                        for (int i = 0; i < d; i++) {
                            simplex[j][i] = simplex[0][i] + SHRINK * (simplex[j][i] - simplex[0][i]);
                        }
                        fv[j] = eval(simplex[j]);
                    }
                }
            }
        }

        /** out = clamp(centroid + t (centroid - worst)). */
        private void move(double[] worst, double t, double[] out) {
            for (int i = 0; i < d; i++) {
                out[i] = clamp(centroid[i] + t * (centroid[i] - worst[i]), lo[i], hi[i]);
            }
        }

        private void replaceWorst(double[] x, double v) {
            System.arraycopy(x, 0, simplex[d], 0, d);
            fv[d] = v;
        }

        /** Insertion sort of the vertices by value, ties keeping their order (stable). */
        private void sort() {
            for (int j = 1; j <= d; j++) {
                double v = fv[j];
                double[] x = simplex[j];
                int k = j - 1;
                while (k >= 0 && fv[k] > v) {
                    fv[k + 1] = fv[k];
                    simplex[k + 1] = simplex[k];
                    k--;
                }
                fv[k + 1] = v;
                simplex[k + 1] = x;
            }
        }
    }
}
