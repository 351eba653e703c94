package skpro.regression;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

import skpro.classification.CalibratedClassifier;
import skpro.classification.DecisionTreeClassifier;
import skpro.classification.DummyProbaClassifier;
import skpro.classification.KNeighborsClassifier;
import skpro.classification.LogisticRegression;
import skpro.classification.ProbaClassifier;
import skpro.distributions.Logistic;
import skpro.regression.baselines.DeltaPointRegressor;
import skpro.regression.baselines.DummyProbaRegressor;
import skpro.regression.baselines.MeanRegressor;
import skpro.regression.bayes.BayesianConjugateLinearRegressor;
import skpro.regression.bayes.BayesianRidge;
import skpro.regression.boosting.NGBoostRegressor;
import skpro.regression.compose.MeanStdRegressor;
import skpro.regression.compose.MinMaxScaler;
import skpro.regression.compose.Pipeline;
import skpro.regression.compose.PointPipeline;
import skpro.regression.compose.PolynomialFeatures;
import skpro.regression.compose.ResidualDouble;
import skpro.regression.compose.StandardScaler;
import skpro.regression.compose.Step;
import skpro.regression.compose.TargetTransform;
import skpro.regression.compose.TransformedTargetRegressor;
import skpro.regression.conformal.ConformalizedQuantileRegressor;
import skpro.regression.conformal.CvPlusRegressor;
import skpro.regression.conformal.EnbPIRegressor;
import skpro.regression.conformal.SplitConformalRegressor;
import skpro.regression.density.HistBinnedProbaRegressor;
import skpro.regression.density.NadarayaWatsonCDE;
import skpro.regression.ensemble.BaggingRegressor;
import skpro.regression.ensemble.BootstrapRegressor;
import skpro.regression.ensemble.StackingProbaRegressor;
import skpro.regression.ensemble.VotingProbaRegressor;
import skpro.regression.fit.ParametricFamily;
import skpro.regression.glm.GLMRegressor;
import skpro.regression.gp.GPRegressor;
import skpro.regression.linear.LinearRegression;
import skpro.regression.linear.QuantileRegressor;
import skpro.regression.linear.Ridge;
import skpro.regression.neighbors.KNeighborsRegressor;
import skpro.regression.quantile.GradientBoostingQuantileRegressor;
import skpro.regression.quantile.MultipleQuantileRegressor;
import skpro.regression.tree.DecisionTreeRegressor;

/**
 * Every estimator with example configurations (skpro's {@code all_estimators} and
 * {@code get_test_params}): this module's, followed by those of every {@link EstimatorProvider}
 * on the module or class path (such as the optional {@code skpro-smile} module), in the order
 * the providers are found. The contract tests run over these lists, so a new estimator joins the
 * shared suite by being registered here or by a provider; the command line may list them too.
 *
 * <p>Every example fits any data set of at least 40 rows and 2 columns.
 */
public final class EstimatorRegistry {

    private EstimatorRegistry() {
    }

    /** @return the probabilistic regressors, one entry per class: this module's, then the providers' */
    public static List<RegistryEntry<ProbaRegressor>> probaRegressors() {
        List<RegistryEntry<ProbaRegressor>> all = new ArrayList<>(coreProbaRegressors());
        for (EstimatorProvider p : ServiceLoader.load(EstimatorProvider.class)) {
            all.addAll(p.probaRegressors());
        }
        return List.copyOf(all);
    }

    /** @return the point regressors, one entry per class: this module's, then the providers' */
    public static List<RegistryEntry<Regressor>> regressors() {
        List<RegistryEntry<Regressor>> all = new ArrayList<>(coreRegressors());
        for (EstimatorProvider p : ServiceLoader.load(EstimatorProvider.class)) {
            all.addAll(p.regressors());
        }
        return List.copyOf(all);
    }

