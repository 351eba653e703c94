package skpro.classification;

import java.util.ArrayList;
import java.util.List;

import skpro.regression.Parameterized;

/**
 * A probabilistic classifier: an immutable description of an estimator whose {@link #fit} returns
 * an immutable {@link ProbaClassifierModel} predicting a {@link skpro.distributions.Categorical}
 * distribution over the classes for every row. The classifier is never changed by fitting, so one
 * classifier fits many folds in parallel; the model knows the classifier that made it.
 *
 * <p>Labels may be of any type with {@code equals} and {@code hashCode} (strings, integers, enums,
 * records). The order of the classes, which fixes the columns of
 * {@link ProbaClassifierModel#predictProbaMatrix} and the class indices 0..K-1, is decided by
 * {@link ClassLabels#ofTargets}: the natural order when all labels are mutually
 * {@link Comparable}, else the order of first appearance in y. Fitting needs at least two
 * distinct classes.
 */
public interface ProbaClassifier extends Parameterized<ProbaClassifier> {

    /**
     * @param x n x p features, rectangular and finite
     * @param y n class labels, none null, at least two distinct
     * @param <L> the label type
     * @return the fitted model
     * @throws IllegalArgumentException if X is empty, ragged or not finite, y is null, its length
     *     differs, a label is null, y holds one class only, or there are fewer rows than the model
     *     needs
     */
    <L> ProbaClassifierModel<L> fit(double[][] x, List<L> y);

    /**
     * Fits on integer labels (for example class indices), boxed once.
     *
     * @param x n x p features, rectangular and finite
     * @param y n integer labels, at least two distinct
     * @return the fitted model; its classes are the distinct values of y in increasing order
     * @throws IllegalArgumentException as {@link #fit(double[][], List)}
     */
    default ProbaClassifierModel<Integer> fit(double[][] x, int[] y) {
        if (y == null) {
            throw new IllegalArgumentException("y must not be null");
        }
        List<Integer> boxed = new ArrayList<>(y.length);
        for (int v : y) {
            boxed.add(v);
        }
        return fit(x, boxed);
    }
}
