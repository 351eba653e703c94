package skpro.metrics.internal;

import java.util.ArrayList;
import java.util.List;

import skpro.distributions.Distribution;

/**
 * Tanh-sinh (double exponential) quadrature of functions of a probability level u, vectorised
 * over the rows of a {@link Distribution}: row i integrates g_i(u) over its own sub-interval
 * (a_i, b_i) of (0, 1), the integrand seeing u, 1 - u (formed without cancellation) and the
 * quantile x = Q_i(u).
 *
 * <p>With s(t) = 1 / (1 + exp(-pi sinh t)), the integral over (a, b) is
 * {@code (b - a) sum_j h s'(t_j) g(a + (b - a) s(t_j))} on the grid t_j = j h, for
 * h = 1, 1/2, ..., 1/256, each level adding the odd nodes of the finer grid. Nodes closer than
 * 1e-300 (relative to the width) to an end are left out. A row is accepted when two successive
 * levels (from the fourth on) agree to {@link #RELATIVE_TOLERANCE}; the loop ends when every row
 * is accepted or after the last level, whose value is then returned. The double exponential
 * crowding of the nodes at both ends makes integrable end-point singularities (u^(-a), a &lt; 1;
 * logarithms) converge about as fast as smooth integrands: for analytic integrands the error
 * after acceptance is far below the tolerance. Integrands with a jump or kink inside the
 * interval converge only algebraically (about h); callers split the interval there.
 *
 * <p>The quantile at each node is one vectorised call per node: {@code ppf(u)} for u &le; 1/2
 * and {@code isf(1 - u)} above, so that upper-tail nodes keep their relative precision. A
 * non-finite integrand value at a node is taken as 0 (such nodes sit within 1e-300 of an end,
 * where an integrable singularity contributes nothing at double precision).
 */
public final class UnitQuadrature {

    /** Relative agreement of two successive levels at which a row is accepted. */
    public static final double RELATIVE_TOLERANCE = 1e-13;

    private static final int MAX_LEVEL = 8;
    private static final double MIN_FRACTION = 1e-300;

    /** Per level: distance of each node from the left end and from the right end (fractions of the width), and h w. */
    private static final double[][] FROM_LEFT = new double[MAX_LEVEL + 1][];
    private static final double[][] FROM_RIGHT = new double[MAX_LEVEL + 1][];
    private static final double[][] WEIGHT = new double[MAX_LEVEL + 1][];

    static {
        for (int k = 0; k <= MAX_LEVEL; k++) {
            double h = Math.scalb(1.0, -k);
            int first = k == 0 ? 0 : 1;
            int step = k == 0 ? 1 : 2;
            List<double[]> nodes = new ArrayList<>();
            for (int j = first;; j += step) {
                double t = j * h;
                // For t >= 0: e = exp(-pi sinh t) <= 1; the node at +t lies e/(1+e) from the right
                // end and 1/(1+e) from the left; the node at -t mirrors it.
                double e = Math.exp(-Math.PI * Math.sinh(t));
                double near = e / (1.0 + e);
                double far = 1.0 / (1.0 + e);
                if (near < MIN_FRACTION) {
                    break;
                }
                double w = Math.PI * Math.cosh(t) * e / ((1.0 + e) * (1.0 + e)) * h;
                nodes.add(new double[] {far, near, w});
                if (j != 0) {
                    nodes.add(new double[] {near, far, w});
                }
            }
            FROM_LEFT[k] = new double[nodes.size()];
            FROM_RIGHT[k] = new double[nodes.size()];
            WEIGHT[k] = new double[nodes.size()];
            for (int m = 0; m < nodes.size(); m++) {
                FROM_LEFT[k][m] = nodes.get(m)[0];
                FROM_RIGHT[k][m] = nodes.get(m)[1];
                WEIGHT[k][m] = nodes.get(m)[2];
            }
        }
    }

    private UnitQuadrature() {
    }

    /** An integrand of the level, evaluated for every row at once. */
    @FunctionalInterface
    public interface Integrand {
        /**
         * @param u the level of each row, in (0, 1)
         * @param uc 1 - u for each row, formed without cancellation
         * @param x the quantile Q_i(u_i) of each row
         * @param out receives g_i(u_i) for every row
         */
        void values(double[] u, double[] uc, double[] x, double[] out);
    }

    /**
     * Integrates every row over its interval.
     *
     * @param d the distribution whose quantile function is evaluated
     * @param g the integrand
     * @param a the lower ends, in [0, 1]
     * @param ac 1 - a, exact
     * @param b the upper ends, in [0, 1]
     * @param bc 1 - b, exact
     * @return the integrals; 0 for a row whose interval is empty
     */
    public static double[] integrate(Distribution d, Integrand g, double[] a, double[] ac, double[] b,
        double[] bc) {
        int n = d.size();
        double[] width = new double[n];
        for (int i = 0; i < n; i++) {
            width[i] = Math.max(b[i] - a[i], 0.0);
        }
        double[] sum = new double[n];
        double[] previous = new double[n];
        double[] estimate = new double[n];
        boolean[] done = new boolean[n];
        double[] u = new double[n];
        double[] uc = new double[n];
        double[] lowLevel = new double[n];
        double[] highTail = new double[n];
        double[] x = new double[n];
        double[] value = new double[n];
        double[] levelSum = new double[n];
        for (int k = 0; k <= MAX_LEVEL; k++) {
            java.util.Arrays.fill(levelSum, 0.0);
            double[] left = FROM_LEFT[k];
            double[] right = FROM_RIGHT[k];
            double[] weight = WEIGHT[k];
            for (int m = 0; m < left.length; m++) {
                boolean anyLow = false;
                boolean anyHigh = false;
                for (int i = 0; i < n; i++) {
                    u[i] = a[i] + width[i] * left[m];
                    uc[i] = bc[i] + width[i] * right[m];
                    boolean low = u[i] <= 0.5;
                    lowLevel[i] = low ? u[i] : 0.5;
                    highTail[i] = low ? 0.5 : uc[i];
                    anyLow |= low;
                    anyHigh |= !low;
                }
                double[] qLow = anyLow ? d.ppf(clampUnit(lowLevel)) : null;
                double[] qHigh = anyHigh ? d.isf(clampUnit(highTail)) : null;
                for (int i = 0; i < n; i++) {
                    x[i] = u[i] <= 0.5 ? qLow[i] : qHigh[i];
                }
                g.values(u, uc, x, value);
                double w = weight[m];
                for (int i = 0; i < n; i++) {
                    double v = value[i];
                    if (width[i] > 0.0 && u[i] > 0.0 && uc[i] > 0.0 && Double.isFinite(v)) {
                        levelSum[i] += w * v;
                    }
                }
            }
            boolean all = true;
            for (int i = 0; i < n; i++) {
                sum[i] = k == 0 ? levelSum[i] : 0.5 * sum[i] + levelSum[i];
                estimate[i] = width[i] * sum[i];
                if (!done[i] && k >= 3) {
                    double diff = Math.abs(estimate[i] - previous[i]);
                    done[i] = diff <= RELATIVE_TOLERANCE * Math.abs(estimate[i]) || (estimate[i] == 0.0 && previous[i] == 0.0);
                }
                all &= done[i];
                previous[i] = estimate[i];
            }
            if (all) {
                break;
            }
        }
        return estimate;
    }

    /** Levels are formed in [0, 1] up to rounding; keep them there for the distribution's checks. */
    private static double[] clampUnit(double[] p) {
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.min(Math.max(p[i], 0.0), 1.0);
        }
        return p;
    }
}
