package skpro.regression.quantile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import skpro.distributions.QpdEmpirical;
import skpro.regression.Params;
import skpro.regression.PointModel;
import skpro.regression.ProbaModel;
import skpro.regression.Regressor;
import skpro.regression.linear.LinearRegression;
import skpro.regression.linear.QuantileRegressor;

/** Multiple-quantile reduction and gradient-boosted pinball trees against hand computations. */
class QuantileReductionsTest {

    /** A "learner" predicting the constant -q at level q: its quantiles cross. */
    record Crossing(double quantile) implements Regressor {
        @Override
        public Map<String, Object> params() {
            return Params.of("quantile", quantile);
        }

        @Override
        public Crossing withParams(Map<String, ?> changes) {
            return new Crossing(Params.getDouble(Params.merge("Crossing", params(), changes), "quantile"));
        }

        @Override
        public PointModel fit(double[][] x, double[] y) {
            return new PointModel() {
                @Override
                public int numFeatures() {
                    return x[0].length;
                }

                @Override
                public double[] predict(double[][] xs) {
                    double[] out = new double[xs.length];
                    Arrays.fill(out, -quantile);
                    return out;
                }
            };
        }
    }

    private static final double[][] X = {{0}, {1}, {2}, {3}};
    private static final double[] Y = {1, 2, 3, 4};

    @Test
    void crossingQuantilesAreSortedAndUntrainedLevelsServedByTheNearestTrainedOne() {
        ProbaModel model = MultipleQuantileRegressor.of(new Crossing(0.5), 0.9, 0.1, 0.5).fit(X, Y);
        double[][] x = {{7}};
        assertThat(model.predictQuantiles(x, 0.1, 0.5, 0.9)[0]).containsExactly(-0.9, -0.5, -0.1);
        // 0.25 is nearer 0.1, 0.35 nearer 0.5; below 0.1 and above 0.9 the outermost levels
        assertThat(model.predictQuantiles(x, 0.01, 0.25, 0.35, 0.7, 0.71, 0.99)[0])
            .containsExactly(-0.9, -0.9, -0.5, -0.5, -0.1, -0.1);
        assertThat(model.predictInterval(x, 0.8)[0]).containsExactly(-0.9, -0.1);
        assertThat(model.predictProba(x)).isInstanceOf(QpdEmpirical.class);
        // weights (0.1 + 0.5) / 2, (0.9 - 0.1) / 2, 1 - (0.5 + 0.9) / 2
        assertThat(model.predict(x)[0]).isCloseTo(0.3 * -0.9 + 0.4 * -0.5 + 0.3 * -0.1, within(1e-15));
        assertThat(MultipleQuantileRegressor.of(new Crossing(0.5), 0.9, 0.1, 0.5).levels())
            .containsExactly(0.1, 0.5, 0.9);
    }

    @Test
    void trainedLevelsAreTheLinearQuantileRegressionsThemselves() {
        SplittableRandom rng = new SplittableRandom(3);
        double[][] x = new double[80][];
        double[] y = new double[80];
        for (int i = 0; i < 80; i++) {
            x[i] = new double[] {rng.nextDouble()};
            y[i] = 1 + 2 * x[i][0] + rng.nextDouble();
        }
        QuantileRegressor base = QuantileRegressor.of().withAlpha(0.0);
        ProbaModel model = MultipleQuantileRegressor.of(base, 0.2, 0.8).fit(x, y);
        double[][] probe = {{0.1}, {0.9}};
        double[] lo = base.withQuantile(0.2).fit(x, y).predict(probe);
        double[] hi = base.withQuantile(0.8).fit(x, y).predict(probe);
        double[][] q = model.predictQuantiles(probe, 0.2, 0.8);
        for (int i = 0; i < 2; i++) {
            assertThat(q[i]).containsExactly(Math.min(lo[i], hi[i]), Math.max(lo[i], hi[i]));
        }
    }

