package skpro.modelselection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import skpro.distributions.Distribution;
import skpro.metrics.CRPS;
import skpro.metrics.EmpiricalCoverage;
import skpro.metrics.LogLoss;
import skpro.metrics.PinballLoss;
import skpro.regression.ProbaModel;
import skpro.regression.ProbaRegressor;
import skpro.regression.baselines.DummyProbaRegressor;
import skpro.regression.compose.ResidualDouble;
import skpro.regression.linear.Ridge;

class EvaluationTest {

    static final double[][] X = {{1}, {2}, {3}, {4}, {5}, {6}};
    static final double[] Y = {1.0, 3.0, 2.0, 6.0, 4.0, 8.0};

    /** Wraps a regressor; counts predictProba calls and fails to fit when y holds the sentinel 999. */
    static final class Counting implements ProbaRegressor {
        final ProbaRegressor inner;
        final AtomicInteger predictCalls = new AtomicInteger();

        Counting(ProbaRegressor inner) {
            this.inner = inner;
        }

        @Override
        public ProbaModel fit(double[][] x, double[] y) {
            for (double v : y) {
                if (v == 999.0) {
                    throw new IllegalArgumentException("sentinel in y");
                }
            }
            ProbaModel m = inner.fit(x, y);
            Counting self = this;
            return new ProbaModel() {
                @Override
                public ProbaRegressor regressor() {
                    return self;
                }

                @Override
                public int numFeatures() {
                    return m.numFeatures();
                }

                @Override
                public Distribution predictProba(double[][] xs) {
                    predictCalls.incrementAndGet();
                    return m.predictProba(xs);
                }
            };
        }

        @Override
        public Map<String, Object> params() {
            return inner.params();
        }

        @Override
        public ProbaRegressor withParams(Map<String, ?> changes) {
            return new Counting(inner.withParams(changes));
        }
    }

    /** -log N(y; mu, sd) with mu and the ddof = 0 sd of the training targets, by hand. */
    private static double normalLogLoss(double y, double[] train) {
        double mu = 0.0;
        for (double v : train) {
            mu += v;
        }
        mu /= train.length;
        double ss = 0.0;
        for (double v : train) {
            ss += (v - mu) * (v - mu);
        }
        double var = ss / train.length;
        return 0.5 * Math.log(2 * Math.PI * var) + (y - mu) * (y - mu) / (2 * var);
    }

    @Test
    void lossesEqualAHandComputationRowByRow() {
        EvaluationResult r = Evaluation.evaluate(DummyProbaRegressor.of(DummyProbaRegressor.Strategy.NORMAL),
            KFold.of(3), X, Y, LogLoss.of(), CRPS.of());
        assertThat(r.folds()).hasSize(3);
        // fold 0 tests rows 0, 1 and trains on rows 2..5 (y = 2, 6, 4, 8)
        double[] l0 = r.folds().get(0).losses("LogLoss");
        assertThat(l0).containsExactly(new double[] {normalLogLoss(1.0, new double[] {2, 6, 4, 8}),
            normalLogLoss(3.0, new double[] {2, 6, 4, 8})}, within(1e-13));
        // fold 2 tests rows 4, 5 and trains on y = 1, 3, 2, 6
        double[] l2 = r.folds().get(2).losses("LogLoss");
        assertThat(l2[1]).isCloseTo(normalLogLoss(8.0, new double[] {1, 3, 2, 6}), within(1e-13));
        assertThat(r.folds().get(2).score("LogLoss")).isCloseTo((l2[0] + l2[1]) / 2, within(1e-14));
        // row-ordered losses: each row tested once by KFold
        assertThat(r.partitionsRows()).isTrue();
        EvaluationResult.RowLosses byRow = r.losses("LogLoss");
        assertThat(byRow.rows()).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(byRow.losses()[5]).isEqualTo(l2[1]);
        assertThat(byRow.losses()[1]).isEqualTo(l0[1]);
        // pooled estimate over the 6 rows, fold estimate over the 3 fold means
        double[] pooled = r.pooledLosses("LogLoss");
        double mean = 0.0;
        for (double v : pooled) {
            mean += v;
        }
        mean /= 6;
        assertThat(r.pooledEstimate("LogLoss").mean()).isCloseTo(mean, within(1e-13));
        double[] s = r.foldScores("LogLoss");
        double sMean = (s[0] + s[1] + s[2]) / 3;
        double sSd = Math.sqrt(((s[0] - sMean) * (s[0] - sMean) + (s[1] - sMean) * (s[1] - sMean)
            + (s[2] - sMean) * (s[2] - sMean)) / 2);
        assertThat(r.foldEstimate("LogLoss").mean()).isCloseTo(sMean, within(1e-13));
        assertThat(r.foldEstimate("LogLoss").standardError()).isCloseTo(sSd / Math.sqrt(3), within(1e-13));
    }

