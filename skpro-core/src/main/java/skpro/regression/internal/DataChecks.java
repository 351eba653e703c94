package skpro.regression.internal;

import java.util.function.Supplier;

/**
 * Validation of feature matrices and targets for every estimator: each check throws
 * {@link IllegalArgumentException} naming the argument and the offending row or value.
 *
 * <p>A compositor that has validated X and hands the same array to its inner estimators runs
 * them inside {@link #validated(double[][], Supplier)}: within that call, on that thread, the
 * checks of that very array (same reference) take O(1) instead of rescanning n x p values, which
 * made up a third of a residual double's fit on 10^5 x 8 rows. The scope ends with the call, so
 * an array changed by the caller later is checked again. Our code never writes into X.
 */
public final class DataChecks {

    /** The matrix validated by the innermost enclosing {@link #validated} call of this thread. */
    private static final ThreadLocal<double[][]> VALIDATED = new ThreadLocal<>();

    private DataChecks() {
    }

    /**
     * Runs {@code body} with {@code x} marked as validated on this thread.
     *
     * @param x a matrix that passed {@link #features}
     * @param body the work, typically fitting or predicting inner estimators on x
     * @param <T> the result type
     * @return body's result
     */
    public static <T> T validated(double[][] x, Supplier<T> body) {
        double[][] outer = VALIDATED.get();
        VALIDATED.set(x);
        try {
            return body.get();
        } finally {
            if (outer == null) {
                VALIDATED.remove();
            } else {
                VALIDATED.set(outer);
            }
        }
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
        if (x == VALIDATED.get()) {
            return x[0].length;
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
            // 0 * v is NaN exactly when v is NaN or infinite: one branch per row, not per value
            double probe = 0.0;
            for (int j = 0; j < p; j++) {
                probe += 0.0 * row[j];
            }
            if (probe != 0.0) {
                for (int j = 0; j < p; j++) {
                    if (!Double.isFinite(row[j])) {
                        throw new IllegalArgumentException("X[" + i + "][" + j + "] must be finite, got " + row[j]);
                    }
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

    /**
     * Validates sample weights (sklearn's {@code sample_weight}): one per row of X, each finite
     * and &gt;= 0, not all zero.
     *
     * @param x the feature matrix the weights belong to (only its row count is used here; a null
     *     or empty X is reported as by {@link #features})
     * @param sampleWeight the weights, or null for none
     * @return true when the weights cannot change a fit that is invariant to a common factor of
     *     all weights: sampleWeight is null or all its values are equal
     * @throws IllegalArgumentException if X is null or empty, or sampleWeight's length differs from
     *     X's rows, a weight is negative, NaN or infinite (the row is named), or all are zero
     */
    public static boolean weights(double[][] x, double[] sampleWeight) {
        if (x == null || x.length == 0) {
            features(x);
        }
        if (sampleWeight == null) {
            return true;
        }
        if (sampleWeight.length != x.length) {
            throw new IllegalArgumentException("X has " + x.length + " rows but sampleWeight has "
                + sampleWeight.length + " values");
        }
        boolean positive = false;
        boolean equal = true;
        double first = sampleWeight[0];
        for (int i = 0; i < sampleWeight.length; i++) {
            double w = sampleWeight[i];
            if (!(w >= 0.0 && w < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("sampleWeight[" + i + "] must be finite and >= 0, got " + w);
            }
            positive |= w > 0.0;
            equal &= w == first;
        }
        if (!positive) {
            throw new IllegalArgumentException("sampleWeight must not be all zero");
        }
        return equal;
    }
}
