package skpro.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Laplace: far tails against mpmath, closed-form moments and energies, the sampler. */
class LaplaceTest {

    private static final Laplace STANDARD = Laplace.of(0.0, 1.0);

    private static void close(double actual, double expected, double relative) {
        assertThat(actual).isCloseTo(expected, within(relative * Math.abs(expected)));
    }

    @Test
    void lowerTailIsExactWhereTheCdfUnderflows() {
        // mpmath 1.3, 50 digits: log(exp(-700) / 2) = -700.69314718055994531
        close(STANDARD.logCdf(-700.0)[0], -700.69314718055994531, 1e-15);
        // mpmath: exp(-700) / 2 = 4.9298382718798854284e-305
        close(STANDARD.cdf(-700.0)[0], 4.9298382718798854284e-305, 1e-14);
        // cdf underflows to 0 at -800, its log does not
        assertThat(STANDARD.cdf(-800.0)[0]).isZero();
        close(STANDARD.logCdf(-800.0)[0], -800.69314718055994531, 1e-15);
    }

    @Test
    void upperTailIsExact() {
        // mpmath: exp(-40) / 2 = 2.124177127645794497665e-18 (1 - cdf would give 0)
        close(STANDARD.survival(40.0)[0], 2.124177127645794497665e-18, 1e-14);
        // mpmath: -800 - log 2 = -800.69314718055994531
        close(STANDARD.logSurvival(800.0)[0], -800.69314718055994531, 1e-15);
        assertThat(STANDARD.logSurvival(-800.0)[0]).isCloseTo(0.0, within(1e-300));
    }

    @Test
    void quantilesAtExtremeProbabilities() {
        // mpmath: log(2e-300) = -690.0823807176537599
        close(STANDARD.ppf(1e-300)[0], -690.0823807176537599, 1e-15);
        close(STANDARD.isf(1e-300)[0], 690.0823807176537599, 1e-15);
        assertThat(STANDARD.ppf(0.0)[0]).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(STANDARD.ppf(1.0)[0]).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(STANDARD.ppf(0.5)[0]).isZero();
    }

    @Test
    void momentsAndEnergiesOfAShiftedScaledRow() {
        Laplace d = Laplace.of(3.0, 2.0);
        assertThat(d.mean()[0]).isEqualTo(3.0);
        assertThat(d.var()[0]).isEqualTo(8.0);
        assertThat(d.energy()[0]).isEqualTo(3.0);
        // E|X - x| = |x - mu| + b exp(-|x - mu| / b): at x = mu it is b
        assertThat(d.energy(3.0)[0]).isEqualTo(2.0);
        close(d.energy(-1.0)[0], 4.0 + 2.0 * Math.exp(-2.0), 1e-15);
        assertThat(d.energy(Double.POSITIVE_INFINITY)[0]).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void samplesHaveTheLaplaceMeanAbsoluteDeviation() {
        double[] s = Laplace.of(1.0, 0.5).sample(200_000, new SplittableRandom(7))[0];
        double sum = 0.0;
        int below = 0;
        for (double v : s) {
            sum += Math.abs(v - 1.0);
            below += v < 1.0 ? 1 : 0;
        }
        // E|X - mu| = b; sd of |X - mu| is b, so 5 standard errors are 0.0056
        assertThat(sum / s.length).isCloseTo(0.5, within(0.0056));
        assertThat(below / (double) s.length).isCloseTo(0.5, within(0.006));
    }
}
