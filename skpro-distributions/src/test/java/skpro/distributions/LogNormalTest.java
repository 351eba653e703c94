package skpro.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * LogNormal: far tails, points at or below 0 (where skpro answers NaN), and energy terms for a
 * wide sigma, against Python mpmath 1.3.0 at 50 significant digits ({@code mpmath.ncdf},
 * {@code mpmath.findroot}, {@code mpmath.quad}).
 */
class LogNormalTest {

    private static void assertRelative(double actual, double expected, double rel) {
        assertThat(actual).isCloseTo(expected, within(rel * Math.abs(expected)));
    }

    @Test
    void logSurvivalAndLogCdfFarOut() {
        LogNormal d = LogNormal.of(0.0, 1.0);
        // mpmath: log(ncdf(-40)), log(ncdf(-300))
        assertThat(d.survival(Math.exp(40.0))[0]).isZero();
        assertRelative(d.logSurvival(Math.exp(40.0))[0], -804.60844201375378817, 1e-13);
        assertRelative(d.logCdf(Math.exp(-40.0))[0], -804.60844201375378817, 1e-13);
        assertRelative(d.logSurvival(Math.exp(300.0))[0], -45006.62273211866336, 1e-13);
        // mu and sigma: z = (log x - mu) / sigma = 40
        LogNormal shifted = LogNormal.of(2.0, 0.5);
        assertRelative(shifted.logSurvival(Math.exp(22.0))[0], -804.60844201375378817, 1e-13);
    }

    @Test
    void extremeQuantiles() {
        LogNormal d = LogNormal.of(0.0, 1.0);
        // mpmath: z with log(ncdf(-z)) = log(1e-300), z = 37.047096299361199237
        assertRelative(d.isf(1e-300)[0], 12284273959249777.609, 1e-13);
        assertRelative(d.ppf(1e-300)[0], 8.1404892411001860544e-17, 1e-13);
        assertThat(d.ppf(1.0)[0]).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void pointsAtOrBelowZeroAreOutsideTheSupport() {
        LogNormal d = LogNormal.of(new double[] {0.0, 1.0}, new double[] {1.0, 0.5});
        assertThat(d.pdf(-0.5)).containsOnly(0.0);
        assertThat(d.pdf(0.0)).containsOnly(0.0);
        assertThat(d.logPdf(-0.5)).containsOnly(Double.NEGATIVE_INFINITY);
        assertThat(d.cdf(-0.5)).containsOnly(0.0);
        assertThat(d.survival(0.0)).containsOnly(1.0);
        assertThat(d.logCdf(0.0)).containsOnly(Double.NEGATIVE_INFINITY);
        double[] mean = d.mean();
        assertThat(d.energy(-2.0)).containsExactly(mean[0] + 2.0, mean[1] + 2.0);
        assertThat(d.ppf(0.0)).containsOnly(0.0);
        // the density at the smallest subnormal neither overflows nor gives NaN
        assertThat(d.pdf(Double.MIN_VALUE)).containsOnly(0.0);
    }

    @Test
    void energyForAWideSigmaMatchesQuadrature() {
        LogNormal d = LogNormal.of(0.0, 2.0);
        // mpmath.quad of 2 F (1 - F), and of F below 3 plus 1 - F above 3
        assertRelative(d.energy()[0], 12.453526867437571494, 1e-13);
        assertRelative(d.energy(3.0)[0], 7.5554753210804039647, 1e-13);
        assertThat(d.energy(Double.POSITIVE_INFINITY)[0]).isEqualTo(Double.POSITIVE_INFINITY);
    }
}