    /**
     * @return the probabilistic classifiers, one entry per class: this module's, then the
     *     providers'; their examples fit any data set of at least 40 rows, 2 columns and 2 classes
     *     with at least 5 rows each
     */
    public static List<RegistryEntry<ProbaClassifier>> probaClassifiers() {
        List<RegistryEntry<ProbaClassifier>> all = new ArrayList<>(coreProbaClassifiers());
        for (EstimatorProvider p : ServiceLoader.load(EstimatorProvider.class)) {
            all.addAll(p.probaClassifiers());
        }
        return List.copyOf(all);
    }

    private static List<RegistryEntry<ProbaClassifier>> coreProbaClassifiers() {
        String none = "classifiers predict class probabilities, not intervals";
        return List.of(
            new RegistryEntry<>("DummyProbaClassifier",
                List.of(DummyProbaClassifier.of(), DummyProbaClassifier.of(DummyProbaClassifier.Strategy.UNIFORM)),
                List.of(), none),
            new RegistryEntry<>("LogisticRegression",
                List.of(LogisticRegression.of(), LogisticRegression.of(0.1).withFitIntercept(false)
                    .withStopping(1e-8, 500)),
                List.of(), none),
            new RegistryEntry<>("KNeighborsClassifier",
                List.of(KNeighborsClassifier.of(5),
                    KNeighborsClassifier.of(10).withWeights(KNeighborsClassifier.Weights.DISTANCE)),
                List.of(), none),
            new RegistryEntry<>("DecisionTreeClassifier",
                List.of(DecisionTreeClassifier.of().withMaxDepth(4).withMinSamplesLeaf(5),
                    DecisionTreeClassifier.of().withCriterion(DecisionTreeClassifier.Criterion.ENTROPY)
                        .withMaxFeatures(1, 7)),
                List.of(), none),
            new RegistryEntry<>("CalibratedClassifier",
                List.of(CalibratedClassifier.of(DecisionTreeClassifier.of().withMaxDepth(4).withMinSamplesLeaf(5)),
                    CalibratedClassifier.of(KNeighborsClassifier.of(5)).withMethod(CalibratedClassifier.Method.ISOTONIC)
                        .withEnsemble(false).withCv(3, 7)),
                List.of(), none));
    }

