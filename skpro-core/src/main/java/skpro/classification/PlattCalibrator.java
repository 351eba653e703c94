package skpro.classification;

/**
 * Platt's sigmoid calibration (Platt 1999; the Newton method with backtracking of Lin, Lin and Weng
 * 2007), as sklearn's {@code _SigmoidCalibration}: P(y = 1 | f) = 1 / (1 + exp(A f + B)).
 *
 * <p>A and B minimise the cross-entropy against Platt's smoothed targets, which keep the fit away
 * from 0 and 1 on separable scores: with N+ positive and N- negative rows, t_i = (N+ + 1) / (N+ + 2)
 * for a positive row and t_i = 1 / (N- + 2) for a negative one, and
 * <pre>
 *   L(A, B) = sum_i log(1 + exp(z_i)) - (1 - t_i) z_i,   z_i = A f_i + B,
 * </pre>
 * strictly convex when the scores are not all equal. Gradient sum_i (t_i - P_i) (f_i, 1), Hessian
 * sum_i P_i (1 - P_i) (f_i, 1)(f_i, 1)^T plus 1e-12 on the diagonal (which also makes the
 * equal-scores case solvable, A = 0). Start A = 0, B = log((N- + 1) / (N+ + 1)); Newton steps,
 * halved until the Armijo condition holds, until every partial derivative is at most 1e-10 (1 + n)
 * in absolute value or 200 iterations.
 */
final class PlattCalibrator implements ScoreCalibrator {
    private static final int MAX_ITER = 200;

    private final double a;
    private final double b;

    private PlattCalibrator(double a, double b) {
        this.a = a;
        this.b = b;
    }

    /**
     * @param a the slope A
     * @param b the intercept B
     * @return the map 1 / (1 + exp(A f + B))
     */
    static PlattCalibrator of(double a, double b) {
        return new PlattCalibrator(a, b);
    }

    /**
     * @param score n finite scores
     * @param positive n flags, true for the class being calibrated
     * @return the maximum-likelihood A and B for the smoothed targets
     */
    static PlattCalibrator fit(double[] score, boolean[] positive) {
        int n = score.length;
        int nPos = 0;
        for (boolean p : positive) {
            nPos += p ? 1 : 0;
        }
        int nNeg = n - nPos;
        double hi = (nPos + 1.0) / (nPos + 2.0);
        double lo = 1.0 / (nNeg + 2.0);
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = positive[i] ? hi : lo;
        }
        double a = 0.0;
        double b = Math.log((nNeg + 1.0) / (nPos + 1.0));
        double f = loss(score, t, a, b);
        double tol = 1e-10 * (1.0 + n);
        for (int iter = 0; iter < MAX_ITER; iter++) {
            double ga = 0.0;
            double gb = 0.0;
            double haa = 1e-12;
            double hab = 0.0;
            double hbb = 1e-12;
            for (int i = 0; i < n; i++) {
                double p = prob(a * score[i] + b);
                double d = t[i] - p;
                double w = p * (1.0 - p);
                ga += score[i] * d;
                gb += d;
                haa += score[i] * score[i] * w;
                hab += score[i] * w;
                hbb += w;
            }
            if (Math.abs(ga) <= tol && Math.abs(gb) <= tol) {
                break;
            }
            double det = haa * hbb - hab * hab;
            double da = -(hbb * ga - hab * gb) / det;
            double db = -(-hab * ga + haa * gb) / det;
            double slope = ga * da + gb * db;
            double step = 1.0;
            while (step > 1e-12) {
                double na = a + step * da;
                double nb = b + step * db;
                double nf = loss(score, t, na, nb);
                if (nf <= f + 1e-4 * step * slope) {
                    a = na;
                    b = nb;
                    f = nf;
                    break;
                }
                step /= 2.0;
            }
            if (step <= 1e-12) {
                break;
            }
        }
        return new PlattCalibrator(a, b);
    }

    /** @return the objective L(A, B), each term evaluated without overflow */
    static double loss(double[] score, double[] t, double a, double b) {
        double s = 0.0;
        for (int i = 0; i < score.length; i++) {
            double z = a * score[i] + b;
            s += z >= 0 ? t[i] * z + Math.log1p(Math.exp(-z)) : (t[i] - 1.0) * z + Math.log1p(Math.exp(z));
        }
        return s;
    }

    /** @return 1 / (1 + exp(z)) without overflow */
    private static double prob(double z) {
        if (z >= 0) {
            double e = Math.exp(-z);
            return e / (1.0 + e);
        }
        return 1.0 / (1.0 + Math.exp(z));
    }

    /** @return A */
    double a() {
        return a;
    }

    /** @return B */
    double b() {
        return b;
    }

    @Override
    public double calibrate(double score) {
        return prob(a * score + b);
    }

    @Override
    public String toString() {
        return "PlattCalibrator(A=" + a + ", B=" + b + ")";
    }
}
