package skpro.regression.compose;

import java.util.List;

import skpro.regression.ProbaModel;
import skpro.regression.ProbaRegressor;
import skpro.regression.internal.DataChecks;
import skpro.regression.internal.SampleWeights;

/**
 * A pipeline (skpro's {@code Pipeline}, sklearn's): named transformers T_1, ..., T_k then a final
 * probabilistic regressor. Fit on (X, y): X_0 = X, f_s = T_s.fit(X_{s-1}), X_s = f_s(X_{s-1}),
 * then the estimator is fitted on (X_k, y). The model predicts at X' through
 * f_k(...f_1(X')...), with the transforms learned at fit (never refitted on test data), and
 * names the features the estimator sees ({@link PipelineModel#featureNames()}).
 *
 * <p>Validation is the steps' own: the first step checks X (so a leading {@link SimpleImputer}
 * lets NaN through as missing values), the final estimator checks y.
 *
 * <p>Step names: {@link #ofNamed} takes them as given ({@link Step}); {@link #of} names the
 * steps as sklearn's {@code make_pipeline}: the lower-case simple class name
 * ({@code "standardscaler"}), with {@code -1}, {@code -2}, ... appended where several steps share
 * it. Names are non-empty, unique, free of {@code "__"}, and neither {@code "estimator"} nor
 * {@code "steps"}.
 *
 * <p>Parameters, in order (sklearn's {@code Pipeline.get_params}): {@code steps} (the list of
 * {@link Step}s; a new list may mix Steps and bare Transformers, named as by {@link #of}), one
 * parameter per step under its name (the transformer, replaceable by any other; nested as
 * {@code name__param}), and {@code estimator} (nested as {@code estimator__param}). A change of
 * {@code steps} is applied before the other names of the same change.
 */
public final class Pipeline extends PipelineBase<ProbaRegressor, Pipeline> implements ProbaRegressor {

    private Pipeline(Steps steps, ProbaRegressor estimator) {
        super(steps, estimator);
    }

    /**
     * @param steps the transformers, applied in order (may be empty), named as sklearn's
     *     {@code make_pipeline}
     * @param estimator the final probabilistic regressor
     * @return the pipeline
     * @throws IllegalArgumentException if an argument or a step is null
     */
    public static Pipeline of(List<? extends Transformer> steps, ProbaRegressor estimator) {
        return new Pipeline(Steps.of(steps), estimator);
    }

    /**
     * @param steps the named transformers, applied in order (may be empty)
     * @param estimator the final probabilistic regressor
     * @return the pipeline
     * @throws IllegalArgumentException if an argument or a step is null, or two steps share a name
     */
    public static Pipeline ofNamed(List<Step> steps, ProbaRegressor estimator) {
        return new Pipeline(Steps.of(steps), estimator);
    }

    @Override
    Pipeline copy(Steps newSteps, ProbaRegressor newEstimator) {
        return new Pipeline(newSteps, newEstimator);
    }

    /**
     * @throws IllegalArgumentException if a step rejects X (empty, ragged, not finite, ...) or the
     *     final estimator rejects the transformed X or y
     */
    @Override
    public PipelineModel fit(double[][] x, double[] y) {
        Steps.Fit fit = stepList().fit(x);
        ProbaModel model = estimator().fit(fit.transformed(), y);
        return new PipelineModel(this, fit.steps(model.numFeatures()), model);
    }

    /**
     * Fits with sample weights, as sklearn's pipeline with {@code estimator__sample_weight}: the
     * transformers are fitted unweighted on all rows (so an integer weight is not the same as
     * copies of the row where a transformer learns from the rows, as a scaler does), the final
     * estimator with the weights. Supported when the final estimator supports them.
     *
     * @throws IllegalArgumentException as {@link #fit(double[][], double[])} and
     *     {@link ProbaRegressor#fit(double[][], double[], double[])}
     * @throws UnsupportedOperationException if the final estimator does not support sample
     *     weights and they are not all equal
     */
    @Override
    public PipelineModel fit(double[][] x, double[] y, double[] sampleWeight) {
        boolean equal = DataChecks.weights(x, sampleWeight);
        if (!supportsSampleWeight() && !equal) {
            throw new UnsupportedOperationException("Pipeline does not support sample weights");
        }
        if (!supportsSampleWeight() || SampleWeights.isUnit(sampleWeight)) {
            return fit(x, y);
        }
        Steps.Fit fit = stepList().fit(x);
        ProbaModel model = estimator().fit(fit.transformed(), y, sampleWeight);
        return new PipelineModel(this, fit.steps(model.numFeatures()), model);
    }

    /** @return whether the final estimator supports sample weights */
    @Override
    public boolean supportsSampleWeight() {
        return estimator().supportsSampleWeight();
    }
}
