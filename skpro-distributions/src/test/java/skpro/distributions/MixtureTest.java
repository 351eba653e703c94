package skpro.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import skpro.distributions.testing.ExamplesComposite;

/** Mixture behaviour the contract suite does not pin down. */
class MixtureTest {

    /** The reference file's case Mixture/normal_normal_w0.3_0.7. */
    private static final Normal A = Normal.of(new double[] {0.0, 1.0, 2.0}, new double[] {1.0, 1.0, 1.0});
    private static final Normal B = Normal.of(new double[] {3.0, -1.0, 2.0}, new double[] {2.0, 0.5, 3.0});
    private static final Mixture AB = Mixture.of(List.of(A, B), new double[] {0.3, 0.7});

    private static double rel(double expected) {
        return Math.abs(expected) * 1e-14;
    }

    @Test
    void normalMixtureEnergyMatchesHighPrecisionValue() {
        // mpmath 1.3, 50 digits: sum_jk w_j w_k E|N(mu_j - mu_k, s_j^2 + s_k^2)| for row 0, and
        // independently 2 int F(x)(1 - F(x)) dx by mpmath.quad; both 2.545583673877134950533599
        assertThat(AB.energy()[0]).isCloseTo(2.545583673877134950533599, within(rel(2.5456)));
    }

    @Test
    void normalMixtureEnergyMatchesANumericalDoubleIntegral() {
        double[] energy = AB.energy();
        for (int i = 0; i < 3; i++) {
            double expected = doubleIntegral(AB.select(i));
            assertThat(energy[i]).as("row %d", i).isCloseTo(expected, within(1e-10 * expected));
        }
    }

    @Test
    void normalMixtureEnergyMatchesMonteCarloWithAFixedSeed() {
        // skpro's own Monte Carlo estimate for row 0 is 2.2888 (one component per sample):
        // about 50 standard errors away from this estimate
        int n = 200_000;
        SplittableRandom rng = new SplittableRandom(20240601L);
        double[][] x = AB.sample(n, rng);
        double[][] y = AB.sample(n, rng);
        double[] energy = AB.energy();
        for (int i = 0; i < 3; i++) {
            double sum = 0.0;
            double sumSq = 0.0;
            for (int j = 0; j < n; j++) {
                double d = Math.abs(x[i][j] - y[i][j]);
                sum += d;
                sumSq += d * d;
            }
            double mean = sum / n;
            double se = Math.sqrt((sumSq / n - mean * mean) / n);
            assertThat(energy[i]).as("row %d", i).isCloseTo(mean, within(4 * se));
        }
    }

    @Test
    void crossTermsByQuadratureAgreeWithTheNormalClosedForm() {
        // MeanScale(N(0, 1), mu, sigma) is N(mu, sigma^2) but not a Normal: its cross term with
        // the other component goes through the tanh-sinh quadrature
        Distribution b = MeanScale.of(Normal.of(new double[] {0.0, 0.0, 0.0}, new double[] {1.0, 1.0, 1.0}),
            new double[] {3.0, -1.0, 2.0}, new double[] {2.0, 0.5, 3.0});
        double[] quadrature = Mixture.of(List.of(A, b), new double[] {0.3, 0.7}).energy();
        double[] closed = AB.energy();
        for (int i = 0; i < 3; i++) {
            assertThat(quadrature[i]).as("row %d", i).isCloseTo(closed[i], within(1e-12 * closed[i]));
        }
    }

