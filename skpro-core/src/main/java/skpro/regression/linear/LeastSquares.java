package skpro.regression.linear;

import skpro.regression.internal.DataChecks;
import skpro.regression.internal.SampleWeights;

/**
 * Least squares on primitive arrays (package-private helper): the normal equations with one
 * step of iterative refinement when the problem is well conditioned (fast, one pass over the
 * rows), Householder QR otherwise.
 *
 * <p>For A (m x p, m &gt;= p) and b, the reflections H_p ... H_1 A = R (upper triangular) are
 * applied to b as well, then R beta = (Q^T b)[0..p) is solved by back substitution; this minimises
 * ||A beta - b||_2 without forming A^T A, so the condition number is not squared.
 *
 * <p>Rank deficiency is an error, not a minimum-norm fallback: column j is declared dependent
 * when |R_jj| &lt;= m * 2^-52 * ||A_j|| (its part orthogonal to the earlier columns is at the
 * rounding level of its own norm), or when the column is zero.
 */
final class LeastSquares {

    private static final double EPS = 0x1.0p-52;

    private LeastSquares() {
    }

    /**
     * @param cols A by columns: cols[j] is column j, length m (overwritten)
     * @param b the right-hand side, length m (overwritten)
     * @param owner the estimator's name, for messages
     * @param columnName names column j for messages
     * @return beta, length p
     * @throws IllegalArgumentException if A has fewer rows than columns or is rank deficient
     */
    static double[] solve(double[][] cols, double[] b, String owner, java.util.function.IntFunction<String> columnName) {
        int p = cols.length;
        int m = b.length;
        if (m < p) {
            throw new IllegalArgumentException(owner + " needs at least " + p + " rows, X has " + m);
        }
        double[] diag = new double[p];
        // Householder reflections preserve each column's norm, so the rank test's reference
        // norms are those of the original columns
        double[] colNorms = new double[p];
        for (int j = 0; j < p; j++) {
            colNorms[j] = norm2(cols[j], 0, m);
        }
        for (int j = 0; j < p; j++) {
            double[] aj = cols[j];
            double colNorm = colNorms[j];
            double norm = norm2(aj, j, m);
            if (colNorm == 0.0 || norm <= m * EPS * colNorm) {
                throw new IllegalArgumentException(owner + ": X is rank deficient: " + columnName.apply(j)
                    + " is constant or a linear combination of the others; drop it or use Ridge with alpha > 0");
            }
            double alpha = aj[j] > 0 ? -norm : norm;
            aj[j] -= alpha;
            double vv = dot(aj, aj, j, m);
            for (int k = j + 1; k < p; k++) {
                reflect(aj, cols[k], j, m, vv);
            }
            reflect(aj, b, j, m, vv);
            diag[j] = alpha;
        }
        double[] beta = new double[p];
        for (int j = p - 1; j >= 0; j--) {
            double s = b[j];
            for (int k = j + 1; k < p; k++) {
                s -= cols[k][j] * beta[k];
            }
            beta[j] = s / diag[j];
        }
        return beta;
    }

    /**
     * Euclidean norm of a[from..to), scaled by the largest magnitude so that it neither
     * overflows nor underflows (two vectorisable passes instead of a hypot per element).
     */
    private static double norm2(double[] a, int from, int to) {
        double m0 = 0.0;
        double m1 = 0.0;
        int k = from;
        for (; k + 1 < to; k += 2) {
            m0 = Math.max(m0, Math.abs(a[k]));
            m1 = Math.max(m1, Math.abs(a[k + 1]));
        }
        if (k < to) {
            m0 = Math.max(m0, Math.abs(a[k]));
        }
        double scale = Math.max(m0, m1);
        if (scale == 0.0 || scale == Double.POSITIVE_INFINITY) {
            return scale;
        }
        double inv = 1.0 / scale;
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        int i = from;
        for (; i + 3 < to; i += 4) {
            double t0 = a[i] * inv;
            double t1 = a[i + 1] * inv;
            double t2 = a[i + 2] * inv;
            double t3 = a[i + 3] * inv;
            s0 += t0 * t0;
            s1 += t1 * t1;
            s2 += t2 * t2;
            s3 += t3 * t3;
        }
        for (; i < to; i++) {
            double t = a[i] * inv;
            s0 += t * t;
        }
        return scale * Math.sqrt((s0 + s1) + (s2 + s3));
    }

