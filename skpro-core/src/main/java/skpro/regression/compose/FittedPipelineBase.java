package skpro.regression.compose;

import java.util.List;

/**
 * What the fitted pipelines share: the fitted steps f_1, ..., f_k as one transform, and the
 * final model M that predicts at f_k(...f_1(X)...). Immutable.
 *
 * @param <M> the final model's type
 */
abstract class FittedPipelineBase<M> {

    private final FittedSteps steps;
    private final M model;

    FittedPipelineBase(FittedSteps steps, M model) {
        this.steps = steps;
        this.model = model;
    }

    /**
     * @param x features with {@link #numFeatures()} columns
     * @return the features the final model sees (no copy when there is no step)
     */
    final double[][] through(double[][] x) {
        return steps.apply(x);
    }

    /** @return the number p of feature columns the pipeline was fitted on */
    public final int numFeatures() {
        return steps.numFeatures();
    }

    /** @return the fitted final estimator, which takes {@link #transform transformed} features */
    public final M estimatorModel() {
        return model;
    }

    /** @return the fitted steps in order (unmodifiable) */
    public final List<FittedTransformer> fittedSteps() {
        return steps.fitted();
    }

    /**
     * @param x m x p features
     * @return f_k(...f_1(X)...), the features the final estimator sees (a new array)
     * @throws IllegalArgumentException if a step rejects X
     */
    public final double[][] transform(double[][] x) {
        return steps.transform(x);
    }

    /**
     * @param in the names of the p input columns
     * @return the names of the features the final estimator sees, after the last step
     * @throws IllegalArgumentException if in is null, has another length than p or holds a null
     */
    public final String[] featureNames(String[] in) {
        return steps.featureNames(in);
    }

    /** @return {@link #featureNames(String[])} for inputs named {@code x0, x1, ...} */
    public final String[] featureNames() {
        return steps.featureNames();
    }
}
