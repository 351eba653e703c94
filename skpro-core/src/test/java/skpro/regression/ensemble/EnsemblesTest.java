package skpro.regression.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import skpro.distributions.Distribution;
import skpro.distributions.Empirical;
import skpro.distributions.Mixture;
import skpro.regression.ProbaModel;
import skpro.regression.ProbaRegressor;
import skpro.regression.baselines.DummyProbaRegressor;
import skpro.regression.baselines.MeanRegressor;
import skpro.regression.compose.ResidualDouble;
import skpro.regression.linear.LinearRegression;
import skpro.regression.neighbors.KNeighborsRegressor;
import skpro.regression.tree.DecisionTreeRegressor;

/** Bootstrap, bagging, voting and stacking checked against hand computations. */
class EnsemblesTest {

    private static final int N = 60;
    private static final double[][] X = new double[N][];
    private static final double[] Y = new double[N];

    static {
        SplittableRandom rng = new SplittableRandom(17);
        for (int i = 0; i < N; i++) {
            X[i] = new double[] {rng.nextDouble() * 4 - 2, rng.nextDouble()};
            Y[i] = 2 * X[i][0] + (0.2 + X[i][1]) * (rng.nextDouble() - 0.5);
        }
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double a : v) {
            s += a;
        }
        return s / v.length;
    }

    private static double var(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double a : v) {
            s += (a - m) * (a - m);
        }
        return s / v.length;
    }

    @Test
    void bootstrapPredictsTheEmpiricalLawOfTheMembersPredictions() {
        // MeanRegressor member m predicts the mean of its bootstrap sample, drawn from stream m
        int members = 7;
        Distribution d = BootstrapRegressor.of(MeanRegressor.of()).withNEstimators(members).withSeed(5).fit(X, Y)
            .predictProba(new double[][] {X[0], X[1]});
        SplittableRandom[] streams = Sampling.streams(5, members);
        double[] expected = new double[members];
        for (int m = 0; m < members; m++) {
            int[] rows = new int[N];
            for (int i = 0; i < N; i++) {
                rows[i] = streams[m].nextInt(N);
            }
            expected[m] = mean(Sampling.pick(Y, rows));
        }
        assertThat(d).isInstanceOf(Empirical.class);
        double[][] samples = ((Empirical) d).samples();
        assertThat(samples[0]).containsExactly(expected, within(1e-12));
        assertThat(samples[1]).containsExactly(expected, within(1e-12));
        assertThat(d.mean()[0]).isCloseTo(mean(expected), within(1e-12));
        // distinct members: the streams differ (skpro's seeded bagging gives every member one sample)
        assertThat(Arrays.stream(expected).distinct().count()).isEqualTo(members);
    }

    @Test
    void baggingMixesItsMembersWithEqualWeights() {
        // Normal(mean, sd) of each member's half-sample without replacement: mixture mean is the
        // average of the means, its variance the average variance plus the variance of the means
        int members = 4;
        ProbaModel model = BaggingRegressor.of(DummyProbaRegressor.of(DummyProbaRegressor.Strategy.NORMAL))
            .withNEstimators(members).withSamples(0.5, false).withSeed(9).fit(X, Y);
        Distribution d = model.predictProba(new double[][] {X[3]});
        SplittableRandom[] streams = Sampling.streams(9, members);
        double[] mu = new double[members];
        double[] v = new double[members];
        for (int m = 0; m < members; m++) {
            double[] ym = Sampling.pick(Y, Sampling.withoutReplacement(streams[m], N, N / 2));
            mu[m] = mean(ym);
            v[m] = var(ym);
        }
        assertThat(d).isInstanceOf(Mixture.class);
        assertThat(((Mixture) d).weights()[0]).containsOnly(0.25);
        assertThat(d.mean()[0]).isCloseTo(mean(mu), within(1e-12));
        assertThat(d.var()[0]).isCloseTo(mean(v) + var(mu), within(1e-12));
        assertThat(Sampling.count(0.5, N)).isEqualTo(30);
        assertThat(Sampling.withoutReplacement(new SplittableRandom(1), 10, 10)).containsExactly(0, 1, 2, 3, 4, 5, 6,
            7, 8, 9);
    }

    @Test
    void baggingMembersSeeOnlyTheirColumns() {
        // one of two columns per member: a member on column 1 (noise) predicts a flat line in x0
        ProbaModel model = BaggingRegressor.of(ResidualDouble.of(LinearRegression.of())).withNEstimators(1)
            .withFeatures(0.5, false).withSeed(2).fit(X, Y);
        int column = Sampling.withoutReplacement(skipRows(Sampling.streams(2, 1)[0]), 2, 1)[0];
        double[] a = model.predict(new double[][] {{-1, 0.5}, {1, 0.5}, {-1, 0.1}});
        if (column == 0) {
            assertThat(a[1] - a[0]).isGreaterThan(2.0);
            assertThat(a[2]).isEqualTo(a[0]);
        } else {
            assertThat(a[1]).isEqualTo(a[0]);
        }
    }

    private static SplittableRandom skipRows(SplittableRandom rng) {
        Sampling.withReplacement(rng, N, N);
        return rng;
    }

    @Test
    void resultsAreIdenticalOnOneAndTwoThreads() {
        double[][] probe = {X[0], X[5], {0.3, 0.3}};
        double[] levels = {0.05, 0.5, 0.95};
        List<ProbaRegressor> ensembles = List.of(
            BootstrapRegressor.of(DecisionTreeRegressor.of().withMaxDepth(3)).withNEstimators(12).withSeed(4),
            BaggingRegressor.of(ResidualDouble.of(LinearRegression.of())).withNEstimators(9).withFeatures(0.5, true),
            VotingProbaRegressor.of(List.of(ResidualDouble.of(LinearRegression.of()),
                DummyProbaRegressor.of(DummyProbaRegressor.Strategy.EMPIRICAL))),
            StackingProbaRegressor.of(List.of(ResidualDouble.of(LinearRegression.of()),
                ResidualDouble.of(KNeighborsRegressor.of(3))), ResidualDouble.of(LinearRegression.of())));
        for (ProbaRegressor e : ensembles) {
            ProbaRegressor two = e.withParam("threads", 2);
            assertThat(two).isNotEqualTo(e);
            assertThat(two.fit(X, Y).predictQuantiles(probe, levels)).as("%s", e)
                .isDeepEqualTo(e.fit(X, Y).predictQuantiles(probe, levels));
        }
    }

    @Test
    void votingMixesWithNormalisedWeights() {
        ProbaRegressor a = ResidualDouble.of(LinearRegression.of());
        ProbaRegressor b = DummyProbaRegressor.of(DummyProbaRegressor.Strategy.NORMAL);
        VotingProbaRegressor vote = VotingProbaRegressor.of(List.of(a, b)).withWeights(3, 1);
        assertThat(vote.normalisedWeights()).containsExactly(0.75, 0.25);
        double[][] probe = {X[2], {1.5, 0.5}};
        Distribution d = vote.fit(X, Y).predictProba(probe);
        Distribution da = a.fit(X, Y).predictProba(probe);
        Distribution db = b.fit(X, Y).predictProba(probe);
        for (int i = 0; i < 2; i++) {
            assertThat(d.mean()[i]).isCloseTo(0.75 * da.mean()[i] + 0.25 * db.mean()[i], within(1e-12));
            double t = 0.7;
            assertThat(d.cdf(t)[i]).isCloseTo(0.75 * da.cdf(t)[i] + 0.25 * db.cdf(t)[i], within(1e-14));
        }
        // a zero weight drops a member
        Distribution onlyA = vote.withWeights(1, 0).fit(X, Y).predictProba(probe);
        assertThat(onlyA.mean()).containsExactly(da.mean(), within(1e-12));
    }

    @Test
    void stackingMetaFeaturesAreOutOfFold() {
        // 1-NN reproduces y in-sample exactly; out of fold row i gets another row's target
        ProbaRegressor oneNn = ResidualDouble.of(KNeighborsRegressor.of(1));
        assertThat(oneNn.fit(X, Y).predict(X)).containsExactly(Y);
        StackingProbaRegressor stack = StackingProbaRegressor.of(List.of(oneNn), ResidualDouble.of(LinearRegression.of()))
            .withFolds(4, 11);
        StackingProbaRegressor.Model model = (StackingProbaRegressor.Model) stack.fit(X, Y);
        double[][] meta = model.metaFeatures();
        int[] perm = Sampling.permutation(new SplittableRandom(11), N);
        int[] fold = new int[N];
        for (int q = 0; q < N; q++) {
            fold[perm[q]] = q * 4 / N;
        }
        for (int i = 0; i < N; i++) {
            assertThat(meta[i][0]).as("meta-feature of row %d", i).isNotEqualTo(Y[i]);
            // it is the target of the nearest row outside i's fold
            int best = -1;
            double bestD = Double.POSITIVE_INFINITY;
            for (int j = 0; j < N; j++) {
                double dist = Math.hypot(X[i][0] - X[j][0], X[i][1] - X[j][1]);
                if (fold[j] != fold[i] && dist < bestD) {
                    bestD = dist;
                    best = j;
                }
            }
            assertThat(meta[i][0]).isEqualTo(Y[best]);
            assertThat(meta[i][1]).isEqualTo(1e-10);
        }
        assertThat(model.top().numFeatures()).isEqualTo(2);
        StackingProbaRegressor.Model pass = (StackingProbaRegressor.Model) stack.withPassthrough(true).fit(X, Y);
        assertThat(pass.top().numFeatures()).isEqualTo(4);
        assertThat(pass.metaFeatures()).isDeepEqualTo(meta);
    }

    @Test
    void badParametersAreRejectedByName() {
        ProbaRegressor rd = ResidualDouble.of(LinearRegression.of());
        assertThatThrownBy(() -> BootstrapRegressor.of(MeanRegressor.of()).withNEstimators(0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nEstimators").hasMessageContaining("0");
        assertThatThrownBy(() -> BaggingRegressor.of(rd).withNEstimators(-1))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nEstimators");
        assertThatThrownBy(() -> BaggingRegressor.of(rd).withSamples(0.0, true))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxSamples must be in (0, 1]");
        assertThatThrownBy(() -> BaggingRegressor.of(rd).withFeatures(1.5, false))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxFeatures").hasMessageContaining("1.5");
        assertThatThrownBy(() -> BaggingRegressor.of(rd).withThreads(0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads");
        assertThatThrownBy(() -> VotingProbaRegressor.of(List.of()))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("estimators");
        assertThatThrownBy(() -> VotingProbaRegressor.of(List.of(rd, rd)).withWeights(1, -1))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weights[1]");
        assertThatThrownBy(() -> VotingProbaRegressor.of(List.of(rd, rd)).withWeights(0, 0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("all be zero");
        assertThatThrownBy(() -> VotingProbaRegressor.of(List.of(rd, rd)).withWeights(1))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one weight per estimator (2)");
        assertThatThrownBy(() -> VotingProbaRegressor.of(List.of(rd)).withParam("estimators", List.of(rd, "x")))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("estimators[1]");
        assertThatThrownBy(() -> StackingProbaRegressor.of(List.of(rd), rd).withFolds(1, 0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("folds must be >= 2");
        assertThatThrownBy(() -> StackingProbaRegressor.of(List.of(rd), rd).withFolds(10, 0)
            .fit(Arrays.copyOf(X, 6), Arrays.copyOf(Y, 6)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("folds = 10").hasMessageContaining("6");
    }

    @Test
    void constantTargetsAndDuplicateRowsGiveDegenerateButValidPredictions() {
        double[][] x = new double[40][];
        double[] y = new double[40];
        for (int i = 0; i < 40; i++) {
            x[i] = new double[] {i % 4, (i % 4) * (i % 4)};
            y[i] = 3.0;
        }
        double[][] probe = {{0, 0}, {2.5, 6.25}};
        Distribution boot = BootstrapRegressor.of(LinearRegression.of()).withNEstimators(5).fit(x, y)
            .predictProba(probe);
        assertThat(boot.mean()).containsExactly(new double[] {3.0, 3.0}, within(1e-12));
        assertThat(boot.var()).containsExactly(new double[] {0.0, 0.0}, within(1e-20));
        ProbaModel bag = BaggingRegressor.of(ResidualDouble.of(LinearRegression.of())).withNEstimators(3).fit(x, y);
        double[][] iv = bag.predictInterval(probe, 0.9);
        assertThat(iv[0][0]).isCloseTo(3.0, within(1e-8));
        assertThat(iv[0][1]).isCloseTo(3.0, within(1e-8));
    }
}
