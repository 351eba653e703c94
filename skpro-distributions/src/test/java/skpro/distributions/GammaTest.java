package skpro.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Gamma: far-tail quantiles and log probabilities, shapes below the contract suite's range, the
 * density at 0, and the energy terms, against values computed with Python mpmath 1.3.0 at 50
 * significant digits (quantiles by bisection of log x on the regularised incomplete gamma
 * function {@code mpmath.gammainc(a, 0, x, regularized=True)}, resp. {@code (a, x, inf)};
 * stable when recomputed at 80 digits). Probabilities are the exact doubles written here, e.g.
 * {@code mpmath.mpf(1e-15)} and {@code mpmath.mpf(1.0 - 1e-15)}.
 */
class GammaTest {

    private static void assertRelative(double actual, double expected, double rel) {
        assertThat(actual).isCloseTo(expected, within(rel * Math.abs(expected)));
    }

    /** ppf(1e-15), isf(1e-15) and ppf(1.0 - 1e-15), where 1 - (1.0 - 1e-15) = 9.992e-16. */
    @ParameterizedTest
    @CsvSource({
        "0.5, 7.853981633974484316750175e-31, 32.21523176006182919571917, 32.21601948468177462696724",
        "1.0, 1.0000000000000005777054e-15, 34.53877639491068518256447, 34.53957599234088201632281",
        "2.5, 1.616704637072463001674265e-6, 39.81800160853325072861087, 39.81883170126342763722335",
        "50.0, 12.45823600184126760054783, 128.3174868335762045749379, 128.3187707744315709010952",
    })
    void extremeQuantilesMatchMpmath(double alpha, double lower, double upperIsf, double upperPpf) {
        Gamma g = Gamma.of(alpha, 1.0);
        assertRelative(g.ppf(1e-15)[0], lower, 1e-12);
        assertRelative(g.isf(1e-15)[0], upperIsf, 1e-12);
        assertRelative(g.ppf(1.0 - 1e-15)[0], upperPpf, 1e-12);
        // the rate divides every quantile
        Gamma fast = Gamma.of(alpha, 4.0);
        assertRelative(fast.ppf(1e-15)[0], lower / 4.0, 1e-12);
        assertRelative(fast.ppf(1.0 - 1e-15)[0], upperPpf / 4.0, 1e-12);
    }

    @Test
    void logProbabilitiesStayFiniteWhereTheyUnderflow() {
        // mpmath: log(gammainc(2.5, 1000, inf, regularized=True)) and log(gammainc(2.5, 0, 1e-150, ...))
        Gamma g = Gamma.of(2.5, 1.0);
        assertThat(g.survival(1000.0)[0]).isZero();
        assertRelative(g.logSurvival(1000.0)[0], -989.92155032737345093, 1e-13);
        assertThat(g.cdf(1e-150)[0]).isZero();
        assertRelative(g.logCdf(1e-150)[0], -864.67038347511420573, 1e-13);
        Gamma fifty = Gamma.of(50.0, 1.0);
        assertRelative(fifty.logCdf(1e-10)[0], -1299.7703134488939133, 1e-13); // series path
        assertRelative(fifty.logCdf(1.0)[0], -149.45797200505863432, 1e-13);   // direct path
        // rate 2: Q(0.5, 2 * 400) = Q(0.5, 800)
        assertRelative(Gamma.of(0.5, 2.0).logSurvival(400.0)[0], -803.91529483319384286, 1e-13);
        assertThat(g.logCdf(0.0)[0]).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(g.logSurvival(-1.0)[0]).isZero();
    }

    @Test
    void shapeOneHalfMatchesMpmath() {
        Gamma g = Gamma.of(0.5, 1.0);
        // mpmath: density x^(-1/2) e^(-x) / Gamma(1/2) and gammainc(0.5, 0, 0.3, regularized=True)
        assertRelative(g.pdf(0.3)[0], 0.76309057876818596486, 1e-14);
        assertRelative(g.cdf(0.3)[0], 0.56142197391900013648, 1e-14);
        // mpmath.quad of |t - 0.3| f(t), and of 2 F (1 - F): E|X - X'| = 2 / pi
        assertRelative(g.energy(0.3)[0], 0.43328555769331150602, 1e-13);
        assertRelative(g.energy()[0], 2.0 / Math.PI, 1e-14);
        assertRelative(g.energy()[0], 0.63661977236758134308, 1e-14);
    }

    @Test
    void energyNearTheMeanOfALargeShapeDoesNotCancel() {
        // mpmath.quad of |t - 100.5| f(t) for Gamma(1000, rate 10); mean 100, sd 3.16
        assertRelative(Gamma.of(1000.0, 10.0).energy(100.5)[0], 2.5585464009427610905, 1e-12);
    }

    @Test
    void densityAtZeroDependsOnTheShape() {
        Gamma g = Gamma.of(new double[] {0.5, 1.0, 2.5}, new double[] {1.0, 2.0, 1.0});
        assertThat(g.pdf(0.0)).containsExactly(Double.POSITIVE_INFINITY, 2.0, 0.0);
        assertThat(g.logPdf(0.0)).containsExactly(Double.POSITIVE_INFINITY, Math.log(2.0), Double.NEGATIVE_INFINITY);
        assertThat(g.pdf(-1e-300)).containsOnly(0.0);
        assertThat(g.logPdf(-1.0)).containsOnly(Double.NEGATIVE_INFINITY);
        assertThat(g.cdf(0.0)).containsOnly(0.0);
        assertThat(g.energy(-0.5)).containsExactly(1.0, 1.0, 3.0); // mean - x
        assertThat(g.ppf(0.0)).containsOnly(0.0);
        assertThat(g.ppf(1.0)).containsOnly(Double.POSITIVE_INFINITY);
    }

    @Test
    void logDensityFarOutIsFiniteWhereTheDensityUnderflows() {
        Gamma g = Gamma.of(2.5, 1.0);
        double x = 2000.0;
        assertThat(g.pdf(x)[0]).isZero();
        // log f = 1.5 log x - x - log Gamma(2.5), log Gamma(2.5) = log(3 sqrt(pi) / 4)
        double expected = 1.5 * Math.log(x) - x - Math.log(0.75 * Math.sqrt(Math.PI));
        assertRelative(g.logPdf(x)[0], expected, 1e-14);
    }

    @Test
    void smallShapesSampleTheRightMeanAndVariance() {
        // shape 0.1: mean 0.1, variance 0.1; the sampler goes through G(1.1) U^(1/0.1)
        Gamma g = Gamma.of(0.1, 1.0);
        double[] s = g.sample(200_000, new SplittableRandom(7))[0];
        double sum = 0;
        double sq = 0;
        for (double v : s) {
            assertThat(v).isGreaterThanOrEqualTo(0.0);
            sum += v;
            sq += v * v;
        }
        double mean = sum / s.length;
        double var = sq / s.length - mean * mean;
        // sd of the sample mean: sqrt(0.1 / 2e5) = 7.1e-4
        assertThat(mean).isCloseTo(0.1, within(5e-3));
        assertThat(var).isCloseTo(0.1, within(0.01));
    }
}
