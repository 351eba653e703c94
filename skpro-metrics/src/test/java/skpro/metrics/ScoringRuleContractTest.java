package skpro.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import skpro.distributions.Distribution;
import skpro.distributions.Normal;
import skpro.distributions.Poisson;

/**
 * What every {@link ScoringRule} promises: mean and weighted mean of its per-row losses,
 * skpro's multi-output averaging, and rejection of bad input with a message naming the argument,
 * the row and the value. Each rule joins by being listed in {@link #rules()}.
 */
class ScoringRuleContractTest {

    static Stream<ScoringRule> rules() {
        return Stream.of(CRPS.of(), LogLoss.of(), LinearizedLogLoss.of(0.2), SquaredDistrLoss.of(), AUCalibration.of(),
            DawidSebastiani.of(), PinballLoss.of(0.1, 0.5, 0.9), EmpiricalCoverage.of(0.5, 0.9),
            IntervalWidth.of(0.8), ConstraintViolation.of(0.8), IntervalScore.of(0.5, 0.9));
    }

    private static final Normal PRED = Normal.of(new double[] {0, 1, 2, -1}, new double[] {1, 0.5, 2, 1.5});
    private static final double[] Y = {0.3, 2.0, -1.0, -1.2};

    @ParameterizedTest
    @MethodSource("rules")
    void evaluateIsTheMeanOfTheRowLosses(ScoringRule rule) {
        double[] losses = rule.evaluateByIndex(Y, PRED);
        assertThat(losses).hasSize(4);
        assertThat(rule.evaluate(Y, PRED)).isCloseTo(Arrays.stream(losses).average().orElseThrow(), within(1e-14));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void weightedMean(ScoringRule rule) {
        if (rule instanceof AUCalibration) {
            return; // its own weighted area, tested in DistributionRulesTest
        }
        double[] l = rule.evaluateByIndex(Y, PRED);
        double expected = (2 * l[0] + 0 * l[1] + 1 * l[2] + 5 * l[3]) / 8;
        assertThat(rule.evaluate(Y, PRED, new double[] {2, 0, 1, 5})).isCloseTo(expected, within(1e-14));
        assertThat(rule.evaluate(Y, PRED, new double[] {3, 3, 3, 3})).isCloseTo(rule.evaluate(Y, PRED), within(1e-14));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void multiOutputAveragesColumnScores(ScoringRule rule) {
        Normal second = Normal.of(new double[] {1, 1, 1, 1}, new double[] {1, 2, 3, 4});
        double[] y2 = {0.0, 1.5, 4.0, -3.0};
        double[][] y = new double[4][2];
        for (int i = 0; i < 4; i++) {
            y[i][0] = Y[i];
            y[i][1] = y2[i];
        }
        List<Distribution> preds = List.of(PRED, second);
        double a = rule.evaluate(Y, PRED);
        double b = rule.evaluate(y2, second);
        assertThat(rule.evaluateRawValues(y, preds)).containsExactly(a, b);
        assertThat(rule.evaluate(y, preds)).isCloseTo((a + b) / 2, within(1e-15));
        assertThat(rule.evaluate(y, preds, new double[] {1, 3})).isCloseTo((a + 3 * b) / 4, within(1e-15));
        assertThatThrownBy(() -> rule.evaluate(y, List.of(PRED))).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("yTrue[0] has 2 columns but yPred holds 1 distributions");
        assertThatThrownBy(() -> rule.evaluate(y, preds, new double[] {1})).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("columnWeights has 1 values but there are 2 rows");
        assertThatThrownBy(() -> rule.evaluate(y, List.of(PRED, Normal.of(0.0, 1.0))))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("yPred.get(1) has 1 rows but yTrue has 4");
        double[][] yNan = {{0, 1}, {0, 1}, {0, Double.NaN}, {0, 1}};
        assertThatThrownBy(() -> rule.evaluate(yNan, preds)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("column 1").hasMessageContaining("yTrue[2] must be finite, got NaN");
    }

    @ParameterizedTest
    @MethodSource("rules")
    void badObservationsAreRejected(ScoringRule rule) {
        assertThatThrownBy(() -> rule.evaluateByIndex(new double[] {0, 1, 2}, PRED))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("yTrue has 3 values but yPred has 4 rows");
        assertThatThrownBy(() -> rule.evaluateByIndex(new double[] {0, Double.NaN, 2, 3}, PRED))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("yTrue[1] must be finite, got NaN");
        assertThatThrownBy(() -> rule.evaluate(new double[] {0, 1, 2, Double.NEGATIVE_INFINITY}, PRED))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("yTrue[3] must be finite, got -Infinity");
        assertThatThrownBy(() -> rule.evaluateByIndex(null, PRED)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("yTrue must not be null");
        assertThatThrownBy(() -> rule.evaluateByIndex(Y, null)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("yPred must not be null");
    }

    @ParameterizedTest
    @MethodSource("rules")
    void badWeightsAreRejected(ScoringRule rule) {
        assertThatThrownBy(() -> rule.evaluate(Y, PRED, new double[] {1, -1, 1, 1}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sampleWeight[1] must be finite and >= 0, got -1.0");
        assertThatThrownBy(() -> rule.evaluate(Y, PRED, new double[] {1, 1, Double.NaN, 1}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sampleWeight[2]");
        assertThatThrownBy(() -> rule.evaluate(Y, PRED, new double[] {0, 0, 0, 0}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sampleWeight must have a positive finite sum, got 0.0");
        assertThatThrownBy(() -> rule.evaluate(Y, PRED, new double[] {1, 1}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sampleWeight has 2 values but there are 4 rows");
    }

    @org.junit.jupiter.api.Test
    void aMeanOverPlusAndMinusInfinityIsRejected() {
        // LogLoss of Poisson(2) at 0.5 is +inf; of a Gamma(0.5) at 0 -inf (infinite density)
        assertThat(LogLoss.of().evaluate(new double[] {0.5}, Poisson.of(2.0))).isEqualTo(Double.POSITIVE_INFINITY);
        skpro.distributions.Mixture mix = skpro.distributions.Mixture.of(
            List.of(skpro.distributions.Gamma.of(new double[] {0.5, 0.5}, new double[] {1, 1})), new double[] {1});
        double[] losses = LogLoss.of().evaluateByIndex(new double[] {0.0, -1.0}, mix);
        assertThat(losses).containsExactly(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        assertThatThrownBy(() -> LogLoss.of().evaluate(new double[] {0.0, -1.0}, mix))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mean is undefined");
    }
}
