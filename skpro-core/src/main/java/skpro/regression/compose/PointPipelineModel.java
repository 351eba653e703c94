package skpro.regression.compose;

import skpro.regression.PointModel;

/**
 * A fitted {@link PointPipeline}: the fitted steps f_1, ..., f_k and the final point model, which
 * predicts at f_k(...f_1(X)...); {@link #transform}, {@link #featureNames(String[])} and
 * {@link #fittedSteps()} show the steps' work. Immutable, safe to share between threads.
 */
public final class PointPipelineModel extends FittedPipelineBase<PointModel> implements PointModel {

    PointPipelineModel(FittedSteps steps, PointModel model) {
        super(steps, model);
    }

    @Override
    public double[] predict(double[][] x) {
        return estimatorModel().predict(through(x));
    }
}
