package skpro.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import skpro.distributions.internal.QuantileQuadrature;
import skpro.distributions.testing.Example;
import skpro.distributions.testing.Examples;
import skpro.distributions.testing.InvalidExample;

/**
 * The contract every distribution satisfies. A family joins by adding instances to its group in
 * {@link Examples}; nothing here is family-specific.
 */
class DistributionContractTest {

    /** Probability levels, dense towards both tails. */
    private static final double[] LEVELS = levels();

    static Stream<Example> examples() {
        return Examples.valid().stream();
    }

    static Stream<InvalidExample> invalidExamples() {
        return Examples.invalid().stream();
    }

    private static double[] levels() {
        double[] inner = new double[49];
        for (int k = 0; k < inner.length; k++) {
            inner[k] = 0.02 * (k + 1);
        }
        double[] tails = {1e-9, 1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2};
        double[] out = new double[inner.length + 2 * tails.length];
        int m = 0;
        for (double t : tails) {
            out[m++] = t;
        }
        for (double v : inner) {
            out[m++] = v;
        }
        for (int k = tails.length - 1; k >= 0; k--) {
            out[m++] = 1.0 - tails[k];
        }
        return out;
    }

    private static double[] fill(double v, int n) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }

    private static boolean continuous(Distribution d) {
        return d.measureType() == MeasureType.CONTINUOUS;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void cdfIsMonotoneWithinUnitInterval(Example e) {
        Distribution d = e.distribution();
        int n = d.size();
        double[] previous = d.cdf(fill(Double.NEGATIVE_INFINITY, n));
        assertThat(previous).containsOnly(0.0);
        for (double p : LEVELS) {
            double[] x = d.ppf(fill(p, n));
            for (double shift : new double[] {-1e-3, 0.0, 1e-3}) {
                double[] xs = x.clone();
                for (int i = 0; i < n; i++) {
                    xs[i] = Double.isFinite(xs[i]) ? xs[i] + shift * Math.max(1.0, Math.abs(xs[i])) : xs[i];
                }
                double[] c = d.cdf(xs);
                for (int i = 0; i < n; i++) {
                    assertThat(c[i]).as("cdf row %d at %s", i, xs[i]).isBetween(0.0, 1.0);
                }
            }
            double[] c = d.cdf(x);
            for (int i = 0; i < n; i++) {
                assertThat(c[i]).as("cdf row %d monotone at level %s", i, p).isGreaterThanOrEqualTo(previous[i]);
            }
            previous = c;
        }
        assertThat(d.cdf(fill(Double.POSITIVE_INFINITY, n))).containsOnly(1.0);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void ppfIsMonotone(Example e) {
        Distribution d = e.distribution();
        int n = d.size();
        double[] previous = d.ppf(fill(0.0, n));
        for (double p : LEVELS) {
            double[] q = d.ppf(fill(p, n));
            for (int i = 0; i < n; i++) {
                assertThat(q[i]).as("ppf row %d at %s", i, p).isNotNaN().isGreaterThanOrEqualTo(previous[i]);
            }
            previous = q;
        }
        double[] top = d.ppf(fill(1.0, n));
        for (int i = 0; i < n; i++) {
            assertThat(top[i]).isGreaterThanOrEqualTo(previous[i]);
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void ppfInvertsCdf(Example e) {
        Distribution d = e.distribution();
        int n = d.size();
        for (double p : LEVELS) {
            double[] x = d.ppf(fill(p, n));
            double[] c = d.cdf(x);
            for (int i = 0; i < n; i++) {
                if (continuous(d)) {
                    // allow for the rounding of x to the double grid: density * ulp(x)
                    double grid = 4 * d.pdf(x)[i] * Math.ulp(x[i]);
                    assertThat(c[i]).as("cdf(ppf(%s)) row %d", p, i).isCloseTo(p,
                        within(1e-12 + 1e-9 * Math.min(p, 1 - p) + grid));
                    double back = d.ppf(c)[i];
                    assertThat(back).as("ppf(cdf(x)) row %d", i).isCloseTo(x[i],
                        within(1e-8 * (1 + Math.abs(x[i]))));
                } else {
                    // generalised inverse: F(Q(p)) >= p and F just below Q(p) < p (or = p at a flat)
                    assertThat(c[i]).as("F(Q(%s)) row %d", p, i).isGreaterThanOrEqualTo(p - 1e-12);
                    double[] below = x.clone();
                    below[i] = Math.nextDown(x[i]);
                    assertThat(d.cdf(below)[i]).as("F(Q(%s)-) row %d", p, i).isLessThanOrEqualTo(p + 1e-12);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void densityIntegratesToOne(Example e) {
        Distribution d = e.distribution();
        assumeThat(d.measureType()).as("mixed measures are checked by their family tests")
            .isNotEqualTo(MeasureType.MIXED);
        int n = d.size();
        for (int i = 0; i < n; i++) {
            Distribution row = d.select(i);
            double lo = row.ppf(0.0)[0];
            lo = Double.isFinite(lo) ? lo : row.ppf(1e-9)[0];
            double hi = row.ppf(1.0)[0];
            hi = Double.isFinite(hi) ? hi : row.isf(1e-9)[0];
            double mass;
            if (continuous(d)) {
                mass = 0.0;
                double a = lo;
                for (double p : LEVELS) {
                    double b = row.ppf(p)[0];
                    mass += Integration.endpointSafe(x -> row.pdf(x)[0], a, b);
                    a = b;
                }
                mass += Integration.endpointSafe(x -> row.pdf(x)[0], a, hi);
                double expected = row.cdf(hi)[0] - row.cdf(lo)[0];
                assertThat(mass).as("integral of pdf, row %d", i)
                    .isCloseTo(expected, within(1e-7));
            } else {
                mass = 0.0;
                double[] atoms = Integration.atoms(row, lo, hi);
                for (double atom : atoms) {
                    mass += row.pdf(atom)[0];
                }
                assertThat(mass).as("sum of pmf, row %d", i)
                    .isCloseTo(1.0, within(1e-8));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void meanAndVarianceAgreeWithQuadratureOfTheQuantileFunction(Example e) {
        Distribution d = e.distribution();
        double[] mean = d.mean();
        double[] var = d.var();
        for (int i = 0; i < d.size(); i++) {
            if (!Double.isFinite(mean[i])) {
                continue;
            }
            Distribution row = d.select(i);
            double m = Integration.quantileIntegral(row, (u, q) -> q);
            double sd = Double.isFinite(var[i]) ? Math.sqrt(var[i]) : 0.0;
            double tol = continuous(d) ? 1e-8 * (1 + Math.abs(m) + sd) : 2e-3 * (1e-9 + Math.abs(m) + sd);
            assertThat(mean[i]).as("mean row %d", i).isCloseTo(m, within(tol));
            if (Double.isFinite(var[i])) {
                double v = Integration.quantileIntegral(row, (u, q) -> (q - m) * (q - m));
                double vtol = continuous(d) ? 1e-7 * (var[i] + 1e-300) : 2e-3 * (var[i] + 1e-12);
                assertThat(var[i]).as("var row %d", i).isCloseTo(v, within(vtol));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void meanAndVarianceAgreeWithSampling(Example e) {
        Distribution d = e.distribution();
        int draws = 40_000;
        double[][] s = d.sample(draws, new SplittableRandom(20261127L));
        double[] mean = d.mean();
        double[] var = d.var();
        assertThat(s.length).isEqualTo(d.size());
        for (int i = 0; i < d.size(); i++) {
            assertThat(s[i]).hasSize(draws);
            if (!Double.isFinite(var[i])) {
                continue;
            }
            double sum = 0;
            for (double v : s[i]) {
                sum += v;
            }
            double m = sum / draws;
            double ss = 0;
            for (double v : s[i]) {
                ss += (v - m) * (v - m);
            }
            double sampleVar = ss / (draws - 1);
            double se = Math.sqrt(var[i] / draws);
            assertThat(m).as("sample mean row %d", i)
                .isCloseTo(mean[i], within(6 * se + 1e-12 * Math.abs(mean[i])));
            assertThat(sampleVar).as("sample var row %d", i)
                .isCloseTo(var[i], within(0.15 * var[i] + 1e-300));
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void energyAgreesWithItsDefinition(Example e) {
        Distribution d = e.distribution();
        double[] self = d.energy();
        double[] mean = d.mean();
        for (double p : new double[] {0.05, 0.3, 0.5, 0.93}) {
            double[] x = d.ppf(fill(p, d.size()));
            for (int i = 0; i < d.size(); i++) {
                x[i] += 0.1 * Math.max(1e-3, Math.abs(x[i])) * (p - 0.5);
            }
            double[] ex = d.energy(x);
            for (int i = 0; i < d.size(); i++) {
                if (!Double.isFinite(mean[i])) {
                    assertThat(ex[i]).as("E|X-x| of a row without mean").isEqualTo(Double.POSITIVE_INFINITY);
                    continue;
                }
                double xi = x[i];
                Distribution row = d.select(i);
                double expected = Integration.quantileIntegral(row, (u, q) -> Math.abs(q - xi), xi);
                double tol = continuous(d) ? 1e-8 * (1 + expected) : 2e-3 * (1e-9 + expected);
                assertThat(ex[i]).as("E|X-x| row %d at %s", i, xi)
                    .isCloseTo(expected, within(tol));
                assertThat(ex[i]).as("E|X-x| >= E|X-X'|/2 row %d", i)
                    .isGreaterThanOrEqualTo(0.5 * self[i] * (1 - 1e-12) - 1e-15);
            }
        }
        for (int i = 0; i < d.size(); i++) {
            if (!Double.isFinite(mean[i])) {
                assertThat(self[i]).isEqualTo(Double.POSITIVE_INFINITY);
                continue;
            }
            Distribution row = d.select(i);
            double expected = 2 * Integration.quantileIntegral(row, (u, q) -> (2 * u - 1) * q);
            double tol = continuous(d) ? 1e-8 * (1 + expected) : 2e-3 * (1e-9 + expected);
            assertThat(self[i]).as("E|X-X'| row %d", i)
                .isCloseTo(expected, within(tol));
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void selectPicksRowsAndScalarsBroadcast(Example e) {
        Distribution d = e.distribution();
        int n = d.size();
        int[] reversed = new int[n];
        for (int i = 0; i < n; i++) {
            reversed[i] = n - 1 - i;
        }
        Distribution r = d.select(reversed);
        assertThat(r.size()).isEqualTo(n);
        double[] x = d.ppf(fill(0.3, n));
        double[] c = d.cdf(x);
        double[] xr = new double[n];
        for (int i = 0; i < n; i++) {
            xr[i] = x[n - 1 - i];
        }
        double[] cr = r.cdf(xr);
        for (int i = 0; i < n; i++) {
            assertThat(cr[i]).isEqualTo(c[n - 1 - i]);
        }
        assertThat(d.select(0, 0, 0).size()).isEqualTo(3);
        assertThat(d.pdf(0.25)).containsExactly(d.pdf(fill(0.25, n)));
        assertThat(d.cdf(0.25)).containsExactly(d.cdf(fill(0.25, n)));
        assertThat(d.ppf(0.25)).containsExactly(d.ppf(fill(0.25, n)));
        assertThatThrownBy(() -> d.select(n)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("rows[0]");
        assertThatThrownBy(() -> d.select(new int[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void quantilesComeInTheOrderAskedAndIntervalsNest(Example e) {
        Distribution d = e.distribution();
        int n = d.size();
        double[][] q = d.quantiles(0.9, 0.1, 0.5);
        assertThat(q).hasNumberOfRows(n);
        double[] q90 = d.ppf(fill(0.9, n));
        double[] q10 = d.ppf(fill(0.1, n));
        double[] q50 = d.ppf(fill(0.5, n));
        for (int i = 0; i < n; i++) {
            assertThat(q[i]).containsExactly(q90[i], q10[i], q50[i]);
        }
        double[][] narrow = d.interval(0.5);
        double[][] wide = d.interval(0.9);
        for (int i = 0; i < n; i++) {
            assertThat(wide[i][0]).isLessThanOrEqualTo(narrow[i][0]);
            assertThat(narrow[i][0]).isLessThanOrEqualTo(narrow[i][1]);
            assertThat(narrow[i][1]).isLessThanOrEqualTo(wide[i][1]);
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void sameSeedGivesSameSample(Example e) {
        Distribution d = e.distribution();
        double[][] a = d.sample(7, new SplittableRandom(5));
        double[][] b = d.sample(7, new SplittableRandom(5));
        assertThat(a).isDeepEqualTo(b);
        assertThat(a).hasNumberOfRows(d.size());
        assertThat(a[0]).hasSize(7);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void badArgumentsAreRejectedByName(Example e) {
        Distribution d = e.distribution();
        int n = d.size();
        assertThatThrownBy(() -> d.cdf(new double[n + 1])).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("x");
        double[] nan = fill(0.0, n);
        nan[n - 1] = Double.NaN;
        assertThatThrownBy(() -> d.pdf(nan)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("x[" + (n - 1) + "]");
        assertThatThrownBy(() -> d.ppf(fill(1.5, n))).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("p[0]").hasMessageContaining("1.5");
        assertThatThrownBy(() -> d.quantiles(0.5, -0.1)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("alphas[1]");
        assertThatThrownBy(() -> d.interval(1.0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("coverage");
        assertThatThrownBy(() -> d.sample(0, new SplittableRandom(1))).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("n");
        assertThatThrownBy(() -> d.sample(1, null)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("rng");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void toStringShowsTheFamilyAndTheRows(Example e) {
        Distribution d = e.distribution();
        assertThat(d.toString()).startsWith(d.getClass().getSimpleName())
            .contains(d.size() + (d.size() == 1 ? " row" : " rows"));
    }

    @ParameterizedTest
    @MethodSource("invalidExamples")
    void invalidParametersAreRejected(InvalidExample e) {
        assertThatThrownBy(e.construction()).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(e.expectedInMessage());
    }

    /** The catalogue of issue 2: each class runs the suite on at least two instances. */
    private static final List<Class<? extends Distribution>> CATALOGUE = List.of(Normal.class, Laplace.class,
        Logistic.class, TDistribution.class, Cauchy.class, LogNormal.class, Gamma.class, Beta.class, Weibull.class,
        Exponential.class, Uniform.class, ChiSquared.class, HalfNormal.class, HalfCauchy.class, HalfLogistic.class,
        Pareto.class, InverseGaussian.class, TruncatedNormal.class, Poisson.class, NegativeBinomial.class,
        Binomial.class, Delta.class, Categorical.class, Empirical.class, Mixture.class, QpdEmpirical.class,
        Histogram.class, KernelMixture.class, MeanScale.class, TruncatedDistribution.class,
        TransformedDistribution.class, IID.class);

    @org.junit.jupiter.api.Test
    void everyCatalogueClassHasInstancesAndRejectedConstructions() {
        for (Class<? extends Distribution> type : CATALOGUE) {
            long valid = Examples.valid().stream().filter(e -> e.distribution().getClass() == type).count();
            long multiRow = Examples.valid().stream()
                .filter(e -> e.distribution().getClass() == type && e.distribution().size() > 1).count();
            long invalid = Examples.invalid().stream().filter(e -> e.name().startsWith(type.getSimpleName())).count();
            assertThat(valid).as("contract instances of %s", type.getSimpleName()).isGreaterThanOrEqualTo(2);
            assertThat(multiRow).as("multi-row instances of %s", type.getSimpleName()).isGreaterThanOrEqualTo(1);
            assertThat(invalid).as("rejected constructions of %s", type.getSimpleName()).isGreaterThanOrEqualTo(1);
        }
    }

    /** Keeps the quadrature used by the reference checks honest on a known integral. */
    @org.junit.jupiter.api.Test
    void quadratureIntegratesTheNormalQuantileMoments() {
        Normal n = Normal.of(0.0, 1.0);
        double second = QuantileQuadrature.integrate((u, uc) -> {
            double q = u <= 0.5 ? n.ppf(u)[0] : n.isf(uc)[0];
            return q * q;
        }, 0.0, 1.0, 1.0, 0.0);
        assertThat(second).isCloseTo(1.0, within(1e-12));
    }
}