    private static List<RegistryEntry<ProbaRegressor>> coreProbaRegressors() {
        ResidualDouble rdLinearSquaredKnn = ResidualDouble.of(LinearRegression.of())
            .withResidualRegressor(KNeighborsRegressor.of(40))
            .withResidualTransform(ResidualDouble.ResidualTransform.SQUARED);
        List<ProbaRegressor> residualDouble = List.of(
            ResidualDouble.of(LinearRegression.of()),
            ResidualDouble.of(Ridge.of(1.0)).withDistribution(ResidualDouble.Family.LAPLACE),
            ResidualDouble.of(KNeighborsRegressor.of(5)).withTDistribution(5.0),
            ResidualDouble.of(DecisionTreeRegressor.of().withMaxDepth(3).withMinSamplesLeaf(5))
                .withDistribution(ResidualDouble.Family.LAPLACE)
                .withResidualTransform(ResidualDouble.ResidualTransform.LOG),
            ResidualDouble.of(DecisionTreeRegressor.of().withMaxDepth(4).withMaxFeatures(1).withSeed(11))
                .withResidualRegressor(Ridge.of(0.5))
                .withCrossFitting(5, 42)
                .withMinScale(1e-3),
            ResidualDouble.of(Ridge.of(1.0)).withMeanScale(Logistic.of(new double[] {0.0}, new double[] {1.0})),
            rdLinearSquaredKnn);
        DummyProbaRegressor empirical = DummyProbaRegressor.of(DummyProbaRegressor.Strategy.EMPIRICAL);
        DummyProbaRegressor kde = DummyProbaRegressor.of(DummyProbaRegressor.Strategy.KDE);
        MeanStdRegressor meanStdKnn = MeanStdRegressor.of(LinearRegression.of(), KNeighborsRegressor.of(40));
        // leaves of at least 20 rows and early stopping on a 20 % validation split: boosted too long the
        // trees overfit location and scale, and the intervals narrow below their coverage
        NGBoostRegressor ngbNormal = NGBoostRegressor.of().withNEstimators(300).withLearningRate(0.05)
            .withBaseLearner(DecisionTreeRegressor.of().withMaxDepth(3).withMinSamplesLeaf(20)).withValidation(0.2, 20);
        NGBoostRegressor ngbLaplaceCrps = NGBoostRegressor.of().withFamily(NGBoostRegressor.Family.LAPLACE)
            .withScore(NGBoostRegressor.Score.CRPS).withNEstimators(50).withLearningRate(0.1).withMinibatchFrac(0.8)
            .withColSample(0.5).withSeed(3);
        Pipeline scaledSquaredKnn = Pipeline.of(List.of(StandardScaler.of()), rdLinearSquaredKnn);
        List<RegistryEntry<ProbaRegressor>> out = new ArrayList<>(List.of(
            new RegistryEntry<>("ResidualDouble", residualDouble, List.of(rdLinearSquaredKnn),
                "with absolute or log residuals the scale is E|r| (or exp E log|r|), not the family's scale "
                    + "of the residual law, and a residual model that ignores X misses heteroscedasticity: "
                    + "only squared residuals with a flexible residual model (k-NN) estimate the conditional "
                    + "standard deviation"),
            new RegistryEntry<>("DummyProbaRegressor",
                List.of(empirical, DummyProbaRegressor.of(DummyProbaRegressor.Strategy.NORMAL), kde,
                    DummyProbaRegressor.of().withFamily(ParametricFamily.LOGISTIC)),
                List.of(empirical, kde),
                "NORMAL (and FITTED) fit a normal (a parametric family) to the marginal of y, which need not be "
                    + "of that family"),
            new RegistryEntry<>("DeltaPointRegressor",
                List.of(DeltaPointRegressor.of(LinearRegression.of()),
                    DeltaPointRegressor.of(DecisionTreeRegressor.of().withMaxDepth(5))),
                List.of(),
                "a point mass predicts zero-width intervals, which cover a continuous target with "
                    + "probability 0: it makes no claim to coverage"),
            new RegistryEntry<>("MeanStdRegressor",
                List.of(meanStdKnn,
                    MeanStdRegressor.of(Ridge.of(1.0), DecisionTreeRegressor.of().withMaxDepth(3)
                        .withMinSamplesLeaf(20))),
                List.of(meanStdKnn),
                "a shallow tree approximates the conditional standard deviation by a step function"),
            new RegistryEntry<>("Pipeline",
                List.of(scaledSquaredKnn,
                    Pipeline.ofNamed(List.of(Step.of("scale", MinMaxScaler.of()),
                        Step.of("poly", PolynomialFeatures.of(2).withBias(false))), ResidualDouble.of(Ridge.of(1.0)))),
                List.of(scaledSquaredKnn),
                "a pipeline is as calibrated as its final estimator on the transformed features: ResidualDouble "
                    + "with a constant residual model misses heteroscedasticity"),
            new RegistryEntry<>("TransformedTargetRegressor",
                List.of(TransformedTargetRegressor.of(ResidualDouble.of(LinearRegression.of()),
                        TargetTransform.YEO_JOHNSON),
                    // a normal base: through the transform's exponential branches (lambda near 0 or 2) a
                    // Laplace or t base with a large scale has an infinite mean, so predict would be too
                    TransformedTargetRegressor.of(ResidualDouble.of(Ridge.of(1.0)), TargetTransform.YEO_JOHNSON)),
                List.of(),
                "a constant residual scale on the transformed scale is a location-dependent spread on y, not "
                    + "the spread that grows with |x1|"),
            new RegistryEntry<>("NGBoostRegressor", List.of(ngbNormal, ngbLaplaceCrps), List.of(ngbNormal),
                "Laplace intervals are calibrated only for Laplace noise, and without early stopping boosting "
                    + "overfits the scale; the positive-support families (log-normal, "
                    + "exponential, gamma, Poisson) cannot fit real-valued targets and are tested on their own"),
            conformal("SplitConformalRegressor", List.of(SplitConformalRegressor.of(LinearRegression.of()),
                SplitConformalRegressor.of(Ridge.of(1.0)).withNormalisedScores(KNeighborsRegressor.of(10)).withSeed(3),
                SplitConformalRegressor.of(ResidualDouble.of(LinearRegression.of()))
                    .withScore(SplitConformalRegressor.Score.NORMALISED).withCalibrationFraction(0.4))),
            conformal("CvPlusRegressor", List.of(CvPlusRegressor.of(LinearRegression.of()),
                CvPlusRegressor.of(DecisionTreeRegressor.of().withMaxDepth(3)).withFolds(10).withSeed(1))),
            conformal("ConformalizedQuantileRegressor", List.of(ConformalizedQuantileRegressor.of(),
                ConformalizedQuantileRegressor.of().withCoverages(0.9).withCalibrationFraction(0.4).withSeed(2))),
            conformal("EnbPIRegressor", List.of(EnbPIRegressor.of(LinearRegression.of()).withNEstimators(10),
                EnbPIRegressor.of(DecisionTreeRegressor.of().withMaxDepth(4)).withSeed(5)))));
        out.addAll(ensembleProbaRegressors(rdLinearSquaredKnn, meanStdKnn));
        out.addAll(statisticalProbaRegressors());
        HistBinnedProbaRegressor histKnn = HistBinnedProbaRegressor.of(KNeighborsClassifier.of(25))
            .withBins(HistBinnedProbaRegressor.Binning.UNIFORM, 8).withMargin(0.1);
        out.add(new RegistryEntry<>("HistBinnedProbaRegressor",
            List.of(HistBinnedProbaRegressor.of(LogisticRegression.of()), histKnn), List.of(),
            "a multinomial logit over bins of y with features entering linearly cannot follow a spread that grows "
                + "with |x1|, and k-NN shares over a few wide bins are coarse"));
        return out;
    }

