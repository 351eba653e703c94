package skpro.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Student t: far tails and quantiles against mpmath (mpmath 1.3, 50 digits, tail
 * I_v(nu/2, 1/2) / 2 from {@code betainc}, quantiles by {@code findroot} on its log), moments that
 * do not exist, and the limits nu = 1 (Cauchy) and nu -&gt; inf (normal).
 */
class TDistributionTest {

    private static void close(double actual, double expected, double relative) {
        assertThat(actual).isCloseTo(expected, within(relative * Math.abs(expected)));
    }

    @Test
    void quantilesAtOneInAQuadrillion() {
        TDistribution t3 = TDistribution.of(0.0, 1.0, 3.0);
        // mpmath: 103311.0835928498867
        close(t3.isf(1e-15)[0], 103311.0835928498867, 1e-14);
        close(t3.ppf(1e-15)[0], -103311.0835928498867, 1e-14);
        // mpmath: 3.0071858087909690937e+48 (inverted leading tail term, nu = 0.3)
        close(TDistribution.of(0.0, 1.0, 0.3).isf(1e-15)[0], 3.0071858087909690937e+48, 1e-13);
        // mpmath: 50178575360.505080756
        close(TDistribution.of(0.0, 1.0, 30.0).isf(1e-300)[0], 50178575360.505080756, 1e-14);
        // nu = 2 closed form; mpmath: 70710.678108048150722
        close(TDistribution.of(0.0, 1.0, 2.0).isf(1e-10)[0], 70710.678108048150722, 1e-15);
    }

    @Test
    void tailsWhereTheyUnderflowOrTheArgumentSquaredOverflows() {
        // mpmath: S(1e20) for nu = 3 = 1.102657790843584099e-60
        close(TDistribution.of(0.0, 1.0, 3.0).survival(1e20)[0], 1.102657790843584099e-60, 1e-13);
        // mpmath: F(-1e5) for nu = 3 = 1.102657790446627294447e-15
        close(TDistribution.of(0.0, 1.0, 3.0).cdf(-1e5)[0], 1.102657790446627294447e-15, 1e-13);
        // mpmath: log S(1e11), nu = 30 = -711.46298897931266843 (S underflows)
        close(TDistribution.of(0.0, 1.0, 30.0).logSurvival(1e11)[0], -711.46298897931266843, 1e-14);
        // mpmath: log S(100), nu = 1000 = -1203.2731472575077773 (continued fraction branch)
        TDistribution t1000 = TDistribution.of(0.0, 1.0, 1000.0);
        assertThat(t1000.survival(100.0)[0]).isZero();
        close(t1000.logSurvival(100.0)[0], -1203.2731472575077773, 1e-14);
        close(t1000.logCdf(-100.0)[0], -1203.2731472575077773, 1e-14);
        // mpmath: log f(100), nu = 1000 = -1201.0657725687474634
        close(t1000.logPdf(100.0)[0], -1201.0657725687474634, 1e-14);
        // mpmath: log S(1e300), nu = 0.5 = -346.52501007987837579 (z^2 overflows)
        close(TDistribution.of(0.0, 1.0, 0.5).logSurvival(1e300)[0], -346.52501007987837579, 1e-14);
        // mpmath: log F(-1e60), nu = 5 = -688.5252716624002283277
        close(TDistribution.of(0.0, 1.0, 5.0).logCdf(-1e60)[0], -688.5252716624002283277, 1e-14);
        // mpmath: f(1e17), nu = 0.5 = 5.0707276507330287001e-27
        close(TDistribution.of(0.0, 1.0, 0.5).pdf(1e17)[0], 5.0707276507330287001e-27, 1e-14);
    }

    @Test
    void oneDegreeOfFreedomIsTheCauchyDistribution() {
        TDistribution t = TDistribution.of(new double[] {0.0, 1.0}, new double[] {1.0, 2.0}, new double[] {1.0, 1.0});
        Cauchy c = Cauchy.of(new double[] {0.0, 1.0}, new double[] {1.0, 2.0});
        for (double x : new double[] {-1e20, -31.8, -1.0, -1e-3, 0.0, 0.7, 5.0, 1e8}) {
            for (int i = 0; i < 2; i++) {
                close(t.pdf(x)[i], c.pdf(x)[i], 1e-14);
                close(t.cdf(x)[i], c.cdf(x)[i], 1e-14);
                close(t.survival(x)[i], c.survival(x)[i], 1e-14);
            }
        }
        for (double p : new double[] {1e-300, 1e-9, 0.01, 0.3, 0.75, 0.99}) {
            for (int i = 0; i < 2; i++) {
                close(t.ppf(p)[i], c.ppf(p)[i], 1e-14);
            }
        }
        // scipy reports mean +inf and variance NaN for nu = 1, and every energy diverges
        assertThat(t.mean()).containsOnly(Double.POSITIVE_INFINITY);
        assertThat(t.var()).containsOnly(Double.NaN);
        assertThat(t.energy()).containsOnly(Double.POSITIVE_INFINITY);
        assertThat(t.energy(0.0)).containsOnly(Double.POSITIVE_INFINITY);
    }

