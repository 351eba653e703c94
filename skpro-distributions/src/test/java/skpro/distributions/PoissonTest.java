package skpro.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Poisson specifics: far tails in linear and log space, tiny and huge means, quantiles as the
 * generalised inverse, and the energies. Reference values: mpmath 1.3.0 at 50 digits
 * (gammainc for the cdf and survival, loggamma for the log mass, and for E|X - X'| the Skellam
 * identity 2 mu e^(-2 mu) (I_0(2 mu) + I_1(2 mu)) with besseli).
 */
class PoissonTest {

    private static double relative(double expected, double tol) {
        return Math.abs(expected) * tol;
    }

    @Test
    void survivalFarInTheUpperTailKeepsItsRelativeAccuracy() {
        Poisson d = Poisson.of(1000.0);
        // mpmath: gammainc(1301, 0, 1000, regularized=True) = 5.2805260268204592e-20
        assertThat(d.survival(1300.0)[0]).isCloseTo(5.2805260268204592e-20, within(relative(5.28e-20, 1e-13)));
        assertThat(d.logSurvival(1300.0)[0]).isCloseTo(-44.387676140833359, within(1e-12));
        // mpmath: gammainc(801, 1000, inf, regularized=True) = 3.2298887227290215e-11
        assertThat(d.cdf(800.0)[0]).isCloseTo(3.2298887227290215e-11, within(relative(3.23e-11, 1e-13)));
        assertThat(d.logCdf(700.0)[0]).isCloseTo(-53.325748183695482, within(1e-12));
    }

    @Test
    void logTailsStayFiniteWhereTheProbabilitiesUnderflow() {
        Poisson d = Poisson.of(1000.0);
        assertThat(d.survival(3000.0)[0]).isLessThan(1e-290);
        // mpmath: log(gammainc(3001, 0, 1000, regularized=True)) = -1301.4529126247085
        assertThat(d.logSurvival(3000.0)[0]).isCloseTo(-1301.4529126247085, within(1301 * 1e-14));
        // mpmath: log(gammainc(101, 1000, inf, regularized=True)) = -672.85861028726552
        assertThat(d.logCdf(100.0)[0]).isCloseTo(-672.85861028726552, within(673 * 1e-14));
        // mpmath: log(gammainc(201, 0, 1, regularized=True)) = -869.53032943304085
        assertThat(Poisson.of(1.0).logSurvival(200.0)[0]).isCloseTo(-869.53032943304085, within(870 * 1e-14));
        Poisson huge = Poisson.of(1e6);
        // mpmath: -5181.0074264882458 and -4846.7696586141628
        assertThat(huge.logCdf(9e5)[0]).isCloseTo(-5181.0074264882458, within(5181 * 1e-13));
        assertThat(huge.logSurvival(1.1e6)[0]).isCloseTo(-4846.7696586141628, within(4847 * 1e-13));
    }

    @Test
    void logMassIsExactAtZeroAndAccurateForHugeArguments() {
        assertThat(Poisson.of(1e6).logPdf(0.0)[0]).isEqualTo(-1e6);
        assertThat(Poisson.of(1e6).pdf(0.0)[0]).isEqualTo(0.0);
        // mpmath: 1e6 log(1e6) - 1e6 - loggamma(1e6 + 1) = -7.8266938955201431
        assertThat(Poisson.of(1e6).logPdf(1e6)[0]).isCloseTo(-7.8266938955201431, within(1e-13));
        // mpmath: 1e6 log(1) - 1 - loggamma(1e6 + 1) = -12815519.384658170
        assertThat(Poisson.of(1.0).logPdf(1e6)[0]).isCloseTo(-12815519.384658170, within(12815519.4 * 1e-15));
        // mpmath: 1000 log(1000) - 1000 - loggamma(1001) = -4.3728995060262968
        assertThat(Poisson.of(1000.0).logPdf(1000.0)[0]).isCloseTo(-4.3728995060262968, within(1e-14));
    }

    @Test
    void massIsZeroOffTheLatticeAndTheCdfIsAStep() {
        Poisson d = Poisson.of(4.5);
        assertThat(d.pdf(2.5)[0]).isZero();
        assertThat(d.logPdf(2.5)[0]).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(d.pdf(-1.0)[0]).isZero();
        assertThat(d.pdf(Double.POSITIVE_INFINITY)[0]).isZero();
        assertThat(d.cdf(2.999)[0]).isEqualTo(d.cdf(2.0)[0]);
        assertThat(d.cdf(-0.5)[0]).isZero();
        assertThat(d.logCdf(-0.5)[0]).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(d.survival(-0.5)[0]).isEqualTo(1.0);
        assertThat(d.cdf(Double.POSITIVE_INFINITY)[0]).isEqualTo(1.0);
        assertThat(d.measureType()).isEqualTo(MeasureType.DISCRETE);
    }

    @Test
    void tinyMeanKeepsTheUpperTailExact() {
        Poisson d = Poisson.of(1e-6);
        // mpmath: 1e-6 e^-1e-6 = 9.999990000005e-7; 1 - e^-1e-6 = 9.9999950000016667e-7
        assertThat(d.pdf(1.0)[0]).isCloseTo(9.999990000005e-7, within(relative(1e-6, 1e-14)));
        assertThat(d.survival(0.0)[0]).isCloseTo(9.9999950000016667e-7, within(relative(1e-6, 1e-14)));
        assertThat(d.ppf(0.5)[0]).isZero();
        assertThat(d.isf(1e-7)[0]).isEqualTo(1.0);
        // Skellam identity (mpmath): E|X - X'| = 1.999998000002e-6
        assertThat(d.energy()[0]).isCloseTo(1.999998000002e-6, within(relative(2e-6, 1e-13)));
        assertThat(d.energy(0.0)[0]).isCloseTo(1e-6, within(1e-20));
    }

