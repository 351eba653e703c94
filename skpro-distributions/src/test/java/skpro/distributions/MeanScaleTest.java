package skpro.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import skpro.distributions.testing.ExamplesComposite;

/** MeanScale behaviour the contract suite does not pin down. */
class MeanScaleTest {

    private static final Normal X = Normal.of(new double[] {0.0, 1.0, -2.0}, new double[] {1.0, 0.5, 3.0});
    private static final double[] MU = {2.0, 0.0, 1e3};
    private static final double[] SIGMA = {3.0, 1e-4, 1e5};
    private static final MeanScale Y = MeanScale.of(X, MU, SIGMA);
    /** Y in closed form: N(mu + sigma m, (sigma s)^2). */
    private static final Normal EXPECTED = Normal.of(new double[] {2.0, 1e-4, 1e3 - 2e5},
        new double[] {3.0, 0.5e-4, 3e5});

    private static void close(double[] actual, double[] expected) {
        for (int i = 0; i < actual.length; i++) {
            assertThat(actual[i]).as("row %d", i)
                .isCloseTo(expected[i], within(1e-13 * Math.max(Math.abs(expected[i]), 1e-300)));
        }
    }

    @Test
    void affineTransformOfANormalIsTheNormalWithShiftedAndScaledParameters() {
        double[] y = EXPECTED.ppf(new double[] {0.2, 0.7, 0.999});
        close(Y.pdf(y), EXPECTED.pdf(y));
        close(Y.logPdf(y), EXPECTED.logPdf(y));
        close(Y.cdf(y), EXPECTED.cdf(y));
        close(Y.survival(y), EXPECTED.survival(y));
        close(Y.ppf(new double[] {0.2, 0.7, 0.999}), y);
        close(Y.isf(new double[] {1e-12, 0.3, 0.5}), EXPECTED.isf(new double[] {1e-12, 0.3, 0.5}));
        close(Y.var(), EXPECTED.var());
        close(Y.energy(), EXPECTED.energy());
        close(Y.energy(y), EXPECTED.energy(y));
    }

    @Test
    void meanIsMuPlusSigmaTimesTheMean() {
        // skpro 2.14 returns mu + E X, forgetting sigma (2, 1, 1e3 - 2 here)
        close(Y.mean(), new double[] {2.0, 1e-4, 1e3 - 2e5});
        assertThat(MeanScale.of(Normal.of(1.0, 1.0), 2.0, 3.0).mean()[0]).isEqualTo(5.0);
    }

    @Test
    void farTailsComeFromTheBase() {
        MeanScale s = MeanScale.of(Normal.of(0.0, 1.0), 2.0, 3.0);
        // mpmath 1.3, 50 digits: log Phi(-40) = -804.6084420137537881666068
        assertThat(s.logCdf(2.0 - 3.0 * 40.0)[0]).isCloseTo(-804.6084420137537881666068, within(1e-14 * 804.6));
        assertThat(s.logSurvival(2.0 + 3.0 * 40.0)[0]).isCloseTo(-804.6084420137537881666068, within(1e-14 * 804.6));
        // mpmath: Phi^-1(1e-300) = -37.04709629936119923722296
        assertThat(s.ppf(1e-300)[0]).isCloseTo(2.0 - 3.0 * 37.04709629936119923722296, within(1e-14 * 109.1));
        assertThat(s.isf(1e-300)[0]).isCloseTo(2.0 + 3.0 * 37.04709629936119923722296, within(1e-14 * 113.1));
    }

    @Test
    void atomsKeepTheirMass() {
        Distribution lattice = ExamplesComposite.lattice(new double[] {0.0}, 0.2, 0.5, 0.3);
        MeanScale s = MeanScale.of(lattice, 2.0, 4.0);
        assertThat(s.measureType()).isEqualTo(MeasureType.DISCRETE);
        assertThat(s.pdf(6.0)[0]).isEqualTo(0.5);
        assertThat(s.logPdf(6.0)[0]).isEqualTo(Math.log(0.5));
        assertThat(s.pdf(7.0)[0]).isZero();
        assertThat(s.cdf(6.0)[0]).isEqualTo(0.7);
        assertThat(s.ppf(0.5)[0]).isEqualTo(6.0);
        assertThat(s.mean()[0]).isCloseTo(2.0 + 4.0 * 1.1, within(1e-14));
        assertThat(s.var()[0]).isCloseTo(16.0 * 0.49, within(1e-14));
    }

