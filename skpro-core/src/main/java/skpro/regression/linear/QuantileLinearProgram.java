package skpro.regression.linear;

/**
 * Asymmetric least absolute deviations as a linear program (package-private solver behind
 * {@link QuantileRegressor}): for A (N x m, full column rank), y and costs u_i, l_i &gt; 0,
 * <pre>
 *   minimise over beta   P(beta) = sum_i [ u_i max(r_i, 0) + l_i max(-r_i, 0) ],   r = y - A beta.
 * </pre>
 * Its dual is: maximise D(lambda) = y' lambda subject to A' lambda = 0 and -l_i &lt;= lambda_i
 * &lt;= u_i; for every feasible pair P(beta) - D(lambda) = sum_i [(u_i - lambda_i) r_i^+ +
 * (l_i + lambda_i) r_i^-] &gt;= 0, so D is a lower bound on the optimum.
 *
 * <p><b>Interior point.</b> With d = lambda + l in [0, h], h = u + l, and s = h - d, the dual is
 * max y'd s.t. A'd = A'l, d + s = h, d, s &gt;= 0, whose own dual is min over (beta, z, w) of
 * (A'l)' beta + h'w s.t. A beta - z + w = y, z, w &gt;= 0 (w = r^+, z = r^- at the optimum).
 * Mehrotra's predictor-corrector method (the Frisch-Newton method of Koenker and Portnoy, 1997)
 * follows the central path d_i z_i = s_i w_i = mu from the feasible d = l: each Newton step
 * eliminates (d, s, z, w) and solves the m x m system (A' Theta A) dbeta = A' Theta rho - r_p,
 * Theta_i = 1 / (z_i / d_i + w_i / s_i), by Cholesky, once per iteration for both the
 * predictor and the corrector. It stops when the duality gap P - D is below 1e-10 of the
 * objective (or stalls).
 *
 * <p><b>Crossover.</b> An optimum of the LP is attained at a vertex: m rows (the basis B, with
 * A_B non-singular) are interpolated, r_B = 0. The rows with the largest Theta_i (both bounds of
 * lambda_i inactive) that are linearly independent form the first basis. From it a simplex
 * method on the rows polishes the vertex exactly: lambda_N is fixed by the signs of the other
 * residuals (u_i or -l_i), A_B' lambda_B = -A_N' lambda_N; a basic lambda_k outside [-l_k, u_k]
 * means that freeing row k (moving beta along A_B^-1 (+-e_k)) lowers P, and the step goes to the
 * minimum of the convex piecewise-linear P along that edge (a weighted median of the breakpoints
 * r_i / (A_i delta), found by quickselect), where the row at the minimum enters the basis. When
 * no basic row can improve, lambda certifies that the vertex is optimal.
 *
 * <p>Ties (duplicate rows, integer data) make vertices degenerate: more than m rows interpolated,
 * where a pivot may not improve and the simplex can cycle. So the pivots run first on a tiny
 * deterministic perturbation of y, where no vertex is degenerate, then on y itself from the basis
 * found (usually already optimal; a residual that the perturbation flipped is repaired there,
 * with a cap on pivots that do not improve). The vertex is returned unless the interior point's
 * own beta is lower.
 */
final class QuantileLinearProgram {

    /** Step-to-boundary fraction of the interior point (as in Koenker's rq.fit.fnb). */
    private static final double STEP = 0.99995;
    private static final int MAX_INTERIOR_ITERATIONS = 100;
    private static final double GAP_TOLERANCE = 1e-10;
    /** Relative Cholesky pivot below which a direction is dropped from a Newton step. */
    private static final double NEWTON_PIVOT = 1e-14;
    /** A row joins the first basis when at least this fraction of its norm is new. */
    private static final double INDEPENDENT_ROW = 1e-8;
    /** Relative Gram pivot (1 - R^2 of a column on the earlier ones) below which alpha = 0 drops it. */
    private static final double DEPENDENT_COLUMN = 1e-13;

    private final int rows;
    private final int cols;
    /** A, row-major: a[i * cols + j]. */
    private final double[] a;
    private final double[] y;
    private final double[] up;
    private final double[] lo;
    private final double gapTolerance;

    /**
     * @param a A row-major, rows x cols, full column rank (not copied, not changed)
     * @param y the targets, length rows
     * @param up u_i &gt; 0, the cost of a unit positive residual
     * @param lo l_i &gt; 0, the cost of a unit negative residual
     * @param gapTolerance the relative duality gap at which the interior point hands over
     */
    QuantileLinearProgram(double[] a, int cols, double[] y, double[] up, double[] lo, double gapTolerance) {
        this.rows = y.length;
        this.cols = cols;
        this.a = a;
        this.y = y;
        this.up = up;
        this.lo = lo;
        this.gapTolerance = gapTolerance;
    }