    @Test
    void quantilesAreTheGeneralisedInverseDownToTheSmallestLevels() {
        Poisson d = Poisson.of(1000.0);
        // mpmath: F(92) = 4.49e-301 < 1e-300 <= F(93) = 4.84e-300; S(2382) = 1.23e-300 > 1e-300 >= S(2383)
        assertThat(d.ppf(1e-300)[0]).isEqualTo(93.0);
        assertThat(d.isf(1e-300)[0]).isEqualTo(2383.0);
        assertThat(d.ppf(0.0)[0]).isZero();
        assertThat(d.ppf(1.0)[0]).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(d.isf(0.0)[0]).isEqualTo(Double.POSITIVE_INFINITY);
        Poisson small = Poisson.of(4.5);
        for (int k = 0; k <= 30; k++) {
            double f = small.cdf((double) k)[0];
            assertThat(small.ppf(f)[0]).as("ppf(F(%d))", k).isEqualTo(k);
            if (f < 0.5) {
                // below 1/2 the search reads F alone; above, S(k) (more accurate than 1 - F there)
                // may already certify F(k) >= nextUp(F(k))
                assertThat(small.ppf(Math.nextUp(f))[0]).as("ppf(F(%d)+)", k).isEqualTo(k + 1.0);
            }
            double s = small.survival((double) k)[0];
            assertThat(small.isf(s)[0]).as("isf(S(%d))", k).isEqualTo(k);
        }
    }

    @Test
    void energiesMatchTheSkellamIdentityAndTheDirectSum() {
        // mpmath besseli: 35.680251958767814 and 1128.3790965718080
        assertThat(Poisson.of(1000.0).energy()[0]).isCloseTo(35.680251958767814, within(relative(35.68, 1e-13)));
        assertThat(Poisson.of(1e6).energy()[0]).isCloseTo(1128.3790965718080, within(relative(1128.4, 1e-13)));
        // mpmath: sum_k |k - 1000.5| p_k = 25.237632064611505
        assertThat(Poisson.of(1000.0).energy(1000.5)[0]).isCloseTo(25.237632064611505, within(relative(25.2, 1e-13)));
        Poisson d = Poisson.of(new double[] {4.5, 1e6});
        assertThat(d.energy(-2.0)).containsExactly(6.5, 1e6 + 2.0);
        assertThat(d.energy(Double.POSITIVE_INFINITY)).containsOnly(Double.POSITIVE_INFINITY);
        // far above the bulk: E|X - x| = x - mu up to the tail
        assertThat(d.energy(3e6)[1]).isCloseTo(2e6, within(1e-6));
    }

    @Test
    void energyOnBothSidesOfTheAsymptoticSwitch() {
        // mpmath besseli: mu = 30 (lattice sum) 6.1674707617583135, mu = 50 (asymptotic series)
        // 7.9688532324226935, mu = 1e12: 1128379.1670954421
        assertThat(Poisson.of(30.0).energy()[0]).isCloseTo(6.1674707617583135, within(6.17 * 1e-14));
        assertThat(Poisson.of(50.0).energy()[0]).isCloseTo(7.9688532324226935, within(7.97 * 1e-15));
        assertThat(Poisson.of(1e12).energy()[0]).isCloseTo(1128379.1670954421, within(1128379.2 * 1e-15));
    }

    @Test
    void hugeMeansFallBackToSummationWhereTheIncompleteGammaFails() {
        // Commons Numbers' RegularizedGamma does not converge here (5 sd above mu = 1e12)
        Poisson d = Poisson.of(1e12);
        double k = 1e12 + 5e6;
        // mpmath quad of the gamma density (40 and 60 digits agree): S = 2.8665677543156622e-7
        assertThat(d.survival(k)[0]).isCloseTo(2.8665677543156622e-7, within(2.87e-7 * 1e-12));
        assertThat(d.logSurvival(k)[0]).isCloseTo(-15.064980241270745, within(1e-12));
        assertThat(d.cdf(k)[0]).isCloseTo(1.0 - 2.8665677543156622e-7, within(1e-15));
        // the summed upper tail against the quadrature where Commons converges (mu = 1e10, 10 sd):
        // mpmath log S = -53.229669536431431
        assertThat(Poisson.of(1e10).logUpperTailAt(0, 1e10 + 1e6)).isCloseTo(-53.229669536431431, within(53.2 * 1e-13));
    }

    @Test
    void parametersAreCopiedAndRowsSelected() {
        double[] mu = {1.0, 2.0, 3.0};
        Poisson d = Poisson.of(mu);
        mu[0] = 100.0;
        assertThat(d.mu()).containsExactly(1.0, 2.0, 3.0);
        d.mu()[1] = 50.0;
        assertThat(d.mean()).containsExactly(1.0, 2.0, 3.0);
        assertThat(d.var()).containsExactly(1.0, 2.0, 3.0);
        assertThat(d.select(2, 0).mu()).containsExactly(3.0, 1.0);
        assertThat(d.parameters()).containsOnlyKeys("mu");
        assertThatThrownBy(() -> d.select(3)).isInstanceOf(IllegalArgumentException.class);
    }
}
