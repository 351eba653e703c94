package skpro.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Half-normal: far tails against mpmath (50 digits) and the closed-form energy terms. */
class HalfNormalTest {

    private static final HalfNormal STANDARD = HalfNormal.of(1.0);

    private static void close(double actual, double expected, double relative) {
        assertThat(actual).isCloseTo(expected, within(relative * Math.abs(expected)));
    }

    @Test
    void tails() {
        // mpmath: log(erfc(40 / sqrt 2)) = -803.9152948331938428572 (the survival underflows)
        assertThat(STANDARD.survival(40.0)[0]).isZero();
        close(STANDARD.logSurvival(40.0)[0], -803.9152948331938428572, 1e-15);
        // mpmath: sqrt 2 erfcinv(1e-300) = 37.06578788077213039256
        close(STANDARD.isf(1e-300)[0], 37.06578788077213039256, 1e-15);
        // mpmath: sqrt 2 erfinv(1e-300) = 1.253314137315500282615e-300
        close(STANDARD.ppf(1e-300)[0], 1.253314137315500282615e-300, 1e-15);
        // mpmath: erf(1e-10 / sqrt 2) = 7.978845608028653849473e-11
        close(STANDARD.cdf(1e-10)[0], 7.978845608028653849473e-11, 1e-15);
        close(STANDARD.logCdf(1e-10)[0], Math.log(7.978845608028653849473e-11), 1e-15);
        // mpmath: log(erfc(1e-8 / sqrt 2)) = -7.978845639859642380451e-9 (log of a number near 1)
        close(STANDARD.logSurvival(1e-8)[0], -7.978845639859642380451e-9, 1e-15);
    }

    @Test
    void edgeOfTheSupport() {
        assertThat(STANDARD.pdf(0.0)[0]).isEqualTo(Math.sqrt(2.0 / Math.PI));
        assertThat(STANDARD.pdf(-1e-300)[0]).isZero();
        assertThat(STANDARD.logPdf(-1.0)[0]).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(STANDARD.cdf(0.0)[0]).isZero();
        assertThat(STANDARD.ppf(0.0)[0]).isZero();
    }

    @Test
    void energies() {
        // reference file (skpro Monte Carlo, scipy quadrature): 0.6609892125852944; mpmath
        // (4 - 2 sqrt 2) / sqrt(pi) = 0.6609892125852944360325
        close(STANDARD.energy()[0], 0.6609892125852944360325, 1e-15);
        // mpmath quad of |t - 2.5| 2 phi(t) on (0, inf): 1.710131987913647441899
        close(STANDARD.energy(2.5)[0], 1.710131987913647441899, 1e-15);
        // below the support: E X - x
        HalfNormal h = HalfNormal.of(2.0);
        close(h.energy(-0.5)[0], 2.0 * Math.sqrt(2.0 / Math.PI) + 0.5, 1e-15);
        close(h.energy(0.0)[0], h.mean()[0], 1e-15);
        close(h.var()[0], 4.0 * (1.0 - 2.0 / Math.PI), 1e-15);
    }
}
