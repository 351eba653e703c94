package skpro.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import skpro.distributions.Categorical;
import skpro.distributions.Gamma;

class EdgeInputTest {

    @Test
    void noRowsIsRejectedByName() {
        assertThatThrownBy(() -> PinballLoss.of(0.1, 0.9).evaluateByAlpha(new double[0], new double[0][]))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one row");
        assertThatThrownBy(() -> IntervalWidth.of(0.9).evaluateByCoverage(new double[0], new double[][][] {new double[0][2]}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one row");
    }

    @Test
    void negativeZeroIsTheLabelZeroForBrierScores() {
        Categorical p = Categorical.of(new double[][] {{0.25, 0.75}}, new double[] {0.0, 1.0});
        // Brier (multi-class form): (0.25 - 1)^2 + (0.75 - 0)^2
        assertThat(BrierScore.of().evaluate(new double[] {-0.0}, p)).isEqualTo(1.125);
    }

    @Test
    void squaredLossOnADensityPoleIsAnErrorNotNaN() {
        // Gamma(0.4): density infinite at 0 and infinite squared norm
        assertThatThrownBy(() -> SquaredDistrLoss.of().evaluateByIndex(new double[] {0.0}, Gamma.of(0.4, 1.0)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 0");
    }

    @Test
    void explicitTablesTakeSampleWeights() {
        double[] y = {0.0, 1.0, 3.0};
        double[][] q = {{-1.0}, {2.0}, {2.0}};
        PinballLoss median = PinballLoss.of(0.5);
        // pinball at 0.5: 0.5 |y - q| = 0.5, 0.5, 0.5; weights 1, 0, 3 -> 0.5
        assertThat(median.evaluate(y, q, new double[] {1, 0, 3})).isEqualTo(0.5);
        double[][] iv = {{-1.0, 1.0}, {0.0, 4.0}, {2.0, 2.5}};
        // widths 2, 4, 0.5 with weights 1, 1, 2 -> 7 / 4
        assertThat(IntervalWidth.of(0.9).evaluateWeighted(y, new double[] {1, 1, 2}, iv)).isEqualTo(1.75);
        assertThatThrownBy(() -> median.evaluate(y, q, new double[] {1, -1, 1}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sampleWeight[1]");
    }
}
