package skpro.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import skpro.distributions.Normal;
import skpro.distributions.Poisson;

/** PIT values, histogram and calibration error; values from scipy or by hand as stated. */
class PITTest {

    @Test
    void pitOfAContinuousPrediction() {
        // scipy: norm.cdf(1.96) = 0.9750021048517795
        Normal n = Normal.of(new double[] {0, 0}, new double[] {1, 1});
        double[] y = {0.0, 1.96};
        assertThat(PIT.values(y, n)).containsExactly(new double[] {0.5, 0.9750021048517795}, within(1e-16));
        assertThat(PIT.mid(y, n)).containsExactly(new double[] {0.5, 0.9750021048517795}, within(1e-15));
    }

    @Test
    void midAndRandomisedPitOfACountPrediction() {
        // scipy: poisson(2).cdf(1) = 0.40600584970983794, cdf(0) = 0.1353352832366127
        Poisson p = Poisson.of(2.0);
        double[] y = {1.0};
        assertThat(PIT.values(y, p)[0]).isCloseTo(0.40600584970983794, within(1e-15));
        assertThat(PIT.mid(y, p)[0]).isCloseTo((0.40600584970983794 + 0.1353352832366127) / 2, within(1e-15));
        double v = new SplittableRandom(7).nextDouble();
        double expected = 0.1353352832366127 + v * (0.40600584970983794 - 0.1353352832366127);
        assertThat(PIT.randomised(y, p, new SplittableRandom(7))[0]).isCloseTo(expected, within(1e-15));
        assertThat(PIT.randomised(y, p, new SplittableRandom(7))).containsExactly(PIT.randomised(y, p,
            new SplittableRandom(7)));
    }

    @Test
    void randomisedPitOfACalibratedCountPredictionIsUniform() {
        // draws of Poisson(3) scored against Poisson(3): the randomised PIT is uniform, so each of
        // 10 bins holds 1000 +- 3 sqrt(900) of 10000 values; the plain PIT is not (it never falls
        // below F(0) = 0.0498, bin 0 has about 500)
        SplittableRandom rng = new SplittableRandom(11);
        int n = 10000;
        double[] y = Poisson.of(3.0).sample(n, rng)[0];
        double[] mu = new double[n];
        java.util.Arrays.fill(mu, 3.0);
        Poisson pred = Poisson.of(mu);
        int[] hist = PIT.histogram(PIT.randomised(y, pred, rng), 10);
        for (int b = 0; b < 10; b++) {
            assertThat(hist[b]).as("bin " + b).isBetween(910, 1090);
        }
        assertThat(PIT.histogram(PIT.values(y, pred), 10)[0]).isLessThan(700);
    }

    @Test
    void histogramBins() {
        // hand: bins [0, .25), [.25, .5), [.5, .75), [.75, 1]: 0 and 0.1 | - | 0.5 | 0.99 and 1
        assertThat(PIT.histogram(new double[] {0, 0.1, 0.5, 0.99, 1.0}, 4)).containsExactly(2, 0, 1, 2);
        assertThat(PIT.histogram(new double[] {0.3}, 1)).containsExactly(1);
    }

    @Test
    void calibrationErrorIsTheAreaToTheDiagonal() {
        // hand: one value 0.5: int_0^.5 u + int_.5^1 (1 - u) = 0.25; all at 0: int (1 - u) = 0.5;
        // (k - 1/2)/N for N = 4: 1/(4N) = 1/16; values 0.2, 0.6: 0.02 + (0.3^2 + 0.1^2)/2 + 0.4^2/2 = 0.15
        assertThat(PIT.calibrationError(new double[] {0.5})).isCloseTo(0.25, within(1e-16));
        assertThat(PIT.calibrationError(new double[] {0, 0, 0})).isCloseTo(0.5, within(1e-16));
        assertThat(PIT.calibrationError(new double[] {1, 1})).isCloseTo(0.5, within(1e-16));
        assertThat(PIT.calibrationError(new double[] {0.875, 0.125, 0.375, 0.625})).isCloseTo(0.0625, within(1e-16));
        assertThat(PIT.calibrationError(new double[] {0.6, 0.2})).isCloseTo(0.15, within(1e-15));
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> PIT.histogram(new double[] {0.5, 1.2}, 3)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("pit[1] must be in [0, 1], got 1.2");
        assertThatThrownBy(() -> PIT.histogram(new double[] {0.5}, 0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("bins must be >= 1, got 0");
        assertThatThrownBy(() -> PIT.calibrationError(new double[0])).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("pit must not be empty");
        assertThatThrownBy(() -> PIT.calibrationError(new double[] {Double.NaN}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pit[0]");
        assertThatThrownBy(() -> PIT.randomised(new double[] {1.0}, Poisson.of(2.0), null))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rng must not be null");
        assertThatThrownBy(() -> PIT.values(new double[] {1.0, 2.0}, Poisson.of(2.0)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("yTrue has 2 values but yPred has 1 rows");
    }
}