    @Test
    void quantilesOfADiscreteBaseInvertTheComputedCdfWhereTheMapRounds() {
        // y = 0.1 + 0.3 k is not exact in floating point, and in row 1 (nextDown(-6) - 2) / 4
        // rounds to the atom -2, so mu + sigma Q_X(p) = -6 is not the generalised inverse of the
        // computed cdf; the quantile must satisfy F(Q(p)) >= p and F(Q(p)-) < p
        Distribution lattice = ExamplesComposite.lattice(new double[] {0.0, -3.0}, 0.2, 0.5, 0.3);
        MeanScale s = MeanScale.of(lattice, new double[] {0.1, 2.0}, new double[] {0.3, 4.0});
        assertThat(s.cdf(new double[] {0.0, Math.nextDown(-6.0)})[1]).isEqualTo(0.7);
        assertThat(s.ppf(1.0)).containsExactly(0.1 + 0.3 * 2.0, -2.0); // ends of the support
        assertThat(s.ppf(0.0)).containsExactly(0.1, -10.0);
        for (double p : new double[] {0.1, 0.2, 0.45, 0.7, 0.9, 0.999}) {
            double[] q = s.ppf(p);
            double[] f = s.cdf(q);
            double[] below = s.cdf(new double[] {Math.nextDown(q[0]), Math.nextDown(q[1])});
            for (int i = 0; i < 2; i++) {
                assertThat(f[i]).as("F(Q(%s)) row %d", p, i).isGreaterThanOrEqualTo(p);
                assertThat(below[i]).as("F(Q(%s)-) row %d", p, i).isLessThan(p);
                double mu = i == 0 ? 0.1 : 2.0;
                double sigma = i == 0 ? 0.3 : 4.0;
                assertThat(q[i]).isCloseTo(mu + sigma * lattice.ppf(p)[i], within(1e-14));
            }
            double[] r = s.isf(1.0 - p);
            double[] sr = s.survival(r);
            double[] srBelow = s.survival(new double[] {Math.nextDown(r[0]), Math.nextDown(r[1])});
            for (int i = 0; i < 2; i++) {
                assertThat(sr[i]).as("S(isf(%s)) row %d", 1 - p, i).isLessThanOrEqualTo(1.0 - p);
                assertThat(srBelow[i]).as("S(isf(%s)-) row %d", 1 - p, i).isGreaterThan(1.0 - p);
            }
        }
    }

    @Test
    void atomsOfAMixedBaseAreNotDividedBySigma() {
        Normal n = Normal.of(0.5, 1.0);
        Distribution lattice = ExamplesComposite.lattice(new double[] {0.0}, 0.2, 0.5, 0.3);
        Mixture mixed = Mixture.of(List.of(n, lattice), new double[] {0.6, 0.4});
        MeanScale s = MeanScale.of(mixed, 1.0, 2.0);
        assertThat(s.measureType()).isEqualTo(MeasureType.MIXED);
        assertThat(s.pdf(3.0)[0]).isCloseTo(0.2, within(1e-16)); // atom 1 of the lattice
        assertThat(s.logPdf(3.0)[0]).isCloseTo(Math.log(0.2), within(1e-15));
        assertThat(s.pdf(2.0)[0]).isCloseTo(0.6 * n.pdf(0.5)[0] / 2.0, within(1e-16));
        assertThat(s.logPdf(2.0)[0]).isCloseTo(Math.log(0.6 * n.pdf(0.5)[0] / 2.0), within(1e-15));
    }

    @Test
    void samplesAreTheBaseSamplesTransformed() {
        double[][] base = X.sample(5, new SplittableRandom(11));
        double[][] s = Y.sample(5, new SplittableRandom(11));
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 5; j++) {
                assertThat(s[i][j]).isEqualTo(MU[i] + SIGMA[i] * base[i][j]);
            }
        }
    }

    @Test
    void selectKeepsParametersPerRow() {
        MeanScale r = Y.select(2, 0);
        assertThat(r.mu()).containsExactly(1e3, 2.0);
        assertThat(r.sigma()).containsExactly(1e5, 3.0);
        assertThat(r.mean()).containsExactly(Y.mean()[2], Y.mean()[0]);
        assertThat(r.toString()).startsWith("MeanScale[Normal] (2 rows)");
    }
}
