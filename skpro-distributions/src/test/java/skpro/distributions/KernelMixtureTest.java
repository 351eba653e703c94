package skpro.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import skpro.distributions.KernelMixture.Bandwidth;
import skpro.distributions.KernelMixture.Kernel;

/** KernelMixture (Gaussian kernel): bandwidth rules, closed-form energies, tails. */
class KernelMixtureTest {

    /** Centres 0, 1, 2.5 with bandwidth 0.7: the mpmath reference values below are for this. */
    private static final KernelMixture KDE = KernelMixture.of(new double[] {0, 1, 2.5}, Kernel.GAUSSIAN, 0.7);

    @Test
    void bandwidthRulesMatchTheirFormulas() {
        double[] x = {1, 2, 3, 4, 10};
        // s = sqrt(50 / 4); values from mpmath 1.3 at 50 digits, the first two also equal to
        // scipy 1.17 gaussian_kde(x, bw_method).factor * std(x, ddof=1), as skpro defines them
        assertThat(Bandwidth.SCOTT.select(x)).isCloseTo(2.562483075263018758, within(1e-15));
        assertThat(Bandwidth.SILVERMAN.select(x)).isCloseTo(2.7142431656026674355, within(1e-15));
        // 0.9 min(s, IQR / 1.34) 5^(-1/5) with numpy's IQR 4 - 2 = 2
        assertThat(Bandwidth.SILVERMAN_ROBUST.select(x)).isCloseTo(0.97358462285063578854, within(1e-15));
        // degenerate spread: s = 1 (as skpro), so h = m^(-1/5)
        assertThat(Bandwidth.SCOTT.select(new double[] {3})).isEqualTo(1.0);
        assertThat(Bandwidth.SCOTT.select(new double[] {3, 3, 3, 3})).isCloseTo(Math.pow(4, -0.2), within(1e-16));
        // robust rule with zero IQR falls back to s: {0, 0, 0, 0, 1} has s = sqrt(0.2)
        assertThat(Bandwidth.SILVERMAN_ROBUST.select(new double[] {0, 0, 0, 0, 1}))
            .isCloseTo(0.9 * Math.sqrt(0.2) * Math.pow(5, -0.2), within(1e-16));
        KernelMixture k = KernelMixture.of(new double[][] {x, {0, 1}}, Kernel.GAUSSIAN, Bandwidth.SCOTT);
        assertThat(k.bandwidth())
            .containsExactly(Bandwidth.SCOTT.select(x), Bandwidth.SCOTT.select(new double[] {0, 1}));
    }

    @Test
    void energiesMatchHighPrecisionIntegrals() {
        // mpmath 1.3, 50 digits: quad of |t - 1.3| f(t), and 2 quad of F (1 - F)
        assertThat(KDE.energy(1.3)[0]).isCloseTo(1.0503505216192788816, within(2e-15));
        assertThat(KDE.energy()[0]).isCloseTo(1.4236214137962401814, within(2e-15));
    }

    @Test
    void energiesMatchNumericalIntegrationOnOtherRows() {
        KernelMixture k = KernelMixture.of(new double[][] {{-4, 0.5, 0.6, 7}, {1e3, 1e3 + 1}},
            Kernel.GAUSSIAN, new double[] {0.3, 2.0});
        for (int i = 0; i < k.size(); i++) {
            KernelMixture row = k.select(i);
            double lo = row.ppf(1e-17)[0];
            double hi = row.isf(1e-17)[0];
            double self = 2 * simpson(t -> row.cdf(t)[0] * row.survival(t)[0], lo, hi, 200_000);
            assertThat(row.energy()[0]).as("E|X-X'| row %d", i).isCloseTo(self, within(1e-9 * self));
            double x = row.ppf(0.3)[0];
            double toX = simpson(t -> Math.abs(t - x) * row.pdf(t)[0], lo, x, 100_000)
                + simpson(t -> Math.abs(t - x) * row.pdf(t)[0], x, hi, 100_000);
            assertThat(row.energy(x)[0]).as("E|X-x| row %d", i).isCloseTo(toX, within(1e-9 * toX));
        }
    }

    private static double simpson(java.util.function.DoubleUnaryOperator f, double a, double b, int n) {
        double h = (b - a) / n;
        double s = f.applyAsDouble(a) + f.applyAsDouble(b);
        for (int k = 1; k < n; k++) {
            s += (k % 2 == 1 ? 4 : 2) * f.applyAsDouble(a + k * h);
        }
        return s * h / 3;
    }

    @Test
    void momentsAreThoseOfTheSamplesPlusTheKernel() {
        // mean 7/6; deviations -7/6, -1/6, 8/6, so the ddof-0 variance is 114 / 108; plus h^2
        assertThat(KDE.mean()[0]).isCloseTo(3.5 / 3, within(1e-15));
        assertThat(KDE.var()[0]).isCloseTo(114.0 / 108 + 0.49, within(1e-15));
    }

    @Test
    void densityAndTailsMatchHighPrecisionValues() {
        // mpmath 1.3, 50 digits
        assertThat(KDE.cdf(0.4)[0]).isCloseTo(0.30439276136224326638, within(4e-16));
        assertThat(KDE.pdf(0.4)[0]).isCloseTo(0.2950356998586791763, within(4e-16));
        assertThat(KDE.survival(10.0)[0]).isCloseTo(1.453799474346197703e-27, within(1e-40));
        assertThat(KDE.logCdf(-40.0)[0]).isCloseTo(-1638.7164724602960658, within(1e-12 * 1638));
        assertThat(KDE.logSurvival(45.0)[0]).isCloseTo(-1849.2362458362411647, within(1e-12 * 1849));
        assertThat(KDE.logPdf(-40.0)[0]).isCloseTo(-1634.313937102423846, within(1e-12 * 1634));
        assertThat(KDE.ppf(1e-20)[0]).isCloseTo(-6.4010318440654681971, within(1e-13));
        assertThat(KDE.ppf(1e-300)[0]).isCloseTo(-25.912216076272142869, within(1e-13));
        assertThat(KDE.isf(1e-15)[0]).isCloseTo(7.9627634870206306602, within(1e-13));
    }

