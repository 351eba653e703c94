package skpro.regression.density;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import skpro.distributions.Distribution;
import skpro.distributions.Empirical;
import skpro.distributions.KernelMixture;
import skpro.regression.ProbaModel;
import skpro.regression.density.NadarayaWatsonCDE.BandwidthRule;
import skpro.regression.density.NadarayaWatsonCDE.Kernel;

/** Nadaraya-Watson conditional densities at the limits of the bandwidth, and their rules. */
class NadarayaWatsonCDETest {

    private static final int N = 50;
    private static final double[][] X = new double[N][];
    private static final double[] Y = new double[N];

    static {
        SplittableRandom rng = new SplittableRandom(4);
        for (int i = 0; i < N; i++) {
            X[i] = new double[] {rng.nextDouble() * 10, rng.nextDouble()};
            Y[i] = X[i][0] + rng.nextDouble();
        }
    }

    /** @return the training row nearest x in the standardised metric */
    private static int nearest(double[] x) {
        double[] mean = new double[2];
        double[] sd = new double[2];
        for (double[] r : X) {
            mean[0] += r[0] / N;
            mean[1] += r[1] / N;
        }
        for (double[] r : X) {
            sd[0] += (r[0] - mean[0]) * (r[0] - mean[0]) / N;
            sd[1] += (r[1] - mean[1]) * (r[1] - mean[1]) / N;
        }
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int i = 0; i < N; i++) {
            double d0 = (x[0] - X[i][0]) / Math.sqrt(sd[0]);
            double d1 = (x[1] - X[i][1]) / Math.sqrt(sd[1]);
            if (d0 * d0 + d1 * d1 < bestD) {
                bestD = d0 * d0 + d1 * d1;
                best = i;
            }
        }
        return best;
    }

    @Test
    void tinyBandwidthReproducesTheNearestNeighbour() {
        double[][] probe = {X[3], X[17], {4.2, 0.4}, {-30, 2}};
        for (Kernel k : Kernel.values()) {
            ProbaModel model = NadarayaWatsonCDE.of().withKernel(k).withBandwidth(1e-4).withYKernel(false).fit(X, Y);
            Distribution d = model.predictProba(probe);
            assertThat(d).isInstanceOf(Empirical.class);
            for (int r = 0; r < probe.length; r++) {
                int i = nearest(probe[r]);
                // a point mass at the nearest row's target (compact kernels: by the fallback)
                assertThat(((Empirical) d).samples()[r]).as("%s row %d", k, r).containsExactly(Y[i]);
                assertThat(d.var()[r]).isEqualTo(0.0);
            }
        }
    }

    @Test
    void hugeBandwidthGivesTheMarginal() {
        double[][] probe = {X[0], {100, -5}};
        Distribution emp = NadarayaWatsonCDE.of().withBandwidth(1e8).withYKernel(false).fit(X, Y).predictProba(probe);
        Empirical marginal = Empirical.of(Y);
        KernelMixture kde = KernelMixture.of(Y, KernelMixture.Kernel.GAUSSIAN, KernelMixture.Bandwidth.SCOTT);
        Distribution smooth = NadarayaWatsonCDE.of().withKernel(Kernel.UNIFORM).withBandwidth(1e8).fit(X, Y)
            .predictProba(probe);
        assertThat(smooth).isInstanceOf(KernelMixture.class);
        for (int r = 0; r < 2; r++) {
            assertThat(emp.mean()[r]).isCloseTo(marginal.mean()[0], within(1e-12));
            assertThat(emp.var()[r]).isCloseTo(marginal.var()[0], within(1e-10));
            // (0.31: weights equal to rounding would make a tie at a cumulative weight of exactly 0.3)
            assertThat(emp.ppf(0.31)[r]).isEqualTo(marginal.ppf(0.31)[0]);
            assertThat(((KernelMixture) smooth).bandwidth()[r]).isEqualTo(kde.bandwidth()[0]);
            for (double t : new double[] {1, 4, 9}) {
                assertThat(smooth.cdf(t)[r]).isCloseTo(kde.cdf(t)[0], within(1e-14));
            }
        }
    }

    @Test
    void meanIsTheNadarayaWatsonRegression() {
        // Epanechnikov with h = 0.8 on standardised X: the mean is sum K_i y_i / sum K_i
        NadarayaWatsonCDE nw = NadarayaWatsonCDE.of().withKernel(Kernel.EPANECHNIKOV).withBandwidth(0.8);
        double[] x = {5, 0.5};
        double[] mean = new double[2];
        double[] sd = new double[2];
        for (double[] r : X) {
            mean[0] += r[0] / N;
            mean[1] += r[1] / N;
        }
        for (double[] r : X) {
            sd[0] += (r[0] - mean[0]) * (r[0] - mean[0]) / N;
            sd[1] += (r[1] - mean[1]) * (r[1] - mean[1]) / N;
        }
        double num = 0;
        double den = 0;
        for (int i = 0; i < N; i++) {
            double d0 = (x[0] - X[i][0]) / Math.sqrt(sd[0]) / 0.8;
            double d1 = (x[1] - X[i][1]) / Math.sqrt(sd[1]) / 0.8;
            double k = Math.max(1 - d0 * d0 - d1 * d1, 0);
            num += k * Y[i];
            den += k;
        }
        assertThat(den).isPositive();
        assertThat(nw.fit(X, Y).predict(new double[][] {x})[0]).isCloseTo(num / den, within(1e-12));
    }

    @Test
    void bandwidthRulesFollowTheirFormulas() {
        NadarayaWatsonCDE nw = NadarayaWatsonCDE.of();
        assertThat(nw.bandwidthFor(1000, 2)).isCloseTo(Math.pow(1000, -1.0 / 6), within(1e-15));
        assertThat(nw.withBandwidthRule(BandwidthRule.SILVERMAN).bandwidthFor(1000, 3))
            .isCloseTo(Math.pow(0.8, 1.0 / 7) * Math.pow(1000, -1.0 / 7), within(1e-15));
        // canonical bandwidth ratios 15^(1/5) / (4 pi)^(-1/10) and 4.5^(1/5) / (4 pi)^(-1/10)
        assertThat(nw.withKernel(Kernel.EPANECHNIKOV).bandwidthFor(1000, 2) / nw.bandwidthFor(1000, 2))
            .isCloseTo(2.2138043588613394, within(1e-12));
        assertThat(nw.withKernel(Kernel.UNIFORM).bandwidthFor(1000, 2) / nw.bandwidthFor(1000, 2))
            .isCloseTo(1.7400570569722662, within(1e-12));
        assertThat(nw.withBandwidth(0.25).bandwidthFor(1000, 2)).isEqualTo(0.25);
    }

    @Test
    void constantTargetsDuplicateRowsAndBadParameters() {
        double[][] x = {{1, 1}, {1, 1}, {2, 2}, {2, 2}, {3, 3}};
        double[] y = {4, 4, 4, 4, 4};
        Distribution d = NadarayaWatsonCDE.of().fit(x, y).predictProba(new double[][] {{1, 1}});
        // the y-kernel of constant targets falls back to s = 1: h_y = 5^(-1/5)
        assertThat(d.mean()[0]).isCloseTo(4.0, within(1e-12));
        assertThat(d.var()[0]).isCloseTo(Math.pow(5, -0.4), within(1e-12));
        assertThat(NadarayaWatsonCDE.of().withYKernel(false).fit(x, y).predictProba(new double[][] {{9, 9}}).var()[0])
            .isEqualTo(0.0);
        assertThatThrownBy(() -> NadarayaWatsonCDE.of().withBandwidth(0.0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("bandwidth must be finite and > 0, got 0.0");
        assertThatThrownBy(() -> NadarayaWatsonCDE.of().withBandwidth(Double.NaN))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bandwidth");
        assertThatThrownBy(() -> NadarayaWatsonCDE.of().withKernel(null)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("kernel");
        assertThatThrownBy(() -> NadarayaWatsonCDE.of().withParam("kernel", "box"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kernel");
    }
}
