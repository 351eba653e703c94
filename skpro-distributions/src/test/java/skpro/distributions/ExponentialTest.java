package skpro.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Exponential: far tails and the energy's closed form, against Python mpmath 1.3.0 (50 digits). */
class ExponentialTest {

    private static void assertRelative(double actual, double expected, double rel) {
        assertThat(actual).isCloseTo(expected, within(rel * Math.abs(expected)));
    }

    @Test
    void tails() {
        Exponential e = Exponential.of(3.0);
        // mpmath: -log(1e-300) / 3; log(-expm1(-3e-310)) at the subnormal double 1e-310
        assertRelative(e.isf(1e-300)[0], 230.2585092994045684, 1e-15);
        assertRelative(e.logCdf(1e-310)[0], -712.70276653948605541, 1e-14);
        assertThat(e.logSurvival(1e6)[0]).isEqualTo(-3e6);
        assertThat(e.survival(1e6)[0]).isZero();
        assertRelative(e.ppf(1e-300)[0], 1e-300 / 3.0, 1e-15);
    }

    @Test
    void energyIsSmallestAtTheMedian() {
        Exponential e = Exponential.of(2.0);
        // E|X - x| = x - 1/rate + 2 exp(-rate x) / rate; at the median ln2 / rate it is ln2 / rate
        assertRelative(e.energy(Math.log(2.0) / 2.0)[0], Math.log(2.0) / 2.0, 1e-15);
        assertThat(e.energy(0.0)[0]).isEqualTo(0.5);
        assertThat(e.energy(-1.0)[0]).isEqualTo(1.5);
        assertThat(e.energy()[0]).isEqualTo(0.5);
        assertThat(e.pdf(-1.0)[0]).isZero();
        assertThat(e.pdf(0.0)[0]).isEqualTo(2.0);
    }
}
