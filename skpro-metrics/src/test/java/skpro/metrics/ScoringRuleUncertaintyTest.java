package skpro.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import skpro.distributions.Normal;

class ScoringRuleUncertaintyTest {

    private static final double[] Y = {1.2, -0.5, 3.3, 0.0, 2.1, 5.0, -1.7, 0.8, 4.4, 2.0};
    private static final Normal A = Normal.of(new double[] {1.0, 0.0, 2.5, 0.5, 2.0, 3.0, -1.0, 1.0, 4.0, 2.0},
        new double[] {0.5, 1.0, 2.0, 0.8, 1.5, 1.0, 0.3, 2.5, 0.9, 1.1});

    @Test
    void estimateIsTheMeanOfTheRowLossesWithItsStandardError() {
        CRPS crps = CRPS.of();
        double[] losses = crps.evaluateByIndex(Y, A);
        MeanEstimate e = crps.estimate(Y, A);
        assertThat(e.mean()).isCloseTo(crps.evaluate(Y, A), within(1e-15));
        double m = e.mean();
        double ss = 0;
        for (double v : losses) {
            ss += (v - m) * (v - m);
        }
        assertThat(e.standardError()).isCloseTo(Math.sqrt(ss / 9) / Math.sqrt(10), within(1e-15));
        // the reference file's skpro value for this case (CRPS/normal_1col)
        assertThat(e.mean()).isCloseTo(0.4847357173839737, within(1e-14));
    }

    @Test
    void compareGivesTheMeanDifferenceOfTwoStrategies() {
        Normal wider = Normal.of(A.mu(), new double[] {1, 2, 4, 1.6, 3, 2, 0.6, 5, 1.8, 2.2});
        CRPS crps = CRPS.of();
        PairedComparison c = crps.compare(Y, A, wider);
        assertThat(c.meanDifference()).isCloseTo(crps.evaluate(Y, A) - crps.evaluate(Y, wider), within(1e-14));
    }
}