    @Test
    void multipleQuantileParametersAreValidated() {
        Regressor gb = GradientBoostingQuantileRegressor.of(0.5);
        assertThatThrownBy(() -> MultipleQuantileRegressor.of(gb)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("alphas must hold at least one level");
        assertThatThrownBy(() -> MultipleQuantileRegressor.of(gb, 0.5, 1.0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alphas[1] must be in (0, 1)");
        assertThatThrownBy(() -> MultipleQuantileRegressor.of(gb, 0.0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("alphas[0]");
        assertThatThrownBy(() -> MultipleQuantileRegressor.of(gb, 0.3, 0.7, 0.3))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("distinct").hasMessageContaining("0.3");
        assertThatThrownBy(() -> MultipleQuantileRegressor.of(LinearRegression.of(), 0.5))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alphaName 'quantile'")
            .hasMessageContaining("LinearRegression");
        assertThatThrownBy(() -> MultipleQuantileRegressor.of(gb, 0.5).withAlphaName("maxDepth"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxDepth");
        assertThatThrownBy(() -> MultipleQuantileRegressor.of(gb, 0.5).withAlphaName("noSuchLevel"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("noSuchLevel");
    }

    /** n rows of noise-only targets with two irrelevant features. */
    private static double[][] noiseX(int n, SplittableRandom rng) {
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {rng.nextDouble(), rng.nextDouble()};
        }
        return x;
    }

    @Test
    void boostingStartsAtTheEmpiricalQuantileAndNeverIncreasesTheTrainingLoss() {
        SplittableRandom rng = new SplittableRandom(8);
        double[][] x = noiseX(300, rng);
        double[] y = new double[300];
        for (int i = 0; i < 300; i++) {
            y[i] = Math.sin(6 * x[i][0]) + 0.3 * rng.nextDouble();
        }
        GradientBoostingQuantileModel model = GradientBoostingQuantileRegressor.of(0.8).withStages(40, 0.3).fit(x, y);
        double[] sorted = y.clone();
        Arrays.sort(sorted);
        assertThat(model.initialPrediction()).isEqualTo(sorted[239]);
        double[] loss = model.trainLoss();
        assertThat(loss).hasSize(41);
        for (int s = 1; s < loss.length; s++) {
            assertThat(loss[s]).as("loss after stage %d", s).isLessThanOrEqualTo(loss[s - 1] + 1e-12);
        }
        assertThat(loss[40]).isLessThan(0.5 * loss[0]);
        // the recorded loss is the model's own pinball loss on the training rows
        assertThat(GradientBoostingQuantileRegressor.pinball(y, model.predict(x), 0.8))
            .isCloseTo(loss[40], within(1e-12));
        // at the fitted 0.8-quantile, about 80 % of the targets lie below
        double[] f = model.predict(x);
        int below = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] <= f[i]) {
                below++;
            }
        }
        assertThat(below / 300.0).isCloseTo(0.8, within(0.05));
    }

    @Test
    void onNoiseOnlyTargetsTheFitTendsToTheEmpiricalQuantile() {
        SplittableRandom rng = new SplittableRandom(21);
        int n = 3000;
        double[][] x = noiseX(n, rng);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = -Math.log(1 - rng.nextDouble());
        }
        double[] sorted = y.clone();
        Arrays.sort(sorted);
        double empirical = sorted[(int) Math.ceil(0.3 * n) - 1];
        // stumps with large leaves and few stages: each stage moves a third or more of the rows by
        // a tenth of a leaf quantile of residuals, which is near 0 when X carries no information
        GradientBoostingQuantileRegressor gb = GradientBoostingQuantileRegressor.of(0.3).withStages(5, 0.1)
            .withTrees(1, 1000);
        GradientBoostingQuantileModel model = gb.fit(x, y);
        assertThat(model.initialPrediction()).isEqualTo(empirical);
        double[] pred = model.predict(noiseX(200, new SplittableRandom(5)));
        double sum = 0.0;
        for (double v : pred) {
            assertThat(v).isCloseTo(empirical, within(0.04));
            sum += v;
        }
        assertThat(sum / pred.length).isCloseTo(empirical, within(0.02));
        // with more stages the fit chases noise along X, but stays a 0.3-quantile: 30 % of the
        // training targets lie at or below it
        double[] f = gb.withStages(50, 0.1).fit(x, y).predict(x);
        int below = 0;
        for (int i = 0; i < n; i++) {
            if (y[i] <= f[i]) {
                below++;
            }
        }
        assertThat((double) below / n).isCloseTo(0.3, within(0.005));
        // the population 0.3-quantile of Exp(1) is -log 0.7 = 0.357
        assertThat(empirical).isCloseTo(-Math.log(0.7), within(0.03));
    }

    @Test
    void subsamplingIsSeededAndConstantTargetsStayConstant() {
        SplittableRandom rng = new SplittableRandom(2);
        double[][] x = noiseX(100, rng);
        double[] y = new double[100];
        for (int i = 0; i < 100; i++) {
            y[i] = x[i][0] + rng.nextDouble();
        }
        GradientBoostingQuantileRegressor gb = GradientBoostingQuantileRegressor.of(0.5).withStages(10, 0.5)
            .withSubsample(0.5, 3);
        assertThat(gb.fit(x, y).predict(x)).containsExactly(gb.fit(x, y).predict(x));
        assertThat(gb.withSubsample(0.5, 4).fit(x, y).predict(x)).isNotEqualTo(gb.fit(x, y).predict(x));
        double[] constant = new double[100];
        Arrays.fill(constant, 2.5);
        assertThat(gb.fit(x, constant).predict(x)).containsOnly(2.5);
        // duplicate rows: every stage sees the same two points
        double[][] dup = {{1, 1}, {1, 1}, {1, 1}, {2, 2}, {2, 2}, {2, 2}};
        double[] yd = {0, 1, 2, 10, 11, 12};
        assertThat(GradientBoostingQuantileRegressor.of(0.5).withStages(50, 1.0).withTrees(1, 1).fit(dup, yd)
            .predict(new double[][] {{1, 1}, {2, 2}})).containsExactly(1.0, 11.0);
    }

    @Test
    void boostingParametersAreValidated() {
        GradientBoostingQuantileRegressor gb = GradientBoostingQuantileRegressor.of(0.5);
        assertThatThrownBy(() -> GradientBoostingQuantileRegressor.of(1.0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("quantile must be in (0, 1), got 1.0");
        assertThatThrownBy(() -> gb.withStages(0, 0.1)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("nEstimators must be >= 1, got 0");
        assertThatThrownBy(() -> gb.withStages(10, 0.0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("learningRate");
        assertThatThrownBy(() -> gb.withSubsample(1.5, 0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("subsample must be in (0, 1], got 1.5");
        assertThatThrownBy(() -> gb.withSubsample(0.0, 0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("subsample");
        assertThatThrownBy(() -> gb.withTrees(0, 1)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("maxDepth");
        assertThatThrownBy(() -> gb.withParam("quantile", -0.1)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("quantile");
    }
}