    @Test
    void manyDegreesOfFreedomApproachTheNormal() {
        // mpmath: S(8) for nu = 1e12 = 6.2209605808397365353e-16 (the normal's is 6.2209605742717841235e-16)
        close(TDistribution.of(0.0, 1.0, 1e12).cdf(-8.0)[0], 6.2209605808397365353e-16, 1e-13);
        // mpmath: F(-1) for nu = 1e12 = 0.15865525393157803678
        close(TDistribution.of(0.0, 1.0, 1e12).cdf(-1.0)[0], 0.15865525393157803678, 1e-14);
        TDistribution t = TDistribution.of(1.0, 2.0, 1e16);
        Normal n = Normal.of(1.0, 2.0);
        for (double x : new double[] {-15.0, -3.0, 0.0, 1.0, 2.5, 9.0}) {
            close(t.pdf(x)[0], n.pdf(x)[0], 1e-11);
            close(t.cdf(x)[0], n.cdf(x)[0], 1e-11);
            close(t.energy(x)[0], n.energy(x)[0], 1e-11);
        }
        for (double p : new double[] {1e-10, 0.05, 0.5, 0.8}) {
            assertThat(t.ppf(p)[0]).isCloseTo(n.ppf(p)[0], within(1e-10));
        }
        close(t.var()[0], 4.0, 1e-15);
        close(t.energy()[0], n.energy()[0], 1e-12);
    }

    @Test
    void cdfNearTheCentreKeepsItsPrecision() {
        // mpmath: 1/2 - I_y(1/2, nu/2) / 2 with y = z^2 / (nu + z^2)
        close(TDistribution.of(0.0, 1.0, 3.0).cdf(-1e-3)[0], 0.49963244748473046901, 1e-15);
        close(TDistribution.of(0.0, 1.0, 3.0).cdf(-0.5)[0], 0.32572398242407549722, 1e-15);
        close(TDistribution.of(0.0, 1.0, 1.0).cdf(-1e-3)[0], 0.49968169021991944106, 1e-15);
        close(TDistribution.of(0.0, 1.0, 2.0).cdf(-1e-3)[0], 1.0 - TDistribution.of(0.0, 1.0, 2.0).cdf(1e-3)[0], 1e-15);
    }

    @Test
    void momentsThatDoNotExist() {
        TDistribution t = TDistribution.of(new double[] {5.0, 5.0, 5.0, 5.0}, new double[] {2.0, 2.0, 2.0, 2.0},
            new double[] {0.5, 1.5, 2.0, 3.0});
        assertThat(t.mean()).containsExactly(Double.POSITIVE_INFINITY, 5.0, 5.0, 5.0);
        assertThat(t.var()).containsExactly(Double.NaN, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 12.0);
        double[] e = t.energy();
        assertThat(e[0]).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(e[1]).isFinite();
        // nu = 3: E|X - X'| = sigma 3 sqrt(3) / pi
        close(e[3], 2.0 * 3.0 * Math.sqrt(3.0) / Math.PI, 1e-14);
    }

    @Test
    void energiesMatchQuadrature() {
        TDistribution t4 = TDistribution.of(0.0, 1.0, 4.0);
        // mpmath quad of |t - 1.5| f(t): 1.7 (to 50 digits)
        close(t4.energy(1.5)[0], 1.7, 1e-14);
        close(t4.energy(-1.5)[0], 1.7, 1e-14);
        // mpmath quad of 2 F (1 - F): 1.4726215563702155805
        close(t4.energy()[0], 1.4726215563702155805, 1e-14);
        // E|X - x| grows like |x - mu| far out and is finite for huge x
        close(t4.energy(1e200)[0], 1e200, 1e-15);
    }
}
