package skpro.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Categorical specifics: labels, normalisation, zero-probability classes, tiny tails, energies. */
class CategoricalTest {

    private static final double[] LABELS = {-1.5, 0.0, 3.0};

    @Test
    void rowsAreNormalisedAndStoredAsGiven() {
        double[][] p = {{0.2, 0.3, 0.5 + 5e-10}, {0.0, 1.0, 0.0}};
        Categorical d = Categorical.of(p, LABELS);
        p[1][1] = 0.5;
        assertThat(d.size()).isEqualTo(2);
        assertThat(d.numClasses()).isEqualTo(3);
        double sum = 0.2 + 0.3 + (0.5 + 5e-10);
        assertThat(d.probability(0, 2)).isEqualTo((0.5 + 5e-10) / sum);
        assertThat(d.probability(1, 1)).isEqualTo(1.0);
        double[][] copy = d.probabilities();
        copy[0][0] = 9.0;
        assertThat(d.probabilities()[0][0]).isEqualTo(0.2 / sum);
        double[] labels = d.labels();
        labels[0] = 100.0;
        assertThat(d.labels()).containsExactly(LABELS);
        assertThatThrownBy(() -> d.probability(2, 0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("row");
        assertThatThrownBy(() -> d.probability(0, 3)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("classIndex");
    }

    @Test
    void massAtLabelsOnly() {
        Categorical d = Categorical.of(new double[] {0.25, 0.0, 0.75}, LABELS);
        assertThat(d.measureType()).isEqualTo(MeasureType.DISCRETE);
        assertThat(d.pdf(-1.5)).containsExactly(0.25);
        assertThat(d.pdf(0.0)).containsExactly(0.0);
        assertThat(d.pdf(1.0)).containsExactly(0.0);
        assertThat(d.logPdf(3.0)).containsExactly(Math.log(0.75));
        assertThat(d.logPdf(0.0)).containsExactly(Double.NEGATIVE_INFINITY);
        assertThat(d.cdf(-2.0)).containsExactly(0.0);
        assertThat(d.cdf(2.9)).containsExactly(0.25);
        assertThat(d.cdf(3.0)).containsExactly(1.0);
        assertThat(d.survival(-1.5)).containsExactly(0.75);
    }

    @Test
    void quantilesSkipClassesWithoutMass() {
        Categorical d = Categorical.of(new double[] {0.0, 0.5, 0.0, 0.5, 0.0}, new double[] {0, 1, 2, 3, 4});
        assertThat(d.ppf(0.0)).containsExactly(1.0);
        assertThat(d.ppf(1e-300)).containsExactly(1.0);
        assertThat(d.ppf(0.5)).containsExactly(1.0);
        assertThat(d.ppf(Math.nextUp(0.5))).containsExactly(3.0);
        assertThat(d.ppf(1.0)).containsExactly(3.0);
        assertThat(d.isf(0.0)).containsExactly(3.0);
        assertThat(d.isf(1.0)).containsExactly(1.0);
        assertThat(d.isf(0.5)).containsExactly(1.0);
        assertThat(d.isf(Math.nextDown(0.5))).containsExactly(3.0);
    }

    @Test
    void tinyTailProbabilitiesKeepTheirRelativeAccuracy() {
        double tiny = 1e-15;
        Categorical d = Categorical.of(new double[] {1.0 - tiny, tiny}, new double[] {0.0, 1.0});
        double pTop = d.probability(0, 1);
        assertThat(d.survival(0.0)[0]).isEqualTo(pTop);
        assertThat(d.isf(pTop)).containsExactly(0.0);
        assertThat(d.isf(pTop / 2)).containsExactly(1.0);
        // E|X - X'| = 2 p0 p1 |l1 - l0|; 1 - F(0) computed by subtraction would be off by 11 %
        assertThat(d.energy()[0]).isCloseTo(2.0 * d.probability(0, 0) * pTop, within(2e-15 * 1e-14));
        assertThat(d.var()[0]).isCloseTo(pTop * (1.0 - pTop), within(1e-15 * 1e-12));
    }

    @Test
    void momentsAndEnergiesAgreeWithDirectSums() {
        double[][] p = {{0.2, 0.5, 0.3}, {0.6, 0.1, 0.3}, {0.0, 0.0, 1.0}};
        Categorical d = Categorical.of(p, LABELS);
        double[] x = {0.7, -4.0, 3.0};
        double[] mean = d.mean();
        double[] var = d.var();
        double[] self = d.energy();
        double[] ex = d.energy(x);
        for (int i = 0; i < p.length; i++) {
            double m = 0;
            double e = 0;
            double pair = 0;
            for (int j = 0; j < 3; j++) {
                m += p[i][j] * LABELS[j];
                e += p[i][j] * Math.abs(LABELS[j] - x[i]);
                for (int k = 0; k < 3; k++) {
                    pair += p[i][j] * p[i][k] * Math.abs(LABELS[j] - LABELS[k]);
                }
            }
            double v = 0;
            for (int j = 0; j < 3; j++) {
                v += p[i][j] * (LABELS[j] - m) * (LABELS[j] - m);
            }
            assertThat(mean[i]).isCloseTo(m, within(1e-15));
            assertThat(var[i]).isCloseTo(v, within(1e-14));
            assertThat(ex[i]).isCloseTo(e, within(1e-14));
            assertThat(self[i]).isCloseTo(pair, within(1e-14));
        }
        assertThat(self[2]).isZero();
        assertThat(d.energy(Double.POSITIVE_INFINITY)).containsOnly(Double.POSITIVE_INFINITY);
    }

    @Test
    void drawsFollowTheProbabilities() {
        Categorical d = Categorical.of(new double[] {0.2, 0.5, 0.3}, LABELS);
        int n = 100_000;
        double[] draws = d.sample(n, new SplittableRandom(11))[0];
        int[] counts = new int[3];
        for (double v : draws) {
            int k = v == -1.5 ? 0 : v == 0.0 ? 1 : v == 3.0 ? 2 : -1;
            assertThat(k).as("draw %s is a label", v).isNotNegative();
            counts[k]++;
        }
        double[] expected = {0.2, 0.5, 0.3};
        for (int k = 0; k < 3; k++) {
            double se = Math.sqrt(expected[k] * (1 - expected[k]) / n);
            assertThat(counts[k] / (double) n).isCloseTo(expected[k], within(5 * se));
        }
    }

    @Test
    void selectCopiesRowsInOrder() {
        Categorical d = Categorical.of(new double[][] {{1.0, 0.0, 0.0}, {0.0, 0.0, 1.0}}, LABELS);
        Categorical s = d.select(1, 0, 1);
        assertThat(s.size()).isEqualTo(3);
        assertThat(s.mean()).containsExactly(3.0, -1.5, 3.0);
        assertThat(s.labels()).containsExactly(LABELS);
        assertThat(d.parameters()).containsOnlyKeys("p(-1.50000)", "p(0.00000)", "p(3.00000)");
    }

    @Test
    void validationNamesTheEntry() {
        assertThatThrownBy(() -> Categorical.of(new double[][] {{0.5, 0.5, Double.NaN}}, LABELS))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("probabilities[0][2]");
        assertThatThrownBy(() -> Categorical.of(new double[] {0.5, 0.5 + 2e-9, 0.0}, LABELS))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum to 1");
        assertThatThrownBy(() -> Categorical.of(new double[] {0.5, 0.5}, new double[] {1.0, 0.0}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("labels[1]");
        assertThatThrownBy(() -> Categorical.of((double[][]) null, LABELS))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("probabilities");
    }

    @Test
    void negativeZeroIsTheLabelZero() {
        Categorical c = Categorical.of(new double[] {0.3, 0.7}, new double[] {-0.0, 1.0});
        assertThat(c.pdf(-0.0)[0]).isEqualTo(0.3);
        assertThat(c.pdf(0.0)[0]).isEqualTo(0.3);
        assertThat(c.cdf(-0.0)[0]).isEqualTo(0.3);
        assertThat(c.logPdf(-0.0)[0]).isEqualTo(Math.log(0.3));
    }
}
