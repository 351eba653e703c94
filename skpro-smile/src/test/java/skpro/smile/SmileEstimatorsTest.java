package skpro.smile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import skpro.regression.EstimatorRegistry;
import skpro.regression.Parameterized;
import skpro.regression.RegistryEntry;
import skpro.regression.Regressor;

/** The provider, parameters by name, and rejected hyper-parameters and data. */
class SmileEstimatorsTest {

    @Test
    void registryListsThisModulesEstimatorsAfterTheCoresOnes() {
        assertThat(EstimatorRegistry.regressors()).extracting(RegistryEntry::name).containsSubsequence(
            "LinearRegression", "RandomForestRegressor", "GradientTreeBoostRegressor", "LassoRegressor",
            "ElasticNetRegressor", "SvrRegressor");
        assertThat(EstimatorRegistry.probaRegressors()).extracting(RegistryEntry::name).containsSubsequence(
            "ResidualDouble", "GaussianProcessRegressor", "RandomForestProbaRegressor");
    }

    @Test
    void parametersRoundTripAndChangeByName() {
        List<Parameterized<?>> all = List.of(RandomForestRegressor.of(), GradientTreeBoostRegressor.of(),
            LassoRegressor.of(1.0), ElasticNetRegressor.of(1.0, 2.0), SvrRegressor.of(1.0, 0.1, 1.0),
            GaussianProcessRegressor.of(1.0, 0.1), RandomForestProbaRegressor.of(RandomForestRegressor.of()));
        for (Parameterized<?> p : all) {
            Map<String, Object> params = p.params();
            assertThat(p.withParams(params)).isEqualTo(p).hasSameHashCodeAs(p);
            assertThat(p.withParams(params).toString()).isEqualTo(p.toString());
            assertThatThrownBy(() -> p.withParam("bogus", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown parameter 'bogus'");
        }
        assertThat(RandomForestRegressor.of().withParam("ntrees", 7))
            .isEqualTo(RandomForestRegressor.of().withNtrees(7));
        assertThat(RandomForestRegressor.of().withParam("seed", 3)).isEqualTo(RandomForestRegressor.of().withSeed(3));
        assertThat(GradientTreeBoostRegressor.of().withParam("shrinkage", 1))
            .isEqualTo(GradientTreeBoostRegressor.of().withShrinkage(1.0));
        assertThat(LassoRegressor.of(1.0).withParam("lambda", 2)).isEqualTo(LassoRegressor.of(2.0));
        assertThat(ElasticNetRegressor.of(1.0, 1.0).withParam("lambda2", 3.0))
            .isEqualTo(ElasticNetRegressor.of(1.0, 3.0));
        assertThat(SvrRegressor.of(1.0, 0.1, 1.0).withParam("c", 5.0)).isEqualTo(SvrRegressor.of(1.0, 0.1, 5.0));
        assertThat(GaussianProcessRegressor.of(1.0, 0.1).withParam("normalize", false))
            .isEqualTo(GaussianProcessRegressor.of(1.0, 0.1).withNormalize(false));
        assertThatThrownBy(() -> LassoRegressor.of(1.0).withParam("maxIter", "ten"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxIter");
    }

    @Test
    void badHyperParametersAreRejectedByName() {
        rejects(() -> RandomForestRegressor.of().withNtrees(0), "ntrees");
        rejects(() -> RandomForestRegressor.of().withMtry(-1), "mtry");
        rejects(() -> RandomForestRegressor.of().withMaxDepth(0), "maxDepth");
        rejects(() -> RandomForestRegressor.of().withMaxNodes(1), "maxNodes");
        rejects(() -> RandomForestRegressor.of().withNodeSize(0), "nodeSize");
        rejects(() -> RandomForestRegressor.of().withSubsample(0.0), "subsample");
        rejects(() -> RandomForestRegressor.of().withParam("subsample", 1.5), "subsample");
        rejects(() -> GradientTreeBoostRegressor.of().withLoss(null), "loss");
        rejects(() -> GradientTreeBoostRegressor.of().withHuberQuantile(1.0), "huberQuantile");
        rejects(() -> GradientTreeBoostRegressor.of().withShrinkage(Double.NaN), "shrinkage");
        rejects(() -> GradientTreeBoostRegressor.of().withSubsample(-0.1), "subsample");
        rejects(() -> GradientTreeBoostRegressor.of().withNtrees(0), "ntrees");
        rejects(() -> LassoRegressor.of(-1.0), "lambda");
        rejects(() -> LassoRegressor.of(0.0), "lambda");
        rejects(() -> LassoRegressor.of(Double.POSITIVE_INFINITY), "lambda");
        rejects(() -> LassoRegressor.of(1.0).withTolerance(0.0), "tolerance");
        rejects(() -> LassoRegressor.of(1.0).withMaxIter(0), "maxIter");
        rejects(() -> ElasticNetRegressor.of(0.0, 1.0), "lambda1");
        rejects(() -> ElasticNetRegressor.of(1.0, 0.0), "lambda2");
        rejects(() -> SvrRegressor.of(0.0, 0.1, 1.0), "sigma");
        rejects(() -> SvrRegressor.of(1.0, -0.1, 1.0), "epsilon");
        rejects(() -> SvrRegressor.of(1.0, 0.1, Double.NaN), "c");
        rejects(() -> SvrRegressor.of(1.0, 0.1, 1.0).withTol(-1.0), "tol");
        rejects(() -> GaussianProcessRegressor.of(0.0, 0.1), "lengthScale");
        rejects(() -> GaussianProcessRegressor.of(1.0, 0.0), "noise");
        rejects(() -> GaussianProcessRegressor.of(1.0, 0.1).withMaxTrainRows(1), "maxTrainRows");
        rejects(() -> RandomForestProbaRegressor.of(null), "forest");
    }

    @Test
    void badDataIsRejectedByName() {
        List<Regressor> learners = List.of(RandomForestRegressor.of().withNtrees(3), GradientTreeBoostRegressor.of()
            .withNtrees(3), LassoRegressor.of(1.0), ElasticNetRegressor.of(1.0, 1.0), SvrRegressor.of(1.0, 0.1, 1.0));
        double[][] x = TestData.x(40, 31);
        double[] y = TestData.y(x, 32);
        for (Regressor r : learners) {
            rejects(() -> r.fit(null, y), "X must not be null");
            rejects(() -> r.fit(new double[][] {{}}, new double[1]), "at least one column");
            rejects(() -> r.fit(x, null), "y must not be null");
            rejects(() -> r.fit(new double[][] {{1.0, 2.0}}, new double[] {1.0}), "at least 2 rows");
            double[][] inf = TestData.x(40, 31);
            inf[39][2] = Double.NEGATIVE_INFINITY;
            rejects(() -> r.fit(inf, y), "X[39][2]");
            var model = r.fit(x, y);
            rejects(() -> model.predict(new double[][] {{1.0, 2.0, 3.0, 4.0}}), "X has 4 columns");
            rejects(() -> model.predict(new double[][] {{1.0, 2.0, 3.0}, {1.0}}), "row 1");
        }
        rejects(() -> GaussianProcessRegressor.of(1.0, 0.1).fit(x, new double[40]), "y is constant");
        assertThat(GaussianProcessRegressor.of(1.0, 0.1).withNormalize(false).fit(x, new double[40])
            .predict(x)).containsOnly(0.0);
    }

    private static void rejects(Supplier<?> call, String fragment) {
        assertThatThrownBy(call::get).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(fragment);
    }
}
