/**
 * Probabilistic estimators: the regressor and model API, probabilistic classifiers, baselines,
 * composition, conformal prediction, model selection, tuning and benchmarking, and data sets (a CSV
 * loader, small embedded data sets, loaders for the UCI benchmark folder).
 */
module skpro.core {
    requires transitive skpro.metrics;
    requires com.fasterxml.jackson.databind;
    requires org.apache.commons.numbers.gamma;

    exports skpro.benchmarking;
    exports skpro.classification;
    exports skpro.datasets;
    exports skpro.regression;
    exports skpro.regression.baselines;
    exports skpro.regression.bayes;
    exports skpro.regression.boosting;
    exports skpro.regression.compose;
    exports skpro.regression.conformal;
    exports skpro.regression.density;
    exports skpro.regression.ensemble;
    exports skpro.regression.fit;
    exports skpro.regression.glm;
    exports skpro.regression.gp;
    exports skpro.regression.linear;
    exports skpro.regression.neighbors;
    exports skpro.regression.quantile;
    exports skpro.regression.tree;
    exports skpro.modelselection;

    uses skpro.regression.EstimatorProvider;
}
