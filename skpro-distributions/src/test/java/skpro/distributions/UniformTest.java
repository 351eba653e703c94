package skpro.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Uniform: edges of the support, quantiles near both ends, energies inside and outside. */
class UniformTest {

    private static final Uniform D = Uniform.of(-1.0, 3.0);

    @Test
    void densityAndCdfAtAndBeyondTheEnds() {
        assertThat(D.pdf(new double[] {-1.0})).containsExactly(0.25);
        assertThat(D.pdf(3.0)[0]).isEqualTo(0.25);
        assertThat(D.pdf(Math.nextDown(-1.0))[0]).isZero();
        assertThat(D.logPdf(3.5)[0]).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(D.cdf(-1.0)[0]).isZero();
        assertThat(D.cdf(3.0)[0]).isEqualTo(1.0);
        assertThat(D.survival(2.0)[0]).isEqualTo(0.25);
        assertThat(D.logSurvival(3.0)[0]).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(D.logCdf(0.0)[0]).isEqualTo(Math.log(0.25));
    }

    @Test
    void quantilesKeepTheirPrecisionNearBothEnds() {
        assertThat(D.ppf(0.0)[0]).isEqualTo(-1.0);
        assertThat(D.ppf(1.0)[0]).isEqualTo(3.0);
        assertThat(D.ppf(1e-300)[0]).isEqualTo(-1.0 + 4e-300);
        // upper end through the inverse survival function: 3 - 4e-17 rounds to the double below 3 only via isf
        Uniform unit = Uniform.of(1e-20, 1.0);
        assertThat(unit.ppf(1e-30)[0]).isCloseTo(1e-20 + 1e-30, within(1e-35));
        assertThat(D.isf(0.25)[0]).isEqualTo(2.0);
        assertThat(D.ppf(0.99)[0]).isEqualTo(2.96);
    }

    @Test
    void energiesInsideAndOutsideTheInterval() {
        // inside: ((x - lower)^2 + (upper - x)^2) / (2 w)
        assertThat(D.energy(0.0)[0]).isCloseTo((1.0 + 9.0) / 8.0, within(1e-15));
        // outside: |x - mean|
        assertThat(D.energy(-3.0)[0]).isEqualTo(4.0);
        assertThat(D.energy(10.0)[0]).isEqualTo(9.0);
        assertThat(D.energy()[0]).isCloseTo(4.0 / 3.0, within(1e-15));
        assertThat(D.mean()[0]).isEqualTo(1.0);
        assertThat(D.var()[0]).isCloseTo(16.0 / 12.0, within(1e-15));
        // continuity at the ends: inside formula at x = lower equals mean - lower
        assertThat(D.energy(Math.nextUp(-1.0))[0]).isCloseTo(2.0, within(1e-15));
    }

    @Test
    void samplesStayInsideTheInterval() {
        double[] s = Uniform.of(2.0, 2.5).sample(10_000, new java.util.SplittableRandom(3))[0];
        for (double v : s) {
            assertThat(v).isBetween(2.0, 2.5);
        }
    }
}
