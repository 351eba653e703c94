package skpro.regression;

/**
 * A point regressor: an immutable description (its hyper-parameters) whose {@link #fit} returns
 * an immutable fitted {@link PointModel}; the regressor itself never changes, so one regressor
 * can fit many folds at once. Point regressors are the building blocks that compositors such as
 * residual doubling turn into probabilistic regressors.
 */
public interface Regressor extends Parameterized<Regressor> {

    /**
     * @param x n x p features, rectangular and finite
     * @param y n finite targets
     * @return the fitted model
     * @throws IllegalArgumentException if X is empty, ragged or not finite, y's length differs,
     *     or there are fewer rows than the model needs
     */
    PointModel fit(double[][] x, double[] y);
}