    @Test
    void perRowWeightsWeighEachRowAndIgnoreZeroWeights() {
        Normal far = Normal.of(new double[] {1000.0, 1000.0, 1000.0}, new double[] {1.0, 1.0, 1.0});
        Mixture m = Mixture.of(List.of(A, B, far), new double[][] {{1.0, 0.0, 0.0}, {2.0, 3.0, 5.0}, {0.0, 1.0, 1.0}});
        double[] x = {0.3, -0.2, 4.0};
        // row 0 is A alone: the far component has weight 0 and must not move the quantile
        Distribution a0 = A.select(0);
        assertThat(m.select(0).cdf(x[0])[0]).isEqualTo(a0.cdf(x[0])[0]);
        assertThat(m.select(0).ppf(0.2)[0]).isCloseTo(a0.ppf(0.2)[0], within(1e-15));
        assertThat(m.select(0).ppf(0.97)[0]).isCloseTo(a0.ppf(0.97)[0], within(1e-15));
        assertThat(m.energy()[0]).isCloseTo(a0.energy()[0], within(1e-15));
        // row 1: hand-made sums with weights 0.2, 0.3, 0.5
        double[] fa = A.cdf(x);
        double[] fb = B.cdf(x);
        double[] ff = far.cdf(x);
        assertThat(m.cdf(x)[1]).isCloseTo(0.2 * fa[1] + 0.3 * fb[1] + 0.5 * ff[1], within(1e-16));
        double[] pa = A.pdf(x);
        double[] pb = B.pdf(x);
        assertThat(m.pdf(x)[1]).isCloseTo(0.2 * pa[1] + 0.3 * pb[1], within(1e-16));
        double mean = 0.2 * 1.0 + 0.3 * -1.0 + 0.5 * 1000.0;
        assertThat(m.mean()[1]).isCloseTo(mean, within(1e-12));
        double var = 0.2 * (1.0 + sq(1.0 - mean)) + 0.3 * (0.25 + sq(-1.0 - mean)) + 0.5 * (1.0 + sq(1000.0 - mean));
        assertThat(m.var()[1]).isCloseTo(var, within(1e-10 * var));
        // row 2 equals the two-component mixture built for that row alone
        Mixture alone = Mixture.of(List.of(B.select(2), far.select(2)), new double[] {0.5, 0.5});
        assertThat(m.energy()[2]).isCloseTo(alone.energy()[0], within(1e-13));
        assertThat(m.energy(x)[2]).isCloseTo(alone.energy(x[2])[0], within(1e-13));
        assertThat(m.ppf(new double[] {0.1, 0.1, 0.7})[2]).isEqualTo(alone.ppf(0.7)[0]);
        assertThat(m.weights()[1]).containsExactly(0.2, 0.3, 0.5);
    }

    @Test
    void mixedMeasureGivesMassesAtAtomsAndDensityElsewhere() {
        Normal n = Normal.of(0.5, 1.0);
        Distribution lattice = ExamplesComposite.lattice(new double[] {0.0}, 0.2, 0.5, 0.3);
        Mixture m = Mixture.of(List.of(n, lattice), new double[] {0.6, 0.4});
        assertThat(m.measureType()).isEqualTo(MeasureType.MIXED);
        assertThat(m.pdf(1.0)[0]).isCloseTo(0.4 * 0.5, within(1e-16));
        assertThat(m.logPdf(1.0)[0]).isCloseTo(Math.log(0.2), within(1e-15));
        assertThat(m.pdf(0.25)[0]).isCloseTo(0.6 * n.pdf(0.25)[0], within(1e-16));
        assertThat(m.pdf(-7.0)[0]).isCloseTo(0.6 * n.pdf(-7.0)[0], within(1e-25));
        double jump = m.cdf(1.0)[0] - m.cdf(Math.nextDown(1.0))[0];
        assertThat(jump).isCloseTo(0.2, within(1e-15));
        assertThat(m.cdf(1.0)[0]).isCloseTo(0.6 * n.cdf(1.0)[0] + 0.4 * 0.7, within(1e-16));
        // quantiles inside the jump are the atom itself: the generalised inverse
        double below = m.cdf(Math.nextDown(1.0))[0];
        assertThat(m.ppf(below + 0.1)[0]).isEqualTo(1.0);
        assertThat(m.ppf(below + 0.199)[0]).isEqualTo(1.0);
        assertThat(m.ppf(below - 1e-3)[0]).isLessThan(1.0);
        double mean = 0.6 * 0.5 + 0.4 * 1.1;
        assertThat(m.mean()[0]).isCloseTo(mean, within(1e-15));
        double var = 0.6 * (1.0 + sq(0.5 - mean)) + 0.4 * (0.49 + sq(1.1 - mean));
        assertThat(m.var()[0]).isCloseTo(var, within(1e-15));
        // cross term over the lattice's atoms with the normal's closed-form E|N - a|: exact
        double cross = 0.2 * n.energy(0.0)[0] + 0.5 * n.energy(1.0)[0] + 0.3 * n.energy(2.0)[0];
        double energy = 0.36 * n.energy()[0] + 0.16 * lattice.energy()[0] + 2 * 0.24 * cross;
        assertThat(m.energy()[0]).isCloseTo(energy, within(1e-14));
        assertThat(m.energy(1.0)[0]).isCloseTo(0.6 * n.energy(1.0)[0] + 0.4 * 0.5, within(1e-15));
    }

