package skpro.classification;

import java.util.List;

import skpro.distributions.Categorical;

/**
 * A fitted probabilistic classifier: immutable, safe to share between threads.
 *
 * <p>The classes are held in a fixed order, {@link #classes()}, and are referred to by their index
 * 0..K-1 in that list. The default graph: an implementation supplies {@link #predictProbaMatrix}
 * (the n x K class probabilities, each row summing to 1) and the rest is derived from it:
 * {@link #predictProba} wraps it as a {@link Categorical} whose support is the class indices
 * 0, 1, ..., K-1 as doubles, {@link #predictIndex} is the row-wise argmax (ties go to the lowest
 * class index) and {@link #predict} maps those indices to labels.
 *
 * <p>Scoring: {@link #observations} turns true labels into the class indices as doubles, the
 * observations that {@link skpro.metrics.LogLoss}, {@link skpro.metrics.BrierScore} and
 * {@link skpro.metrics.ExpectedCalibrationError} expect next to {@link #predictProba}:
 * {@code LogLoss.of().evaluate(model.observations(yTest), model.predictProba(xTest))}.
 *
 * @param <L> the label type
 */
public interface ProbaClassifierModel<L> {

    /** @return the classifier (hyper-parameters) that produced this model */
    ProbaClassifier classifier();

    /** @return the classes in their fixed order (unmodifiable); class index k is element k */
    List<L> classes();

    /** @return the number of feature columns the model was fitted on */
    int numFeatures();

    /**
     * @param x m x p features with p = {@link #numFeatures()}
     * @return an m x K table, entry [i][k] the probability of class k for row i, in [0, 1], each
     *     row summing to 1 (within rounding)
     * @throws IllegalArgumentException if X is empty, ragged, not finite, or has another number
     *     of columns than the training data
     */
    double[][] predictProbaMatrix(double[][] x);

    /** @return the number of classes K */
    default int numClasses() {
        return classes().size();
    }

    /**
     * @param x m x p features
     * @return the class probabilities as a {@link Categorical} over the class indices 0..K-1
     * @throws IllegalArgumentException as {@link #predictProbaMatrix}
     */
    default Categorical predictProba(double[][] x) {
        return Categorical.of(predictProbaMatrix(x), ClassLabels.support(numClasses()));
    }

    /**
     * @param x m x p features
     * @return per row the index of the most probable class; ties go to the lowest index
     * @throws IllegalArgumentException as {@link #predictProbaMatrix}
     */
    default int[] predictIndex(double[][] x) {
        double[][] p = predictProbaMatrix(x);
        int[] out = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = ClassLabels.argmax(p[i]);
        }
        return out;
    }

    /**
     * @param x m x p features
     * @return per row the most probable class label; ties go to the class listed first
     * @throws IllegalArgumentException as {@link #predictProbaMatrix}
     */
    default List<L> predict(double[][] x) {
        int[] index = predictIndex(x);
        List<L> classes = classes();
        List<L> out = new java.util.ArrayList<>(index.length);
        for (int k : index) {
            out.add(classes.get(k));
        }
        return out;
    }

    /**
     * @param y labels
     * @return the class index of each label
     * @throws IllegalArgumentException if y is null, or a label is null or not among
     *     {@link #classes()} (the message names the label and its row)
     */
    default int[] encode(List<L> y) {
        return ClassLabels.of(classes()).encode(y);
    }

    /**
     * @param y labels
     * @return the class index of each label as a double: the observations that the scoring rules
     *     for {@link Categorical} expect next to {@link #predictProba}
     * @throws IllegalArgumentException as {@link #encode}
     */
    default double[] observations(List<L> y) {
        int[] codes = encode(y);
        double[] out = new double[codes.length];
        for (int i = 0; i < codes.length; i++) {
            out[i] = codes[i];
        }
        return out;
    }
}