    /**
     * Fits sklearn's quantile regression: (b0, b) minimise
     * (1/n) sum_i rho_q(y_i - b0 - x_i b) + alpha ||b||_1, as the LP above times n.
     *
     * <p>Columns are centred (with an intercept) and scaled to unit root mean square, which
     * changes the parametrisation, not the problem: rows of A are (1, (x_i - m) / s) with costs
     * u = q, l = 1 - q, and, for alpha &gt; 0, one row e_j per feature with y = 0 and
     * u = l = n alpha / s_j (its cost is n alpha |b_j|). A constant column (zero after centring,
     * or all zero without an intercept) gets coefficient 0, and so does a column whose penalty
     * outweighs any change of the loss (n alpha &gt;= max(q, 1 - q) sum_i |x_ij - m_j|, an exact
     * optimality condition that also keeps the LP's costs finite); with alpha = 0 so does a
     * column with less than 1e-13 of its squared norm outside the span of the earlier ones (and
     * the intercept), where the optimum is not unique (or not distinguishable in doubles).
     */
    static LinearModel fit(double[][] x, double[] y, double quantile, double alpha, boolean fitIntercept) {
        return fit(x, y, null, quantile, alpha, fitIntercept, GAP_TOLERANCE);
    }

    /**
     * Weighted, as sklearn's {@code sample_weight}: (b0, b) minimise
     * (1/W) sum_i w_i rho_q(y_i - b0 - x_i b) + alpha ||b||_1, W = sum_i w_i; the LP above times W,
     * with costs u_i = q w_i, l_i = (1 - q) w_i, penalty costs W alpha / s_j, and the weighted
     * means and root mean squares of the columns. An integer weight w is w copies of the row.
     *
     * @param weights positive finite weights (rows of weight 0 left out by the caller), or null
     */
    static LinearModel fit(double[][] x, double[] y, double[] weights, double quantile, double alpha,
        boolean fitIntercept) {
        return fit(x, y, weights, quantile, alpha, fitIntercept, GAP_TOLERANCE);
    }

    /** As {@link #fit(double[][], double[], double[], double, double, boolean)}, handing over at the given gap (tests). */
    static LinearModel fit(double[][] x, double[] y, double[] weights, double quantile, double alpha,
        boolean fitIntercept, double gapTolerance) {
        int n = x.length;
        int p = x[0].length;
        double total = 0.0;
        for (int i = 0; i < n; i++) {
            total += weights == null ? 1.0 : weights[i];
        }
        double[] mean = new double[p];
        if (fitIntercept) {
            for (int i = 0; i < n; i++) {
                double w = weights == null ? 1.0 : weights[i];
                double[] row = x[i];
                for (int j = 0; j < p; j++) {
                    mean[j] += w * row[j];
                }
            }
            for (int j = 0; j < p; j++) {
                mean[j] /= total;
            }
        }
        double[] scale = new double[p];
        double[] absDev = new double[p];
        for (int i = 0; i < n; i++) {
            double w = weights == null ? 1.0 : weights[i];
            double[] row = x[i];
            for (int j = 0; j < p; j++) {
                double dev = row[j] - mean[j];
                scale[j] += w * dev * dev;
                absDev[j] += w * Math.abs(dev);
            }
        }
        int[] feature = new int[p];
        int kept = 0;
        double steepest = Math.max(quantile, 1.0 - quantile);
        for (int j = 0; j < p; j++) {
            scale[j] = Math.sqrt(scale[j] / total);
            // b_j = 0 at every optimum when its penalty W alpha |b_j| rises faster than the loss
            // can fall, by at most max(q, 1 - q) sum_i w_i |x_ij - m_j| |b_j|
            boolean penalisedOut = alpha > 0 && total * alpha >= steepest * absDev[j];
            if (scale[j] > 0 && !penalisedOut) {
                feature[kept++] = j;
            }
        }
        int off = fitIntercept ? 1 : 0;
        int m = off + kept;
        int penaltyRows = alpha > 0 ? kept : 0;
        double[] a = new double[(n + penaltyRows) * m];
        for (int i = 0; i < n; i++) {
            int o = i * m;
            if (fitIntercept) {
                a[o] = 1.0;
            }
            for (int c = 0; c < kept; c++) {
                int j = feature[c];
                a[o + off + c] = (x[i][j] - mean[j]) / scale[j];
            }
        }
        if (alpha == 0) {
            int[] keep = independentColumns(a, n, m, weights);
            int dropped = m - keep.length;
            if (dropped > 0) {
                for (int i = 0; i < n; i++) {
                    for (int c = 0; c < keep.length; c++) {
                        a[i * keep.length + c] = a[i * m + keep[c]];
                    }
                }
                int k = 0;
                for (int c = 0; c < keep.length; c++) {
                    if (keep[c] >= off) {
                        feature[k++] = feature[keep[c] - off];
                    }
                }
                kept = k;
                m = keep.length;
            }
        }
        int rows = n + penaltyRows;
        double[] target = new double[rows];
        double[] up = new double[rows];
        double[] lo = new double[rows];
        System.arraycopy(y, 0, target, 0, n);
        for (int i = 0; i < n; i++) {
            double w = weights == null ? 1.0 : weights[i];
            up[i] = quantile * w;
            lo[i] = (1.0 - quantile) * w;
        }
        for (int c = 0; c < penaltyRows; c++) {
            a[(n + c) * m + off + c] = 1.0;
            up[n + c] = total * alpha / scale[feature[c]];
            lo[n + c] = up[n + c];
        }
        double[] beta = new QuantileLinearProgram(a, m, target, up, lo, gapTolerance).solve();
        double[] coefficients = new double[p];
        double intercept = fitIntercept ? beta[0] : 0.0;
        for (int c = 0; c < kept; c++) {
            int j = feature[c];
            coefficients[j] = beta[off + c] / scale[j] + 0.0; // no -0.0
            intercept -= mean[j] * coefficients[j];
        }
        return new LinearModel(coefficients, intercept);
    }

