package skpro.classification;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import skpro.regression.Params;
import skpro.regression.internal.DataChecks;
import skpro.regression.internal.Lbfgs;

/**
 * L2-penalised logistic regression, as sklearn's {@code LogisticRegression(solver="lbfgs")}:
 * class probabilities p_ik = exp(z_ik) / sum_l exp(z_il) with logits z_ik = b_k + w_k . x_i, the
 * weights minimising
 * <pre>
 *   sum_i -log p_{i, y_i} + ||W||^2 / (2 C),
 * </pre>
 * the intercepts b_k not penalised.
 *
 * <ul>
 * <li>K &gt; 2 classes: the multinomial (softmax) model with one weight vector per class, as
 *     sklearn's default; the penalty makes W unique, and the intercepts (unique only up to a
 *     common shift, which leaves the probabilities unchanged) are centred to sum 0.</li>
 * <li>K = 2: the binomial model, as sklearn: class 0 has logit 0 and the second class
 *     z_i1 = b + w . x_i, penalised by ||w||^2 / (2 C). (The two-column softmax would halve the
 *     effective penalty.)</li>
 * <li>{@code C = +inf}: no penalty; class 0 then has logit 0 for every K, which makes the
 *     maximum likelihood unique when it exists. A rank-deficient design ([1, X] with an
 *     intercept) is rejected, and so is a fit whose weights grow without bound (separable
 *     classes): both messages suggest a finite C.</li>
 * </ul>
 *
 * <p>Solver: L-BFGS ({@link Lbfgs}, 10 pairs) on the objective divided by n, preconditioned by
 * the inverse of the Hessian's diagonal at W = 0 (q mean(x_j^2) + 1/(C n), q = 1/K (1 - 1/K)),
 * which makes it insensitive to the features' scales; it stops when every partial derivative of
 * the divided objective is at most {@code tol} in absolute value. One evaluation costs
 * O(n p K). A fit that reaches {@code maxIter} iterations first is an error (rather than a
 * warning as in sklearn).
 *
 * <p>Parameters: {@code C} (&gt; 0, +inf allowed; default 1), {@code fitIntercept} (default true),
 * {@code tol} (&gt; 0, default 1e-6; sklearn's is 1e-4), {@code maxIter} (&gt;= 1, default 1000).
 */
public final class LogisticRegression implements ProbaClassifier {
    private final double c;
    private final boolean fitIntercept;
    private final double tol;
    private final int maxIter;

    private LogisticRegression(double c, boolean fitIntercept, double tol, int maxIter) {
        if (!(c > 0)) {
            throw new IllegalArgumentException("C must be > 0 (+inf for no penalty), got " + c);
        }
        if (!(tol > 0) || Double.isInfinite(tol)) {
            throw new IllegalArgumentException("tol must be finite and > 0, got " + tol);
        }
        if (maxIter < 1) {
            throw new IllegalArgumentException("maxIter must be >= 1, got " + maxIter);
        }
        this.c = c;
        this.fitIntercept = fitIntercept;
        this.tol = tol;
        this.maxIter = maxIter;
    }

    /** @return logistic regression with C = 1, an intercept, tol = 1e-6 and maxIter = 1000 */
    public static LogisticRegression of() {
        return new LogisticRegression(1.0, true, 1e-6, 1000);
    }

    /**
     * @param c the inverse penalty strength C, &gt; 0 (+inf: no penalty)
     * @return logistic regression with that C and the other defaults
     * @throws IllegalArgumentException if C is not &gt; 0
     */
    public static LogisticRegression of(double c) {
        return new LogisticRegression(c, true, 1e-6, 1000);
    }

    /**
     * @param c the inverse penalty strength C, &gt; 0 (+inf: no penalty)
     * @return a copy with that C
     * @throws IllegalArgumentException if C is not &gt; 0
     */
    public LogisticRegression withC(double c) {
        return new LogisticRegression(c, fitIntercept, tol, maxIter);
    }

    /**
     * @param fitIntercept whether to fit (unpenalised) intercepts
     * @return a copy with that setting
     */
    public LogisticRegression withFitIntercept(boolean fitIntercept) {
        return new LogisticRegression(c, fitIntercept, tol, maxIter);
    }

