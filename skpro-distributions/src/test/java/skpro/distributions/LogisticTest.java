package skpro.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Logistic: far tails against mpmath and the closed-form energy terms. */
class LogisticTest {

    private static final Logistic STANDARD = Logistic.of(0.0, 1.0);

    private static void close(double actual, double expected, double relative) {
        assertThat(actual).isCloseTo(expected, within(relative * Math.abs(expected)));
    }

    @Test
    void lowerTailIsExactWhereTheCdfUnderflows() {
        // mpmath 1.3, 50 digits: 1 / (1 + exp(700)) = 9.8596765437597708567e-305
        close(STANDARD.cdf(-700.0)[0], 9.8596765437597708567e-305, 1e-14);
        // mpmath: log F(-700) = -700 - log1p(exp(-700)) = -700 to double precision
        close(STANDARD.logCdf(-700.0)[0], -700.0, 1e-16);
        // mpmath: -log1p(exp(800)) = -800.0 (the cdf itself underflows)
        assertThat(STANDARD.cdf(-800.0)[0]).isZero();
        close(STANDARD.logCdf(-800.0)[0], -800.0, 1e-16);
        // mpmath: -log1p(exp(750)) = -750.0
        close(STANDARD.logSurvival(750.0)[0], -750.0, 1e-16);
    }

    @Test
    void logCdfNearZeroAndInTheBody() {
        assertThat(STANDARD.logCdf(0.0)[0]).isEqualTo(-Math.log(2.0));
        // log F(3) = -log1p(exp(-3))
        close(STANDARD.logCdf(3.0)[0], -Math.log1p(Math.exp(-3.0)), 1e-15);
        // far above the median log F is -exp(-z) to first order: mpmath log F(40) = -4.248354255291588986305e-18
        close(STANDARD.logCdf(40.0)[0], -4.248354255291588986305e-18, 1e-14);
    }

    @Test
    void quantilesAtExtremeProbabilities() {
        // mpmath: log(1 - 1e-300) - log(1e-300) = 690.77552789821370521
        close(STANDARD.isf(1e-300)[0], 690.77552789821370521, 1e-15);
        close(STANDARD.ppf(1e-300)[0], -690.7755278982137051803, 1e-15);
        Logistic shifted = Logistic.of(2.0, 0.5);
        // Q(0.9) = mu + s log 9
        close(shifted.ppf(0.9)[0], 2.0 + 0.5 * Math.log(9.0), 1e-15);
    }

    @Test
    void energiesInClosedForm() {
        // mpmath: 3 + 2 log1p(exp(-3)) = 3.0971747031474841175
        close(STANDARD.energy(3.0)[0], 3.0971747031474841175, 1e-15);
        close(STANDARD.energy(-3.0)[0], 3.0971747031474841175, 1e-15);
        assertThat(STANDARD.energy(0.0)[0]).isEqualTo(2.0 * Math.log(2.0));
        Logistic d = Logistic.of(-1.0, 3.0);
        assertThat(d.energy()[0]).isEqualTo(6.0);
        close(d.var()[0], Math.PI * Math.PI * 3.0, 1e-15);
        // far out E|X - x| -> |x - mu| with an exponentially small excess
        close(d.energy(1e3)[0], 1001.0, 1e-15);
    }
}
