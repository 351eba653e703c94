package skpro.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * ChiSquared with one degree of freedom (shape 1/2, below the contract suite's range) against
 * Python mpmath 1.3.0 at 50 significant digits, and its identity with Gamma(dof / 2, 1 / 2).
 */
class ChiSquaredTest {

    private static void assertRelative(double actual, double expected, double rel) {
        assertThat(actual).isCloseTo(expected, within(rel * Math.abs(expected)));
    }

    @Test
    void oneDegreeOfFreedomMatchesMpmath() {
        ChiSquared c = ChiSquared.of(1.0);
        // mpmath: density of gamma(1/2, rate 1/2) at 0.5; gammainc(0.5, 0, 0.25, regularized=True);
        // log(gammainc(0.5, 1000, inf, regularized=True)); quad of |t - 1| f(t)
        assertRelative(c.pdf(0.5)[0], 0.43939128946772239705, 1e-14);
        assertRelative(c.cdf(0.5)[0], 0.52049987781304653768, 1e-14);
        assertRelative(c.logSurvival(2000.0)[0], -1004.026741958951945, 1e-13);
        assertRelative(c.energy(1.0)[0], 0.96788289807657339919, 1e-13);
        // E|X - X'| = 4 / B(1/2, 1/2) = 4 / pi
        assertRelative(c.energy()[0], 4.0 / Math.PI, 1e-14);
        assertThat(c.pdf(0.0)[0]).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void isTheGammaWithHalfTheDofAndRateOneHalf() {
        double[] dof = {1.0, 3.0, 10.0, 400.0};
        ChiSquared c = ChiSquared.of(dof);
        Gamma g = Gamma.of(new double[] {0.5, 1.5, 5.0, 200.0}, new double[] {0.5, 0.5, 0.5, 0.5});
        double[] x = {0.3, 2.0, 12.0, 390.0};
        assertThat(c.cdf(x)).containsExactly(g.cdf(x));
        assertThat(c.logPdf(x)).containsExactly(g.logPdf(x));
        assertThat(c.isf(1e-15)).containsExactly(g.isf(1e-15));
        assertThat(c.energy(x)).containsExactly(g.energy(x));
        assertThat(c.mean()).containsExactly(dof);
        assertThat(c.var()).containsExactly(2.0, 6.0, 20.0, 800.0);
    }
}