    /**
     * @return the columns of the first n rows of A (row-major, m columns) that the Cholesky of the
     *     (weighted, if weights is not null) Gram keeps
     */
    private static int[] independentColumns(double[] a, int n, int m, double[] weights) {
        double[] w = weights;
        if (w == null) {
            w = new double[n];
            java.util.Arrays.fill(w, 1.0);
        }
        double[] u = gramFactor(a, n, m, w, DEPENDENT_COLUMN);
        int[] keep = new int[m];
        int k = 0;
        for (int j = 0; j < m; j++) {
            if (u[j * m + j] != Double.POSITIVE_INFINITY) {
                keep[k++] = j;
            }
        }
        return java.util.Arrays.copyOf(keep, k);
    }

    /** @return an optimal beta, length cols */
    double[] solve() {
        if (cols == 0 || objective(new double[cols]) == 0.0) {
            return new double[cols];
        }
        double[] theta = new double[rows];
        double[] ipm = interiorPoint(theta);
        int[] basis = firstBasis(theta);
        double[] vertex = null;
        if (basis != null) {
            simplex(basis, perturbed(), false);
            vertex = simplex(basis, y, true);
        }
        return vertex != null && !(objective(ipm) < objective(vertex)) ? vertex : ipm;
    }

    /** @return P(beta) */
    double objective(double[] beta) {
        double[] r = residuals(beta, new double[rows]);
        double s = 0.0;
        for (int i = 0; i < rows; i++) {
            s += r[i] > 0 ? up[i] * r[i] : -lo[i] * r[i];
        }
        return s;
    }

    /** @return r = y - A beta, written into out */
    private double[] residuals(double[] beta, double[] out) {
        return residuals(beta, y, out);
    }

    /** @return r = rhs - A beta, written into out */
    private double[] residuals(double[] beta, double[] rhs, double[] out) {
        for (int i = 0; i < rows; i++) {
            int o = i * cols;
            double s = rhs[i];
            for (int j = 0; j < cols; j++) {
                s -= a[o + j] * beta[j];
            }
            out[i] = s;
        }
        return out;
    }

