package skpro.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import skpro.regression.baselines.DeltaPointRegressor;
import skpro.regression.baselines.DummyProbaRegressor;
import skpro.regression.compose.MeanStdRegressor;
import skpro.regression.compose.ResidualDouble;
import skpro.regression.linear.LinearRegression;
import skpro.regression.linear.Ridge;
import skpro.regression.neighbors.KNeighborsRegressor;
import skpro.regression.tree.DecisionTreeRegressor;

/** The registry's own invariants, and the point regressors' basic contract over it. */
class EstimatorRegistryTest {

    @Test
    void probaRegressorsAreListedWithDistinctExamplesOfTheirClass() {
        List<RegistryEntry<ProbaRegressor>> entries = EstimatorRegistry.probaRegressors();
        assertThat(entries).extracting(RegistryEntry::name).startsWith("ResidualDouble", "DummyProbaRegressor",
            "DeltaPointRegressor", "MeanStdRegressor", "Pipeline", "TransformedTargetRegressor",
            "NGBoostRegressor", "SplitConformalRegressor",
            "CvPlusRegressor", "ConformalizedQuantileRegressor", "EnbPIRegressor", "BootstrapRegressor",
            "BaggingRegressor", "VotingProbaRegressor", "StackingProbaRegressor", "MultipleQuantileRegressor",
            "NadarayaWatsonCDE", "BayesianConjugateLinearRegressor", "BayesianRidge", "GLMRegressor", "GPRegressor",
            "HistBinnedProbaRegressor");
        for (RegistryEntry<ProbaRegressor> e : entries) {
            assertThat(e.examples()).as(e.name()).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates();
            assertThat(new HashSet<>(e.examples())).hasSameSizeAs(e.examples());
            for (ProbaRegressor r : e.examples()) {
                assertThat(r.getClass().getSimpleName()).isEqualTo(e.name());
            }
            assertThat(e.coverageNote()).isNotBlank();
        }
        RegistryEntry<ProbaRegressor> delta = entries.get(2);
        assertThat(delta.calibratedExamples()).isEmpty();
        assertThat(delta.coverageNote()).contains("zero-width");
        assertThat(entries.get(1).examples()).extracting(r -> ((DummyProbaRegressor) r).strategy())
            .containsExactly(DummyProbaRegressor.Strategy.values());
    }

    @Test
    void residualDoubleCoversEveryPointLearnerAndFamily() {
        List<ProbaRegressor> rd = EstimatorRegistry.probaRegressors().get(0).examples();
        Set<Class<?>> learners = new HashSet<>();
        Set<ResidualDouble.Family> families = new HashSet<>();
        for (ProbaRegressor r : rd) {
            learners.add(((ResidualDouble) r).estimator().getClass());
            families.add(((ResidualDouble) r).distribution());
        }
        assertThat(learners).contains(LinearRegression.class, Ridge.class, KNeighborsRegressor.class,
            DecisionTreeRegressor.class);
        assertThat(families).contains(ResidualDouble.Family.NORMAL, ResidualDouble.Family.LAPLACE, ResidualDouble.Family.MEAN_SCALE,
            ResidualDouble.Family.T);
        assertThat(EstimatorRegistry.probaRegressors().get(3).examples()).allMatch(r -> r instanceof MeanStdRegressor);
        assertThat(EstimatorRegistry.probaRegressors().get(2).examples())
            .allMatch(r -> r instanceof DeltaPointRegressor);
    }

    @Test
    void pointRegressorsFitPredictAndRoundTripTheirParams() {
        // 40 rows: every registered example fits any data set of at least 40 rows and 2 columns
        double[][] x = new double[40][];
        double[] y = new double[40];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {i, Math.sin(i), (i * 7) % 5};
            y[i] = 0.5 * i - Math.cos(i);
        }
        List<RegistryEntry<Regressor>> entries = EstimatorRegistry.regressors();
        assertThat(entries).extracting(RegistryEntry::name).startsWith("LinearRegression", "Ridge",
            "QuantileRegressor", "KNeighborsRegressor", "DecisionTreeRegressor", "MeanRegressor", "PointPipeline",
            "GradientBoostingQuantileRegressor");
        for (RegistryEntry<Regressor> e : entries) {
            Regressor first = e.examples().get(0);
            assertThat(e.examples().size()).as(e.name())
                .isGreaterThanOrEqualTo(first.params().isEmpty() ? 1 : 2);
            assertThat(e.examples()).doesNotHaveDuplicates();
            assertThat(e.calibratedExamples()).isEmpty();
            for (Regressor r : e.examples()) {
                assertThat(r.getClass().getSimpleName()).isEqualTo(e.name());
                Regressor copy = r.withParams(r.params());
                assertThat(copy).isEqualTo(r).hasSameHashCodeAs(r);
                PointModel m = r.fit(x, y);
                assertThat(r).isEqualTo(copy);
                double[] pred = m.predict(x);
                assertThat(pred).hasSize(40);
                assertThat(copy.fit(x, y).predict(x)).containsExactly(pred);
            }
        }
    }

    @Test
    void entriesRejectInconsistentParts() {
        Regressor a = LinearRegression.of();
        Regressor b = Ridge.of(1.0);
        assertThatThrownBy(() -> new RegistryEntry<>("x", List.of(a), List.of(b), "n"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not among its examples");
        assertThatThrownBy(() -> new RegistryEntry<Regressor>("x", List.of(), List.of(), "n"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("examples of x");
        assertThatThrownBy(() -> new RegistryEntry<>("", List.of(a), List.of(), "n"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        RegistryEntry<Regressor> ok = new RegistryEntry<>("x", List.of(a, b), List.of(b), "n");
        assertThat(ok.isCalibrated(b)).isTrue();
        assertThat(ok.isCalibrated(a)).isFalse();
    }
}