    /** Bootstrap, bagging, voting, stacking, quantile reductions and kernel conditional densities. */
    private static List<RegistryEntry<ProbaRegressor>> ensembleProbaRegressors(ProbaRegressor rdLinearSquaredKnn,
        ProbaRegressor meanStdKnn) {
        BaggingRegressor bagKnn = BaggingRegressor.of(rdLinearSquaredKnn).withNEstimators(10).withSeed(1);
        VotingProbaRegressor voteKnn = VotingProbaRegressor.of(List.of(rdLinearSquaredKnn, meanStdKnn));
        // bases see 4/5 of at least 40 rows, so their k-NN takes k = 25
        ResidualDouble rdSquaredKnn25 = ResidualDouble.of(LinearRegression.of())
            .withResidualRegressor(KNeighborsRegressor.of(25))
            .withResidualTransform(ResidualDouble.ResidualTransform.SQUARED);
        StackingProbaRegressor stackKnn = StackingProbaRegressor.of(List.of(rdSquaredKnn25,
            ResidualDouble.of(DecisionTreeRegressor.of().withMaxDepth(4).withMinSamplesLeaf(10))), rdLinearSquaredKnn)
            .withFolds(5, 5);
        MultipleQuantileRegressor mqrLinear = MultipleQuantileRegressor.of(QuantileRegressor.of().withAlpha(0.0),
            0.05, 0.25, 0.5, 0.75, 0.95);
        MultipleQuantileRegressor mqrBoosted = MultipleQuantileRegressor.of(
            GradientBoostingQuantileRegressor.of(0.5).withStages(30, 0.2).withTrees(2, 5), 0.05, 0.5, 0.95);
        NadarayaWatsonCDE nwEmpirical = NadarayaWatsonCDE.of().withYKernel(false);
        NadarayaWatsonCDE nwEpanechnikov = NadarayaWatsonCDE.of().withKernel(NadarayaWatsonCDE.Kernel.EPANECHNIKOV)
            .withBandwidthRule(NadarayaWatsonCDE.BandwidthRule.SILVERMAN);
        NadarayaWatsonCDE nwUniform = NadarayaWatsonCDE.of().withKernel(NadarayaWatsonCDE.Kernel.UNIFORM)
            .withBandwidth(0.3).withYKernel(false);
        return List.of(
            new RegistryEntry<>("BootstrapRegressor",
                List.of(BootstrapRegressor.of(LinearRegression.of()).withNEstimators(20).withSeed(1),
                    BootstrapRegressor.of(DecisionTreeRegressor.of().withMaxDepth(3)).withNEstimators(10)
                        .withThreads(2)),
                List.of(),
                "the spread of bootstrapped point predictions is the estimate's sampling variability, not the "
                    + "noise of y: its intervals are confidence intervals for the regression function"),
            new RegistryEntry<>("BaggingRegressor",
                List.of(bagKnn, BaggingRegressor.of(ResidualDouble.of(DecisionTreeRegressor.of().withMaxDepth(3)))
                    .withNEstimators(10).withSamples(0.5, false).withFeatures(0.5, false).withSeed(3).withThreads(2)),
                List.of(bagKnn),
                "members that see one feature, with a constant residual scale, miss heteroscedasticity"),
            new RegistryEntry<>("VotingProbaRegressor",
                List.of(voteKnn, VotingProbaRegressor.of(List.of(ResidualDouble.of(Ridge.of(1.0)),
                    DummyProbaRegressor.of(DummyProbaRegressor.Strategy.EMPIRICAL))).withWeights(3, 1)),
                List.of(voteKnn),
                "a pool with a marginal member is too wide where the conditional spread is small"),
            new RegistryEntry<>("StackingProbaRegressor",
                List.of(stackKnn, StackingProbaRegressor.of(List.of(ResidualDouble.of(LinearRegression.of()),
                    DummyProbaRegressor.of(DummyProbaRegressor.Strategy.NORMAL)), ResidualDouble.of(Ridge.of(1.0)))
                    .withPassthrough(true).withThreads(2)),
                List.of(stackKnn),
                "a final ResidualDouble with a constant residual model misses heteroscedasticity"),
            new RegistryEntry<>("MultipleQuantileRegressor", List.of(mqrLinear, mqrBoosted), List.of(mqrLinear),
                "linear quantile regression at 0.05 and 0.95 holds 90 % marginally, not given x1 (the noise "
                    + "grows with |x1|); short, shallow boosting of the outer quantiles shrinks them toward the "
                    + "median"),
            new RegistryEntry<>("NadarayaWatsonCDE", List.of(nwEmpirical, nwEpanechnikov, nwUniform),
                List.of(nwEmpirical, nwEpanechnikov),
                "a narrow compact kernel leaves few neighbours per row, and the central interval of a few "
                    + "weighted points is too narrow"));
    }

