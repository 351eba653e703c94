package skpro.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** Empirical: weights, ties, the lazy sort, and the closed-form energies. */
class EmpiricalTest {

    private static double[] random(SplittableRandom rng, int m) {
        double[] x = new double[m];
        for (int k = 0; k < m; k++) {
            x[k] = rng.nextGaussian() * 3 + (k % 7 == 0 ? 10 : 0);
        }
        return x;
    }

    /** sum_(j,k) w_j w_k |x_j - x_k| by the O(m^2) definition. */
    private static double pairSum(double[] x, double[] w) {
        double total = 0;
        for (double v : w) {
            total += v;
        }
        double s = 0;
        for (int j = 0; j < x.length; j++) {
            for (int k = 0; k < x.length; k++) {
                s += w[j] * w[k] * Math.abs(x[j] - x[k]);
            }
        }
        return s / (total * total);
    }

    @Test
    void integerWeightsEqualRepeatedSamples() {
        Empirical weighted = Empirical.of(new double[][] {{5, -1, 2, 9}}, new double[][] {{2, 1, 3, 0}});
        Empirical repeated = Empirical.of(new double[] {5, 2, -1, 2, 5, 2});
        double[] points = {-2, -1, 0, 2, 3, 5, 9, 10};
        for (double x : points) {
            assertThat(weighted.cdf(x)[0]).as("cdf at %s", x).isCloseTo(repeated.cdf(x)[0], within(1e-15));
            assertThat(weighted.pdf(x)[0]).as("pmf at %s", x).isCloseTo(repeated.pdf(x)[0], within(1e-15));
            assertThat(weighted.energy(x)[0]).as("E|X-x| at %s", x)
                .isCloseTo(repeated.energy(x)[0], within(1e-14));
        }
        for (double p : new double[] {0, 1e-9, 0.1, 0.17, 0.5, 0.51, 0.8, 0.9, 1}) {
            assertThat(weighted.ppf(p)[0]).as("ppf at %s", p).isEqualTo(repeated.ppf(p)[0]);
        }
        assertThat(weighted.mean()[0]).isCloseTo(repeated.mean()[0], within(1e-14));
        assertThat(weighted.var()[0]).isCloseTo(repeated.var()[0], within(1e-14));
        assertThat(weighted.energy()[0]).isCloseTo(repeated.energy()[0], within(1e-14));
        // the zero-weight sample 9 is outside the support
        assertThat(weighted.ppf(1.0)[0]).isEqualTo(5.0);
        assertThat(weighted.pdf(9.0)[0]).isZero();
    }

    @Test
    void tiesPoolTheirMassAndPpfIsTheGeneralisedInverse() {
        Empirical d = Empirical.of(new double[] {4, 2, 7, 1, 2});
        assertThat(d.pdf(2.0)[0]).isEqualTo(0.4);
        assertThat(d.logPdf(2.5)[0]).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(d.cdf(2.0)[0]).isEqualTo(0.6);
        assertThat(d.cdf(Math.nextDown(2.0))[0]).isEqualTo(0.2);
        // first sorted sample whose cumulative weight reaches p: sorted 1, 2, 2, 4, 7
        assertThat(d.ppf(0.0)[0]).isEqualTo(1.0);
        assertThat(d.ppf(0.2)[0]).isEqualTo(1.0);
        assertThat(d.ppf(0.2 + 1e-12)[0]).isEqualTo(2.0);
        assertThat(d.ppf(0.6)[0]).isEqualTo(2.0);
        assertThat(d.ppf(0.6 + 1e-12)[0]).isEqualTo(4.0);
        assertThat(d.ppf(1.0)[0]).isEqualTo(7.0);
        assertThat(d.isf(0.4)[0]).isEqualTo(2.0);
        // mean 3.2, ddof-0 variance (1 + 4 + 4 + 16 + 49) / 5 - 3.2^2 = 4.56
        assertThat(d.mean()[0]).isCloseTo(3.2, within(1e-15));
        assertThat(d.var()[0]).isCloseTo(4.56, within(1e-14));
    }

    @Test
    void zeroAndTinyWeights() {
        Empirical d = Empirical.of(new double[][] {{-5, 0, 1, 3}}, new double[][] {{0, 1, 1, 1e-20}});
        assertThat(d.ppf(0.0)[0]).as("lowest sample of positive weight").isEqualTo(0.0);
        assertThat(d.cdf(-5.0)[0]).isZero();
        // S(2) = 1e-20 / (2 + 1e-20), summed from the top: not lost to 1 - F
        assertThat(d.survival(2.0)[0]).isCloseTo(0.5e-20, within(1e-35));
        assertThat(d.logSurvival(2.0)[0]).isCloseTo(Math.log(0.5e-20), within(1e-13));
        assertThat(d.cdf(3.0)[0]).isEqualTo(1.0);
        assertThat(d.pdf(3.0)[0]).isCloseTo(0.5e-20, within(1e-35));
    }

