package skpro.modelselection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import skpro.distributions.Distribution;
import skpro.metrics.CRPS;
import skpro.metrics.LogLoss;
import skpro.regression.ProbaRegressor;
import skpro.regression.baselines.DummyProbaRegressor;
import skpro.regression.compose.ResidualDouble;
import skpro.regression.compose.ResidualDouble.Family;
import skpro.regression.linear.Ridge;
import skpro.testing.SharedData;

class SearchTest {

    static final double[][] X;
    static final double[] Y;

    static {
        int n = 120;
        X = new double[n][2];
        Y = new double[n];
        SplittableRandom rng = new SplittableRandom(42);
        for (int i = 0; i < n; i++) {
            X[i][0] = rng.nextGaussian();
            X[i][1] = rng.nextGaussian();
            Y[i] = 3.0 * X[i][0] - X[i][1] + 0.3 * rng.nextGaussian();
        }
    }

    private static final ProbaRegressor RD = ResidualDouble.of(Ridge.of(1.0));

    @Test
    void gridIsExpandedInSklearnOrderAndScoresMatchEvaluate() {
        GridSearchCV g = GridSearchCV.of(RD, Map.of("estimator__alpha", List.of(0.01, 1e5),
            "distribution", List.of(Family.NORMAL, Family.LAPLACE))).withCv(KFold.of(4));
        // names sorted (distribution < estimator__alpha), the last varying fastest
        assertThat(g.candidates()).containsExactly(
            Map.of("distribution", Family.NORMAL, "estimator__alpha", 0.01),
            Map.of("distribution", Family.NORMAL, "estimator__alpha", 1e5),
            Map.of("distribution", Family.LAPLACE, "estimator__alpha", 0.01),
            Map.of("distribution", Family.LAPLACE, "estimator__alpha", 1e5));
        SearchModel m = g.fit(X, Y);
        SearchResults r = m.results();
        for (CandidateResult c : r.candidates()) {
            EvaluationResult e = Evaluation.evaluate(RD.withParams(c.params()), KFold.of(4), X, Y, CRPS.of());
            assertThat(c.foldScores()).containsExactly(e.foldScores("CRPS"));
            assertThat(c.estimate()).isEqualTo(e.foldEstimate("CRPS"));
        }
        // a huge penalty flattens the slope of 3: the small alpha is obviously better
        assertThat(m.bestParams().get("estimator__alpha")).isEqualTo(0.01);
        assertThat(r.get(1).rank()).isGreaterThan(2);
        assertThat(r.get(3).rank()).isGreaterThan(2);
        assertThat(m.bestScore().mean()).isLessThan(r.get(1).meanScore() / 5);
    }

    @Test
    void ranksShareTheSmallestRankOfATie() {
        assertThat(Search.ranks(new double[] {0.3, 0.1, 0.3, 0.2}, true)).containsExactly(3, 1, 3, 2);
        assertThat(Search.ranks(new double[] {0.3, 0.1, 0.3, 0.2}, false)).containsExactly(1, 4, 1, 3);
        assertThat(Search.ranks(new double[] {Double.POSITIVE_INFINITY, Double.NaN, 1.0}, true))
            .containsExactly(2, 2, 1);
        // the seed of in-sample residual doubling is unused: both candidates tie, the first is best
        SearchModel m = GridSearchCV.of(RD, Map.of("seed", List.of(5L, 6L, 7L), "estimator__alpha", List.of(1e4)))
            .withCv(KFold.of(3)).fit(X, Y);
        assertThat(m.results().ranks()).containsExactly(1, 1, 1);
        assertThat(m.bestIndex()).isZero();
    }