    /** @return A' v */
    private double[] transposeTimes(double[] v) {
        double[] out = new double[cols];
        for (int i = 0; i < rows; i++) {
            double vi = v[i];
            if (vi != 0.0) {
                int o = i * cols;
                for (int j = 0; j < cols; j++) {
                    out[j] += a[o + j] * vi;
                }
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- interior point

    /**
     * Mehrotra predictor-corrector on the bounded dual; writes the final Theta into theta.
     *
     * @return the last beta
     */
    private double[] interiorPoint(double[] theta) {
        int n = rows;
        double[] d = lo.clone();
        double[] s = up.clone();
        double[] z = new double[n];
        double[] w = new double[n];
        java.util.Arrays.fill(theta, 1.0);
        double[] beta = choleskySolve(normalMatrix(theta), transposeTimes(y));
        double[] r = residuals(beta, new double[n]);
        // the start shifts z and w off zero by the mean absolute residual (at least a millionth
        // of the mean |y|, for data that least squares fits exactly); the stop allows rounding
        // of the objective's scale, sum (u + l) |y|
        double meanAbs = 0.0;
        double sumAbsY = 0.0;
        double scale = 0.0;
        for (int i = 0; i < n; i++) {
            meanAbs += Math.abs(r[i]);
            sumAbsY += Math.abs(y[i]);
            scale += (up[i] + lo[i]) * Math.abs(y[i]);
        }
        double shift = Math.max(meanAbs, 1e-6 * sumAbsY) / n;
        double floor = 0x1.0p-50 * scale;
        for (int i = 0; i < n; i++) {
            z[i] = Math.max(-r[i], 0.0) + shift;
            w[i] = Math.max(r[i], 0.0) + shift;
        }
        double[] previous = beta.clone();
        double[] rd = new double[n];
        double[] ru = new double[n];
        double[] rz = new double[n];
        double[] rw = new double[n];
        double[] rho = new double[n];
        double[] lambda = new double[n];
        Direction aff = new Direction(n, cols);
        Direction cor = new Direction(n, cols);
        for (int iter = 0; iter < MAX_INTERIOR_ITERATIONS; iter++) {
            residuals(beta, r);
            double primal = 0.0;
            double dual = 0.0;
            double mu = 0.0;
            for (int i = 0; i < n; i++) {
                primal += r[i] > 0 ? up[i] * r[i] : -lo[i] * r[i];
                lambda[i] = lo[i] - d[i];
                dual -= y[i] * lambda[i];
                rd[i] = r[i] + z[i] - w[i];
                ru[i] = up[i] + lo[i] - d[i] - s[i];
                theta[i] = 1.0 / (z[i] / d[i] + w[i] / s[i]);
                mu += d[i] * z[i] + s[i] * w[i];
            }
            mu /= 2.0 * n;
            if (!Double.isFinite(primal - dual) || !(mu > 0) || !Double.isFinite(mu)) {
                // numerical breakdown: back to the last good beta, rows ordered by |residual|
                residuals(previous, r);
                for (int i = 0; i < n; i++) {
                    theta[i] = 1.0 / (Math.abs(r[i]) + Double.MIN_NORMAL);
                }
                return previous;
            }
            if (primal - dual <= gapTolerance * Math.max(Math.abs(primal), Math.abs(dual)) + floor) {
                break;
            }
            // r_p = A'l - A'd
            double[] rp = transposeTimes(lambda);
            double[] u = normalMatrix(theta);
            for (int i = 0; i < n; i++) {
                rz[i] = -d[i] * z[i];
                rw[i] = -s[i] * w[i];
            }
            newton(u, theta, d, s, z, w, rd, ru, rz, rw, rp, rho, aff);
            double ap = Math.min(1.0, maxStep(d, aff.d, s, aff.s));
            double ad = Math.min(1.0, maxStep(z, aff.z, w, aff.w));
            double muAff = 0.0;
            for (int i = 0; i < n; i++) {
                muAff += (d[i] + ap * aff.d[i]) * (z[i] + ad * aff.z[i])
                    + (s[i] + ap * aff.s[i]) * (w[i] + ad * aff.w[i]);
            }
            muAff /= 2.0 * n;
            double sigma = Math.pow(muAff / mu, 3);
            double target = sigma * mu;
            for (int i = 0; i < n; i++) {
                rz[i] = target - d[i] * z[i] - aff.d[i] * aff.z[i];
                rw[i] = target - s[i] * w[i] - aff.s[i] * aff.w[i];
            }
            newton(u, theta, d, s, z, w, rd, ru, rz, rw, rp, rho, cor);
            ap = Math.min(1.0, STEP * maxStep(d, cor.d, s, cor.s));
            ad = Math.min(1.0, STEP * maxStep(z, cor.z, w, cor.w));
            if (ap < 1e-12 && ad < 1e-12) {
                break;
            }
            for (int i = 0; i < n; i++) {
                d[i] += ap * cor.d[i];
                s[i] += ap * cor.s[i];
                z[i] += ad * cor.z[i];
                w[i] += ad * cor.w[i];
            }
            System.arraycopy(beta, 0, previous, 0, cols);
            for (int j = 0; j < cols; j++) {
                beta[j] += ad * cor.beta[j];
            }
        }
        return beta;
    }

    /** A Newton direction of the interior point. */
    private static final class Direction {
        final double[] d;
        final double[] s;
        final double[] z;
        final double[] w;
        final double[] beta;

        Direction(int n, int m) {
            d = new double[n];
            s = new double[n];
            z = new double[n];
            w = new double[n];
            beta = new double[m];
        }
    }

    /**
     * Solves A' dd = rp, dd + ds = ru, A dbeta - dz + dw = rd, z dd + d dz = rz, w ds + s dw = rw:
     * rho = rd + rz / d - (rw - w ru) / s, (A' Theta A) dbeta = A' Theta rho - rp,
     * dd = Theta (rho - A dbeta), then ds, dz, dw by back substitution.
     */
    private void newton(double[] u, double[] theta, double[] d, double[] s, double[] z, double[] w, double[] rd,
        double[] ru, double[] rz, double[] rw, double[] rp, double[] rho, Direction out) {
        int n = rows;
        for (int i = 0; i < n; i++) {
            double v = rd[i] + rz[i] / d[i] - (rw[i] - w[i] * ru[i]) / s[i];
            rho[i] = v;
            out.d[i] = theta[i] * v;
        }
        double[] rhs = transposeTimes(out.d);
        for (int j = 0; j < cols; j++) {
            rhs[j] -= rp[j];
        }
        double[] db = choleskySolve(u, rhs);
        System.arraycopy(db, 0, out.beta, 0, cols);
        for (int i = 0; i < n; i++) {
            int o = i * cols;
            double ab = 0.0;
            for (int j = 0; j < cols; j++) {
                ab += a[o + j] * db[j];
            }
            double dd = theta[i] * (rho[i] - ab);
            double ds = ru[i] - dd;
            out.d[i] = dd;
            out.s[i] = ds;
            out.z[i] = (rz[i] - z[i] * dd) / d[i];
            out.w[i] = (rw[i] - w[i] * ds) / s[i];
        }
    }

    /** @return the largest t with x + t dx &gt;= 0 and y + t dy &gt;= 0 (infinity if unbounded) */
    private static double maxStep(double[] x, double[] dx, double[] v, double[] dv) {
        double t = Double.POSITIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            if (dx[i] < 0) {
                t = Math.min(t, -x[i] / dx[i]);
            }
            if (dv[i] < 0) {
                t = Math.min(t, -v[i] / dv[i]);
            }
        }
        return t;
    }

    /**
     * @return the Cholesky factor (see {@link LeastSquares#cholesky}) of A' diag(weights) A,
     *     accumulated in one pass over the rows
     */
    private double[] normalMatrix(double[] weights) {
        return gramFactor(a, rows, cols, weights, NEWTON_PIVOT);
    }

    /**
     * @return the factor of {@link LeastSquares#cholesky} (pivots at most tol times their diagonal
     *     dropped) of A' diag(weights) A for the first n rows of A (row-major, m columns)
     */
    private static double[] gramFactor(double[] a, int n, int m, double[] weights, double tol) {
        double[] g = new double[m * m];
        for (int i = 0; i < n; i++) {
            double t = weights[i];
            int o = i * m;
            for (int j = 0; j < m; j++) {
                double v = t * a[o + j];
                int gj = j * m;
                for (int k = j; k < m; k++) {
                    g[gj + k] += v * a[o + k];
                }
            }
        }
        return LeastSquares.cholesky(g, m, tol, true);
    }

    private double[] choleskySolve(double[] u, double[] rhs) {
        return LeastSquares.choleskySolve(u, cols, rhs);
    }

    // ---------------------------------------------------------------- crossover

    /**
     * @return m linearly independent rows, taken greedily by decreasing theta (null if A has
     *     fewer than m independent rows)
     */
    private int[] firstBasis(double[] theta) {
        int m = cols;
        int[] basis = new int[m];
        double[] q = new double[m * m];
        double[] v = new double[m];
        int found = 0;
        int tried = 0;
        for (int take = Math.min(rows, Math.max(4 * m, 64)); found < m; take = Math.min(rows, 4 * take)) {
            int[] order = largest(theta, take);
            for (int c = tried; c < order.length && found < m; c++) {
                int i = order[c];
                double norm = 0.0;
                for (int j = 0; j < m; j++) {
                    v[j] = a[i * m + j];
                    norm += v[j] * v[j];
                }
                norm = Math.sqrt(norm);
                if (norm == 0.0) {
                    continue;
                }
                for (int pass = 0; pass < 2; pass++) {
                    for (int t = 0; t < found; t++) {
                        double dot = 0.0;
                        for (int j = 0; j < m; j++) {
                            dot += q[t * m + j] * v[j];
                        }
                        for (int j = 0; j < m; j++) {
                            v[j] -= dot * q[t * m + j];
                        }
                    }
                }
                double rest = 0.0;
                for (int j = 0; j < m; j++) {
                    rest += v[j] * v[j];
                }
                rest = Math.sqrt(rest);
                if (rest > INDEPENDENT_ROW * norm) {
                    for (int j = 0; j < m; j++) {
                        q[found * m + j] = v[j] / rest;
                    }
                    basis[found++] = i;
                }
            }
            tried = order.length;
            if (take == rows) {
                break;
            }
        }
        return found == m ? basis : null;
    }

    /** @return the indices of the k largest values, largest first (ties by index) */
    private static int[] largest(double[] values, int k) {
        int n = values.length;
        double threshold = Double.NEGATIVE_INFINITY;
        if (k < n) {
            double[] sorted = values.clone();
            java.util.Arrays.sort(sorted);
            threshold = sorted[n - k];
        }
        Integer[] top = new Integer[k];
        int c = 0;
        for (int i = 0; i < n && c < k; i++) {
            if (values[i] >= threshold) {
                top[c++] = i;
            }
        }
        // stable: equal values keep their index order (fewer than k if some are NaN)
        java.util.Arrays.sort(top, 0, c, (i, j) -> Double.compare(values[j], values[i]));
        int[] out = new int[c];
        for (int x = 0; x < c; x++) {
            out[x] = top[x];
        }
        return out;
    }

    // ---------------------------------------------------------------- simplex polish

    /**
     * y plus a deterministic perturbation of 1e-11 (|y_i| + mean |y|) times a uniform number in
     * (-1, 1): no m + 1 rows are interpolated at once (almost surely), so every simplex pivot on
     * it strictly improves. Its optimal basis is then optimal for y too, except where a residual
     * smaller than the perturbation changes sign, which the pivots on y itself repair.
     */
    private double[] perturbed() {
        double mean = 0.0;
        for (double v : y) {
            mean += Math.abs(v);
        }
        mean /= rows;
        java.util.SplittableRandom rng = new java.util.SplittableRandom(0x5eed);
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
            out[i] = y[i] + 1e-11 * (Math.abs(y[i]) + mean) * (2.0 * rng.nextDouble() - 1.0);
        }
        return out;
    }

    /**
     * Simplex pivots over bases of rows from the given one, which is updated in place.
     *
     * @param rhs the targets (y or a perturbation of it)
     * @param snap whether non-basic residuals at the rounding level count as zero
     * @return the best vertex found, for rhs
     */
    private double[] simplex(int[] basis, double[] rhs, boolean snap) {
        int n = rows;
        int m = cols;
        boolean[] inBasis = new boolean[n];
        for (int i : basis) {
            inBasis[i] = true;
        }
        double[] r = new double[n];
        double[] lambda = new double[n];
        // a basic row with one non-zero (a penalty row) fixes its coefficient exactly
        int[] unit = new int[n];
        for (int i = 0; i < n; i++) {
            unit[i] = -1;
            for (int j = 0; j < m; j++) {
                if (a[i * m + j] != 0.0) {
                    unit[i] = unit[i] == -1 ? j : -2;
                }
            }
        }
        double[] best = null;
        double bestObjective = Double.POSITIVE_INFINITY;
        int stalled = 0;
        int maxPivots = 50 + 10 * m;
        for (int pivot = 0; pivot <= maxPivots && stalled <= 2 * m + 5; pivot++) {
            Lu lu = Lu.of(a, basis, m);
            if (lu == null) {
                break;
            }
            double[] yb = new double[m];
            for (int k = 0; k < m; k++) {
                yb[k] = rhs[basis[k]];
            }
            double[] beta = lu.solve(yb);
            for (int i : basis) {
                if (unit[i] >= 0) {
                    beta[unit[i]] = rhs[i] / a[i * m + unit[i]];
                }
            }
            residuals(beta, rhs, r);
            double objective = 0.0;
            for (int i = 0; i < n; i++) {
                if (inBasis[i] || snap && isZero(r[i], rhs[i], i, beta)) {
                    r[i] = 0.0;
                }
                objective += r[i] > 0 ? up[i] * r[i] : -lo[i] * r[i];
                // a degenerate row (zero residual outside the basis) may take any lambda in its box
                lambda[i] = inBasis[i] ? 0.0 : r[i] > 0 ? up[i] : r[i] < 0 ? -lo[i] : 0.5 * (up[i] - lo[i]);
            }
            if (objective < bestObjective) {
                stalled = objective < bestObjective * (1 - 1e-15) ? 0 : stalled + 1;
                bestObjective = objective;
                best = beta;
            } else {
                stalled++;
            }
            if (objective == 0.0) {
                break;
            }
            double[] g = transposeTimes(lambda);
            for (int j = 0; j < m; j++) {
                g[j] = -g[j];
            }
            double[] lambdaB = lu.solveTransposed(g);
            int entering = -1;
            int leaving = -1;
            // try the basic rows by decreasing violation of their bounds
            boolean[] tried = new boolean[m];
            while (entering < 0) {
                int k = -1;
                double worst = 1e-11;
                for (int c = 0; c < m; c++) {
                    int i = basis[c];
                    double v = Math.max(-lo[i] - lambdaB[c], lambdaB[c] - up[i]) / (up[i] + lo[i]);
                    if (!tried[c] && v > worst) {
                        worst = v;
                        k = c;
                    }
                }
                if (k < 0) {
                    break;
                }
                tried[k] = true;
                double sign = lambdaB[k] < -lo[basis[k]] ? 1.0 : -1.0;
                entering = ratioTest(lu, basis, inBasis, k, sign, r);
                leaving = k;
            }
            if (entering < 0) {
                break;
            }
            inBasis[basis[leaving]] = false;
            inBasis[entering] = true;
            basis[leaving] = entering;
        }
        return best;
    }

    /** Whether r_i = yi - A_i beta is zero up to rounding. */
    private boolean isZero(double ri, double yi, int i, double[] beta) {
        double size = Math.abs(yi);
        int o = i * cols;
        for (int j = 0; j < cols; j++) {
            size += Math.abs(a[o + j] * beta[j]);
        }
        return Math.abs(ri) <= 0x1.0p-46 * size;
    }

    /**
     * The edge that frees basic row k (delta = A_B^-1 (sign e_k), so r_k(t) = -sign t and the
     * other basic rows stay interpolated): P(t) is convex and piecewise linear, with slope
     * c_k + sum_i dP_i/dt; at each breakpoint t_i = r_i / a_i &gt; 0 (a = A delta) the slope grows by
     * (u_i + l_i) |a_i|. Non-basic rows with r_i = 0 count as breakpoints at t = 0.
     *
     * @return the row at the minimum of P along the edge, or -1 if P does not decrease along it
     */
    private int ratioTest(Lu lu, int[] basis, boolean[] inBasis, int k, double sign, double[] r) {
        int n = rows;
        int m = cols;
        double[] e = new double[m];
        e[k] = sign;
        double[] delta = lu.solve(e);
        int leavingRow = basis[k];
        double slope = sign > 0 ? lo[leavingRow] : up[leavingRow];
        int count = 0;
        double[] t = new double[n];
        double[] jump = new double[n];
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            if (inBasis[i]) {
                continue;
            }
            int o = i * m;
            double ai = 0.0;
            for (int j = 0; j < m; j++) {
                ai += a[o + j] * delta[j];
            }
            if (ai == 0.0) {
                continue;
            }
            double ri = r[i];
            // r_i(t) = r_i - t a_i; until its breakpoint the row's slope is -u_i a_i (r_i > 0 side)
            // or l_i a_i (r_i < 0 side); a zero residual starts on the side it leaves toward
            boolean crosses = ri == 0.0 || (ri > 0) == (ai > 0);
            if (crosses) {
                slope += ai > 0 ? -up[i] * ai : lo[i] * ai;
                t[count] = ri == 0.0 ? 0.0 : ri / ai;
                jump[count] = (up[i] + lo[i]) * Math.abs(ai);
                idx[count++] = i;
            } else {
                slope += ri > 0 ? -up[i] * ai : lo[i] * ai;
            }
        }
        if (!(slope < 0)) {
            return -1;
        }
        return weightedSelect(t, jump, idx, count, slope);
    }