    @Test
    void mixedComponentsAreRecognisedAndTheirCrossTermsAreAccurate() {
        Normal n = Normal.of(0.5, 1.0);
        Distribution lattice = ExamplesComposite.lattice(new double[] {0.0}, 0.2, 0.5, 0.3);
        Normal other = Normal.of(-1.0, 2.0);
        Mixture nested = Mixture.of(List.of(Mixture.of(List.of(n, lattice), new double[] {0.6, 0.4}), other),
            new double[] {0.5, 0.5});
        Mixture flat = Mixture.of(List.of(n, lattice, other), new double[] {0.3, 0.2, 0.5});
        assertThat(nested.measureType()).isEqualTo(MeasureType.MIXED);
        for (double x : new double[] {0.0, 0.3, 1.0, 2.0}) {
            assertThat(nested.pdf(x)[0]).as("pdf at %s", x).isCloseTo(flat.pdf(x)[0], within(1e-15));
            assertThat(nested.cdf(x)[0]).as("cdf at %s", x).isCloseTo(flat.cdf(x)[0], within(1e-15));
        }
        // the flat mixture's energy is exact (closed forms and atom sums); the nested one
        // integrates over a mixed quantile function (documented: about 1e-7)
        assertThat(nested.energy()[0]).isCloseTo(flat.energy()[0], within(1e-7 * flat.energy()[0]));
    }

    @Test
    void discreteMixtureSumsMassesAndItsEnergyIsExact() {
        Distribution l1 = ExamplesComposite.lattice(new double[] {0.0}, 0.2, 0.5, 0.3);
        Distribution l2 = ExamplesComposite.lattice(new double[] {1.0}, 0.5, 0.25, 0.25);
        Mixture m = Mixture.of(List.of(l1, l2), new double[] {0.5, 0.5});
        assertThat(m.measureType()).isEqualTo(MeasureType.DISCRETE);
        assertThat(m.pdf(1.0)[0]).isCloseTo(0.5 * 0.5 + 0.5 * 0.5, within(1e-16));
        assertThat(m.pdf(3.0)[0]).isCloseTo(0.5 * 0.25, within(1e-16));
        assertThat(m.pdf(1.5)[0]).isZero();
        assertThat(m.logPdf(2.0)[0]).isCloseTo(Math.log(0.5 * 0.3 + 0.5 * 0.25), within(1e-15));
        double[] p1 = {0.2, 0.5, 0.3};
        double[] p2 = {0.5, 0.25, 0.25};
        double cross = 0.0;
        for (int j = 0; j < 3; j++) {
            for (int k = 0; k < 3; k++) {
                cross += p1[j] * p2[k] * Math.abs(j - (1.0 + k));
            }
        }
        double expected = 0.25 * l1.energy()[0] + 0.25 * l2.energy()[0] + 0.5 * cross;
        assertThat(m.energy()[0]).isCloseTo(expected, within(1e-15));
        assertThat(m.ppf(0.1)[0]).isEqualTo(0.0);
        assertThat(m.ppf(0.36)[0]).isEqualTo(1.0);
        assertThat(m.ppf(1.0)[0]).isEqualTo(3.0);
    }