    @Test
    void energyMatchesThePairSumOnRandomData() {
        SplittableRandom rng = new SplittableRandom(42);
        for (int m : new int[] {1, 2, 3, 17, 200}) {
            double[] x = random(rng, m);
            double[] w = new double[m];
            double[] ones = new double[m];
            for (int k = 0; k < m; k++) {
                w[k] = k % 5 == 3 ? 0.0 : rng.nextDouble();
                ones[k] = 1.0;
            }
            w[0] = 0.5;
            Empirical unweighted = Empirical.of(x);
            Empirical weighted = Empirical.of(x, w);
            double expectedU = pairSum(x, ones);
            double expectedW = pairSum(x, w);
            assertThat(unweighted.energy()[0]).as("unweighted m=%d", m)
                .isCloseTo(expectedU, within(1e-13 * (1 + expectedU)));
            assertThat(weighted.energy()[0]).as("weighted m=%d", m)
                .isCloseTo(expectedW, within(1e-13 * (1 + expectedW)));
        }
    }

    @Test
    void cdfAndPpfMatchBruteForceOnRandomWeightedData() {
        SplittableRandom rng = new SplittableRandom(9);
        int m = 300;
        double[] x = random(rng, m);
        double[] w = new double[m];
        for (int k = 0; k < m; k++) {
            x[k] = Math.rint(x[k] * 4) / 4; // many ties
            w[k] = rng.nextDouble();
        }
        double total = 0;
        for (double v : w) {
            total += v;
        }
        Empirical d = Empirical.of(x, w);
        for (int t = 0; t < 200; t++) {
            double y = rng.nextDouble() * 30 - 10;
            double below = 0;
            for (int k = 0; k < m; k++) {
                below += x[k] <= y ? w[k] : 0;
            }
            assertThat(d.cdf(y)[0]).as("cdf %s", y).isCloseTo(below / total, within(1e-13));
            assertThat(d.survival(y)[0]).as("survival %s", y).isCloseTo(1 - below / total, within(1e-13));
            assertThat(d.pdf(x[t])[0]).as("pmf %s", x[t]).isCloseTo(pmf(x, w, x[t]) / total, within(1e-13));
            double p = rng.nextDouble();
            double q = d.ppf(p)[0];
            // generalised inverse: F(q) >= p and F(q-) < p
            double upTo = 0;
            double strictlyBelow = 0;
            for (int k = 0; k < m; k++) {
                upTo += x[k] <= q ? w[k] : 0;
                strictlyBelow += x[k] < q ? w[k] : 0;
            }
            assertThat(upTo / total).as("F(Q(%s))", p).isGreaterThanOrEqualTo(p - 1e-13);
            assertThat(strictlyBelow / total).as("F(Q(%s)-)", p).isLessThan(p + 1e-13);
        }
    }

    private static double pmf(double[] x, double[] w, double y) {
        double s = 0;
        for (int k = 0; k < x.length; k++) {
            s += x[k] == y ? w[k] : 0;
        }
        return s;
    }

    @Test
    void energyKeepsItsAccuracyFarFromZero() {
        // E|X - X'| of {0, 1, 2} is 8/9; the gap form has no cancellation at an offset of 1e8
        Empirical d = Empirical.of(new double[] {1e8 + 2, 1e8, 1e8 + 1});
        assertThat(d.energy()[0]).isCloseTo(8.0 / 9.0, within(1e-15));
        assertThat(d.energy(1e8 + 1)[0]).isCloseTo(2.0 / 3.0, within(1e-15));
    }

    @Test
    void momentsAndEnergyToAPointDoNotSort() {
        Empirical d = Empirical.of(new double[][] {{3, 1, 2}, {5, 4}});
        d.mean();
        d.var();
        d.energy(new double[] {0, 0});
        d.pdf(new double[] {1, 4});
        d.sample(3, new SplittableRandom(1));
        assertThat(d.isSorted()).isFalse();
        assertThat(d.cdf(new double[] {1.5, 4.5})).containsExactly(1.0 / 3, 0.5);
        assertThat(d.isSorted()).isTrue();
        assertThat(d.samples()[0]).as("the samples keep their order").containsExactly(3, 1, 2);
    }

