package skpro.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import skpro.metrics.BrierScore;
import skpro.metrics.ExpectedCalibrationError;
import skpro.metrics.LogLoss;

/** Platt and isotonic calibrators on hand examples, and calibration of an over-confident tree. */
class CalibratedClassifierTest {

    @Test
    void poolAdjacentViolatorsOnAHandExample() {
        // distinct scores 0.1 .. 0.5 with positive shares 1/1, 0/1, 1/2, 0/1, 1/1: the first four
        // violate monotonicity and pool to 2/5; the last stays 1
        double[] score = {0.3, 0.1, 0.5, 0.2, 0.3, 0.4};
        boolean[] positive = {true, true, true, false, false, false};
        IsotonicCalibrator iso = IsotonicCalibrator.fit(score, positive);
        assertThat(iso.calibrate(0.1)).isCloseTo(0.4, within(1e-15));
        assertThat(iso.calibrate(0.3)).isCloseTo(0.4, within(1e-15));
        assertThat(iso.calibrate(0.4)).isCloseTo(0.4, within(1e-15));
        assertThat(iso.calibrate(0.5)).isEqualTo(1.0);
        // linear between 0.4 (at 0.4) and 1 (at 0.5); clipped outside [0.1, 0.5]
        assertThat(iso.calibrate(0.45)).isCloseTo(0.7, within(1e-12));
        assertThat(iso.calibrate(-3.0)).isCloseTo(0.4, within(1e-15));
        assertThat(iso.calibrate(7.0)).isEqualTo(1.0);
        // weighted means 1, 1/2, 1, 0, 1: pooling cascades back to the first point, (3+1+2+0)/(3+2+2+1)
        assertThat(IsotonicCalibrator.pav(new double[] {3, 1, 2, 0, 5}, new double[] {3, 2, 2, 1, 5}, 5))
            .containsExactly(new double[] {0.75, 0.75, 0.75, 0.75, 1.0}, within(1e-15));
    }

