package skpro.regression;

import skpro.regression.internal.DataChecks;

/**
 * A probabilistic regressor (skpro's {@code BaseProbaRegressor}): an immutable description of an
 * estimator whose {@link #fit} returns an immutable {@link ProbaModel} predicting a whole
 * distribution per row. The regressor is never changed by fitting, so one regressor fits many
 * folds in parallel; the model knows the regressor that made it.
 */
public interface ProbaRegressor extends Parameterized<ProbaRegressor> {

    /**
     * @param x n x p features, rectangular and finite
     * @param y n finite targets
     * @return the fitted model
     * @throws IllegalArgumentException if X is empty, ragged or not finite, y's length differs,
     *     or there are fewer rows than the model needs
     */
    ProbaModel fit(double[][] x, double[] y);

    /**
     * Fits with sample weights, as sklearn's {@code fit(X, y, sample_weight)}: weight w_i &gt;= 0
     * says how much row i counts; where that is meaningful an integer weight w acts as w copies
     * of the row (so a row of weight 0 is ignored, and the fit equals that on the data with each
     * row repeated w_i times). Which estimators use weights, and how, their own documentation
     * says; {@link #supportsSampleWeight()} tells.
     *
     * <p>The default, for estimators that cannot use weights: the weights are validated; null
     * weights, or weights that are all equal, give {@link #fit(double[][], double[])}; any other
     * weights throw {@link UnsupportedOperationException}.
     *
     * @param x n x p features, rectangular and finite
     * @param y n finite targets
     * @param sampleWeight n finite weights &gt;= 0, not all zero, or null for an unweighted fit
     * @return the fitted model
     * @throws IllegalArgumentException as {@link #fit(double[][], double[])}, or if sampleWeight's
     *     length differs from X's rows, a weight is negative, NaN or infinite, or all are zero
     *     (the message names {@code sampleWeight} and the row)
     * @throws UnsupportedOperationException if this estimator does not support sample weights
     *     and they are not all equal
     */
    default ProbaModel fit(double[][] x, double[] y, double[] sampleWeight) {
        if (DataChecks.weights(x, sampleWeight)) {
            return fit(x, y);
        }
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not support sample weights");
    }

    /**
     * @return whether {@link #fit(double[][], double[], double[])} uses unequal sample weights
     *     (false by default: they are rejected)
     */
    default boolean supportsSampleWeight() {
        return false;
    }
}
