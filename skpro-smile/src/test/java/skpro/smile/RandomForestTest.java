package skpro.smile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import skpro.distributions.Distribution;

class RandomForestTest {

    private static final double[][] X = TestData.x(200, 1);
    private static final double[] Y = TestData.y(X, 2);
    private static final double[][] TEST = TestData.x(50, 3);

    @Test
    void sameSeedGivesIdenticalPredictionsOnAnyThreadAndAnotherSeedDiffers() throws Exception {
        RandomForestRegressor rf = RandomForestRegressor.of().withNtrees(25).withMtry(1).withSubsample(0.6)
            .withSeed(42);
        double[] here = rf.fit(X, Y).predict(TEST);
        double[][] there = TestData.onTwoThreads(() -> rf.fit(X, Y).predict(TEST));
        assertThat(there[0]).containsExactly(here);
        assertThat(there[1]).containsExactly(here);
        assertThat(rf.withSeed(43).fit(X, Y).predict(TEST)).isNotEqualTo(here);
    }

    @Test
    void treeSeedsAreDistinctAndAboveOne() {
        long[] seeds = RandomForestRegressor.treeSeeds(-5L, 1000);
        assertThat(seeds).hasSize(1000).doesNotHaveDuplicates();
        assertThat(java.util.Arrays.stream(seeds).allMatch(s -> s > 1)).isTrue();
        assertThat(RandomForestRegressor.treeSeeds(-5L, 1000)).containsExactly(seeds);
    }

    @Test
    void predictIsTheMeanOfTheTreesAndTreesDiffer() {
        RandomForestModel m = RandomForestRegressor.of().withNtrees(20).withSeed(7).fit(X, Y);
        double[][] perTree = m.predictPerTree(TEST);
        double[] pred = m.predict(TEST);
        assertThat(m.numTrees()).isEqualTo(20);
        assertThat(perTree).hasNumberOfRows(TEST.length);
        boolean spread = false;
        for (int i = 0; i < TEST.length; i++) {
            assertThat(perTree[i]).hasSize(20);
            double sum = 0.0;
            for (double t : perTree[i]) {
                sum += t;
                spread |= t != perTree[i][0];
            }
            assertThat(pred[i]).isCloseTo(sum / 20, within(1e-12 * (1 + Math.abs(pred[i]))));
        }
        assertThat(spread).as("bootstrap trees differ").isTrue();
        // the forest fits the signal: in-sample error well below the variance of y
        double[] fitted = m.predict(X);
        double mse = 0.0;
        double var = 0.0;
        double mean = 0.0;
        for (double v : Y) {
            mean += v / Y.length;
        }
        for (int i = 0; i < Y.length; i++) {
            mse += (fitted[i] - Y[i]) * (fitted[i] - Y[i]) / Y.length;
            var += (Y[i] - mean) * (Y[i] - mean) / Y.length;
        }
        assertThat(mse).isLessThan(0.2 * var);
    }

    @Test
    void probaPredictionIsTheEmpiricalLawOfTheTrees() {
        RandomForestRegressor rf = RandomForestRegressor.of().withNtrees(15).withSeed(3);
        RandomForestProbaRegressor reg = RandomForestProbaRegressor.of(rf);
        RandomForestProbaRegressor.Model model = reg.fit(X, Y);
        double[][] perTree = rf.fit(X, Y).predictPerTree(TEST);
        Distribution d = model.predictProba(TEST);
        double[] mean = d.mean();
        double[] var = d.var();
        double[][] q = d.quantiles(0.0, 1.0);
        for (int i = 0; i < TEST.length; i++) {
            double m = 0.0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double t : perTree[i]) {
                m += t / perTree[i].length;
                min = Math.min(min, t);
                max = Math.max(max, t);
            }
            double v = 0.0;
            for (double t : perTree[i]) {
                v += (t - m) * (t - m) / perTree[i].length;
            }
            assertThat(mean[i]).isCloseTo(m, within(1e-12 * (1 + Math.abs(m))));
            assertThat(var[i]).isCloseTo(v, within(1e-9 * (1 + v)));
            assertThat(q[i]).containsExactly(min, max);
        }
        assertThat(model.predict(TEST)).usingComparatorWithPrecision(1e-9)
            .containsExactly(model.forest().predict(TEST));
        assertThat(reg.withParam("forest__ntrees", 15)).isEqualTo(reg);
        assertThat(reg.withParam("forest__ntrees", 16)).isEqualTo(RandomForestProbaRegressor.of(rf.withNtrees(16)));
    }
}
