/**
 * Probabilistic estimators: the regressor and model API, baselines, composition, conformal
 * prediction, model selection, tuning and benchmarking.
 */
module skpro.core {
    requires transitive skpro.metrics;
    requires com.fasterxml.jackson.databind;
    requires org.apache.commons.numbers.gamma;

    exports skpro.benchmarking;
    exports skpro.regression;
    exports skpro.regression.baselines;
    exports skpro.regression.boosting;
    exports skpro.regression.compose;
    exports skpro.regression.linear;
    exports skpro.regression.neighbors;
    exports skpro.regression.tree;

    uses skpro.regression.EstimatorProvider;
}
