package skpro.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static skpro.metrics.StatTestSupport.assertRelative;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class BootstrapTest {

    /**
     * 40 gamma(2, 0.25) losses rounded to 4 decimals: numpy.random.default_rng(20261127)
     * .gamma(2.0, 0.25, 40); mean 0.5358475, scipy.stats.sem 0.05872619812309996, skewness 0.72.
     */
    private static final double[] X = {
        0.1244, 0.2746, 0.1945, 0.346, 0.2852, 0.3314, 0.5085, 0.4178, 1.3789, 1.0118,
        1.0645, 0.4357, 0.4931, 0.2401, 0.2237, 1.0265, 0.194, 1.2522, 0.7559, 0.985,
        1.2979, 0.0606, 0.6148, 0.5595, 0.8492, 0.3417, 0.2321, 0.2757, 0.5156, 0.1142,
        0.1829, 0.3675, 0.5279, 0.0289, 0.9498, 1.0032, 0.8791, 0.3541, 0.5121, 0.2233};

    @Test
    void sameSeedSameIntervalOtherSeedOtherInterval() {
        Bootstrap b = Bootstrap.of(2000, 42L);
        ConfidenceInterval first = b.interval(X, 0.95);
        assertThat(Bootstrap.of(2000, 42L).interval(X.clone(), 0.95)).isEqualTo(first);
        assertThat(b.interval(X, 0.95)).isEqualTo(first);
        assertThat(b.resampledMeans(X)).containsExactly(b.resampledMeans(X));
        assertThat(Bootstrap.of(2000, 43L).interval(X, 0.95)).isNotEqualTo(first);
        assertThat(first.lower()).isLessThan(0.5358475);
        assertThat(first.upper()).isGreaterThan(0.5358475);
    }

    @Test
    void generatorFactoryDrawsTheSeedOnce() {
        Bootstrap b = Bootstrap.of(500, new SplittableRandom(7));
        assertThat(b.seed()).isEqualTo(new SplittableRandom(7).nextLong());
        assertThat(b.interval(X, 0.9)).isEqualTo(Bootstrap.of(500, b.seed()).interval(X, 0.9));
    }

    @Test
    void percentileIntervalAgreesWithScipyWithinMonteCarloError() {
        // scipy.stats.bootstrap((X,), np.mean, n_resamples=400000, method='percentile',
        // random_state=1): (0.4256325, 0.6523450); Monte Carlo sd of our endpoints with B = 1e5
        // is about 5e-4 (sqrt(0.025 * 0.975 / B) / phi(1.96) * se)
        ConfidenceInterval ci = Bootstrap.of(100_000, 11L).interval(X, 0.95);
        assertThat(ci.lower()).isCloseTo(0.4256325, within(2.5e-3));
        assertThat(ci.upper()).isCloseTo(0.6523450, within(2.5e-3));
    }

    @Test
    void bcaIntervalAgreesWithScipyWithinMonteCarloError() {
        // scipy.stats.bootstrap(..., n_resamples=400000, method='BCa', random_state=1):
        // (0.4312206, 0.6592322); right-skewed data shift BCa to the right of the percentile one
        Bootstrap b = Bootstrap.of(100_000, 11L).withMethod(Bootstrap.Method.BCA);
        ConfidenceInterval ci = b.interval(X, 0.95);
        assertThat(ci.lower()).isCloseTo(0.4312206, within(2.5e-3));
        assertThat(ci.upper()).isCloseTo(0.6592322, within(2.5e-3));
        ConfidenceInterval pct = Bootstrap.of(100_000, 11L).interval(X, 0.95);
        assertThat(ci.lower()).isGreaterThan(pct.lower());
        assertThat(ci.upper()).isGreaterThan(pct.upper());
    }

    @Test
    void bcaArithmeticMatchesItsFormulas() {
        // numpy: e = X - X.mean(); a = (e**3).sum() / (6 * ((e**2).sum())**1.5)
        assertRelative(Bootstrap.acceleration(X, null, MeanEstimate.mean(X)), 0.018975908391575654, 1e-12);
        // a fixed "bootstrap distribution" t = sort((k * 0.37) % 1 for k = 1..200), theta = 0.43;
        // z0 = norm.ppf(mean(t < theta)), alpha_i = norm.cdf(z0 + (z0 + z_i) / (1 - a (z0 + z_i))),
        // np.percentile(t, 100 alpha_i) (scipy 1.17.1, numpy)
        double[] t = new double[200];
        for (int k = 1; k <= 200; k++) {
            t[k - 1] = (k * 0.37) % 1.0;
        }
        Arrays.sort(t);
        double a = 0.018975908391575654;
        double[] p95 = Bootstrap.bcaLevels(t, 0.43, a, 0.95);
        assertRelative(p95[0], 0.014606445328732906, 1e-12);
        assertRelative(p95[1], 0.9574952056489938, 1e-12);
        assertThat(Bootstrap.quantile(t, p95[0])).isCloseTo(0.010000000000004453, within(1e-13));
        assertThat(Bootstrap.quantile(t, p95[1])).isCloseTo(0.9500000000000012, within(1e-13));
        double[] p80 = Bootstrap.bcaLevels(t, 0.43, a, 0.80);
        assertRelative(p80[0], 0.06110304577796531, 1e-12);
        assertRelative(p80[1], 0.8424071306113049, 1e-12);
        assertThat(Bootstrap.quantile(t, p80[1])).isCloseTo(0.8363901899164936, within(1e-13));
    }

    @Test
    void bcaWithoutBiasOrSkewIsThePercentileInterval() {
        // symmetric data: a = 0; the resample means straddle theta, z0 near 0
        double[] sym = {-3, -2, -1, 0, 1, 2, 3};
        assertThat(Bootstrap.acceleration(sym, null, 0.0)).isZero();
        double[] t = {0.1, 0.2, 0.3, 0.4, 0.6, 0.7, 0.8, 0.9};
        double[] p = Bootstrap.bcaLevels(t, 0.5, 0.0, 0.9);
        assertThat(p[0]).isCloseTo(0.05, within(1e-15));
        assertThat(p[1]).isCloseTo(0.95, within(1e-15));
    }

    @Test
    void percentileIsTheType7QuantileOfTheResampleMeans() {
        Bootstrap b = Bootstrap.of(1001, 5L);
        double[] means = b.resampledMeans(X);
        Arrays.sort(means);
        // B = 1001: h = 1000 p lands on order statistics 25 and 975 exactly for level 0.95
        ConfidenceInterval ci = b.interval(X, 0.95);
        assertThat(ci.lower()).isEqualTo(means[25]);
        assertThat(ci.upper()).isEqualTo(means[975]);
    }

    @Test
    void constantLossesGiveADegenerateInterval() {
        double[] c = {0.3, 0.3, 0.3, 0.3};
        for (Bootstrap.Method m : Bootstrap.Method.values()) {
            ConfidenceInterval ci = Bootstrap.of(200, 1L).withMethod(m).interval(c, 0.95);
            assertThat(ci.lower()).isCloseTo(0.3, within(1e-15));
            assertThat(ci.upper()).isCloseTo(0.3, within(1e-15));
        }
    }

    @Test
    void weightsEqualOrZeroReduceToTheUnweightedBootstrap() {
        Bootstrap b = Bootstrap.of(3000, 99L).withMethod(Bootstrap.Method.BCA);
        double[] w = new double[X.length];
        Arrays.fill(w, 2.5);
        ConfidenceInterval plain = b.interval(X, 0.9);
        ConfidenceInterval weighted = b.interval(X, w, 0.9);
        assertThat(weighted.lower()).isCloseTo(plain.lower(), within(1e-12));
        assertThat(weighted.upper()).isCloseTo(plain.upper(), within(1e-12));
        // a row of weight 0 is dropped: the same as the bootstrap of the other rows
        w[3] = 0.0;
        double[] without = new double[X.length - 1];
        for (int i = 0, k = 0; i < X.length; i++) {
            if (i != 3) {
                without[k++] = X[i];
            }
        }
        ConfidenceInterval dropped = b.interval(X, w, 0.9);
        ConfidenceInterval reference = b.interval(without, 0.9);
        assertThat(dropped.lower()).isCloseTo(reference.lower(), within(1e-12));
        assertThat(dropped.upper()).isCloseTo(reference.upper(), within(1e-12));
    }

    @Test
    void weightedBootstrapFollowsTheWeightedMean() {
        // heavy weight on the large losses pulls the interval up, around the weighted mean
        double[] w = new double[X.length];
        for (int i = 0; i < X.length; i++) {
            w[i] = X[i] > 0.8 ? 4.0 : 1.0;
        }
        double wMean = MeanEstimate.of(X, w).mean();
        ConfidenceInterval ci = Bootstrap.of(4000, 3L).interval(X, w, 0.95);
        assertThat(ci.contains(wMean)).isTrue();
        assertThat(ci.lower()).isGreaterThan(Bootstrap.of(4000, 3L).interval(X, 0.95).lower());
        double[] means = Bootstrap.of(4000, 3L).resampledMeans(X, w);
        assertThat(means).hasSize(4000);
        double avg = Arrays.stream(means).average().orElseThrow();
        assertThat(avg).isCloseTo(wMean, within(0.01));
    }

    @Test
    void coverageOnNormalDataIsNearTheLevel() {
        // 400 seeded data sets of 30 N(0, 1) rows; 90% intervals for the true mean 0. The
        // bootstrap intervals of the mean are a little narrow for n = 30 (about 0.88); the
        // bounds are 3.5 binomial standard deviations (0.015) around that.
        int reps = 400;
        int[] covered = new int[2];
        for (int r = 0; r < reps; r++) {
            double[] x = StatTestSupport.normal(30, 0.0, 1.0, 1000 + r);
            Bootstrap b = Bootstrap.of(1000, r);
            if (b.interval(x, 0.9).contains(0.0)) {
                covered[0]++;
            }
            if (b.withMethod(Bootstrap.Method.BCA).interval(x, 0.9).contains(0.0)) {
                covered[1]++;
            }
        }
        assertThat(covered[0] / (double) reps).isBetween(0.83, 0.935);
        assertThat(covered[1] / (double) reps).isBetween(0.83, 0.935);
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> Bootstrap.of(1, 1L))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resamples")
            .hasMessageContaining("1");
        assertThatThrownBy(() -> Bootstrap.of(100, (java.util.random.RandomGenerator) null))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rng");
        Bootstrap b = Bootstrap.of(100, 1L);
        assertThatThrownBy(() -> b.withMethod(null))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("method");
        assertThatThrownBy(() -> b.interval(new double[0], 0.9))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("losses");
        assertThatThrownBy(() -> b.interval(new double[] {1.0}, 0.9))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> b.interval(new double[] {1.0, Double.NaN}, 0.9))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("losses[1]");
        for (double level : new double[] {0.0, 1.0, Double.NaN, 2.0}) {
            assertThatThrownBy(() -> b.interval(X, level))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("level");
        }
        assertThatThrownBy(() -> b.interval(new double[] {1, 2}, new double[] {1, -1}, 0.9))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weights[1]");
        assertThatThrownBy(() -> b.interval(new double[] {1, 2}, new double[] {0, 0}, 0.9))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum to 0");
        assertThatThrownBy(() -> b.interval(new double[] {1, 2}, new double[] {0, 1}, 0.9))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two rows");
        assertThatThrownBy(() -> b.interval(new double[] {1, 2}, new double[] {1, 1, 1}, 0.9))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weights");
        assertThatThrownBy(() -> b.resampledMeans(new double[] {1, Double.POSITIVE_INFINITY}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("losses[1]");
    }

    @Test
    void descriptionIsAValue() {
        Bootstrap b = Bootstrap.of(2000, 42L).withMethod(Bootstrap.Method.BCA);
        assertThat(b.resamples()).isEqualTo(2000);
        assertThat(b.seed()).isEqualTo(42L);
        assertThat(b.method()).isEqualTo(Bootstrap.Method.BCA);
        assertThat(b).isEqualTo(Bootstrap.of(2000, 42L).withMethod(Bootstrap.Method.BCA))
            .isNotEqualTo(Bootstrap.of(2000, 42L));
        assertThat(b).hasToString("Bootstrap[resamples = 2000, seed = 42, method = BCA]");
    }
}
