package skpro.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Beta: far-tail quantiles and log probabilities, shapes below the contract suite's range, the
 * density at the ends, and the energy terms (including points outside [0, 1], where skpro is
 * wrong for x &gt; 1), against values computed with Python mpmath 1.3.0 at 50 significant
 * digits (quantiles by bisection of log x on {@code mpmath.betainc(a, b, 0, x,
 * regularized=True)}, upper ones on {@code betainc(b, a, 0, 1 - x)}; stable at 80 digits).
 * Probabilities are the exact doubles written here.
 */
class BetaTest {

    private static void assertRelative(double actual, double expected, double rel) {
        assertThat(actual).isCloseTo(expected, within(rel * Math.abs(expected)));
    }

    /** ppf(1e-15), isf(1e-15) and ppf(1.0 - 1e-15), where 1 - (1.0 - 1e-15) = 9.992e-16. */
    @ParameterizedTest
    @CsvSource({
        "0.5, 0.5, 2.467401100272340038169401e-30, 1.0, 1.0",
        "2.0, 3.0, 1.290994459846916974944435e-8, 0.9999937003848292221839247, 0.9999937020636601583465921",
        "5.0, 1.0, 0.00100000000000000001554108, 0.9999999999999998, 0.9999999999999998001598556",
        "0.1, 10.0, 6.356342846786055238695551e-152, 0.9514413359686716548342136, 0.9514452024698932666161864",
    })
    void extremeQuantilesMatchMpmath(double alpha, double beta, double lower, double upperIsf, double upperPpf) {
        Beta b = Beta.of(alpha, beta);
        assertRelative(b.ppf(1e-15)[0], lower, 1e-12);
        assertRelative(b.isf(1e-15)[0], upperIsf, 1e-12);
        assertRelative(b.ppf(1.0 - 1e-15)[0], upperPpf, 1e-12);
    }

    @Test
    void upperQuantilesUseTheExactComplement() {
        // Beta(2, 3): the two targets above differ in the sixth digit of 1 - x; a ppf that
        // formed 1 - p would land on neither
        Beta b = Beta.of(2.0, 3.0);
        assertThat(b.ppf(1.0 - 1e-15)[0]).isNotEqualTo(b.isf(1e-15)[0]);
        assertThat(b.isf(1.0 - 1e-15)[0]).isEqualTo(b.ppf(1.0 - (1.0 - 1e-15))[0]);
    }

    @Test
    void logProbabilitiesStayFiniteWhereTheyUnderflow() {
        // mpmath: log(betainc(2, 3, 0, 1e-200, regularized=True))
        Beta b = Beta.of(2.0, 3.0);
        assertThat(b.cdf(1e-200)[0]).isZero();
        assertRelative(b.logCdf(1e-200)[0], -919.24227772839021861, 1e-13);
        // mpmath: log(betainc(400, 2, 0, 0.1)); closed form log(0.1^400 (1 + 400 * 0.9))
        Beta skewed = Beta.of(2.0, 400.0);
        assertThat(skewed.survival(0.9)[0]).isZero();
        assertRelative(skewed.logSurvival(0.9)[0], -915.14515923928548148, 1e-13);
        Beta peaked = Beta.of(300.0, 700.0);
        assertRelative(peaked.logCdf(0.01)[0], -781.63768530807457787, 1e-12);   // continued fraction
        assertRelative(peaked.logCdf(0.05)[0], -327.5286011127214806, 1e-12);    // direct
        assertRelative(peaked.logSurvival(0.75)[0], -450.20224107855283969, 1e-12);
        assertThat(b.logCdf(0.0)[0]).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(b.logSurvival(1.0)[0]).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(b.logCdf(2.0)[0]).isZero();
    }

    @Test
    void energyMatchesQuadratureInsideAndIsLinearOutside() {
        Beta arcsine = Beta.of(0.5, 0.5);
        // mpmath.quad of |t - 0.3| f(t); E|X - X'| = 4 / pi^2
        assertRelative(arcsine.energy(0.3)[0], 0.34413178175178162418, 1e-13);
        assertRelative(arcsine.energy()[0], 4.0 / (Math.PI * Math.PI), 1e-14);
        assertThat(arcsine.energy(1.5)[0]).isCloseTo(1.0, within(1e-15));
        assertThat(arcsine.energy(-0.5)[0]).isCloseTo(1.0, within(1e-15));
        assertThat(arcsine.energy(1.0)[0]).isCloseTo(0.5, within(1e-15));
        Beta skewed = Beta.of(0.1, 10.0);
        // mpmath.quad of |t - 0.05| f(t) after t = u^10 (which removes the singularity at 0; the
        // Scheuerer-Moeller form x(2F - 1) - m(2 I_x(1.1, 10) - 1) with mpmath.betainc agrees), and
        // of 2 F (1 - F) (= 4 B(0.2, 20) / (10.1 B(0.1, 10)^2))
        assertRelative(skewed.energy(0.05)[0], 0.04687950898753902347, 1e-12);
        assertRelative(skewed.energy()[0], 0.01739920514278955971, 1e-12);
        // reference file, Beta(2, 3): E|X - X'| = 8 / 35
        assertRelative(Beta.of(2.0, 3.0).energy()[0], 0.22857142857142854, 1e-14);
        assertThat(Beta.of(2.0, 3.0).energy(7.0)[0]).isCloseTo(6.6, within(1e-15));
    }

    @Test
    void largeShapesKeepAFiniteEnergy() {
        // E|X - X'| -> 2 sd / sqrt(pi) for large shapes: sd = sqrt(ab / ((a+b)^2 (a+b+1)))
        Beta b = Beta.of(3e5, 7e5);
        double sd = Math.sqrt(b.var()[0]);
        assertRelative(b.energy()[0], 2.0 * sd / Math.sqrt(Math.PI), 1e-5);
    }

    @Test
    void densityAtTheEndsDependsOnTheShapes() {
        Beta b = Beta.of(new double[] {0.5, 1.0, 2.0, 5.0}, new double[] {0.5, 2.5, 3.0, 1.0});
        assertThat(b.pdf(0.0)).containsExactly(Double.POSITIVE_INFINITY, 2.5, 0.0, 0.0);
        assertThat(b.pdf(1.0)).containsExactly(Double.POSITIVE_INFINITY, 0.0, 0.0, 5.0);
        assertThat(b.pdf(1.5)).containsOnly(0.0);
        assertThat(b.pdf(-0.5)).containsOnly(0.0);
        assertThat(b.logPdf(1.5)).containsOnly(Double.NEGATIVE_INFINITY);
        assertThat(b.cdf(1.5)).containsOnly(1.0);
        assertThat(b.cdf(-0.5)).containsOnly(0.0);
        assertThat(b.ppf(0.0)).containsOnly(0.0);
        assertThat(b.ppf(1.0)).containsOnly(1.0);
    }

    @Test
    void tinyShapesSampleInsideTheUnitIntervalWithTheRightMean() {
        // Beta(0.05, 0.05): mass piles up at both ends; each gamma variate underflows often
        Beta b = Beta.of(0.05, 0.05);
        double[] s = b.sample(40_000, new SplittableRandom(11))[0];
        double sum = 0;
        for (double v : s) {
            assertThat(v).isBetween(0.0, 1.0);
            sum += v;
        }
        // sd 0.476, se 0.0024
        assertThat(sum / s.length).isCloseTo(0.5, within(0.015));
    }
}
