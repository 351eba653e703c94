package skpro.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import skpro.distributions.Categorical;
import skpro.distributions.Normal;

/** Brier score and expected calibration error, values by hand as stated. */
class CategoricalRulesTest {

    private static final double[] LABELS = {0, 1, 2};
    private static final Categorical P = Categorical.of(new double[][] {
        {0.2, 0.5, 0.3}, {1.0, 0.0, 0.0}, {0.1, 0.1, 0.8},
    }, LABELS);

    @Test
    void brierScoreSumsOverClasses() {
        // hand: y = 1: 0.2^2 + 0.5^2 + 0.3^2 = 0.38; y = 0 with p = (1, 0, 0): 0;
        // y = 0 with p = (0.1, 0.1, 0.8): 0.81 + 0.01 + 0.64 = 1.46
        double[] y = {1, 0, 0};
        assertThat(BrierScore.of().evaluateByIndex(y, P)).containsExactly(new double[] {0.38, 0.0, 1.46}, within(1e-15));
        assertThat(BrierScore.of().evaluate(y, P)).isCloseTo(1.84 / 3, within(1e-15));
        // the same rule seen as a ScoringRule on a Distribution, and as SquaredDistrLoss + 1
        double[] viaDistribution = BrierScore.of().evaluateByIndex(y, (skpro.distributions.Distribution) P);
        double[] squared = SquaredDistrLoss.of().evaluateByIndex(y, P);
        for (int i = 0; i < y.length; i++) {
            assertThat(viaDistribution[i]).isCloseTo(squared[i] + 1.0, within(1e-15));
        }
    }

    @Test
    void brierScoreNeedsLabels() {
        assertThatThrownBy(() -> BrierScore.of().evaluateByIndex(new double[] {1, 0.5, 2}, P))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("yTrue[1] = 0.5 is not one of the labels [0.0, 1.0, 2.0]");
        assertThatThrownBy(() -> BrierScore.of().evaluateByIndex(new double[] {0.0}, Normal.of(0.0, 1.0)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("yPred must be a Categorical");
    }

    @Test
    void expectedCalibrationError() {
        // hand, 2 bins (0, .5], (.5, 1]: row 0 confidence 0.5 (class 1) in bin 0, correct (y = 1);
        // row 1 confidence 1 (class 0) in bin 1, correct; row 2 confidence 0.8 (class 2) in bin 1,
        // wrong (y = 0). ECE = (1/3)|1 - 0.5| + (2/3)|0.5 - 0.9| = 0.5/3 + 0.8/3 = 1.3/3
        double[] y = {1, 0, 0};
        assertThat(ExpectedCalibrationError.of(2).evaluate(y, P)).isCloseTo(1.3 / 3, within(1e-15));
        // one bin: |accuracy 2/3 - mean confidence 2.3/3| = 0.3/3
        assertThat(ExpectedCalibrationError.of(1).evaluate(y, P)).isCloseTo(0.1, within(1e-15));
        // 15 bins (Guo et al.): 0.5 in bin 7, 1.0 in bin 14, 0.8 in bin 11 (12/15 = 0.8 is its upper edge):
        // (0.5 + 0 + 0.8) / 3
        assertThat(ExpectedCalibrationError.of().evaluate(y, P)).isCloseTo(1.3 / 3, within(1e-15));
        assertThat(ExpectedCalibrationError.of().bins()).isEqualTo(15);
    }

    @Test
    void expectedCalibrationErrorBreaksTiesTowardsTheFirstLabel() {
        // hand: p = (0.5, 0.5): predicted class 0 (label 0); y = 0 correct: |1 - 0.5| = 0.5
        Categorical tie = Categorical.of(new double[] {0.5, 0.5}, new double[] {0, 1});
        assertThat(ExpectedCalibrationError.of(10).evaluate(new double[] {0.0}, tie)).isEqualTo(0.5);
        assertThat(ExpectedCalibrationError.of(10).evaluate(new double[] {1.0}, tie)).isEqualTo(0.5);
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> ExpectedCalibrationError.of(0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("bins must be >= 1, got 0");
        assertThatThrownBy(() -> ExpectedCalibrationError.of().evaluate(new double[] {1, 3, 0}, P))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("yTrue[1] = 3.0 is not one of the labels");
        assertThatThrownBy(() -> ExpectedCalibrationError.of().evaluate(new double[] {1, 0}, P))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("yTrue has 2 values but yPred has 3 rows");
    }
}