    /**
     * @param tol the tolerance on the largest partial derivative of the objective divided by n, &gt; 0
     * @param maxIter the maximum number of L-BFGS iterations, &gt;= 1
     * @return a copy with that stopping rule
     * @throws IllegalArgumentException if tol is not finite and &gt; 0 or maxIter &lt; 1
     */
    public LogisticRegression withStopping(double tol, int maxIter) {
        return new LogisticRegression(c, fitIntercept, tol, maxIter);
    }

    /** @return the inverse penalty strength C */
    public double c() {
        return c;
    }

    /** @return whether intercepts are fitted */
    public boolean fitIntercept() {
        return fitIntercept;
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("C", c, "fitIntercept", fitIntercept, "tol", tol, "maxIter", maxIter);
    }

    @Override
    public LogisticRegression withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("LogisticRegression", params(), changes);
        return new LogisticRegression(Params.getDouble(p, "C"), (Boolean) p.get("fitIntercept"),
            Params.getDouble(p, "tol"), Params.getInt(p, "maxIter"));
    }

    /**
     * @throws IllegalArgumentException as {@link ProbaClassifier#fit}, or, with C = +inf, if the
     *     design is rank deficient or the classes are separable (use a finite C)
     * @throws IllegalStateException if L-BFGS does not converge within maxIter iterations
     */
    @Override
    public <L> Model<L> fit(double[][] x, List<L> y) {
        int p = DataChecks.features(x);
        ClassLabels<L> labels = ClassLabels.ofTargets(x, y);
        int[] codes = labels.encode(y);
        int n = x.length;
        int k = labels.size();
        boolean penalised = c < Double.POSITIVE_INFINITY;
        // free logit rows: the first class is the reference (logit 0) for K = 2 and without a penalty
        int m = (k == 2 || !penalised) ? k - 1 : k;
        int offset = k - m;
        int stride = p + (fitIntercept ? 1 : 0);
        // with an intercept the optimisation runs on centred columns (b' = b + w . mean), which
        // decouples the intercepts from the weights; the penalty on w is unchanged
        double[] mean = new double[p];
        if (fitIntercept) {
            for (double[] row : x) {
                for (int j = 0; j < p; j++) {
                    mean[j] += row[j];
                }
            }
            for (int j = 0; j < p; j++) {
                mean[j] /= n;
            }
        }
        double[] xf = new double[n * p];
        double[] meanSquare = new double[p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                double v = x[i][j] - mean[j];
                xf[i * p + j] = v;
                meanSquare[j] += v * v / n;
            }
        }
        if (!penalised) {
            requireFullRank(x, p);
        }
        double penalty = penalised ? 1.0 / (c * n) : 0.0;
        double q = (1.0 / k) * (1.0 - 1.0 / k);
        double[] diagonal = new double[m * stride];
        for (int r = 0; r < m; r++) {
            for (int j = 0; j < p; j++) {
                diagonal[r * stride + j] = 1.0 / (q * meanSquare[j] + penalty + 1e-12);
            }
            if (fitIntercept) {
                diagonal[r * stride + p] = 1.0 / q;
            }
        }
        Softmax objective = new Softmax(xf, codes, n, p, k, m, offset, stride, fitIntercept, penalty);
        Lbfgs.Result result = Lbfgs.minimize(objective, new double[m * stride], diagonal, tol, maxIter);
        if (!result.converged()) {
            throw new IllegalStateException("LogisticRegression did not converge in " + result.iterations()
                + " iterations (largest gradient entry " + result.gradientNorm() + " > tol = " + tol + ")"
                + (penalised ? "; raise maxIter or tol, standardise the features, or lower C"
                    : "; without a penalty the classes may be separable, where the likelihood has no maximum: "
                        + "use a finite C to regularise"));
        }
        double[][] w = new double[k][p];
        double[] b = new double[k];
        double[] theta = result.x();
        for (int r = 0; r < m; r++) {
            double[] wr = w[r + offset];
            System.arraycopy(theta, r * stride, wr, 0, p);
            if (fitIntercept) {
                double shift = 0.0;
                for (int j = 0; j < p; j++) {
                    shift += wr[j] * mean[j];
                }
                b[r + offset] = theta[r * stride + p] - shift;
            }
        }
        if (!penalised) {
            requireNotSeparable(objective.correct(result.x()));
        } else if (offset == 0 && fitIntercept) {
            double centre = 0.0;
            for (double v : b) {
                centre += v / k;
            }
            for (int r = 0; r < k; r++) {
                b[r] -= centre;
            }
        }
        return new Model<>(this, labels, p, w, b, result.iterations());
    }

    /**
     * @throws IllegalArgumentException as {@link #fit(double[][], List)}
     * @throws IllegalStateException as {@link #fit(double[][], List)}
     */
    @Override
    public Model<Integer> fit(double[][] x, int[] y) {
        return (Model<Integer>) ProbaClassifier.super.fit(x, y);
    }

    /** Rejects a rank-deficient [1, X] (Cholesky of the centred Gram matrix, relative pivots). */
    private void requireFullRank(double[][] x, int p) {
        int n = x.length;
        double[] mean = new double[p];
        if (fitIntercept) {
            for (double[] row : x) {
                for (int j = 0; j < p; j++) {
                    mean[j] += row[j] / n;
                }
            }
        }
        double[][] g = new double[p][p];
        for (double[] row : x) {
            for (int a = 0; a < p; a++) {
                double ua = row[a] - mean[a];
                for (int bb = 0; bb <= a; bb++) {
                    g[a][bb] += ua * (row[bb] - mean[bb]);
                }
            }
        }
        for (int a = 0; a < p; a++) {
            double diag = g[a][a];
            for (int l = 0; l < a; l++) {
                diag -= g[a][l] * g[a][l];
            }
            double scale = 0.0;
            for (double[] row : x) {
                double u = row[a] - mean[a];
                scale += u * u;
            }
            if (!(diag > 1e-10 * scale) || scale == 0.0) {
                throw new IllegalArgumentException("X is singular: column " + a + " is (numerically) "
                    + (fitIntercept ? "constant or " : "") + "a linear combination of the columns before it"
                    + (fitIntercept ? " and the intercept" : "") + ", so the unpenalised likelihood has no unique "
                    + "maximum; use a finite C to regularise");
            }
            double root = Math.sqrt(diag);
            g[a][a] = root;
            for (int r = a + 1; r < p; r++) {
                double v = g[r][a];
                for (int l = 0; l < a; l++) {
                    v -= g[r][l] * g[a][l];
                }
                g[r][a] = v / root;
            }
        }
    }

    /**
     * Without a penalty, a linear rule that classifies every training row correctly means the
     * classes are linearly separable: the likelihood then grows without bound along that rule.
     */
    private static void requireNotSeparable(boolean allCorrect) {
        if (allCorrect) {
            throw new IllegalArgumentException("the classes are linearly separable (the fit classifies every "
                + "training row correctly), so the unpenalised likelihood has no maximum and the weights grow "
                + "without bound; use a finite C to regularise");
        }
    }

    /** Value equality: equal hyper-parameters. */
    @Override
    public boolean equals(Object o) {
        return o instanceof LogisticRegression r && Double.compare(r.c, c) == 0 && r.fitIntercept == fitIntercept
            && Double.compare(r.tol, tol) == 0 && r.maxIter == maxIter;
    }

    @Override
    public int hashCode() {
        return Objects.hash(LogisticRegression.class, c, fitIntercept, tol, maxIter);
    }

    @Override
    public String toString() {
        return "LogisticRegression(C=" + c + ", fitIntercept=" + fitIntercept + ", tol=" + tol + ", maxIter="
            + maxIter + ")";
    }

    /**
     * The objective divided by n: (1/n) sum_i -log p_{i,y_i} + ||W||^2 / (2 C n), over the free
     * rows (weights then intercept per row), and its gradient
     * (1/n) sum_i (p_ik - 1{y_i = k}) (x_i, 1) + (w_k, 0) / (C n).
     */
    private static final class Softmax implements Lbfgs.Objective {
        private final double[] xf;
        private final int[] codes;
        private final int n;
        private final int p;
        private final int k;
        private final int m;
        private final int offset;
        private final int stride;
        private final boolean intercept;
        private final double penalty;
        private final double[] z;

        Softmax(double[] xf, int[] codes, int n, int p, int k, int m, int offset, int stride, boolean intercept,
            double penalty) {
            this.xf = xf;
            this.codes = codes;
            this.n = n;
            this.p = p;
            this.k = k;
            this.m = m;
            this.offset = offset;
            this.stride = stride;
            this.intercept = intercept;
            this.penalty = penalty;
            this.z = new double[k];
        }

        @Override
        public double valueAndGradient(double[] theta, double[] grad) {
            java.util.Arrays.fill(grad, 0.0);
            double loss = 0.0;
            for (int i = 0; i < n; i++) {
                int base = i * p;
                logits(theta, base);
                double max = z[0];
                for (int l = 1; l < k; l++) {
                    max = Math.max(max, z[l]);
                }
                int yi = codes[i];
                double observed = z[yi] - max;
                double sum = 0.0;
                for (int l = 0; l < k; l++) {
                    double e = Math.exp(z[l] - max);
                    z[l] = e;
                    sum += e;
                }
                loss += Math.log(sum) - observed;
                for (int r = 0; r < m; r++) {
                    int cls = r + offset;
                    double resid = (z[cls] / sum - (cls == yi ? 1.0 : 0.0)) / n;
                    int t = r * stride;
                    for (int j = 0; j < p; j++) {
                        grad[t + j] += resid * xf[base + j];
                    }
                    if (intercept) {
                        grad[t + p] += resid;
                    }
                }
            }
            double reg = 0.0;
            for (int r = 0; r < m; r++) {
                int t = r * stride;
                for (int j = 0; j < p; j++) {
                    double w = theta[t + j];
                    reg += w * w;
                    grad[t + j] += penalty * w;
                }
            }
            return loss / n + 0.5 * penalty * reg;
        }

        /** Fills z with the logits of the row starting at {@code base} in xf. */
        private void logits(double[] theta, int base) {
            if (offset == 1) {
                z[0] = 0.0;
            }
            for (int r = 0; r < m; r++) {
                int t = r * stride;
                double v = intercept ? theta[t + p] : 0.0;
                for (int j = 0; j < p; j++) {
                    v += theta[t + j] * xf[base + j];
                }
                z[r + offset] = v;
            }
        }

        /** @return whether the logits at theta rank every row's own class strictly first */
        boolean correct(double[] theta) {
            for (int i = 0; i < n; i++) {
                logits(theta, i * p);
                for (int l = 0; l < k; l++) {
                    if (l != codes[i] && z[l] >= z[codes[i]]) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /**
     * A fitted logistic regression: K weight vectors and intercepts (with a reference class, the
     * first class's are 0).
     *
     * @param <L> the label type
     */
    public static final class Model<L> extends ClassifierModelBase<L> {
        private final double[][] w;
        private final double[] b;
        private final int iterations;

        Model(LogisticRegression classifier, ClassLabels<L> labels, int p, double[][] w, double[] b, int iterations) {
            super(classifier, labels, p);
            this.w = w;
            this.b = b;
            this.iterations = iterations;
        }

        /** @return the K x p weights, row k for class k (a copy) */
        public double[][] coefficients() {
            double[][] out = new double[w.length][];
            for (int r = 0; r < w.length; r++) {
                out[r] = w[r].clone();
            }
            return out;
        }

        /** @return the K intercepts (a copy; zeros without an intercept) */
        public double[] intercepts() {
            return b.clone();
        }

        /** @return the number of L-BFGS iterations the fit took */
        public int iterations() {
            return iterations;
        }

        @Override
        protected double[][] probabilities(double[][] x) {
            int k = w.length;
            int p = numFeatures();
            double[][] out = new double[x.length][k];
            for (int i = 0; i < x.length; i++) {
                double[] row = x[i];
                double[] z = out[i];
                double max = Double.NEGATIVE_INFINITY;
                for (int r = 0; r < k; r++) {
                    double v = b[r];
                    double[] wr = w[r];
                    for (int j = 0; j < p; j++) {
                        v += wr[j] * row[j];
                    }
                    z[r] = v;
                    max = Math.max(max, v);
                }
                double sum = 0.0;
                for (int r = 0; r < k; r++) {
                    z[r] = Math.exp(z[r] - max);
                    sum += z[r];
                }
                for (int r = 0; r < k; r++) {
                    z[r] /= sum;
                }
            }
            return out;
        }
    }
}
