package skpro.regression.compose;

import java.util.List;

import skpro.regression.PointModel;
import skpro.regression.Regressor;
import skpro.regression.internal.DataChecks;
import skpro.regression.internal.SampleWeights;

/**
 * A pipeline ending in a point regressor: named transformers T_1, ..., T_k then a final
 * {@link Regressor}, fitted and applied exactly as {@link Pipeline} (X_s = f_s(X_{s-1}) with
 * f_s = T_s.fit(X_{s-1}); the model predicts estimator(f_k(...f_1(X')...))). Being a Regressor
 * itself, it can be the location or residual estimator of a {@link ResidualDouble} or
 * {@link MeanStdRegressor}, whose nested names then reach into it
 * ({@code estimator__scale__withMean}, {@code estimator__estimator__alpha}).
 *
 * <p>Step names and parameters ({@code steps}, one per step, {@code estimator}) are those of
 * {@link Pipeline}.
 */
public final class PointPipeline extends PipelineBase<Regressor, PointPipeline> implements Regressor {

    private PointPipeline(Steps steps, Regressor estimator) {
        super(steps, estimator);
    }

    /**
     * @param steps the transformers, applied in order (may be empty), named as sklearn's
     *     {@code make_pipeline}
     * @param estimator the final point regressor
     * @return the pipeline
     * @throws IllegalArgumentException if an argument or a step is null
     */
    public static PointPipeline of(List<? extends Transformer> steps, Regressor estimator) {
        return new PointPipeline(Steps.of(steps), estimator);
    }

    /**
     * @param steps the named transformers, applied in order (may be empty)
     * @param estimator the final point regressor
     * @return the pipeline
     * @throws IllegalArgumentException if an argument or a step is null, or two steps share a name
     */
    public static PointPipeline ofNamed(List<Step> steps, Regressor estimator) {
        return new PointPipeline(Steps.of(steps), estimator);
    }

    @Override
    PointPipeline copy(Steps newSteps, Regressor newEstimator) {
        return new PointPipeline(newSteps, newEstimator);
    }

    /**
     * @throws IllegalArgumentException if a step rejects X (empty, ragged, not finite, ...) or the
     *     final estimator rejects the transformed X or y
     */
    @Override
    public PointPipelineModel fit(double[][] x, double[] y) {
        Steps.Fit fit = stepList().fit(x);
        PointModel model = estimator().fit(fit.transformed(), y);
        return new PointPipelineModel(fit.steps(model.numFeatures()), model);
    }

    /**
     * Fits with sample weights, as sklearn's pipeline with {@code estimator__sample_weight}: the
     * transformers are fitted unweighted on all rows (so an integer weight is not the same as
     * copies of the row where a transformer learns from the rows, as a scaler does), the final
     * estimator with the weights. Supported when the final estimator supports them.
     *
     * @throws IllegalArgumentException as {@link #fit(double[][], double[])} and
     *     {@link Regressor#fit(double[][], double[], double[])}
     * @throws UnsupportedOperationException if the final estimator does not support sample
     *     weights and they are not all equal
     */
    @Override
    public PointPipelineModel fit(double[][] x, double[] y, double[] sampleWeight) {
        boolean equal = DataChecks.weights(x, sampleWeight);
        if (!supportsSampleWeight() && !equal) {
            throw new UnsupportedOperationException("PointPipeline does not support sample weights");
        }
        if (!supportsSampleWeight() || SampleWeights.isUnit(sampleWeight)) {
            return fit(x, y);
        }
        Steps.Fit fit = stepList().fit(x);
        PointModel model = estimator().fit(fit.transformed(), y, sampleWeight);
        return new PointPipelineModel(fit.steps(model.numFeatures()), model);
    }

    /** @return whether the final estimator supports sample weights */
    @Override
    public boolean supportsSampleWeight() {
        return estimator().supportsSampleWeight();
    }
}
