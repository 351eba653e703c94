package skpro.distributions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.apache.commons.numbers.gamma.Erfc;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NormalCdfTest {

    /** Expected: mpmath 1.3, 40 digits, {@code mp.ncdf(z)} printed to 22 digits. */
    @ParameterizedTest
    @CsvSource({
        "-8.0, 6.220960574271784123516e-16",
        "-7.99, 6.746937686753559754747e-16",
        "-5.5, 1.898956246588771938385e-8",
        "-3.0, 0.001349898031630094526652",
        "-1.2345, 0.1085083233626701736436",
        "-0.001, 0.4996010577860889374071",
        "0.0, 0.5",
        "0.75, 0.7733726476231318006729",
        "2.5, 0.993790334674223864833",
        "7.9, 0.9999999999999986054829",
        "8.0, 0.9999999999999993779039",
    })
    void matchesHighPrecisionValues(double z, double expected) {
        assertThat(NormalCdf.cdf(z)).isCloseTo(expected, within(2e-16 * expected + 1e-300));
    }

    @Test
    void agreesWithTheExtendedPrecisionErfcEverywhere() {
        SplittableRandom rng = new SplittableRandom(3);
        for (int k = 0; k < 200_000; k++) {
            double z = rng.nextDouble(-12.0, 12.0);
            double expected = 0.5 * Erfc.value(-z * 0.7071067811865476);
            // Erfc gets z / sqrt 2 rounded (two roundings): relative error up to about z^2 * 1.6e-16
            double tol = (1e-15 + z * z * 2.5e-16) * expected;
            assertThat(NormalCdf.cdf(z)).as("z = %s", z).isCloseTo(expected, within(tol));
        }
    }

    /** Adjacent pieces meet to within one ulp (each is exact to rounding), so no visible step. */
    @Test
    void piecesMeetAtTheirBoundaries() {
        for (int k = 1; k < 64; k++) {
            double edge = -k / 8.0;
            double here = NormalCdf.cdf(edge);
            assertThat(NormalCdf.cdf(Math.nextDown(edge))).isLessThanOrEqualTo(here + Math.ulp(here));
            assertThat(here).isLessThanOrEqualTo(NormalCdf.cdf(Math.nextUp(edge)) + Math.ulp(here));
        }
        assertThat(NormalCdf.cdf(Double.NEGATIVE_INFINITY)).isZero();
        assertThat(NormalCdf.cdf(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
    }
}
