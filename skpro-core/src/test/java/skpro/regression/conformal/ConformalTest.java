package skpro.regression.conformal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import skpro.regression.ProbaModel;
import skpro.regression.baselines.MeanRegressor;
import skpro.regression.compose.ResidualDouble;
import skpro.regression.linear.LinearRegression;

/** Exact intervals on hand-computable cases, the distribution's agreement with them, bad input. */
class ConformalTest {

    /** 10 rows: x_i = (i, 1 + i % 3), y_i = i + (-1)^i (i + 1), so |y_i - x_i0| = i + 1. */
    private static final double[][] X = new double[10][];
    private static final double[] Y = new double[10];

    static {
        for (int i = 0; i < 10; i++) {
            X[i] = new double[] {i, 1 + i % 3};
            Y[i] = i + (i % 2 == 0 ? 1 : -1) * (i + 1);
        }
    }

    private static final double[][] X_TEST = {{2.5, 2.0}, {-1.0, 1.0}};

    /** The calibration rows of a 0.9 split of the 10 rows with that seed (9 rows). */
    private static int[] calibrationRows(long seed) {
        int[] cal = Rows.split(10, 0.9, seed)[1];
        assertThat(cal).hasSize(9);
        return cal;
    }

    /** @return the k-th smallest (1-based) */
    private static double kth(double[] v, int k) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[k - 1];
    }

    @Test
    void splitAbsoluteIsTheRankCeilNPlusOneCScore() {
        SplitConformalRegressor reg = SplitConformalRegressor.of(new Column(0, 0.0)).withCalibrationFraction(0.9)
            .withSeed(7);
        ProbaModel model = reg.fit(X, Y);
        int[] cal = calibrationRows(7);
        double[] scores = new double[9];
        for (int k = 0; k < 9; k++) {
            scores[k] = cal[k] + 1.0; // |y_i - x_i0| = i + 1
        }
        // coverage 0.8, n = 9: rank ceil(10 * 0.8) = 8; coverage 0.5: rank 5; 0.9: rank 9
        double q8 = kth(scores, 8);
        assertThat(model.predictInterval(X_TEST, 0.8)).isDeepEqualTo(new double[][] {{2.5 - q8, 2.5 + q8},
            {-1.0 - q8, -1.0 + q8}});
        assertThat(model.predictInterval(X_TEST, 0.5)[0]).containsExactly(2.5 - kth(scores, 5), 2.5 + kth(scores, 5));
        assertThat(model.predictInterval(X_TEST, 0.9)[0]).containsExactly(2.5 - kth(scores, 9), 2.5 + kth(scores, 9));
        assertThat(((SplitConformalRegressor.SplitConformalModel) model).calibrationScores()).containsExactly(
            Arrays.stream(scores).sorted().toArray());
        // 0.91 needs n >= 0.91 / 0.09 = 10.1, so 11 scores
        assertThatThrownBy(() -> model.predictInterval(X_TEST, 0.91)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("coverage 0.91 needs at least 11 calibration scores")
            .hasMessageContaining("n >= 1/(1 - coverage) - 1").hasMessageContaining("has 9");
        distributionAgrees(model, 9);
    }

    @Test
    void splitNormalisedScalesByTheScaleModel() {
        // s(x) = x_1 exactly (the scale learner returns column 1); scores (i + 1) / (1 + i % 3)
        SplitConformalRegressor reg = SplitConformalRegressor.of(new Column(0, 0.0))
            .withNormalisedScores(new Column(1, 0.0)).withCalibrationFraction(0.9).withSeed(3);
        ProbaModel model = reg.fit(X, Y);
        int[] cal = calibrationRows(3);
        double[] scores = new double[9];
        for (int k = 0; k < 9; k++) {
            scores[k] = (cal[k] + 1.0) / (1 + cal[k] % 3);
        }
        double q = kth(scores, 8);
        assertThat(model.predictInterval(X_TEST, 0.8)[0]).containsExactly(2.5 - 2.0 * q, 2.5 + 2.0 * q);
        assertThat(model.predictInterval(X_TEST, 0.8)[1]).containsExactly(-1.0 - q, -1.0 + q);
        distributionAgrees(model, 9);
    }

    @Test
    void jackknifePlusOnTheMeanMatchesBarberEtAlByHand() {
        // y = 0, 2, 4, 10: m_{-i} = 16/3, 14/3, 4, 2; R_i = 16/3, 8/3, 0, 8
        // m - R = 0, 2, 4, -6; m + R = 32/3, 22/3, 4, 10
        double[][] x = {{1.0}, {2.0}, {3.0}, {4.0}};
        double[] y = {0.0, 2.0, 4.0, 10.0};
        CvPlusRegressor.CvPlusModel model = CvPlusRegressor.jackknifePlus(MeanRegressor.of()).fit(x, y);
        assertThat(model.numFolds()).isEqualTo(4);
        assertThat(model.residuals()).containsExactly(new double[] {16.0 / 3, 8.0 / 3, 0.0, 8.0}, within(1e-12));
        double[][] xt = {{0.0}};
        // c = 0.6: floor(0.4 * 5) = 2nd smallest of m - R = 0; ceil(0.6 * 5) = 3rd smallest of m + R = 10
        assertThat(model.predictInterval(xt, 0.6)[0]).containsExactly(new double[] {0.0, 10.0}, within(1e-12));
        // c = 0.8: 1st smallest = -6; 4th smallest = 32/3
        assertThat(model.predictInterval(xt, 0.8)[0]).containsExactly(new double[] {-6.0, 32.0 / 3}, within(1e-12));
        // c = 0.3: floor(0.7 * 5) = 3rd smallest = 2; ceil(1.5) = 2nd smallest = 22/3
        assertThat(model.predictInterval(xt, 0.3)[0]).containsExactly(new double[] {2.0, 22.0 / 3}, within(1e-12));
        assertThatThrownBy(() -> model.predictInterval(xt, 0.81)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("at least 5 out-of-fold residuals");
        distributionAgrees(model, 4);
    }

    @Test
    void cvPlusFoldsPartitionTheRowsAndCapAtN() {
        double[][] x = new double[23][];
        double[] y = new double[23];
        for (int i = 0; i < 23; i++) {
            x[i] = new double[] {i};
            y[i] = i * i;
        }
        assertThat(CvPlusRegressor.of(MeanRegressor.of()).withFolds(4).fit(x, y).numFolds()).isEqualTo(4);
        assertThat(CvPlusRegressor.of(MeanRegressor.of()).withFolds(40).fit(x, y).numFolds()).isEqualTo(23);
        // with 2 folds each residual is |y_i - mean of the other fold|
        CvPlusRegressor.CvPlusModel two = CvPlusRegressor.of(MeanRegressor.of()).withFolds(2).withSeed(5).fit(x, y);
        int[] perm = Rows.permutation(23, 5);
        double[] r = two.residuals();
        double meanFirst = 0.0;
        double meanSecond = 0.0;
        for (int q = 0; q < 23; q++) {
            if (q < 11) {
                meanFirst += y[perm[q]] / 11.0;
            } else {
                meanSecond += y[perm[q]] / 12.0;
            }
        }
        for (int q = 0; q < 23; q++) {
            int i = perm[q];
            assertThat(r[i]).isCloseTo(Math.abs(y[i] - (q < 11 ? meanSecond : meanFirst)), within(1e-9));
        }
    }

    @Test
    void cqrWidensTheQuantilePairByTheConformalScore() {
        // the learner predicts x_0 + 10 level: with x_0 = 0 the 0.8 pair is (1, 9)
        double[][] x = new double[10][];
        double[] y = new double[10];
        for (int i = 0; i < 10; i++) {
            x[i] = new double[] {0.0};
            y[i] = 1.5 * i - 2.0;
        }
        ConformalizedQuantileRegressor reg = ConformalizedQuantileRegressor.of(new Column(0, 0.5), "level")
            .withCoverages(0.8).withCalibrationFraction(0.9).withSeed(11);
        ConformalizedQuantileRegressor.CqrModel model = reg.fit(x, y);
        int[] cal = calibrationRows(11);
        double[] e = new double[9];
        for (int k = 0; k < 9; k++) {
            double v = y[cal[k]];
            e[k] = Math.max(1.0 - v, v - 9.0);
        }
        assertThat(model.calibrationScores(0)).containsExactly(Arrays.stream(e).sorted().toArray(), within(1e-12));
        double[][] xt = {{0.0}, {3.0}};
        double q8 = kth(e, 8);
        // the learner's levels 0.1 and 0.9 are not exact in binary: 1e-12
        double[][] iv = model.predictInterval(xt, 0.8);
        assertThat(iv[0]).containsExactly(new double[] {1.0 - q8, 9.0 + q8}, within(1e-12));
        assertThat(iv[1]).containsExactly(new double[] {4.0 - q8, 12.0 + q8}, within(1e-12));
        // off the grid: the 0.8 pair conformalized at 0.4 (rank 4), here negative: the pair narrows
        double q5 = kth(e, 4);
        assertThat(q5).isNegative();
        assertThat(model.predictInterval(xt, 0.4)[0]).containsExactly(new double[] {1.0 - q5, 9.0 + q5}, within(1e-12));
        distributionAgrees(model, 9);
    }

    @Test
    void cqrServesEachCoverageByTheNearestGridPair() {
        double[][] x = new double[40][];
        double[] y = new double[40];
        for (int i = 0; i < 40; i++) {
            x[i] = new double[] {0.0};
            y[i] = (i * 37 % 40) * 0.25;
        }
        ConformalizedQuantileRegressor reg = ConformalizedQuantileRegressor.of(new Column(0, 0.5), "level")
            .withCoverages(0.5, 0.9).withSeed(2);
        ConformalizedQuantileRegressor.CqrModel model = reg.fit(x, y);
        double[][] xt = {{0.0}};
        double[] e5 = model.calibrationScores(0); // pair (2.5, 7.5)
        double[] e9 = model.calibrationScores(1); // pair (0.5, 9.5)
        assertThat(e5).hasSize(20);
        // 0.6 is nearer 0.5: rank ceil(21 * 0.6) = 13 of the 0.5 pair's scores
        assertThat(model.predictInterval(xt, 0.6)[0]).containsExactly(new double[] {2.5 - e5[12], 7.5 + e5[12]},
            within(1e-12));
        // 0.8 is nearer 0.9: rank 17 of the 0.9 pair's, widened to contain the 0.5 pair's at 0.7 (rank 15)
        double[] iv = model.predictInterval(xt, 0.8)[0];
        assertThat(iv[0]).isCloseTo(Math.min(0.5 - e9[16], 2.5 - e5[14]), within(1e-12));
        assertThat(iv[1]).isCloseTo(Math.max(9.5 + e9[16], 7.5 + e5[14]), within(1e-12));
        distributionAgrees(model, 20);
    }

    @Test
    void enbpiUsesLeaveOneOutResidualsAndSlidesItsWindow() {
        // every member predicts x_0, so every leave-one-out mean is x_0 and R_i = |y_i - x_i0| = i + 1
        EnbPIRegressor.EnbPIModel model = EnbPIRegressor.of(new Column(0, 0.0)).withNEstimators(50).fit(X, Y);
        assertThat(model.residuals()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        // rank ceil(11 * 0.8) = 9
        assertThat(model.predictInterval(X_TEST, 0.8)[0]).containsExactly(2.5 - 9.0, 2.5 + 9.0);
        EnbPIRegressor.EnbPIModel next = model.update(new double[][] {{0.0, 1.0}, {1.0, 1.0}, {2.0, 1.0}},
            new double[] {0.5, 21.0, -28.0});
        assertThat(next.residuals()).containsExactly(4, 5, 6, 7, 8, 9, 10, 0.5, 20, 30);
        assertThat(model.residuals()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        // sorted window 0.5, 4, 5, 6, 7, 8, 9, 10, 20, 30: rank 9 is 20
        assertThat(next.predictInterval(X_TEST, 0.8)[0]).containsExactly(2.5 - 20.0, 2.5 + 20.0);
        double[][] many = new double[12][];
        double[] yMany = new double[12];
        for (int t = 0; t < 12; t++) {
            many[t] = new double[] {t, 1.0};
            yMany[t] = t + 100.0 + t;
        }
        assertThat(model.update(many, yMany).residuals()).containsExactly(102, 103, 104, 105, 106, 107, 108, 109,
            110, 111);
        assertThatThrownBy(() -> model.update(new double[][] {{1.0}}, new double[] {1.0}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fitted on 2");
        distributionAgrees(model, 10);
        distributionAgrees(next, 10);
    }

    /**
     * The Empirical of predictProba has central intervals equal to predictInterval at every
     * servable coverage, on a fine grid and at every piece end k/(n+1), and predict is its mean.
     */
    private static void distributionAgrees(ProbaModel model, int n) {
        double[][] xt = X_TEST[0].length == model.numFeatures() ? X_TEST : new double[][] {{0.0}, {3.0}};
        var dist = model.predictProba(xt);
        double top = n / (n + 1.0);
        double[] cs = new double[400 + n];
        for (int j = 0; j < 400; j++) {
            cs[j] = top * (j + 1) / 400.0;
        }
        for (int k = 1; k <= n; k++) {
            cs[399 + k] = k / (n + 1.0);
        }
        for (double c : cs) {
            double[][] iv = model.predictInterval(xt, c);
            double[][] viaDist = dist.interval(c);
            for (int i = 0; i < xt.length; i++) {
                assertThat(viaDist[i]).as("coverage %s row %d", c, i).containsExactly(iv[i]);
            }
        }
        assertThat(model.predict(xt)).containsExactly(dist.mean());
    }

    @Test
    void badInputIsRejectedWithItsName() {
        ProbaModel model = SplitConformalRegressor.of(LinearRegression.of()).fit(X, Y);
        for (double c : new double[] {0.0, 1.0, -0.1, Double.NaN}) {
            assertThatThrownBy(() -> model.predictInterval(X_TEST, c)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("coverage must be in (0, 1)");
        }
        for (double f : new double[] {0.0, 1.0, 1.5, Double.NaN}) {
            assertThatThrownBy(() -> SplitConformalRegressor.of(LinearRegression.of()).withCalibrationFraction(f))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("calibrationFraction");
            assertThatThrownBy(() -> ConformalizedQuantileRegressor.of().withCalibrationFraction(f))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("calibrationFraction");
        }
        assertThatThrownBy(() -> SplitConformalRegressor.of(LinearRegression.of()).withCalibrationFraction(0.01)
            .fit(X, Y)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 calibration");
        assertThatThrownBy(() -> CvPlusRegressor.of(LinearRegression.of()).withFolds(1))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("folds must be at least 2, got 1");
        assertThatThrownBy(() -> EnbPIRegressor.of(LinearRegression.of()).withNEstimators(0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nEstimators must be at least 1, got 0");
        assertThatThrownBy(() -> ConformalizedQuantileRegressor.of().withCoverages(0.9, 0.8))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strictly increasing");
        assertThatThrownBy(() -> ConformalizedQuantileRegressor.of().withCoverages(1.0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("coverages[0]");
        assertThatThrownBy(() -> ConformalizedQuantileRegressor.of().withParam("coverages", List.of(0.5, "x")))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("coverages[1]");
        assertThatThrownBy(() -> ConformalizedQuantileRegressor.of(LinearRegression.of(), "quantile"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("levelParameter 'quantile'");
        assertThatThrownBy(() -> SplitConformalRegressor.of(LinearRegression.of()).withParam("estimator", "x"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("estimator");
        assertThatThrownBy(() -> CvPlusRegressor.of(LinearRegression.of()).fit(new double[][] {{1.0}},
            new double[] {1.0})).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2 rows");
    }

    @Test
    void aProbaRegressorGivesTheLocationAndTheScale() {
        SplitConformalRegressor reg = SplitConformalRegressor.of(ResidualDouble.of(new Column(0, 0.0))
            .withResidualRegressor(new Column(1, 0.0))).withScore(SplitConformalRegressor.Score.NORMALISED)
            .withCalibrationFraction(0.9).withSeed(3);
        // location x_0, standard deviation x_1: the same scores as the normalised point version
        ProbaModel viaProba = reg.fit(X, Y);
        ProbaModel viaPoint = SplitConformalRegressor.of(new Column(0, 0.0)).withNormalisedScores(new Column(1, 0.0))
            .withCalibrationFraction(0.9).withSeed(3).fit(X, Y);
        assertThat(viaProba.predictInterval(X_TEST, 0.8)).isDeepEqualTo(viaPoint.predictInterval(X_TEST, 0.8));
    }

    @Test
    void constantTargetsAndDuplicateRowsGiveZeroWidthIntervals() {
        // 40 copies of two rows, y constant: every residual is 0, so every conformal interval is
        // the point prediction itself, at any coverage, and nothing divides by zero
        double[][] x = new double[40][];
        double[] y = new double[40];
        for (int i = 0; i < 40; i++) {
            x[i] = new double[] {i % 2, 1.0};
            y[i] = 3.0;
        }
        double[][] q = {{0.0, 1.0}, {1.0, 1.0}};
        List<skpro.regression.ProbaRegressor> methods = List.of(SplitConformalRegressor.of(MeanRegressor.of()),
            CvPlusRegressor.of(MeanRegressor.of()), EnbPIRegressor.of(MeanRegressor.of()).withNEstimators(5));
        for (skpro.regression.ProbaRegressor r : methods) {
            ProbaModel m = r.fit(x, y);
            for (double c : new double[] {0.5, 0.9}) {
                double[][] iv = m.predictInterval(q, c);
                assertThat(iv[0]).as(r + " at " + c).containsExactly(3.0, 3.0);
                assertThat(iv[1]).as(r + " at " + c).containsExactly(3.0, 3.0);
            }
            assertThat(m.predictProba(q).mean()).as(r.toString()).containsExactly(new double[] {3.0, 3.0},
                within(1e-12));
        }
    }
}
