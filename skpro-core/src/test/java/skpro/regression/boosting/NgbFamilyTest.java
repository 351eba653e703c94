package skpro.regression.boosting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import skpro.distributions.Distribution;
import skpro.metrics.CRPS;

/**
 * Every family's gradients against central finite differences of its own distribution's
 * logPdf and of {@link CRPS}, its Fisher information against E[grad grad^T] by quadrature over
 * the quantile function (an exact sum for the Poisson), its CRPS metric against
 * 2 int grad F grad F^T dx by quadrature of finite-differenced cdfs, and its initial parameters
 * against the stationarity of the marginal likelihood.
 */
class NgbFamilyTest {

    static Stream<NgbFamily> families() {
        return Stream.of(NgbNormal.of(), NgbLogNormal.of(), NgbLaplace.of(), NgbT.of(4.0), NgbExponential.of(),
            NgbGamma.of(), NgbPoisson.of());
    }

    static Stream<NgbFamily> crpsFamilies() {
        return families().filter(NgbFamily::hasCrps);
    }

    /** A random parameter vector of moderate size. */
    private static double[] randomTheta(NgbFamily f, SplittableRandom rng) {
        double[] t = new double[f.numParams()];
        for (int k = 0; k < t.length; k++) {
            t[k] = rng.nextDouble(-1.0, 1.0);
        }
        if (f instanceof NgbPoisson) {
            t[0] = rng.nextDouble(0.0, 3.0);
        }
        return t;
    }

    private static Distribution one(NgbFamily f, double[] t) {
        double[][] cols = new double[t.length][];
        for (int k = 0; k < t.length; k++) {
            cols[k] = new double[] {t[k]};
        }
        return f.distribution(cols);
    }

    private static double score(NgbFamily f, double[] t, double y, boolean crps) {
        Distribution d = one(f, t);
        return crps ? CRPS.of().evaluateByIndex(new double[] {y}, d)[0] : -d.logPdf(new double[] {y})[0];
    }

