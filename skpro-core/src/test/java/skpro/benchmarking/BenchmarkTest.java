package skpro.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import skpro.datasets.Dataset;
import skpro.metrics.CRPS;
import skpro.metrics.LogLoss;
import skpro.modelselection.Evaluation;
import skpro.modelselection.EvaluationResult;
import skpro.modelselection.KFold;
import skpro.regression.ProbaModel;
import skpro.regression.ProbaRegressor;
import skpro.regression.baselines.DummyProbaRegressor;
import skpro.regression.compose.ResidualDouble;
import skpro.regression.linear.LinearRegression;

class BenchmarkTest {

    /** y = 3 x0 + noise (X helps), or pure noise (it does not). */
    private static Dataset data(String name, double slope, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 120;
        double[][] x = new double[n][2];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = rng.nextDouble(-1, 1);
            x[i][1] = rng.nextDouble(-1, 1);
            y[i] = slope * x[i][0] + 0.3 * rng.nextGaussian();
        }
        return Dataset.of(name, x, y, new String[] {"a", "b"}, "y");
    }

    /** Fails on every fit, to check that failures are kept, not dropped. */
    private record Failing() implements ProbaRegressor {
        @Override
        public ProbaModel fit(double[][] x, double[] y) {
            throw new IllegalStateException("cannot fit");
        }

        @Override
        public java.util.Map<String, Object> params() {
            return java.util.Map.of();
        }

        @Override
        public ProbaRegressor withParams(java.util.Map<String, ?> changes) {
            return this;
        }
    }

    @Test
    void cellsHoldTheEvaluationsPooledLossesAndTheVerdictFollowsTheData() {
        KFold folds = KFold.of(5).withShuffle(3);
        ProbaRegressor dummy = DummyProbaRegressor.of(DummyProbaRegressor.Strategy.NORMAL);
        ProbaRegressor rd = ResidualDouble.of(LinearRegression.of());
        List<String> lines = new ArrayList<>();
        Benchmark.Run run = Benchmark.of(folds, CRPS.of(), LogLoss.of())
            .withBaseline("dummy", dummy)
            .withEstimator("rd", rd)
            .withEstimator("broken", new Failing())
            .withProgress(lines::add)
            .run(List.of(data("signal", 3.0, 1), data("noise", 0.0, 2)));
        BenchmarkResults r = run.results();
        Dataset signal = data("signal", 3.0, 1);
        EvaluationResult direct = Evaluation.evaluate(rd, folds, signal.x(), signal.y(), CRPS.of(), LogLoss.of());
        assertThat(r.losses("rd", "signal", "CRPS")).containsExactly(direct.pooledLosses("CRPS"));
        assertThat(r.isUninformed("dummy")).isTrue();
        assertThat(r.isUninformed("rd")).isFalse();
        assertThat(r.has("broken", "signal", "CRPS")).isFalse();
        assertThat(run.failures()).hasSize(2).allMatch(s -> s.startsWith("broken on ")
            && s.contains("5 of 5 folds failed") && s.contains("IllegalStateException: cannot fit"));
        assertThat(lines).anyMatch(s -> s.startsWith("done    rd on signal (120 rows"));

        ComparisonTable crps = ComparisonTable.of(r, "CRPS");
        assertThat(crps.best("signal")).isEqualTo("rd");
        assertThat(crps.verdict("signal")).isEqualTo(IndependenceVerdict.X_HELPS);
        assertThat(crps.verdict("noise")).isEqualTo(IndependenceVerdict.NO_EVIDENCE);
    }

    @Test
    void aMetricWithoutAFiniteLossLeavesItsCellEmptyWithTheReason() {
        // a point mass has density 0 off its atom: its log loss is +infinity on every test row
        Benchmark.Run run = Benchmark.of(KFold.of(3), CRPS.of(), LogLoss.of())
            .withEstimator("delta", skpro.regression.baselines.DeltaPointRegressor.of(LinearRegression.of()))
            .run(List.of(data("signal", 3.0, 4)));
        assertThat(run.results().has("delta", "signal", "CRPS")).isTrue();
        assertThat(run.results().has("delta", "signal", "LogLoss")).isFalse();
        assertThat(run.failures()).singleElement().asString().startsWith("delta on signal: LogLoss is Infinity on row ");
    }

    @Test
    void aDataSetMayHaveItsOwnSplits() {
        // two published test sets of 30 rows each: 60 pooled rows instead of all 120
        int[] first = new int[30];
        int[] second = new int[30];
        for (int i = 0; i < 30; i++) {
            first[i] = i;
            second[i] = 60 + i;
        }
        Benchmark.Run run = Benchmark.of(KFold.of(3), CRPS.of())
            .withEstimator("rd", ResidualDouble.of(LinearRegression.of()))
            .withSplits("signal", skpro.modelselection.PredefinedSplits.of(List.of(first, second)))
            .run(List.of(data("signal", 3.0, 4), data("noise", 0.0, 5)));
        assertThat(run.results().losses("rd", "signal", "CRPS")).hasSize(60);
        assertThat(run.results().losses("rd", "noise", "CRPS")).hasSize(120);
        assertThatThrownBy(() -> Benchmark.of(KFold.of(3), CRPS.of()).withSplits(" ", KFold.of(2)))
            .hasMessageContaining("dataSet");
    }

    @Test
    void resultsDoNotDependOnTheNumberOfThreads() {
        Benchmark b = Benchmark.of(KFold.of(4).withShuffle(9), CRPS.of())
            .withBaseline("dummy", DummyProbaRegressor.of(DummyProbaRegressor.Strategy.EMPIRICAL))
            .withEstimator("rd", ResidualDouble.of(LinearRegression.of()));
        List<Dataset> d = List.of(data("signal", 3.0, 5));
        assertThat(b.withThreads(2).run(d).results().losses("rd", "signal", "CRPS"))
            .containsExactly(b.run(d).results().losses("rd", "signal", "CRPS"));
    }

    @Test
    void badConfigurationIsRejectedNamingTheArgument() {
        Benchmark b = Benchmark.of(KFold.of(3), CRPS.of());
        assertThatThrownBy(() -> Benchmark.of(KFold.of(3))).hasMessageContaining("metrics");
        assertThatThrownBy(() -> Benchmark.of(KFold.of(3), CRPS.of(), CRPS.of())).hasMessageContaining("'CRPS'");
        assertThatThrownBy(() -> b.run(List.of(data("a", 1, 1)))).hasMessageContaining("no estimators");
        Benchmark one = b.withEstimator("rd", ResidualDouble.of(LinearRegression.of()));
        assertThatThrownBy(() -> one.withBaseline("rd", new Failing())).hasMessageContaining("'rd' is used twice");
        assertThatThrownBy(() -> one.withEstimator(" ", new Failing())).hasMessageContaining("blank");
        assertThatThrownBy(() -> one.withThreads(0)).hasMessageContaining("threads");
        assertThatThrownBy(() -> one.run(List.of(data("a", 1, 1), data("a", 1, 2))))
            .hasMessageContaining("'a' is given twice");
        assertThatThrownBy(() -> one.run(List.of())).hasMessageContaining("dataSets");
    }
}
