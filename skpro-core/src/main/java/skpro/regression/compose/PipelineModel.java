package skpro.regression.compose;

import skpro.distributions.Distribution;
import skpro.regression.ProbaModel;

/**
 * A fitted {@link Pipeline}: the fitted steps f_1, ..., f_k and the final model, which predicts
 * at f_k(...f_1(X)...); {@link #transform}, {@link #featureNames(String[])} and
 * {@link #fittedSteps()} show the steps' work. Immutable, safe to share between threads.
 */
public final class PipelineModel extends FittedPipelineBase<ProbaModel> implements ProbaModel {

    private final Pipeline regressor;

    PipelineModel(Pipeline regressor, FittedSteps steps, ProbaModel model) {
        super(steps, model);
        this.regressor = regressor;
    }

    @Override
    public Pipeline regressor() {
        return regressor;
    }

    @Override
    public Distribution predictProba(double[][] x) {
        return estimatorModel().predictProba(through(x));
    }

    @Override
    public double[] predict(double[][] x) {
        return estimatorModel().predict(through(x));
    }

    @Override
    public double[] predictVar(double[][] x) {
        return estimatorModel().predictVar(through(x));
    }

    @Override
    public double[][] predictQuantiles(double[][] x, double... alphas) {
        return estimatorModel().predictQuantiles(through(x), alphas);
    }

    @Override
    public double[][] predictInterval(double[][] x, double coverage) {
        return estimatorModel().predictInterval(through(x), coverage);
    }
}
