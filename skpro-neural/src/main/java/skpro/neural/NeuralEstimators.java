package skpro.neural;

import java.util.List;

import skpro.classification.ProbaClassifier;
import skpro.neural.heads.Score;
import skpro.regression.EstimatorProvider;
import skpro.regression.ProbaRegressor;
import skpro.regression.Regressor;
import skpro.regression.RegistryEntry;

/**
 * Adds the neural estimators to {@link skpro.regression.EstimatorRegistry} (and so to the CLI and
 * the contract suites) through the service loader: small, fast example configurations. No example
 * is listed as calibrated: a network's predictive law is only as calibrated as its fit.
 */
public final class NeuralEstimators implements EstimatorProvider {

    /** Creates the provider (the service loader's entry point). */
    public NeuralEstimators() {
    }

    @Override
    public List<RegistryEntry<ProbaRegressor>> probaRegressors() {
        return List.of(new RegistryEntry<>("MLPProbaRegressor",
            List.of(MLPProbaRegressor.of().withHiddenSizes(16).withEpochs(20).withLearningRate(1e-2).withSeed(1),
                MLPProbaRegressor.of().withHiddenSizes(8, 8).withActivation(MlpActivation.TANH).withHead(MlpHead.LAPLACE)
                    .withLoss(Score.CRPS).withEpochs(15).withLearningRate(1e-2).withSeed(2),
                MLPProbaRegressor.of().withHiddenSizes(12).withHead(MlpHead.MIXTURE).withMixtureComponents(2)
                    .withEpochs(15).withLearningRate(1e-2).withValidation(0.2, 5).withSeed(3),
                MLPProbaRegressor.of().withHiddenSizes(8).withActivation(MlpActivation.GELU)
                    .withHead(MlpHead.STUDENT_T).withDropout(0.1).withEpochs(15).withLearningRate(1e-2).withSeed(4)),
            List.of(),
            "the network's predictive law is fitted by likelihood or CRPS on the training rows; its intervals "
                + "hold their coverage only as far as the fit generalises"));
    }

    @Override
    public List<RegistryEntry<Regressor>> regressors() {
        return List.of();
    }

    @Override
    public List<RegistryEntry<ProbaClassifier>> probaClassifiers() {
        return List.of(new RegistryEntry<>("MLPProbaClassifier",
            List.of(MLPProbaClassifier.of().withHiddenSizes(16).withEpochs(20).withLearningRate(1e-2).withSeed(1),
                MLPProbaClassifier.of().withHiddenSizes().withEpochs(10).withBatchSize(8).withSeed(2)),
            List.of(), "class probabilities of a network trained by log-loss are not calibrated in general"));
    }
}
