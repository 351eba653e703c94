package skpro.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Binomial specifics: huge n, tiny p, degenerate rows, far tails in log space, energies.
 * Reference values: mpmath 1.3.0 at 40-50 digits: log mass from loggamma, cdf and survival by
 * exact summation of the masses (ratios p_{j-1} / p_j = j q / ((n - j + 1) p)) to 1e-30 relative,
 * energies 2 sum F (1 - F) and sum |k - x| p_k over all k.
 */
class BinomialTest {

    private static double relative(double expected, double tol) {
        return Math.abs(expected) * tol;
    }

    @Test
    void hugeNumberOfTrials() {
        Binomial d = Binomial.of(2_000_000_000, 0.25);
        assertThat(d.mean()).containsExactly(5e8);
        assertThat(d.var()).containsExactly(3.75e8);
        // mpmath: log p_{5e8} = -10.790156825352571
        assertThat(d.logPdf(5e8)[0]).isCloseTo(-10.790156825352571, within(1e-13));
        // mpmath: F(499883810) = 9.8567294104505896e-10 (6 sd below the mean). Commons Numbers'
        // RegularizedBeta loses about n 1e-17 in relative accuracy for shapes this large (2e-8
        // here; 1e-13 up to n = 1e8): the documented accuracy at n = 2e9.
        assertThat(d.cdf(499883810.0)[0]).isCloseTo(9.8567294104505896e-10, within(relative(9.86e-10, 5e-8)));
        double k = d.ppf(1e-12)[0];
        assertThat(d.cdf(k)[0]).isGreaterThanOrEqualTo(1e-12);
        assertThat(d.cdf(k - 1.0)[0]).isLessThan(1e-12);
    }

    @Test
    void logTailsStayFiniteWhereTheProbabilitiesUnderflow() {
        Binomial d = Binomial.of(10_000, 0.5);
        assertThat(d.logCdf(0.0)[0]).isCloseTo(10_000 * Math.log(0.5), within(1e-11));
        // mpmath sums: log F(100) = -6374.6636436343360, log S(9990) = -6861.3832697160731
        assertThat(d.logCdf(100.0)[0]).isCloseTo(-6374.6636436343360, within(6375 * 1e-14));
        assertThat(d.logSurvival(9990.0)[0]).isCloseTo(-6861.3832697160731, within(6861 * 1e-14));
        assertThat(d.logSurvival(10_000.0)[0]).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(d.logCdf(10_000.0)[0]).isZero();
    }

    @Test
    void tinySuccessProbability() {
        Binomial d = Binomial.of(1_000_000, 1e-300);
        // mpmath: p_1 = 1e-294 (log mass -676.98..., so 1e-13 relative is the rounding of the log),
        // log p_2 = -1354.6131828610593, S(0) = 1e-294
        assertThat(d.pdf(1.0)[0]).isCloseTo(1e-294, within(1e-294 * 1e-13));
        assertThat(d.logPdf(2.0)[0]).isCloseTo(-1354.6131828610593, within(1354.6 * 1e-15));
        assertThat(d.survival(0.0)[0]).isCloseTo(1e-294, within(1e-294 * 1e-13));
        assertThat(d.energy()[0]).isCloseTo(2e-294, within(2e-294 * 1e-13));
        assertThat(d.ppf(0.999)[0]).isZero();
    }

    @Test
    void degenerateRowsArePointMasses() {
        Binomial d = Binomial.of(new int[] {7, 7, 0}, new double[] {0.0, 1.0, 0.3});
        assertThat(d.pdf(new double[] {0.0, 7.0, 0.0})).containsExactly(1.0, 1.0, 1.0);
        assertThat(d.logPdf(new double[] {0.0, 7.0, 0.0})).containsExactly(0.0, 0.0, 0.0);
        assertThat(d.pdf(new double[] {1.0, 6.0, 1.0})).containsExactly(0.0, 0.0, 0.0);
        assertThat(d.cdf(new double[] {-0.5, 6.9, -0.1})).containsExactly(0.0, 0.0, 0.0);
        assertThat(d.cdf(new double[] {0.0, 7.0, 0.0})).containsExactly(1.0, 1.0, 1.0);
        assertThat(d.ppf(0.0)).containsExactly(0.0, 7.0, 0.0);
        assertThat(d.ppf(0.7)).containsExactly(0.0, 7.0, 0.0);
        assertThat(d.ppf(1.0)).containsExactly(0.0, 7.0, 0.0);
        assertThat(d.mean()).containsExactly(0.0, 7.0, 0.0);
        assertThat(d.var()).containsExactly(0.0, 0.0, 0.0);
        assertThat(d.energy()).containsExactly(0.0, 0.0, 0.0);
        assertThat(d.energy(new double[] {2.0, 2.0, -1.0})).containsExactly(2.0, 5.0, 1.0);
    }

    @Test
    void energiesMatchExactSums() {
        Binomial d = Binomial.of(10_000, 0.5);
        // mpmath: 2 sum F (1 - F) = 56.418253122204201, sum |k - 4990.5| p_k = 40.613128119169558
        assertThat(d.energy()[0]).isCloseTo(56.418253122204201, within(relative(56.4, 1e-13)));
        assertThat(d.energy(4990.5)[0]).isCloseTo(40.613128119169558, within(relative(40.6, 1e-13)));
        assertThat(d.energy(-3.0)[0]).isEqualTo(5003.0);
        assertThat(d.energy(10_001.5)[0]).isEqualTo(5001.5);
    }

    @Test
    void validationNamesTheRow() {
        assertThatThrownBy(() -> Binomial.of(new int[] {1, 2}, new double[] {0.5, -0.5}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p[1]");
        assertThatThrownBy(() -> Binomial.of(null, new double[] {0.5}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n");
    }

    @Test
    void parametersAreCopiedAndRowsSelected() {
        int[] n = {3, 9};
        Binomial d = Binomial.of(n, new double[] {0.1, 0.9});
        n[0] = 100;
        assertThat(d.n()).containsExactly(3, 9);
        assertThat(d.select(1).n()).containsExactly(9);
        assertThat(d.select(1).p()).containsExactly(0.9);
        assertThat(d.parameters().get("n")).containsExactly(3.0, 9.0);
    }
}