    /**
     * Bayesian linear models, GLMs and Gaussian processes. The positive-support GLM families cannot
     * fit real-valued targets and are tested on their own; exact GPs cost O(n^3), so the examples
     * subsample at most 200 or 300 training rows (seeded).
     */
    private static List<RegistryEntry<ProbaRegressor>> statisticalProbaRegressors() {
        String constantNoise = "the noise variance is one constant, so the intervals miss heteroscedasticity";
        return List.of(
            new RegistryEntry<>("BayesianConjugateLinearRegressor",
                List.of(BayesianConjugateLinearRegressor.of(),
                    BayesianConjugateLinearRegressor.of().withPrior(0.5, 0.1).withKnownNoise(1.0),
                    BayesianConjugateLinearRegressor.of().withInverseGammaNoise(2.0, 0.5).withFitIntercept(false)),
                List.of(), constantNoise),
            new RegistryEntry<>("BayesianRidge",
                List.of(BayesianRidge.of(), BayesianRidge.of().withFitIntercept(false).withIterations(50, 1e-6)
                    .withHyperPriors(1e-3, 1e-3, 1e-3, 1e-3)),
                List.of(), constantNoise),
            new RegistryEntry<>("GLMRegressor",
                List.of(GLMRegressor.of(GLMRegressor.Family.NORMAL),
                    GLMRegressor.of(GLMRegressor.Family.NORMAL).withL2(0.1).withFitIntercept(false)),
                List.of(), constantNoise + "; the positive-support families (Poisson, gamma, inverse Gaussian, "
                    + "negative binomial) cannot fit real-valued targets and are tested on their own"),
            new RegistryEntry<>("GPRegressor",
                List.of(GPRegressor.of(GPRegressor.Kernel.RBF).withOptimizer(true, 0, 1L).withMaxTrainRows(200),
                    GPRegressor.of(GPRegressor.Kernel.MATERN_52).withHyperParameters(1.0, 1.5, 0.3)
                        .withOptimizer(false, 0, 2L).withMaxTrainRows(300).withNormalizeY(false)),
                List.of(), "one white-noise variance for all x, so the intervals miss heteroscedasticity"));
    }

