package skpro.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Pareto: far tails, points below the scale (where skpro's density is not 0), moments that do
 * not exist (as scipy: +inf), and energies of a heavy tail, against Python mpmath 1.3.0 at 50
 * significant digits.
 */
class ParetoTest {

    private static void assertRelative(double actual, double expected, double rel) {
        assertThat(actual).isCloseTo(expected, within(rel * Math.abs(expected)));
    }

    @Test
    void logSurvivalFarOut() {
        // mpmath: -3 log(1e300); -2 log(1e308 / 1e-3), where (x - s) / s overflows
        assertRelative(Pareto.of(1.0, 3.0).logSurvival(1e300)[0], -2072.3265836946411156, 1e-14);
        assertRelative(Pareto.of(1e-3, 2.0).logSurvival(1e308)[0], -1432.2079278422964155, 1e-14);
        assertThat(Pareto.of(1.0, 3.0).logSurvival(Double.POSITIVE_INFINITY)[0]).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(Pareto.of(1.0, 3.0).survival(1e300)[0]).isZero();
    }

    @Test
    void cdfJustAboveTheScaleAndExtremeQuantiles() {
        Pareto p = Pareto.of(1.0, 3.0);
        // mpmath: 1 - (1 + 2^-52)^-3
        double x = 1.0 + Math.ulp(1.0);
        assertRelative(p.cdf(x)[0], 6.6613381477509362843e-16, 1e-14);
        assertRelative(p.logCdf(x)[0], Math.log(6.6613381477509362843e-16), 1e-14);
        // isf(q) = s q^(-1/alpha)
        assertRelative(p.isf(1e-300)[0], 1e100, 1e-13);
        assertThat(p.ppf(0.0)[0]).isEqualTo(1.0);
        assertThat(p.ppf(1.0)[0]).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void densityBelowTheScaleIsZero() {
        Pareto p = Pareto.of(new double[] {1.0, 2.0}, new double[] {3.0, 2.5});
        assertThat(p.pdf(0.5)).containsOnly(0.0);
        assertThat(p.logPdf(0.5)).containsOnly(Double.NEGATIVE_INFINITY);
        assertThat(p.cdf(0.5)).containsOnly(0.0);
        assertThat(p.pdf(new double[] {1.0, 2.0})).containsExactly(3.0, 1.25);
        assertThat(p.energy(0.0)).containsExactly(1.5, 2.5 * 2.0 / 1.5);
    }

    @Test
    void momentsThatDoNotExistAreInfinite() {
        Pareto p = Pareto.of(new double[] {1.0, 1.0, 1.0, 1.0}, new double[] {0.8, 1.0, 2.0, 3.0});
        assertThat(p.mean()).containsExactly(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 2.0, 1.5);
        assertThat(p.var()).containsExactly(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.POSITIVE_INFINITY, 0.75);
        assertThat(p.energy()).containsExactly(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
            4.0 / 3.0, 0.6);
        assertThat(p.energy(5.0)[0]).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(p.energy(5.0)[1]).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void energiesOfAHeavyTailMatchQuadrature() {
        // alpha = 1.5: mean 3, infinite variance; mpmath.quad of F below 2 plus 1 - F above, and
        // of 2 F (1 - F)
        Pareto p = Pareto.of(1.0, 1.5);
        assertRelative(p.energy(2.0)[0], 1.8284271247461900975, 1e-14);
        assertRelative(p.energy()[0], 3.0, 1e-14);
    }
}
