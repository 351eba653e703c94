package skpro.distributions.internal;

/**
 * Tanh-sinh (double exponential) quadrature of functions of a probability level u over a
 * sub-interval of (0, 1), built for integrals of a quantile function, which may be singular at
 * both ends.
 *
 * <p>With s(t) = 1 / (1 + exp(-pi sinh t)), the integral over (a, b) is
 * {@code (b - a) * sum_j h w_j g(a + (b - a) s(t_j))}, w_j = s'(t_j), on the grid t_j = j h for
 * h = 1, 1/2, 1/4, ... until two successive levels agree to {@link #RELATIVE_TOLERANCE}. Nodes
 * crowd doubly exponentially towards the ends, so integrable end-point singularities such as
 * Q(u) ~ -sqrt(2 log(1/u)) (normal tails) or u^(-1/3) (Student t, 3 degrees of freedom) converge
 * quickly. Every node is passed both as u and as 1 - u, each computed without cancellation, so
 * the integrand can use the upper-tail inverse near u = 1.
 *
 * <p>Nodes whose distance to an end falls below 1e-300 are dropped; the error this leaves is the
 * integral over that sliver.
 */
public final class QuantileQuadrature {

    /** Relative agreement of two successive levels at which the sum is accepted. */
    public static final double RELATIVE_TOLERANCE = 1e-13;

    private static final int MAX_LEVEL = 8;
    private static final double MIN_DISTANCE = 1e-300;

    /** Nodes for level k: t = j h for odd j (level 0: all j), h = 2^-k. */
    private static final double[][] LEFT = new double[MAX_LEVEL + 1][];
    private static final double[][] RIGHT = new double[MAX_LEVEL + 1][];
    private static final double[][] WEIGHT = new double[MAX_LEVEL + 1][];

    static {
        for (int k = 0; k <= MAX_LEVEL; k++) {
            double h = Math.scalb(1.0, -k);
            int step = k == 0 ? 1 : 2;
            int first = k == 0 ? 0 : 1;
            java.util.List<double[]> nodes = new java.util.ArrayList<>();
            for (int j = first;; j += step) {
                double t = j * h;
                double e = Math.exp(-Math.PI * Math.sinh(t));
                // s(t) = 1/(1+e); 1 - s(t) = e/(1+e); s'(t) = pi cosh t e / (1+e)^2
                double left = 1.0 / (1.0 + 1.0 / e);
                double right = 1.0 / (1.0 + e);
                if (left < MIN_DISTANCE) {
                    break;
                }
                double w = Math.PI * Math.cosh(t) * e / ((1.0 + e) * (1.0 + e));
                // node at +t: distance to the left end is 1/(1+e) ... mirror at -t swaps the ends
                nodes.add(new double[] {right, left, w});
                if (j != 0) {
                    nodes.add(new double[] {left, right, w});
                }
            }
            LEFT[k] = new double[nodes.size()];
            RIGHT[k] = new double[nodes.size()];
            WEIGHT[k] = new double[nodes.size()];
            for (int m = 0; m < nodes.size(); m++) {
                LEFT[k][m] = nodes.get(m)[0];
                RIGHT[k][m] = nodes.get(m)[1];
                WEIGHT[k][m] = nodes.get(m)[2] * h;
            }
        }
    }

    private QuantileQuadrature() {
    }

    /** An integrand of the level u, given as u and as 1 - u. */
    @FunctionalInterface
    public interface Integrand {
        /**
         * @param u the level, in (0, 1)
         * @param uComplement 1 - u, computed without cancellation
         * @return the integrand at u
         */
        double value(double u, double uComplement);
    }

    /**
     * Integrates over (a, b), with 0 &le; a &lt; b &le; 1 given together with their complements.
     *
     * @param f the integrand
     * @param a the lower end
     * @param aComplement 1 - a, exact
     * @param b the upper end
     * @param bComplement 1 - b, exact
     * @return the integral; 0 when a &ge; b
     */
    public static double integrate(Integrand f, double a, double aComplement, double b, double bComplement) {
        double width = b - a;
        if (!(width > 0.0)) {
            return 0.0;
        }
        double previous = Double.NaN;
        double sum = 0.0;
        for (int k = 0; k <= MAX_LEVEL; k++) {
            double levelSum = 0.0;
            double[] left = LEFT[k];
            double[] right = RIGHT[k];
            double[] weight = WEIGHT[k];
            for (int m = 0; m < left.length; m++) {
                double dl = width * left[m];
                double dr = width * right[m];
                double u = a + dl;
                double uc = bComplement + dr;
                if (u <= 0.0 || uc <= 0.0) {
                    continue;
                }
                double g = f.value(u, uc);
                if (g != 0.0) {
                    levelSum += weight[m] * g;
                }
            }
            // Level k halves the step: sum over all nodes = 1/2 (previous sum) + new odd nodes.
            sum = k == 0 ? levelSum : 0.5 * sum + levelSum;
            double estimate = width * sum;
            if (k >= 3 && Math.abs(estimate - previous) <= RELATIVE_TOLERANCE * Math.abs(estimate)) {
                return estimate;
            }
            if (k >= 3 && estimate == 0.0 && previous == 0.0) {
                return 0.0;
            }
            previous = estimate;
        }
        return width * sum;
    }
}
