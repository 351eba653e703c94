package skpro.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

/**
 * Far-tail accuracy of the normal family. Expected values: mpmath 1.3 at 50 significant digits
 * ({@code mp.log(mp.ncdf(z))}, and {@code findroot} on it for quantiles), printed to 25 digits.
 */
class NormalTest {

    private static final Normal STANDARD = Normal.of(0.0, 1.0);

    /** Relative tolerance of the tail criterion, in percent for AssertJ. */
    private static final double REL_1E12_PERCENT = 1e-10;

    @Test
    void logCdfStaysFiniteAndAccurateWhereTheCdfUnderflows() {
        assertThat(STANDARD.cdf(-40.0)[0]).isZero(); // underflows: exp(-804.6)
        assertThat(STANDARD.logCdf(-40.0)[0]).isCloseTo(-804.6084420137537881666068, withinPercentage(REL_1E12_PERCENT));
        assertThat(STANDARD.logCdf(-1000.0)[0]).isCloseTo(-500007.8266948121843098062, withinPercentage(REL_1E12_PERCENT));
        assertThat(STANDARD.logCdf(-5.5)[0]).isCloseTo(-17.77937635262526051059443, withinPercentage(REL_1E12_PERCENT));
        assertThat(STANDARD.logCdf(3.0)[0]).isCloseTo(-0.00135080996474819379884111, withinPercentage(REL_1E12_PERCENT));
    }

    @Test
    void logCdfKeepsItsDigitsJustAboveTheMedian() {
        // log(Phi(z)) for 0 < z would cancel: 8e-11 relative error at z = 4.99
        assertThat(STANDARD.logCdf(4.99)[0]).isCloseTo(-0.0000003018965080915946480146865, withinPercentage(1e-12));
        assertThat(STANDARD.logCdf(2.7)[0]).isCloseTo(-0.003472997683837465927595204, withinPercentage(1e-12));
        assertThat(STANDARD.logCdf(0.5)[0]).isCloseTo(-0.3689464152886563930656156, withinPercentage(1e-12));
    }

    @Test
    void cdfBeyondTheTabulatedRangeKeepsFullRelativeAccuracy() {
        assertThat(STANDARD.cdf(-8.5)[0]).isCloseTo(9.47953482220331835415105e-18, withinPercentage(1e-12));
        assertThat(STANDARD.cdf(-20.25)[0]).isCloseTo(1.77619986494957003087104e-91, withinPercentage(1e-12));
        assertThat(STANDARD.cdf(-37.5)[0]).isCloseTo(4.605353009581954843827969e-308, withinPercentage(1e-12));
        assertThat(STANDARD.cdf(Double.NEGATIVE_INFINITY)[0]).isZero();
        assertThat(STANDARD.survival(Double.NEGATIVE_INFINITY)[0]).isEqualTo(1.0);
    }

    @Test
    void centralIntervalsOfASymmetricFamilyAreSymmetric() {
        double[][] iv = Normal.of(0.0, 1.0).interval(0.999999);
        assertThat(iv[0][1]).isEqualTo(-iv[0][0]);
        assertThat(iv[0][1]).isCloseTo(4.8916384756929317718, withinPercentage(1e-12)); // mpmath, tail = (1 - 0.999999) / 2 as a double;
    }

    @Test
    void logSurvivalMirrorsTheLowerTail() {
        Normal shifted = Normal.of(2.0, 0.5);
        // S(2 + 0.5 * 40) = Phi(-40)
        assertThat(shifted.logSurvival(22.0)[0]).isCloseTo(-804.6084420137537881666068, withinPercentage(REL_1E12_PERCENT));
        assertThat(shifted.survival(2.0 + 0.5 * 30)[0]).isCloseTo(4.906713927148187059533809e-198, withinPercentage(REL_1E12_PERCENT));
    }

    @Test
    void quantilesReachTheSmallestProbabilities() {
        assertThat(STANDARD.ppf(1e-300)[0]).isCloseTo(-37.04709629936119923722296, withinPercentage(REL_1E12_PERCENT));
        assertThat(STANDARD.ppf(1e-15)[0]).isCloseTo(-7.941345326170996771330131, withinPercentage(REL_1E12_PERCENT));
        assertThat(STANDARD.isf(1e-300)[0]).isCloseTo(37.04709629936119923722296, withinPercentage(REL_1E12_PERCENT));
        assertThat(STANDARD.isf(1e-15)[0]).isCloseTo(7.941345326170996771330131, withinPercentage(REL_1E12_PERCENT));
        assertThat(STANDARD.ppf(0.0)[0]).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(STANDARD.ppf(1.0)[0]).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void energyMatchesTheClosedFormCrpsIdentity() {
        // E|X - 3| for N(0, 1): 3 (2 Phi(3) - 1) + 2 phi(3)
        assertThat(STANDARD.energy(3.0)[0]).isCloseTo(3.000764308634095447191294, withinPercentage(REL_1E12_PERCENT));
        // E|X - X'| = 2 sigma / sqrt(pi)
        assertThat(Normal.of(1.0, 3.0).energy()[0]).isCloseTo(6.0 / Math.sqrt(Math.PI), withinPercentage(REL_1E12_PERCENT));
        assertThat(STANDARD.energy(Double.POSITIVE_INFINITY)[0]).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void toStringShowsTheFirstRowsAsATable() {
        Normal n = Normal.of(new double[] {0, 1, 2, 3, 4, 5, 6}, new double[] {1, 1, 1, 1, 1, 1, 2});
        assertThat(n.toString()).startsWith("Normal (7 rows)").contains("mu").contains("sigma")
            .contains("... 2 more rows");
    }
}
