package skpro.regression;

/** A fitted point regressor: immutable, safe to share between threads. */
public interface PointModel {

    /** @return the number of feature columns the model was fitted on */
    int numFeatures();

    /**
     * @param x m x p features with p = {@link #numFeatures()}
     * @return one prediction per row
     * @throws IllegalArgumentException if X is empty, ragged, not finite, or has another number
     *     of columns than the training data
     */
    double[] predict(double[][] x);
}
