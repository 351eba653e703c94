package skpro.smile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GradientTreeBoostTest {

    private static final double[][] X = TestData.x(150, 4);
    private static final double[] Y = TestData.y(X, 5);

    @Test
    void sameSeedGivesIdenticalPredictionsOnAnyThreadAndAnotherSeedDiffers() throws Exception {
        GradientTreeBoostRegressor gb = GradientTreeBoostRegressor.of().withNtrees(40).withSubsample(0.5).withSeed(9);
        double[] here = gb.fit(X, Y).predict(X);
        double[][] there = TestData.onTwoThreads(() -> gb.fit(X, Y).predict(X));
        assertThat(there[0]).containsExactly(here);
        assertThat(there[1]).containsExactly(here);
        assertThat(gb.withSeed(10).fit(X, Y).predict(X)).isNotEqualTo(here);
    }

    /** One least-squares stump with shrinkage 1 on all rows predicts the means of the best split's halves. */
    @Test
    void oneStumpPredictsTheLeafMeansOfTheBestSplit() {
        int n = 30;
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {i, (i * 7) % 11};
            y[i] = (i < 18 ? 1.0 : 5.0) + 0.1 * Math.sin(i);
        }
        // brute force: the split of feature j at a threshold minimising the sum of squared errors
        double best = Double.POSITIVE_INFINITY;
        double[] bestPred = null;
        for (int j = 0; j < 2; j++) {
            for (int k = 0; k < n; k++) {
                double t = x[k][j];
                double sl = 0;
                double sr = 0;
                int nl = 0;
                for (int i = 0; i < n; i++) {
                    if (x[i][j] <= t) {
                        sl += y[i];
                        nl++;
                    } else {
                        sr += y[i];
                    }
                }
                if (nl < 5 || n - nl < 5) {
                    continue;
                }
                double ml = sl / nl;
                double mr = sr / (n - nl);
                double sse = 0;
                double[] pred = new double[n];
                for (int i = 0; i < n; i++) {
                    pred[i] = x[i][j] <= t ? ml : mr;
                    sse += (y[i] - pred[i]) * (y[i] - pred[i]);
                }
                if (sse < best) {
                    best = sse;
                    bestPred = pred;
                }
            }
        }
        double[] got = GradientTreeBoostRegressor.of().withNtrees(1).withMaxNodes(2).withShrinkage(1.0)
            .withSubsample(1.0).fit(x, y).predict(x);
        assertThat(got).usingComparatorWithPrecision(1e-9).containsExactly(bestPred);
    }

    @Test
    void everyLossFitsTheSignal() {
        for (GradientTreeBoostRegressor.Loss loss : GradientTreeBoostRegressor.Loss.values()) {
            double[] fitted = GradientTreeBoostRegressor.of().withLoss(loss).withNtrees(100).withShrinkage(0.1)
                .fit(X, Y).predict(X);
            double mse = 0.0;
            for (int i = 0; i < Y.length; i++) {
                mse += (fitted[i] - Y[i]) * (fitted[i] - Y[i]) / Y.length;
            }
            // var(y) is about 1.9 here; the noise variance 0.03
            assertThat(mse).as("training MSE with %s", loss).isLessThan(0.3);
        }
        assertThat(GradientTreeBoostRegressor.of().withParam("loss", GradientTreeBoostRegressor.Loss.LAD))
            .isEqualTo(GradientTreeBoostRegressor.of().withLoss(GradientTreeBoostRegressor.Loss.LAD));
        assertThat(GradientTreeBoostRegressor.of().withLoss(GradientTreeBoostRegressor.Loss.HUBER).fit(X, Y)
            .numFeatures()).isEqualTo(3);
    }
}