    private static void checkGradient(NgbFamily f, boolean crps) {
        SplittableRandom rng = new SplittableRandom(17);
        for (int trial = 0; trial < 10; trial++) {
            double[] t = randomTheta(f, rng);
            double y = one(f, t).ppf(new double[] {rng.nextDouble(0.03, 0.97)})[0];
            double[] g = new double[t.length];
            if (crps) {
                f.crpsGradient(t, y, g);
            } else {
                f.logScoreGradient(t, y, g);
            }
            for (int k = 0; k < t.length; k++) {
                double h = 1e-5;
                double[] up = t.clone();
                double[] dn = t.clone();
                up[k] += h;
                dn[k] -= h;
                double fd = (score(f, up, y, crps) - score(f, dn, y, crps)) / (2 * h);
                assertThat(g[k]).as("%s d/d %s at theta %s, y %s", f, f.paramName(k), java.util.Arrays.toString(t), y)
                    .isCloseTo(fd, within(1e-6 * (1 + Math.abs(fd))));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void logScoreGradientIsTheDerivativeOfMinusLogPdf(NgbFamily f) {
        checkGradient(f, false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("crpsFamilies")
    void crpsGradientIsTheDerivativeOfTheCrps(NgbFamily f) {
        checkGradient(f, true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void fisherInformationIsTheExpectedOuterProductOfGradients(NgbFamily f) {
        SplittableRandom rng = new SplittableRandom(3);
        int p = f.numParams();
        for (int trial = 0; trial < 2; trial++) {
            double[] t = randomTheta(f, rng);
            double[] expected = new double[p * p];
            double[] g = new double[p];
            Distribution d = one(f, t);
            if (f instanceof NgbPoisson) {
                double mu = Math.exp(t[0]);
                for (int k = 0; k < mu + 40 * Math.sqrt(mu) + 40; k++) {
                    double pk = Math.exp(d.logPdf(new double[] {k})[0]);
                    f.logScoreGradient(t, k, g);
                    expected[0] += pk * g[0] * g[0];
                }
            } else {
                // E h(Y) = int_0^1 h(Q(u)) du by the midpoint rule
                int m = 200_000;
                double[] u = new double[m];
                for (int i = 0; i < m; i++) {
                    u[i] = (i + 0.5) / m;
                }
                double[] q = d.select(new int[m]).ppf(u);
                for (int i = 0; i < m; i++) {
                    f.logScoreGradient(t, q[i], g);
                    for (int a = 0; a < p; a++) {
                        for (int b = 0; b < p; b++) {
                            expected[a * p + b] += g[a] * g[b] / m;
                        }
                    }
                }
            }
            double[] fisher = new double[p * p];
            f.fisherInformation(t, fisher);
            for (int a = 0; a < p * p; a++) {
                assertThat(fisher[a]).as("%s Fisher[%d] at %s", f, a, java.util.Arrays.toString(t))
                    .isCloseTo(expected[a], within(1e-2 * (1 + Math.abs(expected[a]))));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("crpsFamilies")
    void crpsMetricIsTwiceTheIntegralOfCdfGradientProducts(NgbFamily f) {
        SplittableRandom rng = new SplittableRandom(9);
        int p = f.numParams();
        for (int trial = 0; trial < 2; trial++) {
            double[] t = randomTheta(f, rng);
            Distribution d = one(f, t);
            double lo = d.ppf(new double[] {1e-12})[0];
            double hi = d.isf(new double[] {1e-12})[0];
            int m = 40_000;
            double dx = (hi - lo) / m;
            double[] x = new double[m + 1];
            for (int i = 0; i <= m; i++) {
                x[i] = lo + i * dx;
            }
            double[][] dF = new double[p][];
            for (int k = 0; k < p; k++) {
                double h = 1e-6;
                double[] up = t.clone();
                double[] dn = t.clone();
                up[k] += h;
                dn[k] -= h;
                double[] fu = one(f, up).select(new int[m + 1]).cdf(x);
                double[] fd = one(f, dn).select(new int[m + 1]).cdf(x);
                dF[k] = new double[m + 1];
                for (int i = 0; i <= m; i++) {
                    dF[k][i] = (fu[i] - fd[i]) / (2 * h);
                }
            }
            double[] metric = new double[p * p];
            f.crpsMetric(t, metric);
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < p; b++) {
                    double s = 0.0;
                    for (int i = 0; i <= m; i++) {
                        double w = i == 0 || i == m ? 0.5 : 1.0;
                        s += w * dF[a][i] * dF[b][i];
                    }
                    double expected = 2 * s * dx;
                    assertThat(metric[a * p + b]).as("%s CRPS metric[%d][%d]", f, a, b)
                        .isCloseTo(expected, within(1e-4 * (1 + Math.abs(expected))));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void initialParamsMaximiseTheMarginalLikelihood(NgbFamily f) {
        double[] truth = new double[f.numParams()];
        truth[0] = 0.7;
        Distribution d = one(f, truth);
        double[] y = d.sample(2001, new java.util.Random(4))[0];
        double[] t0 = f.initialParams(y);
        double[] g = new double[t0.length];
        double[] total = new double[t0.length];
        for (double v : y) {
            f.logScoreGradient(t0, v, g);
            for (int k = 0; k < g.length; k++) {
                total[k] += g[k] / y.length;
            }
        }
        for (int k = 0; k < total.length; k++) {
            assertThat(total[k]).as("%s mean gradient %s at theta0", f, f.paramName(k)).isCloseTo(0.0, within(1e-9));
            assertThat(t0[k]).as("%s theta0 %s near the truth", f, f.paramName(k)).isCloseTo(truth[k], within(0.15));
        }
    }

    @Test
    void targetsOutsideTheSupportAreNamed() {
        double[] y = {1.0, 2.0, -0.5, 3.0};
        for (NgbFamily f : List.of(NgbLogNormal.of(), NgbExponential.of(), NgbGamma.of(), NgbPoisson.of())) {
            assertThatThrownBy(() -> f.checkSupport(y)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("y[2] = -0.5").hasMessageContaining(f.name());
        }
        assertThatThrownBy(() -> NgbPoisson.of().checkSupport(new double[] {1, 2.5}))
            .hasMessageContaining("y[1] = 2.5");
        assertThatThrownBy(() -> NgbGamma.of().checkSupport(new double[] {1, 0}))
            .hasMessageContaining("y[1] = 0.0");
        NgbExponential.of().checkSupport(new double[] {0.0, 1.0});
        NgbNormal.of().checkSupport(y);
        assertThatThrownBy(() -> NgbT.of(0.0)).hasMessageContaining("df");
        assertThat(NgbT.of(3.0)).isEqualTo(NgbT.of(3.0)).isNotEqualTo(NgbT.of(4.0));
        assertThatThrownBy(() -> NgbGamma.of().crpsGradient(new double[2], 1.0, new double[2]))
            .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("Gamma")
            .hasMessageContaining("log score");
    }
}
