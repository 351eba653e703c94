package skpro.smile;

import java.util.List;

import skpro.regression.EstimatorProvider;
import skpro.regression.ProbaRegressor;
import skpro.regression.Regressor;
import skpro.regression.RegistryEntry;

/**
 * Adds this module's estimators to {@link skpro.regression.EstimatorRegistry} (and so to the
 * contract suites): small, fast example configurations, each fitting any data set of at least
 * 40 rows and 2 columns. No example is listed as calibrated: see each entry's note.
 */
public final class SmileEstimators implements EstimatorProvider {

    /** Creates the provider (the service loader's entry point). */
    public SmileEstimators() {
    }

    @Override
    public List<RegistryEntry<ProbaRegressor>> probaRegressors() {
        return List.of(
            new RegistryEntry<>("GaussianProcessRegressor",
                List.of(GaussianProcessRegressor.of(1.0, 0.5).withMaxTrainRows(300).withSeed(5),
                    GaussianProcessRegressor.of(0.5, 0.1).withNormalize(false).withMaxTrainRows(200).withSeed(11)),
                List.of(),
                "the noise variance is a fixed hyper-parameter, the same for every row, and the law normal: "
                    + "intervals hold their coverage only where the noise is homoscedastic, normal and of that "
                    + "variance"),
            new RegistryEntry<>("RandomForestProbaRegressor",
                List.of(RandomForestProbaRegressor.of(RandomForestRegressor.of().withNtrees(30).withSeed(2)),
                    RandomForestProbaRegressor.of(RandomForestRegressor.of().withNtrees(20).withMaxDepth(5)
                        .withNodeSize(10).withSubsample(0.7).withSeed(9))),
                List.of(),
                "the spread of the trees' predictions measures the variation of the fitted function over "
                    + "resamples, not the conditional distribution of y"));
    }

    @Override
    public List<RegistryEntry<Regressor>> regressors() {
        String none = "point regressors predict no intervals";
        return List.of(
            new RegistryEntry<>("RandomForestRegressor",
                List.of(RandomForestRegressor.of().withNtrees(30).withSeed(1),
                    RandomForestRegressor.of().withNtrees(20).withMtry(2).withMaxDepth(6).withMaxNodes(16)
                        .withNodeSize(3).withSubsample(0.8).withSeed(7)),
                List.of(), none),
            new RegistryEntry<>("GradientTreeBoostRegressor",
                List.of(GradientTreeBoostRegressor.of().withNtrees(50),
                    GradientTreeBoostRegressor.of().withLoss(GradientTreeBoostRegressor.Loss.LAD).withNtrees(30)
                        .withMaxNodes(4).withShrinkage(0.1).withSeed(3),
                    GradientTreeBoostRegressor.of().withLoss(GradientTreeBoostRegressor.Loss.HUBER)
                        .withHuberQuantile(0.8).withNtrees(30).withSubsample(1.0)),
                List.of(), none),
            new RegistryEntry<>("LassoRegressor",
                List.of(LassoRegressor.of(1.0), LassoRegressor.of(0.1).withTolerance(1e-6).withMaxIter(500)),
                List.of(), none),
            new RegistryEntry<>("ElasticNetRegressor",
                List.of(ElasticNetRegressor.of(1.0, 1.0), ElasticNetRegressor.of(0.5, 5.0).withMaxIter(200)),
                List.of(), none),
            new RegistryEntry<>("SvrRegressor",
                List.of(SvrRegressor.of(1.0, 0.1, 1.0), SvrRegressor.of(3.0, 0.5, 10.0).withTol(1e-2)),
                List.of(), none));
    }
}
