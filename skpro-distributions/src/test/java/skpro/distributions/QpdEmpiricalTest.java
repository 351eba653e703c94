package skpro.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** QpdEmpirical (skpro's QPD_Empirical): level weights, nearest-level quantiles, Empirical equivalence. */
class QpdEmpiricalTest {

    /** Column "a" of skpro's docstring example: levels 0.2, 0.5, 0.8 for three instances. */
    private static final QpdEmpirical DOC = QpdEmpirical.of(
        new double[][] {{0, 1, 2}, {2, 4, 6}, {4, 7, 10}}, new double[] {0.2, 0.5, 0.8});

    @Test
    void levelWeightsAreHalfTheSpacingOfTheNeighbours() {
        // (0.2 + 0.5) / 2, (0.8 - 0.2) / 2, 1 - (0.5 + 0.8) / 2
        assertThat(DOC.levelWeights()).containsExactly(new double[] {0.35, 0.3, 0.35}, within(1e-15));
        assertThat(QpdEmpirical.of(new double[] {1, 2, 3, 4}, new double[] {0.05, 0.25, 0.5, 0.9}).levelWeights())
            .containsExactly(new double[] {0.15, 0.225, 0.325, 0.3}, within(1e-15));
        assertThat(QpdEmpirical.of(new double[] {7}, new double[] {0.3}).levelWeights()).containsExactly(1.0);
    }

    @Test
    void quantilesAreThoseOfTheNearestLevel() {
        // dyadic levels: the weights 0.1875, 0.1875, 0.3125, 0.3125 and their sums are exact
        double[] levels = {0.125, 0.25, 0.5, 0.875};
        double[] q = {-3, 1, 2, 8};
        QpdEmpirical d = QpdEmpirical.of(q, levels);
        for (int k = 0; k < 1000; k++) {
            double p = (k + 0.3) / 1000;
            int nearest = 0;
            for (int j = 1; j < levels.length; j++) {
                if (Math.abs(levels[j] - p) < Math.abs(levels[nearest] - p)) {
                    nearest = j;
                }
            }
            assertThat(d.ppf(p)[0]).as("ppf(%s)", p).isEqualTo(q[nearest]);
        }
        for (int j = 0; j < levels.length; j++) {
            assertThat(d.ppf(levels[j])[0]).isEqualTo(q[j]);
        }
        // a midpoint between two levels belongs to the lower quantile (the generalised inverse)
        assertThat(d.ppf(new double[] {0.1875})[0]).isEqualTo(-3.0);
        assertThat(d.ppf(0.375)[0]).isEqualTo(1.0);
        assertThat(d.ppf(0.6875)[0]).isEqualTo(2.0);
        assertThat(d.ppf(Math.nextUp(0.6875))[0]).isEqualTo(8.0);
        assertThat(d.cdf(1.0)[0]).isEqualTo(0.375);
    }

    @Test
    void momentsAndEnergiesByHand() {
        // row 0: masses 0.35, 0.3, 0.35 on 0, 1, 2
        assertThat(DOC.mean()[0]).isCloseTo(1.0, within(1e-15));
        assertThat(DOC.var()[0]).isCloseTo(0.7, within(1e-15));
        // E|X - X'| = 2 (0.35 * 0.3 * 1 + 0.35 * 0.35 * 2 + 0.3 * 0.35 * 1) = 0.91
        assertThat(DOC.energy()[0]).isCloseTo(0.91, within(1e-15));
        assertThat(DOC.energy(0.5)[0]).isCloseTo(0.35 * 0.5 + 0.3 * 0.5 + 0.35 * 1.5, within(1e-15));
        // row 2: 0.35 * 4 + 0.3 * 7 + 0.35 * 10 = 7
        assertThat(DOC.mean()[2]).isCloseTo(7.0, within(1e-14));
        assertThat(DOC.cdf(new double[] {0.5, 4, 9.99})).containsExactly(new double[] {0.35, 0.65, 0.65},
            within(1e-15));
        assertThat(DOC.pdf(new double[] {1, 6, 5})).containsExactly(new double[] {0.3, 0.35, 0}, within(1e-15));
    }

    @Test
    void equalsTheWeightedEmpiricalDistribution() {
        QpdEmpirical d = QpdEmpirical.of(new double[][] {{-1, 0, 0, 5, 6}, {1e-3, 2e-3, 3e-3, 4e-3, 4e-3}},
            new double[] {0.1, 0.3, 0.5, 0.6, 0.99});
        Empirical e = d.toEmpirical();
        assertThat(e.weights()[0]).containsExactly(d.levelWeights(), within(1e-15));
        assertThat(d.mean()).containsExactly(e.mean(), within(1e-15));
        assertThat(d.var()).containsExactly(e.var(), within(1e-15));
        assertThat(d.energy()).containsExactly(e.energy(), within(1e-15));
        for (double x : new double[] {-2, -1, 0, 0.002, 3, 4e-3, 6}) {
            assertThat(d.cdf(x)).containsExactly(e.cdf(x), within(1e-15));
            assertThat(d.pdf(x)).containsExactly(e.pdf(x), within(1e-15));
            assertThat(d.energy(x)).containsExactly(e.energy(x), within(1e-15));
        }
        // tied quantiles pool their masses: 0 carries the weights of levels 0.3 and 0.5
        assertThat(d.pdf(0.0)[0]).isCloseTo(0.2 + 0.15, within(1e-15));
    }

    @Test
    void selectKeepsLevelsAndAccessorsCopy() {
        QpdEmpirical s = DOC.select(2, 0);
        assertThat(s.quantiles()).isDeepEqualTo(new double[][] {{4, 7, 10}, {0, 1, 2}});
        assertThat(s.alphas()).containsExactly(0.2, 0.5, 0.8);
        assertThat(s.mean()[1]).isCloseTo(1.0, within(1e-15));
        DOC.alphas()[0] = 0.9;
        DOC.quantiles()[0][0] = 100;
        assertThat(DOC.ppf(0.1)[0]).isEqualTo(0.0);
        assertThat(DOC.toString()).startsWith("QpdEmpirical (3 rows)").contains("q(0.5)");
    }
}