    /**
     * @return idx of the breakpoint at which slope + the jumps of all breakpoints up to it first
     *     reaches &gt;= 0 (quickselect with three-way partitions; -1 if it never does)
     */
    static int weightedSelect(double[] t, double[] jump, int[] idx, int count, double slope) {
        int lo0 = 0;
        int hi = count;
        double g = slope;
        while (hi > lo0) {
            double p = median3(t[lo0], t[(lo0 + hi) >>> 1], t[hi - 1]);
            // partition [lo0, hi) into < p, == p, > p
            int lt = lo0;
            int gt = hi;
            int x = lo0;
            while (x < gt) {
                if (t[x] < p) {
                    swap(t, jump, idx, x++, lt++);
                } else if (t[x] > p) {
                    swap(t, jump, idx, x, --gt);
                } else {
                    x++;
                }
            }
            double less = 0.0;
            for (int c = lo0; c < lt; c++) {
                less += jump[c];
            }
            if (g + less >= 0) {
                hi = lt;
                continue;
            }
            double equal = 0.0;
            int bestAt = lt;
            for (int c = lt; c < gt; c++) {
                equal += jump[c];
                if (jump[c] > jump[bestAt]) {
                    bestAt = c;
                }
            }
            if (g + less + equal >= 0) {
                return idx[bestAt];
            }
            g += less + equal;
            lo0 = gt;
        }
        return -1;
    }

