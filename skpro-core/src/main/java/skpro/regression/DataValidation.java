package skpro.regression;

import skpro.regression.internal.DataChecks;

/**
 * The input checks every estimator of this library applies, for estimators written in other
 * modules (the neural module, third-party providers) so that they reject bad input with the same
 * messages: X non-empty, rectangular and finite; y finite and one per row; X at prediction with
 * the fitted number of columns.
 */
public final class DataValidation {
    private DataValidation() {
    }

    /**
     * @param x a feature matrix
     * @return its number of columns
     * @throws IllegalArgumentException if X is null, has no rows or no columns, is ragged, or holds
     *     a NaN or infinite value (the message names the row and column)
     */
    public static int features(double[][] x) {
        return DataChecks.features(x);
    }

    /**
     * @param x a feature matrix for prediction
     * @param fitted the number of columns at fit time
     * @throws IllegalArgumentException as {@link #features}, or if the column count differs
     */
    public static void featuresFor(double[][] x, int fitted) {
        DataChecks.featuresFor(x, fitted);
    }

    /**
     * @param x a validated feature matrix
     * @param y targets
     * @throws IllegalArgumentException if y is null, its length differs from X's rows, or a value
     *     is NaN or infinite (the message names the index)
     */
    public static void targets(double[][] x, double[] y) {
        DataChecks.targets(x, y);
    }
}