    @Test
    void farTailsAreAccurate() {
        Distribution row = AB.select(0);
        // mpmath 1.3, 50 digits: log(0.3 Phi(-40) + 0.7 Phi(-21.5)) = -235.4708181667717527392129
        assertThat(row.logCdf(-40.0)[0]).isCloseTo(-235.4708181667717527392129, within(rel(235.47)));
        // mpmath: log(0.3 Phi(-60) + 0.7 Phi(-28.5)) = -410.7517449459643341804983
        assertThat(row.logSurvival(60.0)[0]).isCloseTo(-410.7517449459643341804983, within(rel(410.75)));
        // mpmath: log1p(-(0.3 Phi(-15) + 0.7 Phi(-6))) = -6.906113517648607180289518e-10
        assertThat(row.logCdf(15.0)[0]).isCloseTo(-6.906113517648607180289518e-10, within(1e-12 * 6.9e-10));
        // mpmath: log1p(-(0.3 Phi(-8) + 0.7 Phi(-5.5))) = -1.329269400109807730880348e-8
        assertThat(row.logSurvival(-8.0)[0]).isCloseTo(-1.329269400109807730880348e-8, within(1e-12 * 1.33e-8));
        // mpmath findroot of log F(x) = log(1e-300): -71.07494888498918809306255
        assertThat(row.ppf(1e-300)[0]).isCloseTo(-71.07494888498918809306255, within(rel(71.07)));
        // mpmath findroot of log S(x) = log(1e-300): 77.07494888498918809306255
        assertThat(row.isf(1e-300)[0]).isCloseTo(77.07494888498918809306255, within(rel(77.07)));
        assertThat(row.ppf(0.0)[0]).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(row.ppf(1.0)[0]).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void cdfReachesExactlyOneWhateverTheRoundingOfTheWeights() {
        List<Distribution> ten = new ArrayList<>();
        double[] w = new double[10];
        for (int k = 0; k < 10; k++) {
            ten.add(Normal.of(k, 1.0));
            w[k] = 0.1; // normalised weights sum to 0.9999999999999999 in floating point
        }
        Mixture m = Mixture.of(ten, w);
        assertThat(m.cdf(Double.POSITIVE_INFINITY)[0]).isEqualTo(1.0);
        assertThat(m.cdf(1e4)[0]).isEqualTo(1.0);
        assertThat(m.survival(Double.NEGATIVE_INFINITY)[0]).isEqualTo(1.0);
        assertThat(m.cdf(Double.NEGATIVE_INFINITY)[0]).isEqualTo(0.0);
        assertThat(m.logCdf(Double.POSITIVE_INFINITY)[0]).isEqualTo(0.0);
    }

    @Test
    void samplingDrawsEachComponentByItsWeight() {
        Normal near = Normal.of(new double[] {0.0, 0.0}, new double[] {1.0, 1.0});
        Normal far = Normal.of(new double[] {100.0, 100.0}, new double[] {1.0, 1.0});
        Mixture m = Mixture.of(List.of(near, far), new double[][] {{0.2, 0.8}, {1.0, 0.0}});
        int n = 100_000;
        double[][] s = m.sample(n, new SplittableRandom(7));
        int farCount = 0;
        for (double v : s[0]) {
            farCount += v > 50 ? 1 : 0;
        }
        double se = Math.sqrt(0.8 * 0.2 / n);
        assertThat(farCount / (double) n).isCloseTo(0.8, within(5 * se));
        assertThat(java.util.Arrays.stream(s[1]).max().getAsDouble()).isLessThan(50.0);
    }

    @Test
    void cdfOfManyRowsAndComponentsIsOneVectorCallPerComponent() {
        int n = 100_000;
        int k = 5;
        SplittableRandom rng = new SplittableRandom(3);
        List<Distribution> comps = new ArrayList<>();
        double[][] mu = new double[k][n];
        double[][] sigma = new double[k][n];
        for (int c = 0; c < k; c++) {
            for (int i = 0; i < n; i++) {
                mu[c][i] = rng.nextGaussian();
                sigma[c][i] = 0.5 + rng.nextDouble();
            }
            comps.add(Normal.of(mu[c], sigma[c]));
        }
        Mixture m = Mixture.of(comps, new double[] {1, 2, 3, 4, 5});
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextGaussian();
        }
        m.cdf(x); // warm-up
        long start = System.nanoTime();
        double[] c = m.cdf(x);
        double seconds = (System.nanoTime() - start) * 1e-9;
        for (int i = 0; i < n; i += 9973) {
            double expected = 0.0;
            for (int j = 0; j < k; j++) {
                expected += (j + 1) / 15.0 * comps.get(j).select(i).cdf(x[i])[0];
            }
            assertThat(c[i]).isCloseTo(expected, within(1e-15));
        }
        // typically 30-60 ms on a shared 2-core machine; a per-row virtual call design is ~100x slower
        assertThat(seconds).isLessThan(2.0);
    }