    @Test
    void bookkeepingOfSizesAndRowsFollowsTheSplits() {
        double[][] x = new double[23][1];
        double[] y = new double[23];
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 23; i++) {
            x[i][0] = i;
            y[i] = rng.nextGaussian();
        }
        EvaluationResult r = Evaluation.evaluate(DummyProbaRegressor.of(DummyProbaRegressor.Strategy.NORMAL),
            KFold.of(5).withShuffle(9), x, y, CRPS.of());
        assertThat(r.folds()).extracting(FoldResult::testSize).containsExactly(5, 5, 5, 4, 4);
        assertThat(r.folds()).extracting(FoldResult::trainSize).containsExactly(18, 18, 18, 19, 19);
        assertThat(r.pooledRows()).hasSize(23).doesNotHaveDuplicates();
        assertThat(r.folds().get(3).fitSeconds()).isPositive();
        // ShuffleSplit tests some rows several times: losses stay in fold order with their rows
        EvaluationResult s = Evaluation.evaluate(DummyProbaRegressor.of(DummyProbaRegressor.Strategy.NORMAL),
            ShuffleSplit.of(4, 0.5, 1L), x, y, CRPS.of());
        assertThat(s.partitionsRows()).isFalse();
        assertThat(s.losses("CRPS").rows()).containsExactly(s.pooledRows());
        assertThat(s.pooledRows()).hasSize(48);
        assertThat(s.losses("CRPS").losses()).containsExactly(s.pooledLosses("CRPS"));
    }

    @Test
    void predictProbaIsCalledOncePerFoldWhateverTheNumberOfMetrics() {
        Counting c = new Counting(DummyProbaRegressor.of(DummyProbaRegressor.Strategy.NORMAL));
        EvaluationResult r = Evaluation.evaluate(c, KFold.of(3), X, Y, CRPS.of(), LogLoss.of(),
            PinballLoss.of(0.1, 0.9), EmpiricalCoverage.of(0.5, 0.9));
        assertThat(c.predictCalls.get()).isEqualTo(3);
        assertThat(r.metricNames()).hasSize(4);
        // the interval metric is scored on the same distribution: a row is covered or not
        for (double v : r.pooledLosses(EmpiricalCoverage.of(0.5, 0.9).name())) {
            assertThat(v).isIn(0.0, 0.5, 1.0);
        }
    }

    @Test
    void failuresAreRaisedOrRecorded() {
        double[] y = Y.clone();
        y[0] = 999.0;  // every fold that trains on row 0 fails: folds 1 and 2
        Counting c = new Counting(DummyProbaRegressor.of(DummyProbaRegressor.Strategy.NORMAL));
        assertThatThrownBy(() -> Evaluation.evaluate(c, KFold.of(3), X, y, CRPS.of()))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("sentinel in y");
        EvaluationResult r = Evaluation.of().withErrorPolicy(ErrorPolicy.RECORD).run(c, KFold.of(3), X, y, CRPS.of());
        assertThat(r.numFailed()).isEqualTo(2);
        assertThat(r.folds().get(1).succeeded()).isFalse();
        assertThat(r.folds().get(1).errorClass()).isEqualTo("java.lang.IllegalArgumentException");
        assertThat(r.folds().get(2).errorMessage()).isEqualTo("sentinel in y");
        assertThat(r.folds().get(0).succeeded()).isTrue();
        assertThat(r.pooledRows()).containsExactly(0, 1);
        assertThatThrownBy(() -> r.folds().get(1).losses("CRPS")).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("fold 1 failed");
        assertThatThrownBy(() -> r.foldEstimate("CRPS")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void argumentsAreValidated() {
        ProbaRegressor d = DummyProbaRegressor.of();
        assertThatThrownBy(() -> Evaluation.evaluate(d, KFold.of(3), X, Y)).hasMessageContaining("at least one");
        assertThatThrownBy(() -> Evaluation.evaluate(d, KFold.of(3), X, Y, CRPS.of(), LogLoss.of(), CRPS.of()))
            .hasMessageContaining("metrics[0] and metrics[2] are both named 'CRPS'");
        assertThatThrownBy(() -> Evaluation.evaluate(d, KFold.of(3), X, new double[5], CRPS.of()))
            .hasMessageContaining("y has 5");
        assertThatThrownBy(() -> Evaluation.evaluate(d, KFold.of(7), X, Y, CRPS.of())).hasMessageContaining("n = 6");
        assertThatThrownBy(() -> Evaluation.of().withThreads(0)).hasMessageContaining("threads must be >= 1, got 0");
        EvaluationResult r = Evaluation.evaluate(d, KFold.of(3), X, Y, CRPS.of());
        assertThatThrownBy(() -> r.pooledLosses("LogLoss")).hasMessageContaining("'LogLoss' was not evaluated");
    }

    @Test
    void oneAndTwoThreadsGiveIdenticalResults() {
        int n = 300;
        double[][] x = new double[n][3];
        double[] y = new double[n];
        SplittableRandom rng = new SplittableRandom(17);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = rng.nextGaussian();
            }
            y[i] = x[i][0] - 2 * x[i][1] + (1 + Math.abs(x[i][2])) * rng.nextGaussian();
        }
        ProbaRegressor reg = ResidualDouble.of(Ridge.of(0.5));
        Splitter cv = RepeatedKFold.of(5, 2, 3L);
        EvaluationResult one = Evaluation.of().run(reg, cv, x, y, CRPS.of(), LogLoss.of());
        EvaluationResult two = Evaluation.of().withThreads(2).run(reg, cv, x, y, CRPS.of(), LogLoss.of());
        assertThat(two.pooledRows()).containsExactly(one.pooledRows());
        assertThat(two.pooledLosses("CRPS")).containsExactly(one.pooledLosses("CRPS"));
        assertThat(two.pooledLosses("LogLoss")).containsExactly(one.pooledLosses("LogLoss"));
        assertThat(two.foldEstimate("CRPS")).isEqualTo(one.foldEstimate("CRPS"));
        assertThat(one.folds()).hasSize(10);
    }
}