    /** Conformal methods hold their coverage marginally on exchangeable data, whatever the learner. */
    private static RegistryEntry<ProbaRegressor> conformal(String name, List<ProbaRegressor> examples) {
        return new RegistryEntry<>(name, examples, examples,
            "conformal intervals hold their coverage marginally on exchangeable data for every example (EnbPI "
                + "approximately); they are not conditionally calibrated");
    }

    private static List<RegistryEntry<Regressor>> coreRegressors() {
        String none = "point regressors predict no intervals";
        return List.of(
            new RegistryEntry<>("LinearRegression",
                List.of(LinearRegression.of(), LinearRegression.of().withFitIntercept(false)), List.of(), none),
            new RegistryEntry<>("Ridge", List.of(Ridge.of(1.0), Ridge.of(0.1).withFitIntercept(false)), List.of(),
                none),
            new RegistryEntry<>("QuantileRegressor", List.of(QuantileRegressor.of(0.5).withAlpha(0.0),
                QuantileRegressor.of(0.8).withAlpha(0.01).withFitIntercept(false)), List.of(), none),
            new RegistryEntry<>("KNeighborsRegressor", List.of(KNeighborsRegressor.of(1), KNeighborsRegressor.of(5)),
                List.of(), none),
            new RegistryEntry<>("DecisionTreeRegressor",
                List.of(DecisionTreeRegressor.of(),
                    DecisionTreeRegressor.of().withMaxDepth(3).withMinSamplesLeaf(2).withMaxFeatures(1).withSeed(7)),
                List.of(), none),
            new RegistryEntry<>("MeanRegressor", List.of(MeanRegressor.of()), List.of(),
                none + "; MeanRegressor has no parameters, so one example"),
            new RegistryEntry<>("PointPipeline",
                List.of(PointPipeline.of(List.of(StandardScaler.of(), PolynomialFeatures.of(2).withBias(false)),
                        Ridge.of(1.0)),
                    PointPipeline.of(List.of(MinMaxScaler.of()), KNeighborsRegressor.of(5))),
                List.of(), none),
            new RegistryEntry<>("GradientBoostingQuantileRegressor",
                List.of(GradientBoostingQuantileRegressor.of(0.5).withStages(20, 0.1),
                    GradientBoostingQuantileRegressor.of(0.9).withStages(10, 0.3).withTrees(2, 3)
                        .withSubsample(0.7, 5)),
                List.of(), none));
    }
}