    @Test
    void oneCentreIsANormalDistribution() {
        KernelMixture k = KernelMixture.of(new double[] {-2.5}, Kernel.GAUSSIAN, 3.0);
        Normal n = Normal.of(-2.5, 3.0);
        for (double x : new double[] {-30, -7, -2.5, 0, 4, 20}) {
            // tail values depend on how z = (x - mu) / h is rounded: relative error ~ z^2 eps
            double z = (x + 2.5) / 3.0;
            assertThat(k.cdf(x)[0]).isCloseTo(n.cdf(x)[0], within((1e-15 + 3e-16 * z * z) * n.cdf(x)[0] + 1e-300));
            assertThat(k.pdf(x)[0]).isCloseTo(n.pdf(x)[0], within(1e-15 * n.pdf(x)[0]));
            assertThat(k.energy(x)[0]).isCloseTo(n.energy(x)[0], within(1e-14 * n.energy(x)[0]));
        }
        for (double p : new double[] {1e-12, 0.01, 0.3, 0.5, 0.8, 1 - 1e-9}) {
            double expected = n.ppf(p)[0];
            assertThat(k.ppf(p)[0]).as("ppf(%s)", p).isCloseTo(expected, within(1e-13 * (1 + Math.abs(expected))));
        }
        assertThat(k.energy()[0]).isCloseTo(n.energy()[0], within(1e-15));
        assertThat(k.var()[0]).isEqualTo(9.0);
    }

    @Test
    void quantilesOnBothSidesOfZeroAreFound() {
        // bracket [-5 + h z, 5 + h z] spans zero; the answer lies on either side
        KernelMixture k = KernelMixture.of(new double[] {-5, 5}, Kernel.GAUSSIAN, 1.0);
        for (double p : new double[] {0.1, 0.3, 0.5, 0.7, 0.9}) {
            double x = k.ppf(p)[0];
            assertThat(k.cdf(x)[0]).as("F(Q(%s))", p).isCloseTo(p, within(1e-15));
        }
        // the median 0 is resolved to ulp(1/2) / f(0) = 1.1e-16 / 1.5e-6
        assertThat(k.ppf(0.5)[0]).isCloseTo(0.0, within(1e-10));
        assertThat(k.ppf(0.0)[0]).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(k.ppf(1.0)[0]).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void accessorsCopy() {
        KernelMixture k = KernelMixture.of(new double[][] {{1, 2}, {3}}, Kernel.GAUSSIAN, new double[] {1, 2});
        k.bandwidth()[0] = 100;
        k.samples()[0][0] = 100;
        assertThat(k.mean()).containsExactly(1.5, 3.0);
        assertThat(k.var()).containsExactly(1.25, 4.0);
        assertThat(k.kernel()).isEqualTo(Kernel.GAUSSIAN);
        assertThat(k.select(1).bandwidth()).containsExactly(2.0);
        assertThat(k.toString()).startsWith("KernelMixture (2 rows)").contains("bandwidth");
    }

    @Test
    void integerWeightsEqualRepeatedCentres() {
        // weights 1, 3, 2 on centres 0, 1, 2.5 are the unweighted estimate on 0, 1, 1, 1, 2.5, 2.5
        KernelMixture w = KernelMixture.of(new double[][] {{0, 1, 2.5}}, new double[][] {{1, 3, 2}},
            Kernel.GAUSSIAN, new double[] {0.7});
        KernelMixture r = KernelMixture.of(new double[] {0, 1, 1, 1, 2.5, 2.5}, Kernel.GAUSSIAN, 0.7);
        for (double x : new double[] {-3, -0.2, 0.9, 1.7, 4}) {
            assertThat(w.pdf(x)[0]).isCloseTo(r.pdf(x)[0], within(1e-15));
            assertThat(w.cdf(x)[0]).isCloseTo(r.cdf(x)[0], within(1e-15));
            assertThat(w.energy(x)[0]).isCloseTo(r.energy(x)[0], within(1e-14));
        }
        assertThat(w.logPdf(-40)[0]).isCloseTo(r.logPdf(-40)[0], within(1e-12));
        assertThat(w.mean()[0]).isCloseTo(r.mean()[0], within(1e-15));
        assertThat(w.var()[0]).isCloseTo(r.var()[0], within(1e-14));
        assertThat(w.energy()[0]).isCloseTo(r.energy()[0], within(1e-14));
        assertThat(w.ppf(0.3)[0]).isCloseTo(r.ppf(0.3)[0], within(1e-12));
        assertThat(w.weights()[0]).containsExactly(1.0 / 6, 0.5, 1.0 / 3);
        assertThat(w.select(0).weights()[0]).containsExactly(1.0 / 6, 0.5, 1.0 / 3);
        // a zero weight removes its centre
        KernelMixture z = KernelMixture.of(new double[][] {{0, 50}}, new double[][] {{1, 0}}, Kernel.GAUSSIAN,
            new double[] {1});
        assertThat(z.cdf(10)[0]).isCloseTo(1.0, within(1e-15));
        double[] draws = z.sample(200, new java.util.SplittableRandom(3))[0];
        assertThat(java.util.Arrays.stream(draws).max().getAsDouble()).isLessThan(10.0);
    }
}
