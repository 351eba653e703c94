package skpro.regression.internal;

/**
 * The Cholesky factor A = L L^T of a symmetric positive definite n x n matrix, stored row-major
 * in one array, with the solves the Bayesian, GLM and Gaussian-process estimators need.
 *
 * <p>{@link #ofWithJitter} retries a matrix that is not numerically positive definite with
 * jitter added to its diagonal: 0, then 1e-10 times the mean diagonal, multiplied by 10 up to
 * 1e-4 times the mean diagonal; beyond that it throws, naming what was factored and suggesting
 * more regularisation. The jitter used is kept ({@link #jitter()}).
 */
public final class Cholesky {

    private static final double FIRST_JITTER = 1e-10;
    private static final double LAST_JITTER = 1e-4;

    private final int n;
    private final double[] l;
    private final double jitter;

    private Cholesky(int n, double[] l, double jitter) {
        this.n = n;
        this.l = l;
        this.jitter = jitter;
    }

    /**
     * @param a a symmetric n x n matrix, row-major (only its lower triangle is read; unchanged)
     * @param n its order
     * @param what a description for the message, such as "the GLM's weighted normal equations"
     * @param remedy what the user can do, appended to the message
     * @return the factor, with the smallest jitter that made A + jitter I positive definite
     * @throws IllegalArgumentException if A + 1e-4 mean(diag A) I is still not positive definite
     */
    public static Cholesky ofWithJitter(double[] a, int n, String what, String remedy) {
        double meanDiag = 0.0;
        for (int i = 0; i < n; i++) {
            meanDiag += a[i * n + i];
        }
        meanDiag = Math.abs(meanDiag / n);
        if (!(meanDiag > 0.0) || !Double.isFinite(meanDiag)) {
            meanDiag = 1.0;
        }
        double[] l = new double[n * n];
        if (factor(a, n, 0.0, l)) {
            return new Cholesky(n, l, 0.0);
        }
        for (double rel = FIRST_JITTER; rel <= LAST_JITTER * 1.0000001; rel *= 10.0) {
            if (factor(a, n, rel * meanDiag, l)) {
                return new Cholesky(n, l, rel * meanDiag);
            }
        }
        throw new IllegalArgumentException(what + " is not positive definite even with jitter "
            + LAST_JITTER * meanDiag + " (1e-4 of its mean diagonal) added to the diagonal: " + remedy);
    }

    /**
     * @param a a symmetric n x n matrix, row-major (only its lower triangle is read; unchanged)
     * @param n its order
     * @param what a description for the message
     * @param remedy what the user can do, appended to the message
     * @return the factor of A, without jitter
     * @throws IllegalArgumentException if A is numerically singular: a pivot is below 1e-12 of
     *     its diagonal entry (or not positive)
     */
    public static Cholesky ofStrict(double[] a, int n, String what, String remedy) {
        double[] l = new double[n * n];
        if (!factor(a, n, 0.0, l, 1e-12)) {
            throw new IllegalArgumentException(what + " is singular or not positive definite: " + remedy);
        }
        return new Cholesky(n, l, 0.0);
    }

    private static boolean factor(double[] a, int n, double jitter, double[] l) {
        return factor(a, n, jitter, l, 0.0);
    }

    /** Factors A + jitter I into l; false when a pivot is not above relTol times its diagonal. */
    private static boolean factor(double[] a, int n, double jitter, double[] l, double relTol) {
        for (int i = 0; i < n; i++) {
            int ri = i * n;
            for (int j = 0; j <= i; j++) {
                int rj = j * n;
                double s = a[ri + j];
                for (int k = 0; k < j; k++) {
                    s -= l[ri + k] * l[rj + k];
                }
                if (i == j) {
                    s += jitter;
                    if (!(s > relTol * a[ri + i]) || !(s > 0.0) || !Double.isFinite(s)) {
                        return false;
                    }
                    l[ri + i] = Math.sqrt(s);
                } else {
                    l[ri + j] = s / l[rj + j];
                }
            }
            for (int j = i + 1; j < n; j++) {
                l[ri + j] = 0.0;
            }
        }
        return true;
    }

    /** @return the order n */
    public int size() {
        return n;
    }

    /** @return the jitter added to the diagonal (0 when none was needed) */
    public double jitter() {
        return jitter;
    }

    /**
     * @param b a vector of length n (unchanged)
     * @return z with L z = b
     */
    public double[] solveLower(double[] b) {
        double[] z = b.clone();
        for (int i = 0; i < n; i++) {
            int ri = i * n;
            double s = z[i];
            for (int k = 0; k < i; k++) {
                s -= l[ri + k] * z[k];
            }
            z[i] = s / l[ri + i];
        }
        return z;
    }

    /**
     * @param b a vector of length n (unchanged)
     * @return x with A x = b
     */
    public double[] solve(double[] b) {
        double[] x = solveLower(b);
        for (int i = n - 1; i >= 0; i--) {
            double s = x[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k * n + i] * x[k];
            }
            x[i] = s / l[i * n + i];
        }
        return x;
    }

    /** @return A^-1, n x n row-major */
    public double[] inverse() {
        double[] inv = new double[n * n];
        double[] e = new double[n];
        for (int j = 0; j < n; j++) {
            e[j] = 1.0;
            double[] col = solve(e);
            e[j] = 0.0;
            for (int i = 0; i < n; i++) {
                inv[i * n + j] = col[i];
            }
        }
        return inv;
    }

    /** @return log det A = 2 sum log L_ii */
    public double logDet() {
        double s = 0.0;
        for (int i = 0; i < n; i++) {
            s += Math.log(l[i * n + i]);
        }
        return 2.0 * s;
    }

    /**
     * @param v a vector of length n
     * @return v^T A^-1 v = |L^-1 v|^2
     */
    public double inverseQuadratic(double[] v) {
        double[] z = solveLower(v);
        double s = 0.0;
        for (double zi : z) {
            s += zi * zi;
        }
        return s;
    }
}
