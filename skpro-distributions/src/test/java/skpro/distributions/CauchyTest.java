package skpro.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Cauchy and half-Cauchy: far tails against mpmath (50 digits) and the moments that do not exist. */
class CauchyTest {

    private static final Cauchy STANDARD = Cauchy.of(0.0, 1.0);
    private static final HalfCauchy HALF = HalfCauchy.of(1.0);

    private static void close(double actual, double expected, double relative) {
        assertThat(actual).isCloseTo(expected, within(relative * Math.abs(expected)));
    }

    @Test
    void tailsKeepFullRelativePrecision() {
        // mpmath: atan(1e-20) / pi = 3.1830988618379067154e-21 (1/2 + atan(z)/pi would give 0)
        close(STANDARD.cdf(-1e20)[0], 3.1830988618379067154e-21, 1e-15);
        // mpmath: atan(1 / 1e20) / pi = 3.183098861837906715378e-21
        close(STANDARD.survival(1e20)[0], 3.183098861837906715378e-21, 1e-15);
        // mpmath: log(atan(1e-200) / pi) = -461.66174848465853698
        close(STANDARD.logCdf(-1e200)[0], -461.66174848465853698, 1e-15);
        close(STANDARD.logSurvival(1e200)[0], -461.6617484846585369475, 1e-15);
        // where z^2 overflows the log density is still -log(pi) - 2 log|z|: mpmath -922.1787670834676737208
        close(STANDARD.logPdf(-1e200)[0], -922.1787670834676737208, 1e-15);
        assertThat(STANDARD.pdf(1e200)[0]).isZero();
    }

    @Test
    void quantilesAtExtremeProbabilities() {
        // mpmath: 1 / tan(pi 1e-300) = 3.183098861837906635612e+299
        close(STANDARD.isf(1e-300)[0], 3.183098861837906635612e+299, 1e-15);
        close(STANDARD.ppf(1e-300)[0], -3.183098861837906635612e+299, 1e-15);
        // mpmath: tan(pi (1e-15 - 1/2)) = -318309886183790.67154
        close(STANDARD.ppf(1e-15)[0], -318309886183790.67154, 1e-15);
        Cauchy c = Cauchy.of(1.0, 2.0);
        close(c.ppf(0.75)[0], 3.0, 1e-15);
        close(c.ppf(0.25)[0], -1.0, 1e-15);
        assertThat(c.ppf(0.5)[0]).isEqualTo(1.0);
    }

    @Test
    void cauchyMomentsAreUndefinedAndEnergiesDiverge() {
        Cauchy c = Cauchy.of(new double[] {0.0, 5.0}, new double[] {1.0, 0.1});
        assertThat(c.mean()).containsOnly(Double.NaN);
        assertThat(c.var()).containsOnly(Double.NaN);
        assertThat(c.energy()).containsOnly(Double.POSITIVE_INFINITY);
        assertThat(c.energy(new double[] {0.0, 5.0})).containsOnly(Double.POSITIVE_INFINITY);
    }

    @Test
    void halfCauchyTails() {
        // mpmath: 2 atan(1e-20) / pi = 6.366197723675813430755e-21
        close(HALF.survival(1e20)[0], 6.366197723675813430755e-21, 1e-15);
        // mpmath: log(2 atan(1e-300) / pi) = -691.2271106035031601226
        close(HALF.logSurvival(1e300)[0], -691.2271106035031601226, 1e-15);
        // mpmath: 1 / tan(pi 1e-300 / 2) = 6.366197723675813271224e+299
        close(HALF.isf(1e-300)[0], 6.366197723675813271224e+299, 1e-15);
        // mpmath: tan(pi 1e-300 / 2) = 1.570796326794896658594e-300
        close(HALF.ppf(1e-300)[0], 1.570796326794896658594e-300, 1e-15);
        close(HALF.cdf(1e-300)[0], 2.0 / Math.PI * 1e-300, 1e-15);
        assertThat(HALF.cdf(-1.0)[0]).isZero();
        assertThat(HALF.logCdf(0.0)[0]).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(HALF.pdf(-1e-300)[0]).isZero();
        close(HALF.pdf(0.0)[0], 2.0 / Math.PI, 1e-16);
    }

    @Test
    void halfCauchyMomentsDiverge() {
        HalfCauchy h = HalfCauchy.of(new double[] {1.0, 3.0});
        assertThat(h.mean()).containsOnly(Double.POSITIVE_INFINITY);
        assertThat(h.var()).containsOnly(Double.POSITIVE_INFINITY);
        assertThat(h.energy()).containsOnly(Double.POSITIVE_INFINITY);
        assertThat(h.energy(new double[] {-1.0, 2.0})).containsOnly(Double.POSITIVE_INFINITY);
        // the median is beta
        close(h.ppf(0.5)[1], 3.0, 1e-15);
    }
}