    @Test
    void selectCarriesTheSortedRows() {
        Empirical d = Empirical.of(new double[][] {{3, 1, 2}, {5, 4}, {-1, -3, -2, 0}},
            new double[][] {{1, 2, 3}, {1, 1}, {4, 3, 2, 1}});
        Empirical before = d.select(2, 0);
        assertThat(before.isSorted()).isFalse();
        d.ppf(0.5);
        Empirical after = d.select(2, 0, 2);
        assertThat(after.isSorted()).isTrue();
        Empirical fresh = Empirical.of(new double[][] {{-1, -3, -2, 0}, {3, 1, 2}, {-1, -3, -2, 0}},
            new double[][] {{4, 3, 2, 1}, {1, 2, 3}, {4, 3, 2, 1}});
        for (double p : new double[] {0, 0.1, 0.3, 0.5, 0.7, 1}) {
            assertThat(after.ppf(p)).as("ppf %s", p).containsExactly(fresh.ppf(p));
        }
        for (double x : new double[] {-3, -2.5, 0, 1, 2, 3}) {
            assertThat(after.cdf(x)).as("cdf %s", x).containsExactly(fresh.cdf(x));
            assertThat(after.survival(x)).as("survival %s", x).containsExactly(fresh.survival(x));
            assertThat(after.pdf(x)).as("pdf %s", x).containsExactly(fresh.pdf(x));
        }
        assertThat(after.energy()).containsExactly(fresh.energy());
        assertThat(after.samples()).isDeepEqualTo(fresh.samples());
        assertThat(after.counts()).containsExactly(4, 3, 4);
        assertThat(after.weights()[1]).containsExactly(1.0 / 6, 2.0 / 6, 3.0 / 6);
    }

    @Test
    void weightedDrawsFollowTheWeights() {
        Empirical d = Empirical.of(new double[][] {{30, 10, 20, 40}}, new double[][] {{0.3, 0.1, 0.6, 0}});
        int n = 200_000;
        double[] draws = d.sample(n, new SplittableRandom(7))[0];
        int[] counts = new int[5];
        for (double v : draws) {
            counts[(int) v / 10]++;
        }
        assertThat(counts[4]).as("zero weight is never drawn").isZero();
        double[] p = {0, 0.1, 0.6, 0.3};
        for (int k = 1; k <= 3; k++) {
            double se = Math.sqrt(p[k] * (1 - p[k]) / n);
            assertThat((double) counts[k] / n).as("frequency of %d", 10 * k).isCloseTo(p[k], within(5 * se));
        }
    }

    @Test
    void theLazySortIsSafeUnderConcurrentFirstUse() throws Exception {
        SplittableRandom rng = new SplittableRandom(3);
        int rows = 40;
        double[][] x = new double[rows][];
        double[][] w = new double[rows][];
        for (int i = 0; i < rows; i++) {
            x[i] = random(rng, 500 + i);
            w[i] = new double[x[i].length];
            for (int k = 0; k < w[i].length; k++) {
                w[i][k] = rng.nextDouble();
            }
        }
        double[] p = new double[rows];
        java.util.Arrays.fill(p, 0.37);
        Empirical serial = Empirical.of(x, w);
        double[] expectedPpf = serial.ppf(p);
        double[] expectedEnergy = serial.energy();
        for (int round = 0; round < 5; round++) {
            Empirical shared = Empirical.of(x, w);
            int threads = 8;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<double[][]>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    Callable<double[][]> task = () -> {
                        start.await();
                        return new double[][] {shared.ppf(p), shared.energy()};
                    };
                    results.add(pool.submit(task));
                }
                start.countDown();
                for (Future<double[][]> f : results) {
                    double[][] r = f.get();
                    assertThat(r[0]).containsExactly(expectedPpf);
                    assertThat(r[1]).containsExactly(expectedEnergy);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void accessorsReturnCopies() {
        double[][] x = {{1, 2}};
        Empirical d = Empirical.of(x);
        x[0][0] = 100;
        assertThat(d.mean()[0]).isEqualTo(1.5);
        d.samples()[0][0] = 100;
        d.weights()[0][0] = 100;
        assertThat(d.mean()[0]).isEqualTo(1.5);
        assertThat(d.isWeighted()).isFalse();
        assertThat(d.weights()[0]).containsExactly(0.5, 0.5);
        assertThat(d.toString()).startsWith("Empirical (1 row)").contains("mean");
    }
}
