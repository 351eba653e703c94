package skpro.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Negative binomial specifics: the (mu, alpha) mapping, extreme dispersions (alpha to 0 and to
 * infinity), far tails in log space, and the energies. Reference values: mpmath 1.3.0 at 50
 * digits with p = alpha / (alpha + mu), q = mu / (alpha + mu): log mass from loggamma, cdf
 * betainc(alpha, k + 1, 0, p), survival betainc(k + 1, alpha, 0, q) (for k = 1e12 from
 * p_{k+1} hyp2f1(k + 1 + alpha, 1; k + 2; q)), energies by exact summation to 1e-40.
 */
class NegativeBinomialTest {

    private static double relative(double expected, double tol) {
        return Math.abs(expected) * tol;
    }

    @Test
    void momentsFollowTheMeanDispersionForm() {
        NegativeBinomial d = NegativeBinomial.of(new double[] {4.0, 10.0}, new double[] {0.5, 5.0});
        assertThat(d.mean()).containsExactly(4.0, 10.0);
        assertThat(d.var()).containsExactly(36.0, 30.0);
        // p_0 = (alpha / (alpha + mu))^alpha
        assertThat(d.pdf(0.0)[0]).isCloseTo(1.0 / 3.0, within(1e-15));
        assertThat(d.pdf(0.0)[1]).isCloseTo(Math.pow(1.0 / 3.0, 5.0), within(0.0041 * 1e-14));
    }

    @Test
    void tinyDispersionHasAHeavyButExactTail() {
        NegativeBinomial d = NegativeBinomial.of(1e6, 1e-3);
        // mpmath: 0.97948998540771938, -20.73059719912711, 0.99978039164241463, 4.1693078376768556e-9
        assertThat(d.pdf(0.0)[0]).isCloseTo(0.97948998540771938, within(1e-15));
        assertThat(d.logPdf(1e6)[0]).isCloseTo(-20.73059719912711, within(1e-13));
        assertThat(d.cdf(1e9)[0]).isCloseTo(0.99978039164241463, within(1e-15));
        assertThat(d.survival(1e10)[0]).isCloseTo(4.1693078376768556e-9, within(relative(4.17e-9, 1e-13)));
        // mpmath: log S(1e12) = -1013.8090234153972. The survival underflows; its log goes through
        // the beta continued fraction at q = 1 - 1e-9, whose rounding (1 ulp of q) moves
        // log h by about 1e-16 / (1 - q) = 1e-7: documented accuracy for q this close to 1.
        assertThat(d.logSurvival(1e12)[0]).isCloseTo(-1013.8090234153972, within(2e-7));
        double k = d.isf(1e-10)[0];
        assertThat(d.survival(k)[0]).isLessThanOrEqualTo(1e-10);
        assertThat(d.survival(k - 1.0)[0]).isGreaterThan(1e-10);
    }

    @Test
    void hugeDispersionApproachesThePoisson() {
        NegativeBinomial d = NegativeBinomial.of(3.0, 1e12);
        // mpmath: log p_2 = -1.4959226032242259, F(2) = 0.42319008112717958
        assertThat(d.logPdf(2.0)[0]).isCloseTo(-1.4959226032242259, within(1e-14));
        assertThat(d.cdf(2.0)[0]).isCloseTo(0.42319008112717958, within(1e-15));
        assertThat(d.pdf(2.0)[0]).isCloseTo(Poisson.of(3.0).pdf(2.0)[0], within(1e-11));
        NegativeBinomial e = NegativeBinomial.of(2.5, 1e8);
        // mpmath: -274.61025533691437 (saddle point, k / alpha = 1e-6) and -1.5428872873555896
        // (expansion for k < 1e-10 alpha)
        assertThat(e.logPdf(100.0)[0]).isCloseTo(-274.61025533691437, within(274.6 * 1e-14));
        assertThat(e.logPdf(3.0)[0]).isCloseTo(-1.5428872873555896, within(1e-14));
    }