    @Test
    void logLossPicksTheNormalBaselineOnNormalTargets() {
        // the empirical law has no density off its atoms (log-loss +inf); a KDE is wider than the truth
        SplittableRandom rng = new SplittableRandom(1);
        double[][] x = new double[300][1];
        double[] y = new double[300];
        for (int i = 0; i < 300; i++) {
            y[i] = rng.nextGaussian();
        }
        SearchModel m = GridSearchCV.of(DummyProbaRegressor.of(),
            Map.of("strategy", List.of(DummyProbaRegressor.Strategy.EMPIRICAL,
                DummyProbaRegressor.Strategy.NORMAL, DummyProbaRegressor.Strategy.KDE))).withScoring(LogLoss.of()).fit(x, y);
        assertThat(m.bestParams()).isEqualTo(Map.of("strategy", DummyProbaRegressor.Strategy.NORMAL));
        assertThat(m.results().get(0).meanScore()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(m.results().ranks()).containsExactly(3, 1, 2);
        assertThatThrownBy(() -> m.results().get(0).estimate()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refitEqualsFittingTheBestParametersOnAllData() {
        GridSearchCV g = GridSearchCV.of(RD, Map.of("estimator__alpha", List.of(0.1, 10.0, 1000.0)));
        SearchModel m = g.fit(X, Y);
        Distribution ours = m.predictProba(X);
        Distribution direct = RD.withParams(m.bestParams()).fit(X, Y).predictProba(X);
        assertThat(ours.mean()).containsExactly(direct.mean());
        assertThat(ours.var()).containsExactly(direct.var());
        assertThat(m.regressor()).isSameAs(g);
        assertThat(m.numFeatures()).isEqualTo(2);
        SearchModel noRefit = g.withRefit(false).fit(X, Y);
        assertThat(noRefit.bestIndex()).isEqualTo(m.bestIndex());
        assertThatThrownBy(() -> noRefit.predictProba(X)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("refit = false");
    }

    @Test
    void oneAndTwoThreadsGiveIdenticalResults() {
        GridSearchCV g = GridSearchCV.of(RD, Map.of("estimator__alpha", List.of(0.01, 1.0, 100.0),
            "distribution", List.of(Family.NORMAL, Family.LAPLACE))).withCv(KFold.of(5).withShuffle(3));
        SearchResults one = g.fit(X, Y).results();
        SearchResults two = g.withThreads(2).fit(X, Y).results();
        assertThat(two.bestIndex()).isEqualTo(one.bestIndex());
        assertThat(two.ranks()).containsExactly(one.ranks());
        for (int c = 0; c < one.size(); c++) {
            assertThat(two.get(c).foldScores()).containsExactly(one.get(c).foldScores());
        }
    }

    @Test
    void nestedCrossValidationEvaluatesTheSearchOnOuterFolds() {
        GridSearchCV inner = GridSearchCV.of(RD, Map.of("estimator__alpha", List.of(0.01, 100.0))).withCv(KFold.of(3));
        EvaluationResult outer = Evaluation.of().withThreads(2).run(inner, KFold.of(4), X, Y, CRPS.of());
        assertThat(outer.numFailed()).isZero();
        assertThat(outer.partitionsRows()).isTrue();
        // fold 1 by hand: tune on the other rows, predict the fold's rows
        Split s = KFold.of(4).split(X.length).get(1);
        SearchModel m = inner.fit(FoldResult.rows(X, s.train()), FoldResult.values(Y, s.train()));
        double[] expected = CRPS.of().evaluateByIndex(FoldResult.values(Y, s.test()),
            m.predictProba(FoldResult.rows(X, s.test())));
        assertThat(outer.folds().get(1).losses("CRPS")).containsExactly(expected);
    }

    @Test
    void failingCandidatesAreRaisedOrRankedLast() {
        double[][] x = new double[12][1];
        double[] y = new double[12];
        java.util.Arrays.fill(y, 2.5);  // constant: the NORMAL strategy cannot fit
        GridSearchCV g = GridSearchCV.of(DummyProbaRegressor.of(), Map.of("strategy",
            List.of(DummyProbaRegressor.Strategy.NORMAL, DummyProbaRegressor.Strategy.EMPIRICAL))).withCv(KFold.of(3));
        assertThatThrownBy(() -> g.fit(x, y)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("y is constant");
        SearchModel m = g.withErrorPolicy(ErrorPolicy.RECORD).fit(x, y);
        assertThat(m.bestIndex()).isEqualTo(1);
        assertThat(m.results().get(0).rank()).isEqualTo(2);
        assertThat(m.results().get(0).error()).startsWith("fold 0: java.lang.IllegalArgumentException: y is constant");
        assertThat(m.results().get(0).standardError()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(m.bestScore().mean()).isZero();
    }

    @Test
    void constructionAndParametersAreValidated() {
        assertThatThrownBy(() -> GridSearchCV.of(RD, Map.of("estimator__beta", List.of(1.0))))
            .hasMessageContaining("candidate 0").hasMessageContaining("unknown parameter 'beta'");
        assertThatThrownBy(() -> GridSearchCV.of(RD, Map.of("minScale", List.of())))
            .hasMessageContaining("paramGrid[0].minScale must be a non-empty List");
        GridSearchCV g = GridSearchCV.of(RD, List.of(Map.of("estimator__alpha", List.of(1.0, 2.0)),
            Map.of("distribution", List.of(Family.LAPLACE))));
        assertThat(g.candidates()).hasSize(3);
        assertThat(g.withParams(g.params())).isEqualTo(g);
        GridSearchCV changed = g.withParams(Map.of("cv__nSplits", 3, "scoring", LogLoss.of(), "threads", 2));
        assertThat(changed.params().get("cv")).isEqualTo(KFold.of(3));
        assertThat(changed.params().get("scoring")).isSameAs(LogLoss.of());
        assertThat(changed).isEqualTo(g.withCv(KFold.of(3)).withScoring(LogLoss.of()).withThreads(2));
        assertThat(((GridSearchCV) g.withParam("paramGrid", Map.of("estimator__alpha", List.of(3.0)))).candidates())
            .containsExactly(Map.of("estimator__alpha", 3.0));
        assertThatThrownBy(() -> g.withParam("scoring", "CRPS")).hasMessageContaining("'scoring' must be a ScoringRule");
        assertThatThrownBy(() -> g.withThreads(0)).hasMessageContaining("threads must be >= 1");
    }

    @Test
    void randomizedSearchIsReproducibleAndCoversTheRanges() {
        Map<String, Object> dists = Map.of(
            "estimator__alpha", ParamDistribution.logUniform(1e-3, 1e3),
            "minScale", ParamDistribution.uniform(0.5, 1.5),
            "folds", ParamDistribution.integers(2, 4),
            "distribution", List.of(Family.NORMAL, Family.LAPLACE));
        RandomizedSearchCV r = RandomizedSearchCV.of(RD, dists, 400, 9L);
        assertThat(RandomizedSearchCV.of(RD, dists, 400, 9L).candidates()).isEqualTo(r.candidates());
        assertThat(RandomizedSearchCV.of(RD, dists, 400, 10L).candidates()).isNotEqualTo(r.candidates());
        double minAlpha = Double.MAX_VALUE;
        double maxAlpha = 0.0;
        int belowOne = 0;
        Set<Object> folds = new HashSet<>();
        Set<Object> families = new HashSet<>();
        for (Map<String, Object> c : r.candidates()) {
            double a = (Double) c.get("estimator__alpha");
            minAlpha = Math.min(minAlpha, a);
            maxAlpha = Math.max(maxAlpha, a);
            belowOne += a < 1.0 ? 1 : 0;
            assertThat((Double) c.get("minScale")).isBetween(0.5, 1.5);
            folds.add(c.get("folds"));
            families.add(c.get("distribution"));
        }
        assertThat(minAlpha).isBetween(1e-3, 1e-2);
        assertThat(maxAlpha).isBetween(1e2, 1e3);
        // log-uniform: half the draws below the geometric midpoint 1 (binomial sd 10 of 400)
        assertThat(belowOne).isBetween(160, 240);
        assertThat(folds).containsExactlyInAnyOrder(2, 3, 4);
        assertThat(families).containsExactlyInAnyOrder(Family.NORMAL, Family.LAPLACE);
        SearchModel m = RandomizedSearchCV.of(RD, Map.of("estimator__alpha", ParamDistribution.logUniform(1e-3, 1e5)),
            6, 2L).withCv(KFold.of(3)).fit(X, Y);
        double best = (Double) m.bestParams().get("estimator__alpha");
        for (CandidateResult c : m.results().candidates()) {
            assertThat((Double) c.params().get("estimator__alpha")).isGreaterThanOrEqualTo(best);
        }
        assertThat(r.withParams(r.params())).isEqualTo(r);
        assertThatThrownBy(() -> ParamDistribution.logUniform(0.0, 1.0)).hasMessageContaining("0 < lower");
        assertThatThrownBy(() -> RandomizedSearchCV.of(RD, Map.of("minScale", "x"), 3, 0L))
            .hasMessageContaining("paramDistributions.minScale");
    }

    @Test
    void diabetesGridPicksLaplaceWithTheSmallestAlphaAsSkproDid() throws IOException {
        // shared/peer/timings.md e.1: skpro's GridSearchCV(ResidualDouble(Ridge)), KFold(5), CRPS on
        // diabetes 442 x 10 found best = {'dist': 'Laplace', 'estimator__alpha': 0.01}
        Path file = SharedData.require("data/regression/diabetes.csv");
        List<String> lines = Files.readAllLines(file);
        List<double[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] t = line.split(",");
            double[] v = new double[t.length];
            for (int j = 0; j < t.length; j++) {
                v[j] = Double.parseDouble(t[j]);
            }
            rows.add(v);
        }
        double[][] x = new double[rows.size()][10];
        double[] y = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, x[i], 0, 10);
            y[i] = rows.get(i)[10];
        }
        SearchModel m = GridSearchCV.of(ResidualDouble.of(Ridge.of(1.0)), Map.of(
            "distribution", List.of(Family.NORMAL, Family.LAPLACE),
            "estimator__alpha", List.of(0.01, 0.1, 1.0))).fit(x, y);
        assertThat(x).hasNumberOfRows(442);
        assertThat(m.bestParams()).isEqualTo(Map.of("distribution", Family.LAPLACE, "estimator__alpha", 0.01));
        assertThat(m.bestScore().mean()).isBetween(20.0, 80.0);
        // the mean absolute residual is Laplace's scale but too small for a Normal sigma: Laplace wins at every alpha
        for (int k = 0; k < 3; k++) {
            assertThat(m.results().get(k).meanScore()).isGreaterThan(m.results().get(k + 3).meanScore());
        }
    }
}
