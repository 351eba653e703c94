package skpro.regression.internal;

/**
 * Validation of feature matrices and targets for every estimator: each check throws
 * {@link IllegalArgumentException} naming the argument and the offending row or value.
 */
public final class DataChecks {

    private DataChecks() {
    }

    /**
     * @param x a feature matrix
     * @return its number of columns
     * @throws IllegalArgumentException if X is null, has no rows or no columns, is ragged, or
     *     holds a NaN or infinite value
     */
    public static int features(double[][] x) {
        if (x == null) {
            throw new IllegalArgumentException("X must not be null");
        }
        if (x.length == 0) {
            throw new IllegalArgumentException("X must have at least one row");
        }
        if (x[0] == null) {
            throw new IllegalArgumentException("X[0] must not be null");
        }
        int p = x[0].length;
        if (p == 0) {
            throw new IllegalArgumentException("X must have at least one column");
        }
        for (int i = 0; i < x.length; i++) {
            double[] row = x[i];
            if (row == null || row.length != p) {
                throw new IllegalArgumentException("X is ragged: row " + i + " has "
                    + (row == null ? "no array" : row.length + " columns") + ", row 0 has " + p);
            }
            for (int j = 0; j < p; j++) {
                if (!Double.isFinite(row[j])) {
                    throw new IllegalArgumentException("X[" + i + "][" + j + "] must be finite, got " + row[j]);
                }
            }
        }
        return p;
    }

    /**
     * @param x a feature matrix for prediction
     * @param fitted the number of columns at fit time
     * @throws IllegalArgumentException as {@link #features}, or if the column count differs
     */
    public static void featuresFor(double[][] x, int fitted) {
        int p = features(x);
        if (p != fitted) {
            throw new IllegalArgumentException("X has " + p + " columns but the model was fitted on " + fitted);
        }
    }

    /**
     * @param x a feature matrix (validated)
     * @param y targets
     * @throws IllegalArgumentException if y is null, its length differs from X's rows, or a
     *     value is NaN or infinite
     */
    public static void targets(double[][] x, double[] y) {
        if (y == null) {
            throw new IllegalArgumentException("y must not be null");
        }
        if (y.length != x.length) {
            throw new IllegalArgumentException("X has " + x.length + " rows but y has " + y.length + " values");
        }
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("y[" + i + "] must be finite, got " + y[i]);
            }
        }
    }
}
