package skpro.smile;

/**
 * Validation of feature matrices, targets and hyper-parameters for this module's estimators,
 * with the messages of the core estimators (the core's checks live in a package it does not
 * export): each throws {@link IllegalArgumentException} naming the argument and the offending
 * row or value.
 */
final class Checks {

    private Checks() {
    }

    /**
     * @param x a feature matrix
     * @return its number of columns
     * @throws IllegalArgumentException if X is null, has no rows or no columns, is ragged, or
     *     holds a NaN or infinite value
     */
    static int features(double[][] x) {
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
    static void featuresFor(double[][] x, int fitted) {
        int p = features(x);
        if (p != fitted) {
            throw new IllegalArgumentException("X has " + p + " columns but the model was fitted on " + fitted);
        }
    }

    /**
     * Validates a training set.
     *
     * @param x a feature matrix
     * @param y targets
     * @param minRows the fewest rows the estimator needs
     * @param owner the estimator's name, for the message on too few rows
     * @return the number of columns of X
     * @throws IllegalArgumentException as {@link #features}, if y is null, its length differs
     *     from X's rows or a value is NaN or infinite, or there are fewer than minRows rows
     */
    static int trainingSet(double[][] x, double[] y, int minRows, String owner) {
        int p = features(x);
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
        if (x.length < minRows) {
            throw new IllegalArgumentException(owner + " needs at least " + minRows + " rows, got " + x.length);
        }
        return p;
    }

    /**
     * @param name the parameter's name
     * @param value its value
     * @throws IllegalArgumentException if value is not finite and &gt; 0
     */
    static void positive(String name, double value) {
        if (!(value > 0.0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + " must be finite and > 0, got " + value);
        }
    }

    /**
     * @param name the parameter's name
     * @param value its value
     * @throws IllegalArgumentException if value is not finite and &gt;= 0
     */
    static void nonNegative(String name, double value) {
        if (!(value >= 0.0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, got " + value);
        }
    }

    /**
     * @param name the parameter's name
     * @param value its value
     * @param min the smallest allowed value
     * @throws IllegalArgumentException if value &lt; min
     */
    static void atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", got " + value);
        }
    }

    /**
     * @param name the parameter's name
     * @param value its value
     * @throws IllegalArgumentException if value is not in (0, 1]
     */
    static void fraction(String name, double value) {
        if (!(value > 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " must be in (0, 1], got " + value);
        }
    }
}
