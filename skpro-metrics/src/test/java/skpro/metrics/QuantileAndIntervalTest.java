package skpro.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import skpro.distributions.Empirical;
import skpro.distributions.Normal;

/** Hand-checked values of the pinball loss and the interval metrics. */
class QuantileAndIntervalTest {

    /** skpro's PinballLoss docstring example (y_true, quantile columns 0.05, 0.5, 0.95). */
    private static final double[] Y = {3, -0.5, 2, 7, 2};
    private static final double[][] Q = {
        {1.25, 2.5, 3.75}, {0, 0, 0}, {1, 2, 3}, {4, 8, 12}, {0.625, 1.25, 1.875},
    };

    @Test
    void pinballLossAsInSkprosDocstring() {
        // skpro docstring: PinballLoss()(y_true, y_pred) = 0.1791666666666667 and with
        // score_average=False [0.16625, 0.275, 0.09625]; by hand for alpha 0.5:
        // (0.5 + 0.5 + 0 + 1 + 0.75) / 2 / 5 = 0.275
        PinballLoss pl = PinballLoss.of(0.05, 0.5, 0.95);
        assertThat(pl.evaluate(Y, Q)).isCloseTo(0.1791666666666667, within(1e-15));
        assertThat(pl.evaluateByAlpha(Y, Q)).containsExactly(new double[] {0.16625, 0.275, 0.09625}, within(1e-15));
        // hand, row 0 (y = 3): 0.05 * 1.75, 0.5 * 0.5, 0.05 * 0.75
        assertThat(pl.lossesByAlpha(Y, Q)[0]).containsExactly(new double[] {0.0875, 0.25, 0.0375}, within(1e-15));
        assertThat(pl.evaluateByIndex(Y, Q)[0]).isCloseTo(0.375 / 3, within(1e-15));
        assertThat(pl.alphas()).containsExactly(0.05, 0.5, 0.95);
    }

    @Test
    void pinballLossOfAnObservationAtTheQuantileIsZero() {
        assertThat(PinballLoss.of(0.3).lossesByAlpha(new double[] {2.0}, new double[][] {{2.0}})[0]).containsExactly(0.0);
    }

    @Test
    void pinballLossAsksTheDistributionForItsQuantiles() {
        // hand: Empirical 1, 2, 3, 4 has Q(0.25) = 1 and Q(0.75) = 3; at y = 3.5:
        // 0.25 * 2.5 = 0.625 and 0.75 * 0.5 = 0.375
        PinballLoss pl = PinballLoss.of(0.25, 0.75);
        Empirical e = Empirical.of(new double[] {1, 2, 3, 4});
        assertThat(pl.lossesByAlpha(new double[] {3.5}, e)[0]).containsExactly(0.625, 0.375);
        assertThat(pl.evaluate(new double[] {3.5}, e)).isEqualTo(0.5);
        assertThat(pl.evaluateByAlpha(new double[] {3.5}, e)).containsExactly(0.625, 0.375);
    }

    // y and two interval tables (coverages 0.8 and 0.5) for the interval metrics
    private static final double[] YI = {0, 2, -3, 1};
    private static final double[][] I80 = {{-1, 1}, {0, 1}, {-2, 2}, {1, 3}};
    private static final double[][] I50 = {{-0.5, 0.5}, {0.5, 1.5}, {-1, 1}, {0.5, 2}};

    @Test
    void empiricalCoverageCountsStrictInclusion() {
        // hand: 0 in (-1, 1); 2 not in (0, 1); -3 not in (-2, 2); 1 on the bound of (1, 3): not covered
        EmpiricalCoverage ec = EmpiricalCoverage.of(0.8);
        assertThat(ec.evaluateByIndex(YI, I80)).containsExactly(1, 0, 0, 0);
        assertThat(ec.evaluate(YI, I80)).isEqualTo(0.25);
        // two coverages: 0.5 covers rows 0 and 3 -> row means 1, 0, 0, 0.5; per coverage 0.25, 0.5
        EmpiricalCoverage two = EmpiricalCoverage.of(0.8, 0.5);
        assertThat(two.lossesByCoverage(YI, I80, I50)[3]).containsExactly(0, 1);
        assertThat(two.evaluateByIndex(YI, I80, I50)).containsExactly(1, 0, 0, 0.5);
        assertThat(two.evaluateByCoverage(YI, I80, I50)).containsExactly(0.25, 0.5);
        assertThat(two.evaluate(YI, I80, I50)).isEqualTo(0.375);
        assertThat(two.coverages()).containsExactly(0.8, 0.5);
    }

    @Test
    void intervalWidthAndConstraintViolation() {
        // hand: widths 2, 1, 4, 2; distances to the intervals 0, 1, 1, 0
        assertThat(IntervalWidth.of(0.8).evaluateByIndex(YI, I80)).containsExactly(2, 1, 4, 2);
        assertThat(IntervalWidth.of(0.8).evaluate(YI, I80)).isEqualTo(2.25);
        assertThat(ConstraintViolation.of(0.8).evaluateByIndex(YI, I80)).containsExactly(0, 1, 1, 0);
        assertThat(ConstraintViolation.of(0.8).evaluate(YI, I80)).isEqualTo(0.5);
    }

    @Test
    void intervalScoreAddsScaledViolations() {
        // hand: c = 0.8, a = 0.2, penalty 2/a = 10: 2, 1 + 10, 4 + 10, 2
        assertThat(IntervalScore.of(0.8).evaluateByIndex(YI, I80)).containsExactly(new double[] {2, 11, 14, 2},
            within(1e-14));
    }

