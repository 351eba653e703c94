package skpro.distributions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Point masses at any real c: every method in closed form. */
class DeltaTest {

    private final Delta d = Delta.of(new double[] {0.1, -2.5, 1e300});

    @Test
    void massAndCdfAreSteps() {
        assertThat(d.measureType()).isEqualTo(MeasureType.DISCRETE);
        assertThat(d.pdf(new double[] {0.1, -2.5, 1e300})).containsExactly(1.0, 1.0, 1.0);
        assertThat(d.pdf(new double[] {Math.nextUp(0.1), -2.0, 0.0})).containsExactly(0.0, 0.0, 0.0);
        assertThat(d.logPdf(new double[] {0.1, -2.0, 1e300})).containsExactly(0.0, Double.NEGATIVE_INFINITY, 0.0);
        assertThat(d.cdf(new double[] {0.1, Math.nextDown(-2.5), 1e300})).containsExactly(1.0, 0.0, 1.0);
        assertThat(d.survival(new double[] {0.1, Math.nextDown(-2.5), 1e300})).containsExactly(0.0, 1.0, 0.0);
        assertThat(d.logCdf(new double[] {0.0, -2.5, 1e300})).containsExactly(Double.NEGATIVE_INFINITY, 0.0, 0.0);
        assertThat(d.logSurvival(new double[] {0.0, -2.5, 1e300}))
            .containsExactly(0.0, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY);
    }

    @Test
    void everyQuantileIsTheAtom() {
        for (double p : new double[] {0.0, 1e-300, 0.5, 1.0 - 1e-16, 1.0}) {
            assertThat(d.ppf(p)).containsExactly(0.1, -2.5, 1e300);
            assertThat(d.isf(p)).containsExactly(0.1, -2.5, 1e300);
        }
        assertThat(d.interval(0.9)[1]).containsExactly(-2.5, -2.5);
    }

    @Test
    void momentsAndEnergies() {
        assertThat(d.mean()).containsExactly(0.1, -2.5, 1e300);
        assertThat(d.var()).containsExactly(0.0, 0.0, 0.0);
        assertThat(d.std()).containsExactly(0.0, 0.0, 0.0);
        assertThat(d.energy()).containsExactly(0.0, 0.0, 0.0);
        assertThat(d.energy(new double[] {0.6, 0.0, 0.0})).containsExactly(0.5, 2.5, 1e300);
        assertThat(d.energy(Double.NEGATIVE_INFINITY)).containsOnly(Double.POSITIVE_INFINITY);
    }

    @Test
    void everyDrawIsTheAtom() {
        double[][] s = d.sample(1000, new SplittableRandom(3));
        assertThat(s[0]).containsOnly(0.1);
        assertThat(s[1]).containsOnly(-2.5);
        assertThat(s[2]).containsOnly(1e300);
    }

    @Test
    void selectAndParameters() {
        assertThat(d.select(2, 0).c()).containsExactly(1e300, 0.1);
        assertThat(d.parameters()).containsOnlyKeys("c");
        assertThat(Delta.of(4.0).toString()).startsWith("Delta (1 row)");
    }
}