    @Test
    void plattAgreesWithADirectNewtonSolveOnAHandExample() {
        double[] f = {0.1, 0.3, 0.35, 0.6, 0.8, 0.9, 0.2, 0.7};
        boolean[] pos = {false, false, true, false, true, true, false, true};
        PlattCalibrator platt = PlattCalibrator.fit(f, pos);
        // Platt's targets with N+ = 4, N- = 4: 5/6 and 1/6
        double[] t = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            t[i] = pos[i] ? 5.0 / 6.0 : 1.0 / 6.0;
        }
        // plain Newton on L(A, B) = sum log(1 + e^z) - (1 - t) z, z = A f + B, from (0, 0)
        double a = 0.0;
        double b = 0.0;
        for (int iter = 0; iter < 50; iter++) {
            double ga = 0.0;
            double gb = 0.0;
            double haa = 0.0;
            double hab = 0.0;
            double hbb = 0.0;
            for (int i = 0; i < f.length; i++) {
                double p = 1.0 / (1.0 + Math.exp(a * f[i] + b));
                ga += f[i] * (t[i] - p);
                gb += t[i] - p;
                haa += f[i] * f[i] * p * (1 - p);
                hab += f[i] * p * (1 - p);
                hbb += p * (1 - p);
            }
            double det = haa * hbb - hab * hab;
            a -= (hbb * ga - hab * gb) / det;
            b -= (haa * gb - hab * ga) / det;
        }
        assertThat(platt.a()).isCloseTo(a, within(1e-8));
        assertThat(platt.b()).isCloseTo(b, within(1e-8));
        assertThat(platt.a()).isNegative();
        assertThat(platt.calibrate(0.5)).isCloseTo(1.0 / (1.0 + Math.exp(a * 0.5 + b)), within(1e-10));
        // on separable scores the smoothed targets keep A and B finite
        PlattCalibrator separable = PlattCalibrator.fit(new double[] {0, 0, 1, 1}, new boolean[] {false, false, true,
            true});
        assertThat(separable.calibrate(0.0)).isCloseTo(0.25, within(1e-8));
        assertThat(separable.calibrate(1.0)).isCloseTo(0.75, within(1e-8));
    }

    /** Binary labels with P(y = 1 | x) = 1 / (1 + exp(-(2 x0 + x1))), x ~ N(0, I_2). */
    private static double[][] features(int n, SplittableRandom rng) {
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {gaussian(rng), gaussian(rng)};
        }
        return x;
    }

    private static List<Integer> labels(double[][] x, SplittableRandom rng) {
        List<Integer> y = new ArrayList<>(x.length);
        for (double[] row : x) {
            double p = 1.0 / (1.0 + Math.exp(-(2.0 * row[0] + row[1])));
            y.add(rng.nextDouble() < p ? 1 : 0);
        }
        return y;
    }

    private static double gaussian(SplittableRandom rng) {
        double u = 1.0 - rng.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * rng.nextDouble());
    }

    @ParameterizedTest
    @EnumSource(CalibratedClassifier.Method.class)
    void calibrationImprovesAnOverConfidentTreeOutOfSample(CalibratedClassifier.Method method) {
        SplittableRandom rng = new SplittableRandom(20260101L);
        double[][] xTrain = features(1000, rng);
        List<Integer> yTrain = labels(xTrain, rng);
        double[][] xTest = features(4000, rng);
        List<Integer> yTest = labels(xTest, rng);
        // leaves of 2 rows: probabilities 0, 1/2 and 1, far too confident
        DecisionTreeClassifier deep = DecisionTreeClassifier.of().withMinSamplesLeaf(2);
        ProbaClassifierModel<Integer> base = deep.fit(xTrain, yTrain);
        double[] obs = base.observations(yTest);
        double baseLoss = LogLoss.of().evaluate(obs, base.predictProba(xTest));
        double baseEce = ExpectedCalibrationError.of().evaluate(obs, base.predictProba(xTest));
        double baseBrier = BrierScore.of().evaluate(obs, base.predictProba(xTest));
        for (boolean ensemble : new boolean[] {true, false}) {
            ProbaClassifierModel<Integer> cal = CalibratedClassifier.of(deep).withMethod(method)
                .withEnsemble(ensemble).fit(xTrain, yTrain);
            double loss = LogLoss.of().evaluate(obs, cal.predictProba(xTest));
            double ece = ExpectedCalibrationError.of().evaluate(obs, cal.predictProba(xTest));
            assertThat(loss).as("log-loss, %s ensemble=%s, base %s", method, ensemble, baseLoss)
                .isLessThan(0.7).isLessThan(baseLoss);
            assertThat(ece).as("ECE, %s ensemble=%s, base %s", method, ensemble, baseEce)
                .isLessThan(0.5 * baseEce);
            assertThat(BrierScore.of().evaluate(obs, cal.predictProba(xTest))).as("Brier, base %s", baseBrier)
                .isLessThan(0.85 * baseBrier);
        }
    }

    @Test
    void binaryProbabilitiesAreOneCalibratedColumnAndMulticlassRowsAreRenormalised() {
        SplittableRandom rng = new SplittableRandom(5L);
        double[][] x = features(300, rng);
        List<Integer> y = labels(x, rng);
        ProbaClassifierModel<Integer> model = CalibratedClassifier.of(LogisticRegression.of()).withCv(3, 1)
            .withEnsemble(false).fit(x, y);
        double[][] p = model.predictProbaMatrix(x);
        // a monotone map of the base's probability: the order of rows by p_1 is kept
        double[][] q = LogisticRegression.of().fit(x, y).predictProbaMatrix(x);
        for (int i = 1; i < x.length; i++) {
            assertThat(p[i][0]).isEqualTo(1.0 - p[i][1]);
            if (q[i][1] > q[i - 1][1]) {
                assertThat(p[i][1]).isGreaterThanOrEqualTo(p[i - 1][1]);
            }
        }
        List<String> three = new ArrayList<>();
        for (double[] row : x) {
            three.add(row[0] < -0.5 ? "a" : row[0] < 0.5 ? "b" : "c");
        }
        double[][] p3 = CalibratedClassifier.of(KNeighborsClassifier.of(15))
            .withMethod(CalibratedClassifier.Method.ISOTONIC).fit(x, three).predictProbaMatrix(x);
        for (double[] row : p3) {
            assertThat(row[0] + row[1] + row[2]).isCloseTo(1.0, within(1e-12));
        }
    }

    @Test
    void aClassWithFewerRowsThanFoldsIsRejected() {
        double[][] x = new double[20][];
        List<String> y = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            x[i] = new double[] {i, i % 3};
            y.add(i < 4 ? "rare" : "common");
        }
        assertThatThrownBy(() -> CalibratedClassifier.of(LogisticRegression.of()).fit(x, y))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("class rare has 4 rows")
            .hasMessageContaining("cv = 5");
        assertThat(CalibratedClassifier.of(LogisticRegression.of()).withCv(4, 0).fit(x, y).classes())
            .containsExactly("common", "rare");
        assertThatThrownBy(() -> CalibratedClassifier.of(LogisticRegression.of()).withCv(1, 0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cv must be >= 2");
        assertThatThrownBy(() -> CalibratedClassifier.of(null)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("estimator");
    }
}