    @Test
    void intervalScoreIsScaledPinballAtTheEndQuantiles() {
        // Gneiting and Raftery (2007), eq. 43: IS_a = (2/a) (rho_(a/2)(y, l) + rho_(1 - a/2)(y, u))
        Normal n = Normal.of(new double[] {0, 1, -2, 5}, new double[] {1, 0.5, 2, 3});
        double[] y = {0.3, 3.0, -9.0, 5.5};
        double[] is = IntervalScore.of(0.8).evaluateByIndex(y, n);
        double[][] rho = PinballLoss.of(0.1, 0.9).lossesByAlpha(y, n);
        for (int i = 0; i < y.length; i++) {
            assertThat(is[i]).isCloseTo(10.0 * (rho[i][0] + rho[i][1]), within(1e-12));
        }
    }

    @Test
    void intervalsFromADistributionAreEqualTailed() {
        // scipy: norm.ppf(0.95) = 1.6448536269514722: the 90% interval of N(0,1) is +-1.64485...
        Normal n = Normal.of(new double[] {0, 0, 0}, new double[] {1, 1, 1});
        double[] y = {0.0, 1.7, -1.6};
        assertThat(EmpiricalCoverage.of(0.9).evaluateByIndex(y, n)).containsExactly(1, 0, 1);
        assertThat(IntervalWidth.of(0.9).evaluateByIndex(y, n)[0]).isCloseTo(2 * 1.6448536269514722, within(1e-14));
        assertThat(ConstraintViolation.of(0.9).evaluateByIndex(y, n)[1]).isCloseTo(1.7 - 1.6448536269514722,
            within(1e-14));
        assertThat(IntervalWidth.of(0.9, 0.5).evaluateByCoverage(y, n)[0]).isCloseTo(2 * 1.6448536269514722,
            within(1e-14));
    }

    @Test
    void valueSemantics() {
        assertThat(PinballLoss.of(0.1, 0.9)).isEqualTo(PinballLoss.of(0.1, 0.9)).isNotEqualTo(PinballLoss.of(0.9, 0.1))
            .hasSameHashCodeAs(PinballLoss.of(0.1, 0.9));
        assertThat(EmpiricalCoverage.of(0.5)).isEqualTo(EmpiricalCoverage.of(0.5)).isNotEqualTo(IntervalWidth.of(0.5));
        assertThat(IntervalScore.of(0.9).toString()).isEqualTo("IntervalScore(coverages=[0.9])");
        double[] alphas = {0.2, 0.8};
        PinballLoss pl = PinballLoss.of(alphas);
        alphas[0] = 0.5;
        pl.alphas()[1] = 0.6;
        assertThat(pl.alphas()).containsExactly(0.2, 0.8);
    }

    @Test
    void badLevelsAreRejected() {
        assertThatThrownBy(() -> PinballLoss.of()).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("alphas must not be empty");
        assertThatThrownBy(() -> PinballLoss.of((double[]) null)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("alphas");
        for (double bad : new double[] {0.0, 1.0, -0.1, 1.5, Double.NaN}) {
            assertThatThrownBy(() -> PinballLoss.of(0.5, bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alphas[1]").hasMessageContaining(String.valueOf(bad));
            assertThatThrownBy(() -> EmpiricalCoverage.of(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("coverages[0]");
            assertThatThrownBy(() -> IntervalWidth.of(bad)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ConstraintViolation.of(bad)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> IntervalScore.of(bad)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> PinballLoss.of(0.1, 0.5, 0.1)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("alphas[2] = 0.1 duplicates alphas[0]");
        assertThatThrownBy(() -> EmpiricalCoverage.of(0.9, 0.9)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("duplicates");
        assertThatThrownBy(() -> IntervalScore.of()).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("coverages must not be empty");
    }

    @Test
    void badTablesAreRejected() {
        PinballLoss pl = PinballLoss.of(0.05, 0.5, 0.95);
        assertThatThrownBy(() -> pl.evaluate(new double[] {1, 2}, Q)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("quantiles has 5 rows but yTrue has 2");
        assertThatThrownBy(() -> pl.evaluate(Y, new double[][] {{1, 2, 3}, {1, 2}, {1, 2, 3}, {1, 2, 3}, {1, 2, 3}}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quantiles[1] has 2 entries");
        double[][] nan = {{1, 2, 3}, {1, 2, 3}, {1, Double.NaN, 3}, {1, 2, 3}, {1, 2, 3}};
        assertThatThrownBy(() -> pl.evaluate(Y, nan)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("quantiles[2][1] must be finite, got NaN");
        double[] yBad = {3, -0.5, Double.POSITIVE_INFINITY, 7, 2};
        assertThatThrownBy(() -> pl.evaluate(yBad, Q)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("yTrue[2] must be finite, got Infinity");

        EmpiricalCoverage ec = EmpiricalCoverage.of(0.8, 0.5);
        assertThatThrownBy(() -> ec.evaluate(YI, I80)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("intervals has 1 tables but the metric has 2 coverages");
        double[][] crossed = {{-1, 1}, {1, 0}, {-2, 2}, {1, 3}};
        assertThatThrownBy(() -> IntervalWidth.of(0.8).evaluate(YI, crossed)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("intervals[0][1] has lower bound 1.0 > upper bound 0.0");
        double[][] wide = {{-1, 1, 0}, {0, 1}, {-2, 2}, {1, 3}};
        assertThatThrownBy(() -> IntervalWidth.of(0.8).evaluate(YI, wide)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("intervals[0][0] has 3 entries, expected 2");
        double[] yNan = {0, Double.NaN, 1, 1};
        assertThatThrownBy(() -> ConstraintViolation.of(0.8).evaluate(yNan, I80))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("yTrue[1] must be finite, got NaN");
        assertThatThrownBy(() -> IntervalScore.of(0.8).evaluate(new double[] {0, 1}, I80))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("intervals[0] has 4 rows but yTrue has 2");
    }
}