    private static double median3(double x, double y, double z) {
        return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    }

    private static void swap(double[] t, double[] jump, int[] idx, int i, int j) {
        double tt = t[i];
        t[i] = t[j];
        t[j] = tt;
        double jj = jump[i];
        jump[i] = jump[j];
        jump[j] = jj;
        int ii = idx[i];
        idx[i] = idx[j];
        idx[j] = ii;
    }

    /** LU with partial pivoting of the basis rows A_B (m x m). */
    private static final class Lu {
        private final double[] lu;
        private final int[] perm;
        private final int m;

        private Lu(double[] lu, int[] perm, int m) {
            this.lu = lu;
            this.perm = perm;
            this.m = m;
        }

        /** @return the factorisation of A_B, or null if it is singular */
        static Lu of(double[] a, int[] basis, int m) {
            double[] lu = new double[m * m];
            for (int k = 0; k < m; k++) {
                System.arraycopy(a, basis[k] * m, lu, k * m, m);
            }
            int[] perm = new int[m];
            for (int k = 0; k < m; k++) {
                perm[k] = k;
            }
            for (int c = 0; c < m; c++) {
                int pr = c;
                for (int rr = c + 1; rr < m; rr++) {
                    if (Math.abs(lu[rr * m + c]) > Math.abs(lu[pr * m + c])) {
                        pr = rr;
                    }
                }
                if (lu[pr * m + c] == 0.0) {
                    return null;
                }
                if (pr != c) {
                    for (int j = 0; j < m; j++) {
                        double tmp = lu[c * m + j];
                        lu[c * m + j] = lu[pr * m + j];
                        lu[pr * m + j] = tmp;
                    }
                    int tmp = perm[c];
                    perm[c] = perm[pr];
                    perm[pr] = tmp;
                }
                double piv = lu[c * m + c];
                for (int rr = c + 1; rr < m; rr++) {
                    double f = lu[rr * m + c] / piv;
                    lu[rr * m + c] = f;
                    for (int j = c + 1; j < m; j++) {
                        lu[rr * m + j] -= f * lu[c * m + j];
                    }
                }
            }
            return new Lu(lu, perm, m);
        }

