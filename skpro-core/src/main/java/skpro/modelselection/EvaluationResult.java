package skpro.modelselection;

import java.util.Arrays;
import java.util.List;

import skpro.metrics.MeanEstimate;

/**
 * The outcome of {@link Evaluation}: one {@link FoldResult} per split, and aggregates per metric
 * over the folds that succeeded. An immutable value.
 *
 * <p>Aggregates of a metric m over the K succeeded folds, fold k with mean loss s_k:
 * <ul>
 * <li>pooled losses: the per-row losses of all folds concatenated in fold order
 *     ({@link #pooledLosses}), with the row each loss belongs to ({@link #pooledRows()}); their
 *     mean and standard error ({@link #pooledEstimate}, the SE of a mean over rows);</li>
 * <li>over folds: the mean (1/K) sum_k s_k and its standard error across folds,
 *     sd(s_1..s_K) / sqrt(K) ({@link #foldEstimate}).</li>
 * </ul>
 * Two estimators evaluated with the same splitter on the same data, with no failed fold, have
 * the same {@link #pooledRows()}, so their pooled losses pair row by row (a paired test).
 */
public final class EvaluationResult {

    /**
     * Per-row losses with the row of each.
     *
     * @param rows the row indices, ascending when the folds partition the rows, else in fold order
     * @param losses the loss of each row, aligned with {@code rows}
     */
    public record RowLosses(int[] rows, double[] losses) {
        /** Copies the arrays. */
        public RowLosses {
            rows = rows.clone();
            losses = losses.clone();
        }

        /** @return the rows (a copy) */
        @Override
        public int[] rows() {
            return rows.clone();
        }

        /** @return the losses (a copy) */
        @Override
        public double[] losses() {
            return losses.clone();
        }

        /** Value equality: equal arrays. */
        @Override
        public boolean equals(Object o) {
            return o instanceof RowLosses r && Arrays.equals(rows, r.rows) && Arrays.equals(losses, r.losses);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(rows) + Arrays.hashCode(losses);
        }

        @Override
        public String toString() {
            return "RowLosses(" + rows.length + " rows)";
        }
    }

    private final String regressor;
    private final int n;
    private final List<String> metricNames;
    private final List<FoldResult> folds;

    EvaluationResult(String regressor, int n, List<String> metricNames, List<FoldResult> folds) {
        this.regressor = regressor;
        this.n = n;
        this.metricNames = metricNames;
        this.folds = List.copyOf(folds);
    }

    /** @return the evaluated regressor's {@code toString()} */
    public String regressor() {
        return regressor;
    }

    /** @return the number of rows of the data */
    public int numRows() {
        return n;
    }

    /** @return the metrics' names, in the order given */
    public List<String> metricNames() {
        return metricNames;
    }

    /** @return one result per split, in the splitter's order */
    public List<FoldResult> folds() {
        return folds;
    }

    /** @return the number of folds that failed (under {@link ErrorPolicy#RECORD}) */
    public int numFailed() {
        int k = 0;
        for (FoldResult f : folds) {
            k += f.succeeded() ? 0 : 1;
        }
        return k;
    }

    private void checkMetric(String name) {
        if (!metricNames.contains(name)) {
            throw new IllegalArgumentException("metric '" + name + "' was not evaluated; evaluated: " + metricNames);
        }
    }

    /** @return the test rows of the succeeded folds, concatenated in fold order (each fold ascending) */
    public int[] pooledRows() {
        int total = 0;
        for (FoldResult f : folds) {
            total += f.succeeded() ? f.testSize() : 0;
        }
        int[] out = new int[total];
        int k = 0;
        for (FoldResult f : folds) {
            if (f.succeeded()) {
                int[] r = f.testRows();
                System.arraycopy(r, 0, out, k, r.length);
                k += r.length;
            }
        }
        return out;
    }

    /**
     * @param name a metric's name
     * @return the per-row losses of the succeeded folds, aligned with {@link #pooledRows()}
     * @throws IllegalArgumentException if the metric was not evaluated
     */
    public double[] pooledLosses(String name) {
        checkMetric(name);
        double[] out = new double[pooledRows().length];
        int k = 0;
        for (FoldResult f : folds) {
            if (f.succeeded()) {
                double[] l = f.losses(name);
                System.arraycopy(l, 0, out, k, l.length);
                k += l.length;
            }
        }
        return out;
    }

    /**
     * @return whether the succeeded folds test every row 0..n-1 exactly once (as {@link KFold}
     *     with no failed fold)
     */
    public boolean partitionsRows() {
        int[] rows = pooledRows();
        if (rows.length != n) {
            return false;
        }
        boolean[] seen = new boolean[n];
        for (int r : rows) {
            if (seen[r]) {
                return false;
            }
            seen[r] = true;
        }
        return true;
    }

    /**
     * @param name a metric's name
     * @return the pooled losses ordered by row (rows 0..n-1) when {@link #partitionsRows()}, else
     *     in fold order as {@link #pooledRows()}
     * @throws IllegalArgumentException if the metric was not evaluated
     */
    public RowLosses losses(String name) {
        int[] rows = pooledRows();
        double[] pooled = pooledLosses(name);
        if (!partitionsRows()) {
            return new RowLosses(rows, pooled);
        }
        double[] byRow = new double[n];
        for (int i = 0; i < rows.length; i++) {
            byRow[rows[i]] = pooled[i];
        }
        return new RowLosses(Splits.range(0, n), byRow);
    }

    /**
     * @param name a metric's name
     * @return the mean of the pooled losses with its standard error over rows
     * @throws IllegalArgumentException if the metric was not evaluated
     * @throws IllegalStateException if fewer than 2 rows were scored or a loss is not finite
     */
    public MeanEstimate pooledEstimate(String name) {
        double[] l = pooledLosses(name);
        try {
            return MeanEstimate.of(l);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("no pooled estimate of '" + name + "': " + e.getMessage(), e);
        }
    }

    /**
     * @param name a metric's name
     * @return the succeeded folds' mean losses s_k, in fold order
     * @throws IllegalArgumentException if the metric was not evaluated
     */
    public double[] foldScores(String name) {
        checkMetric(name);
        double[] s = new double[folds.size() - numFailed()];
        int k = 0;
        for (FoldResult f : folds) {
            if (f.succeeded()) {
                s[k++] = f.score(name);
            }
        }
        return s;
    }

    /**
     * @param name a metric's name
     * @return the mean over the succeeded folds of their mean losses, with the standard error
     *     across folds sd(s_k) / sqrt(K)
     * @throws IllegalArgumentException if the metric was not evaluated
     * @throws IllegalStateException if fewer than 2 folds succeeded or a fold's mean is not finite
     */
    public MeanEstimate foldEstimate(String name) {
        double[] s = foldScores(name);
        try {
            return MeanEstimate.of(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("no across-fold estimate of '" + name + "': " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("EvaluationResult(").append(regressor).append(", ").append(folds.size())
            .append(" folds");
        if (numFailed() > 0) {
            sb.append(", ").append(numFailed()).append(" failed");
        }
        for (String m : metricNames) {
            sb.append(", ").append(m).append(" = ");
            double[] l = pooledLosses(m);
            double s = 0.0;
            for (double v : l) {
                s += v;
            }
            sb.append(l.length == 0 ? "-" : Double.toString(s / l.length));
        }
        return sb.append(')').toString();
    }
}
