package skpro.regression.boosting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import skpro.distributions.Distribution;
import skpro.regression.linear.Ridge;
import skpro.regression.tree.DecisionTreeRegressor;

/** NGBoost's behaviour: it learns location and scale, stages are prefixes, validation and bad input. */
class NGBoostRegressorTest {

    /** y = x0 + (0.5 + |x1|) eps, x ~ N(0, I_3): the sd depends on x1 only. */
    private static double[][][] hetero(int n, long seed, double[] y) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] x = new double[n][3];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = rng.nextGaussian();
            }
            y[i] = x[i][0] + (0.5 + Math.abs(x[i][1])) * rng.nextGaussian();
        }
        return new double[][][] {x};
    }

    private static double meanNll(Distribution d, double[] y) {
        double s = 0.0;
        for (double v : d.logPdf(y)) {
            s -= v;
        }
        return s / y.length;
    }

    @Test
    void learnsTheConditionalMeanAndScale() {
        double[] y = new double[3000];
        double[][] x = hetero(3000, 1, y)[0];
        double[] yTest = new double[2000];
        double[][] xTest = hetero(2000, 2, yTest)[0];
        // 80 stages of 0.05: longer, full-depth trees overfit the scale (test NLL rises after ~60)
        NGBoostModel m = NGBoostRegressor.of().withNEstimators(80).withLearningRate(0.05).fit(x, y);
        double marginal = meanNll(m.predictProbaAt(xTest, 0), yTest);
        double fitted = meanNll(m.predictProba(xTest), yTest);
        // the true conditional law has NLL E log(0.5 + |x1|) + 1.419 = 1.53; the marginal normal 1.99
        assertThat(marginal).isCloseTo(1.99, within(0.02));
        assertThat(fitted).isLessThan(1.65);
        double[][] q = {{0, 0, 0}, {0, 2, 0}, {0, -2, 0}, {1.5, 0, 0}};
        Distribution d = m.predictProba(q);
        double[] sd = d.std();
        double[] mean = d.mean();
        assertThat(sd[1] / sd[0]).isGreaterThan(2.0);
        assertThat(sd[2] / sd[0]).isGreaterThan(2.0);
        assertThat(mean[3] - mean[0]).isCloseTo(1.5, within(0.4));
    }

    @Test
    void predictionsAreEquivariantToTheUnitsOfY() {
        // the step cap is measured in the Fisher metric, so y in other units (x 1e4) gives the
        // same model in those units; with ngboost's Euclidean cap the location would move at most
        // 0.05 * 5 units per stage and stay near the marginal mean
        double[] y = new double[400];
        double[][] x = hetero(400, 3, y)[0];
        double[] big = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            big[i] = 1e4 * y[i];
        }
        NGBoostRegressor reg = NGBoostRegressor.of().withNEstimators(60).withLearningRate(0.05);
        Distribution small = reg.fit(x, y).predictProba(x);
        Distribution large = reg.fit(x, big).predictProba(x);
        double[] ms = small.mean();
        double[] ml = large.mean();
        double[] ss = small.std();
        double[] sl = large.std();
        for (int i = 0; i < y.length; i++) {
            assertThat(ml[i] / 1e4).isCloseTo(ms[i], within(1e-9 * (1 + Math.abs(ms[i]))));
            assertThat(sl[i] / 1e4).isCloseTo(ss[i], within(1e-9 * ss[i]));
        }
    }

    @Test
    void stagesArePrefixesAndStagedPredictionsAgree() {
        double[] y = new double[400];
        double[][] x = hetero(400, 3, y)[0];
        NGBoostRegressor reg = NGBoostRegressor.of().withNEstimators(40).withLearningRate(0.1);
        NGBoostModel full = reg.fit(x, y);
        NGBoostModel shorter = reg.withNEstimators(15).fit(x, y);
        assertThat(full.numStages()).isEqualTo(40);
        assertThat(full.bestIteration()).isEqualTo(40);
        assertThat(full.predictProbaAt(x, 15).mean()).containsExactly(shorter.predictProba(x).mean());
        List<Distribution> staged = full.stagedPredictProba(x);
        assertThat(staged).hasSize(41);
        for (int m : new int[] {0, 1, 15, 40}) {
            assertThat(staged.get(m).std()).containsExactly(full.predictProbaAt(x, m).std());
        }
        // zero stages: the marginal maximum-likelihood normal
        double mean = java.util.Arrays.stream(y).average().orElseThrow();
        assertThat(staged.get(0).mean()[0]).isCloseTo(mean, within(1e-12));
        assertThat(full.initialParams()[0]).isCloseTo(mean, within(1e-12));
        assertThatThrownBy(() -> full.predictProbaAt(x, 41)).hasMessageContaining("stages")
            .hasMessageContaining("41");
        // every stage improves the training score with lr * rho > 0
        assertThat(java.util.Arrays.stream(full.stageScales()).min().orElseThrow()).isGreaterThan(0.0);
        assertThat(meanNll(staged.get(40), y)).isLessThan(meanNll(staged.get(20), y));
    }

    @Test
    void earlyStoppingOnAValidationSetStopsWhenNoiseIsAllThereIsToFit() {
        SplittableRandom rng = new SplittableRandom(6);
        int n = 600;
        double[][] x = new double[n][2];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = rng.nextDouble();
            x[i][1] = rng.nextDouble();
            y[i] = rng.nextGaussian();
        }
        NGBoostRegressor reg = NGBoostRegressor.of().withNEstimators(500).withLearningRate(0.1)
            .withValidation(0.3, 20);
        NGBoostModel m = reg.fit(x, y);
        assertThat(m.numStages()).isLessThan(500);
        assertThat(m.numStages() - m.bestIteration()).isEqualTo(20);
        double[] v = m.validationScores();
        assertThat(v).hasSize(m.numStages());
        for (int k = 0; k < v.length; k++) {
            if (k + 1 != m.bestIteration()) {
                assertThat(v[k]).isGreaterThanOrEqualTo(m.bestIteration() == 0 ? v[k] : v[m.bestIteration() - 1]);
            }
        }
        // an explicit validation set behaves the same way
        NGBoostModel explicit = NGBoostRegressor.of().withNEstimators(500).withLearningRate(0.1).withValidation(0.0, 20)
            .fit(java.util.Arrays.copyOf(x, 400), java.util.Arrays.copyOf(y, 400),
                java.util.Arrays.copyOfRange(x, 400, n), java.util.Arrays.copyOfRange(y, 400, n));
        assertThat(explicit.numStages()).isLessThan(500);
        assertThat(explicit.predictProba(x).mean()).containsExactly(
            explicit.predictProbaAt(x, explicit.bestIteration()).mean());
    }

    @Test
    void laplaceWithCrpsMinibatchesColumnSamplingAndAnotherBaseLearnerFit() {
        double[] y = new double[1500];
        double[][] x = hetero(1500, 4, y)[0];
        double[] yTest = new double[1000];
        double[][] xTest = hetero(1000, 5, yTest)[0];
        for (NGBoostRegressor reg : List.of(
            NGBoostRegressor.of().withFamily(NGBoostRegressor.Family.LAPLACE).withScore(NGBoostRegressor.Score.CRPS)
                .withNEstimators(200).withLearningRate(0.05),
            NGBoostRegressor.of().withNEstimators(200).withLearningRate(0.05).withMinibatchFrac(0.5).withColSample(0.67)
                .withSeed(3),
            NGBoostRegressor.of().withNEstimators(100).withLearningRate(0.05).withBaseLearner(Ridge.of(1.0))
                .withColSample(0.67),
            NGBoostRegressor.of().withNEstimators(200).withLearningRate(0.05).withNaturalGradient(false),
            NGBoostRegressor.of().withTDistribution(5.0).withNEstimators(200).withLearningRate(0.05))) {
            NGBoostModel m = reg.fit(x, y);
            double crps0 = skpro.metrics.CRPS.of().evaluate(yTest, m.predictProbaAt(xTest, 0));
            double crps = skpro.metrics.CRPS.of().evaluate(yTest, m.predictProba(xTest));
            assertThat(crps).as("%s", reg).isLessThan(0.85 * crps0);
            assertThat(reg.fit(x, y).predict(xTest)).as("same seed, same model").containsExactly(m.predict(xTest));
        }
    }

    @ParameterizedTest
    @EnumSource(value = NGBoostRegressor.Family.class, names = {"LOG_NORMAL", "EXPONENTIAL", "GAMMA", "POISSON"})
    void positiveFamiliesLearnARateThatDependsOnX(NGBoostRegressor.Family family) {
        SplittableRandom rng = new SplittableRandom(7);
        int n = 2000;
        double[][] x = new double[n][2];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = rng.nextDouble(-1, 1);
            x[i][1] = rng.nextDouble(-1, 1);
            double mean = Math.exp(1.0 + x[i][0]);
            // exponential draws are positive; Poisson counts by inversion of the same mean
            double e = -mean * Math.log(1.0 - rng.nextDouble());
            y[i] = family == NGBoostRegressor.Family.POISSON ? poisson(mean, rng) : e;
        }
        NGBoostModel m = NGBoostRegressor.of().withFamily(family).withNEstimators(150).withLearningRate(0.05).fit(x, y);
        double before = meanNll(m.predictProbaAt(x, 0), y);
        double after = meanNll(m.predictProba(x), y);
        assertThat(after).as("%s", family).isLessThan(before - 0.1);
        double[] mean = m.predict(new double[][] {{-0.8, 0}, {0.8, 0}});
        assertThat(mean[1] / mean[0]).as("%s mean ratio, e^1.6 = 4.95", family).isBetween(2.5, 8.0);
    }

    private static double poisson(double mean, SplittableRandom rng) {
        double u = rng.nextDouble();
        double p = Math.exp(-mean);
        double c = p;
        int k = 0;
        while (u > c) {
            k++;
            p *= mean / k;
            c += p;
        }
        return k;
    }

    @Test
    void badInputIsRejectedWithItsName() {
        NGBoostRegressor reg = NGBoostRegressor.of();
        assertThatThrownBy(() -> reg.withNEstimators(0)).hasMessageContaining("nEstimators").hasMessageContaining("0");
        assertThatThrownBy(() -> reg.withLearningRate(0.0)).hasMessageContaining("learningRate");
        assertThatThrownBy(() -> reg.withLearningRate(Double.NaN)).hasMessageContaining("learningRate");
        assertThatThrownBy(() -> reg.withMinibatchFrac(0.0)).hasMessageContaining("minibatchFrac");
        assertThatThrownBy(() -> reg.withMinibatchFrac(1.5)).hasMessageContaining("minibatchFrac");
        assertThatThrownBy(() -> reg.withColSample(0.0)).hasMessageContaining("colSample");
        assertThatThrownBy(() -> reg.withColSample(1.01)).hasMessageContaining("colSample");
        assertThatThrownBy(() -> reg.withValidation(1.0, 5)).hasMessageContaining("validationFraction");
        assertThatThrownBy(() -> reg.withValidation(0.2, -1)).hasMessageContaining("earlyStoppingRounds");
        assertThatThrownBy(() -> reg.withTDistribution(0.0)).hasMessageContaining("df");
        assertThatThrownBy(() -> reg.withFamily(NGBoostRegressor.Family.GAMMA).withScore(NGBoostRegressor.Score.CRPS))
            .hasMessageContaining("CRPS").hasMessageContaining("GAMMA").hasMessageContaining("log score");
        assertThatThrownBy(() -> reg.withBaseLearner(null)).hasMessageContaining("baseLearner");
        double[][] x = {{1}, {2}, {3}, {4}};
        assertThatThrownBy(() -> reg.fit(x, new double[] {2, 2, 2, 2})).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("constant").hasMessageContaining("2.0");
        assertThatThrownBy(() -> reg.withFamily(NGBoostRegressor.Family.GAMMA).fit(x, new double[] {1, 2, -3, 4}))
            .hasMessageContaining("y[2] = -3.0").hasMessageContaining("Gamma");
        assertThatThrownBy(() -> reg.withFamily(NGBoostRegressor.Family.POISSON).fit(x, new double[] {1, 2, 3.5, 4}))
            .hasMessageContaining("y[2] = 3.5");
        assertThatThrownBy(() -> reg.withValidation(0.1, 0).fit(x, new double[] {1, 2, 3, 4}))
            .hasMessageContaining("validationFraction");
        assertThatThrownBy(() -> reg.fit(x, new double[] {1, 2, 3, 4}, new double[][] {{1, 2}}, new double[] {1}))
            .hasMessageContaining("X has 2 columns");
    }

    @Test
    void paramsRoundTripAndNestedBaseLearnerParams() {
        NGBoostRegressor reg = NGBoostRegressor.of().withFamily(NGBoostRegressor.Family.LAPLACE).withNEstimators(7);
        Map<String, Object> p = reg.params();
        assertThat(p.keySet()).containsExactly("family", "df", "score", "baseLearner", "nEstimators", "learningRate",
            "minibatchFrac", "colSample", "naturalGradient", "validationFraction", "earlyStoppingRounds", "seed");
        assertThat(reg.withParams(p)).isEqualTo(reg).hasSameHashCodeAs(reg);
        assertThat(((NGBoostRegressor) reg.withParam("family", NGBoostRegressor.Family.GAMMA)).family()).isEqualTo(NGBoostRegressor.Family.GAMMA);
        assertThat(reg.withParam("baseLearner__maxDepth", 5).params().get("baseLearner"))
            .isEqualTo(DecisionTreeRegressor.of().withMaxDepth(5));
        assertThat(reg.withParam("naturalGradient", false)).isNotEqualTo(reg);
        assertThatThrownBy(() -> reg.withParam("nEstimators", -1)).hasMessageContaining("nEstimators");
    }
}