        /** @return x with A_B x = b */
        double[] solve(double[] b) {
            double[] x = new double[m];
            for (int k = 0; k < m; k++) {
                double v = b[perm[k]];
                for (int j = 0; j < k; j++) {
                    v -= lu[k * m + j] * x[j];
                }
                x[k] = v;
            }
            for (int k = m - 1; k >= 0; k--) {
                double v = x[k];
                for (int j = k + 1; j < m; j++) {
                    v -= lu[k * m + j] * x[j];
                }
                x[k] = v / lu[k * m + k];
            }
            return x;
        }

        /** @return x with A_B' x = b (x indexed like the basis) */
        double[] solveTransposed(double[] b) {
            // P A_B = L U, so A_B' = U' L' P and A_B' x = b is U' v = b, L' w = v, x = P' w
            double[] v = new double[m];
            for (int k = 0; k < m; k++) {
                double s = b[k];
                for (int j = 0; j < k; j++) {
                    s -= lu[j * m + k] * v[j];
                }
                v[k] = s / lu[k * m + k];
            }
            for (int k = m - 1; k >= 0; k--) {
                double s = v[k];
                for (int j = k + 1; j < m; j++) {
                    s -= lu[j * m + k] * v[j];
                }
                v[k] = s;
            }
            double[] x = new double[m];
            for (int k = 0; k < m; k++) {
                x[perm[k]] = v[k];
            }
            return x;
        }
    }
}
