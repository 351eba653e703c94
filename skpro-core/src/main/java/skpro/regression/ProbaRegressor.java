package skpro.regression;

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
}