    /**
     * sum a[i] b[i] over [from, to), with four independent partial sums so the additions do not
     * wait on each other (the loop is bound by the add latency otherwise).
     */
    private static double dot(double[] a, double[] b, int from, int to) {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        int i = from;
        for (; i + 3 < to; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < to; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** target -= v (2 v.target / v.v) over rows from..m-1. */
    private static void reflect(double[] v, double[] target, int from, int m, double vv) {
        double s = 2.0 * dot(v, target, from, m) / vv;
        for (int i = from; i < m; i++) {
            target[i] -= s * v[i];
        }
    }

    /**
     * Fits beta and intercept: with an intercept, X and y are centred first (the intercept is
     * then mean(y) - mean(X) beta and is not penalised); alpha &gt; 0 appends sqrt(alpha) I to
     * the centred X and zeros to y, which minimises ||y - X beta||^2 + alpha ||beta||^2.
     */
    static LinearModel fit(double[][] x, double[] y, boolean fitIntercept, double alpha, String owner) {
        return fit(x, y, null, fitIntercept, alpha, owner);
    }

    /**
     * Validates X, y and the sample weights, then fits by weighted least squares on the rows of
     * positive weight (weights absent or all 1: the unweighted fit itself).
     *
     * @throws IllegalArgumentException as {@link skpro.regression.Regressor#fit(double[][], double[], double[])},
     *     or if the rows of positive weight are too few or X restricted to them is rank deficient
     */
    static LinearModel fitChecked(double[][] x, double[] y, double[] sampleWeight, boolean fitIntercept,
        double alpha, String owner) {
        DataChecks.features(x);
        DataChecks.targets(x, y);
        DataChecks.weights(x, sampleWeight);
        if (SampleWeights.isUnit(sampleWeight)) {
            return fit(x, y, null, fitIntercept, alpha, owner);
        }
        SampleWeights.Rows rows = SampleWeights.positive(x, y, sampleWeight);
        return fit(rows.x(), rows.y(), rows.weights(), fitIntercept, alpha, owner);
    }

    /**
     * Weighted least squares: minimises sum_i w_i (y_i - b0 - x_i beta)^2 + alpha ||beta||^2 (w
     * not normalised, as sklearn, so a weight w is w copies of the row). With an intercept the
     * means are the weighted means m = sum w_i x_i / sum w_i; the centred rows and targets are
     * scaled by sqrt(w_i), which turns the problem into the unweighted one; b0 = mean(y) -
     * mean(X) beta.
     *
     * @param weights positive finite weights, or null for the unweighted fit (rows of weight 0
     *     are left out by the caller, so that they do not count as rows)
     */
    static LinearModel fit(double[][] x, double[] y, double[] weights, boolean fitIntercept, double alpha,
        String owner) {
        int n = x.length;
        int p = x[0].length;
        double[] xMean = new double[p];
        double yMean = 0.0;
        double[] sw = null;
        if (weights != null) {
            sw = new double[n];
            for (int i = 0; i < n; i++) {
                sw[i] = Math.sqrt(weights[i]);
            }
        }
        if (fitIntercept) {
            double total = 0.0;
            for (int i = 0; i < n; i++) {
                double w = weights == null ? 1.0 : weights[i];
                double[] row = x[i];
                for (int j = 0; j < p; j++) {
                    xMean[j] += w * row[j];
                }
                yMean += w * y[i];
                total += w;
            }
            for (int j = 0; j < p; j++) {
                xMean[j] /= total;
            }
            yMean /= total;
        }
        int extra = alpha > 0 ? p : 0;
        if (extra == 0) {
            int needed = p + (fitIntercept ? 1 : 0);
            if (n < needed) {
                throw new IllegalArgumentException(owner + " with " + p + " features"
                    + (fitIntercept ? " and an intercept" : "") + " needs at least " + needed
                    + " rows" + (weights == null ? "" : " of positive weight") + ", X has " + n);
            }
        }
        double[] fast = normalEquations(x, y, sw, xMean, yMean, alpha);
        if (fast != null) {
            return withIntercept(fast, xMean, yMean, fitIntercept);
        }
        double[][] cols = new double[p][n + extra];
        for (int i = 0; i < n; i++) {
            double[] row = x[i];
            double s = sw == null ? 1.0 : sw[i];
            for (int j = 0; j < p; j++) {
                cols[j][i] = (row[j] - xMean[j]) * s;
            }
        }
        if (extra > 0) {
            for (int j = 0; j < p; j++) {
                cols[j][n + j] = Math.sqrt(alpha);
            }
        }
        double[] b = new double[n + extra];
        for (int i = 0; i < n; i++) {
            b[i] = (y[i] - yMean) * (sw == null ? 1.0 : sw[i]);
        }
        double[] beta = solve(cols, b, owner, j -> "column " + j + " of X");
        return withIntercept(beta, xMean, yMean, fitIntercept);
    }

    private static LinearModel withIntercept(double[] beta, double[] xMean, double yMean, boolean fitIntercept) {
        double intercept = 0.0;
        if (fitIntercept) {
            intercept = yMean;
            for (int j = 0; j < beta.length; j++) {
                intercept -= xMean[j] * beta[j];
            }
        }
        return new LinearModel(beta, intercept);
    }

    /** Relative Cholesky pivot below which the fast path gives way to QR. */
    private static final double MIN_PIVOT = 1e-8;

    /**
     * The fast path for well-conditioned problems: the normal equations
     * (Xc^T Xc + alpha I) beta = Xc^T yc of the centred data (rows scaled by sw, if not null),
     * accumulated in one pass over the rows and solved by Cholesky. Used only when every Cholesky pivot keeps at least 1e-8 of its
     * column's squared norm (no column is within 1e-4 in angle of the span of the previous ones);
     * otherwise null, and the caller uses the Householder QR, which also names a rank-deficient
     * column. When some pivot keeps less than {@link #REFINE_BELOW} of its column's norm, one
     * step of iterative refinement with the exact residual follows (beta += G^-1 Xc^T (yc - Xc
     * beta), a second pass), which brings the normal equations' error, of the order of
     * cond(G) u, back to that of QR; above it the scaled condition number is small enough for the
     * solve itself to be accurate to about 1e-12.
     */
    private static double[] normalEquations(double[][] x, double[] y, double[] sw, double[] xMean, double yMean,
        double alpha) {
        int n = x.length;
        int p = xMean.length;
        int pairs = p * (p + 1) / 2;
        int blockRows = blockRows(pairs + p);
        double[][] block = new double[p][blockRows];
        double[] yc = new double[blockRows];
        // one running sum per row position of the block and per entry of [G | Xc^T yc]: the
        // inner loops are element-wise products over contiguous columns, which the JIT turns
        // into SIMD, and every sum is reduced once at the end
        double[][] sums = new double[pairs + p][blockRows];
        for (int from = 0; from < n; from += blockRows) {
            int len = centreBlock(x, y, sw, xMean, yMean, from, block, yc);
            int q = 0;
            for (int j = 0; j < p; j++) {
                double[] cj = block[j];
                addProducts(sums[pairs + j], cj, yc, len);
                for (int k = j; k < p; k++) {
                    addProducts(sums[q++], cj, block[k], len);
                }
            }
        }
        double[] g = new double[p * p];
        double[] rhs = new double[p];
        int q = 0;
        for (int j = 0; j < p; j++) {
            rhs[j] = sum(sums[pairs + j]);
            for (int k = j; k < p; k++) {
                g[j * p + k] = sum(sums[q++]);
            }
            g[j * p + j] += alpha;
        }
        double[] u = cholesky(g, p, MIN_PIVOT, false);
        if (u == null) {
            return null;
        }
        double[] beta = choleskySolve(u, p, rhs);
        if (minRelativePivot(u, g, p) >= REFINE_BELOW) {
            return beta;
        }
        double[] correction = new double[p];
        for (int from = 0; from < n; from += blockRows) {
            int len = centreBlock(x, y, sw, xMean, yMean, from, block, yc);
            for (int j = 0; j < p; j++) {
                double[] cj = block[j];
                double bj = beta[j];
                for (int t = 0; t < len; t++) {
                    yc[t] -= cj[t] * bj;
                }
            }
            for (int j = 0; j < p; j++) {
                correction[j] += dot(block[j], yc, 0, len);
            }
        }
        for (int j = 0; j < p; j++) {
            correction[j] -= alpha * beta[j];
        }
        double[] delta = choleskySolve(u, p, correction);
        for (int j = 0; j < p; j++) {
            beta[j] += delta[j];
        }
        return beta;
    }

    /** Relative pivot below which the fast path adds a refinement step. */
    private static final double REFINE_BELOW = 1e-2;

    /** @return min_j u_jj^2 / g_jj, the smallest share of a column's norm left by its pivot */
    private static double minRelativePivot(double[] u, double[] g, int p) {
        double min = 1.0;
        for (int j = 0; j < p; j++) {
            min = Math.min(min, u[j * p + j] * u[j * p + j] / g[j * p + j]);
        }
        return min;
    }

    /**
     * Rows per block: 256, fewer for wide X so that the running sums ({@code sums} arrays of that
     * length) stay within about 256 KiB, never fewer than 16.
     */
    private static int blockRows(int sums) {
        return Math.max(16, Math.min(256, (32768 / sums) & ~3));
    }

    /** acc[t] += a[t] * b[t] for t &lt; len. */
    private static void addProducts(double[] acc, double[] a, double[] b, int len) {
        for (int t = 0; t < len; t++) {
            acc[t] += a[t] * b[t];
        }
    }

    private static double sum(double[] a) {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        int i = 0;
        for (; i + 3 < a.length; i += 4) {
            s0 += a[i];
            s1 += a[i + 1];
            s2 += a[i + 2];
            s3 += a[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * Copies rows from .. from + len - 1 of X, centred (and scaled by sqrt(w_i) when sw holds
     * the square roots of weights), into the columns block[j][0 .. len), and the centred (scaled)
     * targets into yc; returns len = min(block length, n - from).
     */
    private static int centreBlock(double[][] x, double[] y, double[] sw, double[] xMean, double yMean, int from,
        double[][] block, double[] yc) {
        int len = Math.min(yc.length, x.length - from);
        int p = xMean.length;
        if (sw == null) {
            for (int t = 0; t < len; t++) {
                double[] row = x[from + t];
                for (int j = 0; j < p; j++) {
                    block[j][t] = row[j] - xMean[j];
                }
                yc[t] = y[from + t] - yMean;
            }
            return len;
        }
        for (int t = 0; t < len; t++) {
            double[] row = x[from + t];
            double s = sw[from + t];
            for (int j = 0; j < p; j++) {
                block[j][t] = (row[j] - xMean[j]) * s;
            }
            yc[t] = (y[from + t] - yMean) * s;
        }
        return len;
    }

    /**
     * Upper-triangular U (row-major p x p) with U^T U = G, the upper triangle of G read. A pivot
     * at most tol * G_jj (or not finite) makes it return null, or, with dropDependent, gives
     * U_jj = +infinity and a zero row, so that {@link #choleskySolve} sets that component to zero
     * and solves for the others with that column removed.
     */
    static double[] cholesky(double[] g, int p, double tol, boolean dropDependent) {
        double[] u = new double[p * p];
        for (int j = 0; j < p; j++) {
            double d = g[j * p + j];
            for (int t = 0; t < j; t++) {
                d -= u[t * p + j] * u[t * p + j];
            }
            if (!(d > tol * g[j * p + j]) || !Double.isFinite(d)) {
                if (!dropDependent) {
                    return null;
                }
                u[j * p + j] = Double.POSITIVE_INFINITY;
                continue;
            }
            double ujj = Math.sqrt(d);
            u[j * p + j] = ujj;
            for (int k = j + 1; k < p; k++) {
                double v = g[j * p + k];
                for (int t = 0; t < j; t++) {
                    v -= u[t * p + j] * u[t * p + k];
                }
                u[j * p + k] = v / ujj;
            }
        }
        return u;
    }

    /**
     * Solves U^T U z = r (U upper triangular, row-major p x p; a diagonal of +infinity with a zero
     * row sets that component to zero).
     */
    static double[] choleskySolve(double[] u, int p, double[] r) {
        double[] w = new double[p];
        for (int j = 0; j < p; j++) {
            double v = r[j];
            for (int t = 0; t < j; t++) {
                v -= u[t * p + j] * w[t];
            }
            w[j] = v / u[j * p + j];
        }
        double[] z = new double[p];
        for (int j = p - 1; j >= 0; j--) {
            double v = w[j];
            for (int k = j + 1; k < p; k++) {
                v -= u[j * p + k] * z[k];
            }
            z[j] = v / u[j * p + j];
        }
        return z;
    }
}
