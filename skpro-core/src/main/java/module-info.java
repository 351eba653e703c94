/**
 * Probabilistic estimators: the regressor and model API, baselines, composition, conformal
 * prediction, model selection, tuning and benchmarking.
 */
module skpro.core {
    requires transitive skpro.metrics;

    exports skpro.regression;
    exports skpro.regression.baselines;
    exports skpro.regression.compose;
    exports skpro.regression.linear;
    exports skpro.regression.neighbors;
    exports skpro.regression.tree;
    exports skpro.modelselection;

    uses skpro.regression.EstimatorProvider;
}
