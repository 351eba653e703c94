package skpro.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Half-logistic: far tails against mpmath (50 digits) and the closed-form energy terms. */
class HalfLogisticTest {

    private static final HalfLogistic STANDARD = HalfLogistic.of(1.0);

    private static void close(double actual, double expected, double relative) {
        assertThat(actual).isCloseTo(expected, within(relative * Math.abs(expected)));
    }

    @Test
    void tails() {
        // mpmath: log(2 exp(-800) / (1 + exp(-800))) = -799.3068528194400546906
        assertThat(STANDARD.survival(800.0)[0]).isZero();
        close(STANDARD.logSurvival(800.0)[0], -799.3068528194400546906, 1e-15);
        // mpmath: log((2 - 1e-300) / 1e-300) = 691.4686750787736504898
        close(STANDARD.isf(1e-300)[0], 691.4686750787736504898, 1e-15);
        // mpmath: log((1 + 1e-10) / (1 - 1e-10)) = 2.000000000000000072871e-10
        close(STANDARD.ppf(1e-10)[0], 2.000000000000000072871e-10, 1e-15);
        // mpmath: log(tanh(1e-8 / 2)) = -19.11382792451231076897
        close(STANDARD.logCdf(1e-8)[0], -19.11382792451231076897, 1e-15);
        close(STANDARD.cdf(1e-8)[0], 5e-9, 1e-15);
        // mpmath: log(2 exp(-1e-8) / (1 + exp(-1e-8))) = -5.000000012500000104613e-9
        close(STANDARD.logSurvival(1e-8)[0], -5.000000012500000104613e-9, 1e-15);
    }

    @Test
    void logDensityNearZeroKeepsItsPrecision() {
        // f(x) = 2 e^-z / (beta (1 + e^-z)^2): log f(0.001) for beta = 1/2 is -1e-6 + O(1e-12)
        // mpmath: log(4 exp(-z) / (1 + exp(-z))^2), z = 0.002 = -9.999998333333778193976e-7
        close(HalfLogistic.of(0.5).logPdf(0.001)[0], -9.999998333333778193976e-7, 1e-12);
    }

    @Test
    void energies() {
        // 4 (1 - log 2); mpmath: 1.227411277760218762332 (the reference file's quadrature value,
        // 1.2274112777602202, is 1.2e-15 high)
        close(STANDARD.energy()[0], 1.227411277760218762332, 1e-15);
        // mpmath quad of |t - 1.5| f(t) on (0, inf): 0.9193587508111190191635
        close(STANDARD.energy(1.5)[0], 0.9193587508111190191635, 1e-15);
        close(STANDARD.energy(-0.5)[0], 2.0 * Math.log(2.0) + 0.5, 1e-15);
        close(HalfLogistic.of(2.0).var()[0], 4.0 * (Math.PI * Math.PI / 3.0 - 4.0 * Math.log(2.0) * Math.log(2.0)),
            1e-15);
    }
}