    private static double sq(double v) {
        return v * v;
    }

    // ------------------------------------------------------------ numerical double integral

    /**
     * E|X - X'| = int int |x - y| f(x) f(y) dx dy for a one-row continuous distribution, by
     * 20-point Gauss-Legendre on 200 panels over [Q(1e-15), Q(1 - 1e-15)] in each variable; the
     * diagonal panels, where |x - y| has its kink, are split along the diagonal:
     * 2 int_a^b f(x) int_a^x (x - y) f(y) dy dx.
     */
    private static double doubleIntegral(Distribution row) {
        double lo = row.ppf(1e-15)[0];
        double hi = row.isf(1e-15)[0];
        int panels = 200;
        double[][] gl = legendre(20);
        int m = gl[0].length;
        double h = (hi - lo) / panels;
        double[] x = new double[panels * m];
        double[] w = new double[panels * m];
        for (int p = 0; p < panels; p++) {
            for (int j = 0; j < m; j++) {
                x[p * m + j] = lo + h * (p + 0.5 * (gl[0][j] + 1.0));
                w[p * m + j] = 0.5 * h * gl[1][j];
            }
        }
        double[] f = row.select(new int[x.length]).pdf(x);
        double sum = 0.0;
        for (int p = 0; p < panels; p++) {
            for (int q = 0; q < panels; q++) {
                if (p == q) {
                    continue;
                }
                for (int j = 0; j < m; j++) {
                    int a = p * m + j;
                    for (int l = 0; l < m; l++) {
                        int b = q * m + l;
                        sum += w[a] * w[b] * f[a] * f[b] * Math.abs(x[a] - x[b]);
                    }
                }
            }
        }
        // diagonal panels: inner nodes on [panel start, x] for every outer node
        double[] inner = new double[panels * m * m];
        double[] innerW = new double[panels * m * m];
        for (int p = 0; p < panels; p++) {
            double a = lo + h * p;
            for (int j = 0; j < m; j++) {
                double xo = x[p * m + j];
                for (int l = 0; l < m; l++) {
                    int k = (p * m + j) * m + l;
                    inner[k] = a + 0.5 * (xo - a) * (gl[0][l] + 1.0);
                    innerW[k] = 0.5 * (xo - a) * gl[1][l];
                }
            }
        }
        double[] fi = row.select(new int[inner.length]).pdf(inner);
        for (int p = 0; p < panels; p++) {
            for (int j = 0; j < m; j++) {
                int o = p * m + j;
                double s = 0.0;
                for (int l = 0; l < m; l++) {
                    int k = o * m + l;
                    s += innerW[k] * fi[k] * (x[o] - inner[k]);
                }
                sum += 2.0 * w[o] * f[o] * s;
            }
        }
        return sum;
    }

    /** @return n-point Gauss-Legendre nodes and weights on [-1, 1], by Newton's method on P_n */
    private static double[][] legendre(int n) {
        double[] nodes = new double[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            double z = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
            double dp = 0.0;
            for (int it = 0; it < 100; it++) {
                double p0 = 1.0;
                double p1 = z;
                for (int k = 2; k <= n; k++) {
                    double p2 = ((2 * k - 1) * z * p1 - (k - 1) * p0) / k;
                    p0 = p1;
                    p1 = p2;
                }
                dp = n * (z * p1 - p0) / (z * z - 1.0);
                double dz = p1 / dp;
                z -= dz;
                if (Math.abs(dz) < 1e-16) {
                    break;
                }
            }
            nodes[i] = z;
            weights[i] = 2.0 / ((1.0 - z * z) * dp * dp);
        }
        return new double[][] {nodes, weights};
    }
}
