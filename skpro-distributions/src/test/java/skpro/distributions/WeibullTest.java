package skpro.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Weibull: far tails, negative points (where skpro answers NaN), the density at 0, the moments of
 * a large shape and the energy of a small one, against Python mpmath 1.3.0 at 50 significant
 * digits.
 */
class WeibullTest {

    private static void assertRelative(double actual, double expected, double rel) {
        assertThat(actual).isCloseTo(expected, within(rel * Math.abs(expected)));
    }

    @Test
    void logSurvivalAndLogCdfFarOut() {
        // mpmath: -(1e6 / 2)^0.8
        Weibull w = Weibull.of(2.0, 0.8);
        assertThat(w.survival(1e6)[0]).isZero();
        assertRelative(w.logSurvival(1e6)[0], -36238.983183884797692, 1e-14);
        // mpmath: log(-expm1(-(1e-300)^1.5)); (1e-300)^1.5 underflows in double
        Weibull v = Weibull.of(1.0, 1.5);
        assertThat(v.cdf(1e-300)[0]).isZero();
        assertRelative(v.logCdf(1e-300)[0], -1036.1632918473205578, 1e-14);
        // x / scale overflows: log S = -exp(k (log x - log scale)) = -(1e308 / 1e-10)^0.1
        Weibull wide = Weibull.of(1e-10, 0.1);
        assertRelative(wide.logSurvival(1e308)[0], -Math.pow(10.0, 31.8), 1e-13);
    }

    @Test
    void extremeQuantiles() {
        // mpmath: 3 sqrt(-log(1e-300))
        Weibull w = Weibull.of(3.0, 2.0);
        assertRelative(w.isf(1e-300)[0], 78.847826546353979679, 1e-14);
        assertRelative(w.ppf(1e-300)[0], 3e-150, 1e-14);
    }

    @Test
    void negativePointsAndTheDensityAtZero() {
        Weibull w = Weibull.of(new double[] {1.0, 2.0, 0.5}, new double[] {0.5, 1.0, 3.0});
        assertThat(w.pdf(-0.5)).containsOnly(0.0);
        assertThat(w.logPdf(-0.5)).containsOnly(Double.NEGATIVE_INFINITY);
        assertThat(w.cdf(-0.5)).containsOnly(0.0);
        assertThat(w.pdf(0.0)).containsExactly(Double.POSITIVE_INFINITY, 0.5, 0.0);
        double[] mean = w.mean();
        assertThat(w.energy(-1.0)).containsExactly(mean[0] + 1.0, mean[1] + 1.0, mean[2] + 1.0);
        // the density far out is 0, not NaN, when the power overflows
        assertThat(Weibull.of(1e-300, 3.0).pdf(1e10)[0]).isZero();
    }

    @Test
    void momentsOfALargeShape() {
        // mpmath: gamma(1 + 1/50), gamma(1 + 2/50) - gamma(1 + 1/50)^2
        Weibull w = Weibull.of(1.0, 50.0);
        assertRelative(w.mean()[0], 0.98884420326391326886, 1e-14);
        assertRelative(w.var()[0], 0.00062534258560130378593, 1e-12);
    }

    @Test
    void energyOfASmallShapeMatchesQuadrature() {
        // k = 1/2: X = E^2, E|X - X'| = 2 Gamma(3)(1 - 2^-2) = 3; mpmath.quad of F below 1 and 1 - F above
        Weibull w = Weibull.of(1.0, 0.5);
        assertRelative(w.energy()[0], 3.0, 1e-14);
        assertRelative(w.energy(1.0)[0], 1.9430355293715385728, 1e-13);
    }
}
