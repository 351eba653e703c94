package skpro.classification;

import java.util.List;

import skpro.regression.internal.DataChecks;

/**
 * The common part of fitted classifiers: the classifier, the classes and the number of features,
 * with {@link #predictProbaMatrix} validating X before handing it to {@link #probabilities}.
 * Subclasses hold the fitted parameters and compute the probabilities.
 *
 * @param <L> the label type
 */
public abstract class ClassifierModelBase<L> implements ProbaClassifierModel<L> {
    private final ProbaClassifier classifier;
    private final ClassLabels<L> labels;
    private final int numFeatures;

    /**
     * @param classifier the classifier that fitted the model
     * @param labels the classes
     * @param numFeatures the number of feature columns at fit
     */
    protected ClassifierModelBase(ProbaClassifier classifier, ClassLabels<L> labels, int numFeatures) {
        this.classifier = classifier;
        this.labels = labels;
        this.numFeatures = numFeatures;
    }

    @Override
    public final ProbaClassifier classifier() {
        return classifier;
    }

    @Override
    public final List<L> classes() {
        return labels.classes();
    }

    @Override
    public final int numClasses() {
        return labels.size();
    }

    @Override
    public final int numFeatures() {
        return numFeatures;
    }

    @Override
    public final int[] encode(List<L> y) {
        return labels.encode(y);
    }

    /**
     * @throws IllegalArgumentException if X is empty, ragged, not finite, or has another number of
     *     columns than the training data
     */
    @Override
    public final double[][] predictProbaMatrix(double[][] x) {
        DataChecks.featuresFor(x, numFeatures);
        return probabilities(x);
    }

    /**
     * @param x validated features with {@link #numFeatures()} columns
     * @return the m x K class probabilities, rows summing to 1
     */
    protected abstract double[][] probabilities(double[][] x);

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(classifier=" + classifier + ", classes=" + labels.classes() + ")";
    }
}