    @Test
    void logTailsStayFiniteWhereTheProbabilitiesUnderflow() {
        NegativeBinomial d = NegativeBinomial.of(10.0, 5.0);
        // mpmath: S(200) = 3.7030402071750245e-30, log S(2000) = -788.49358122462845
        assertThat(d.survival(200.0)[0]).isCloseTo(3.7030402071750245e-30, within(relative(3.7e-30, 1e-13)));
        assertThat(d.logSurvival(2000.0)[0]).isCloseTo(-788.49358122462845, within(788.5 * 1e-14));
        NegativeBinomial e = NegativeBinomial.of(1e5, 1000.0);
        // mpmath: log F(0) = -4615.1205168412595, log F(10) = -4561.1919715269183,
        // log F(50000) = -194.35191887081808
        assertThat(e.logCdf(0.0)[0]).isCloseTo(-4615.1205168412595, within(4615 * 1e-15));
        assertThat(e.logCdf(10.0)[0]).isCloseTo(-4561.1919715269183, within(4561 * 1e-14));
        assertThat(e.logCdf(50000.0)[0]).isCloseTo(-194.35191887081808, within(194.4 * 1e-13));
    }

    @Test
    void energiesMatchExactSums() {
        NegativeBinomial d = NegativeBinomial.of(50.0, 0.5);
        // mpmath sums: 2 sum F(1 - F) = 63.974594271263522, sum |k - 73.2| p_k = 59.362474188616746
        assertThat(d.energy()[0]).isCloseTo(63.974594271263522, within(relative(64.0, 1e-13)));
        assertThat(d.energy(73.2)[0]).isCloseTo(59.362474188616746, within(relative(59.4, 1e-13)));
        // mpmath: log p_40 = -5.1255030811640645
        assertThat(d.logPdf(40.0)[0]).isCloseTo(-5.1255030811640645, within(1e-14));
        assertThat(d.energy(-1.5)[0]).isEqualTo(51.5);
    }

    @Test
    void energyOfWideRowsComesFromTheCharacteristicFunction() {
        // mu / alpha > 1e3: the Fejer-kernel integral. Expected: the lattice sums 2 sum F(k) S(k)
        // to isf(1e-18) with scipy 1.17 nbinom (45,593 to 133,182 points), and (mu 1e3, alpha 1e-3)
        // by an mpmath 30-digit quadrature of the same integral
        assertThat(NegativeBinomial.of(1000.0, 0.9).energy()[0]).isCloseTo(1041.4388541887035, within(1041.0 * 1e-13));
        assertThat(NegativeBinomial.of(5000.0, 2.0).energy()[0]).isCloseTo(3750.7499000198313, within(3751.0 * 1e-13));
        assertThat(NegativeBinomial.of(2e4, 10.0).energy()[0]).isCloseTo(7049.6438188182165, within(7050.0 * 1e-13));
        assertThat(NegativeBinomial.of(1000.0, 1e-3).energy()[0]).isCloseTo(1997.2326405304, within(1997.0 * 1e-12));
        // mu / alpha = 1e11 (the lattice would need ~1e13 points): X is Poisson(L) with
        // L ~ Gamma(alpha, rate alpha / mu), and E|X - X'| - E|L - L'| = O(1)
        NegativeBinomial d = NegativeBinomial.of(new double[] {1.0, 1e9}, new double[] {1.0, 0.01});
        double[] e = d.energy();
        // row 0 is geometric with S(k) = 2^-(k+1): E|X - X'| = 2 sum F S = 2q / (1 - q^2) = 4/3
        assertThat(e[0]).isCloseTo(4.0 / 3.0, within(1e-14));
        double gammaLimit = Gamma.of(0.01, 0.01 / 1e9).energy()[0];
        assertThat(e[1]).isCloseTo(gammaLimit, within(gammaLimit * 1e-8));
    }

    @Test
    void parametersAreCopiedAndRowsSelected() {
        NegativeBinomial d = NegativeBinomial.of(new double[] {1.0, 4.0}, new double[] {2.0, 0.5});
        assertThat(d.select(1, 1, 0).mu()).containsExactly(4.0, 4.0, 1.0);
        assertThat(d.select(1, 1, 0).alpha()).containsExactly(0.5, 0.5, 2.0);
        assertThat(d.parameters()).containsOnlyKeys("mu", "alpha");
        assertThat(d.toString()).startsWith("NegativeBinomial (2 rows)");
    }
}
