package skpro.regression.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.apache.commons.numbers.gamma.Digamma;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import skpro.distributions.Cauchy;
import skpro.distributions.ChiSquared;
import skpro.distributions.Distribution;
import skpro.distributions.IID;
import skpro.distributions.InverseGaussian;
import skpro.distributions.Logistic;
import skpro.regression.baselines.DummyProbaRegressor;

class ParametricFamilyTest {
    private static final double[] POSITIVE = sample(200, 1L, 0.05, 3.0);
    private static final double[] UNIT = sample(200, 2L, 0.02, 0.97);
    private static final double[] COUNTS = {0, 1, 1, 2, 3, 0, 7, 2, 4, 9, 0, 1, 5, 3, 12, 2};

    private static double[] sample(int n, long seed, double lo, double hi) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            // a skewed sample: squares of uniforms, in [lo, hi]
            double u = r.nextDouble();
            out[i] = lo + (hi - lo) * u * u;
        }
        return out;
    }

    private static double[] sampleFor(ParametricFamily f) {
        switch (f) {
            case POISSON:
            case NEGATIVE_BINOMIAL:
                return COUNTS;
            case BETA:
                return UNIT;
            default:
                return POSITIVE;
        }
    }

    private static double logLik(Distribution one, double[] y) {
        return Arrays.stream(IID.of(one, y.length).logPdf(y)).sum();
    }

    @ParameterizedTest
    @EnumSource(ParametricFamily.class)
    void everyFamilyFitsOneFiniteRow(ParametricFamily f) {
        double[] y = sampleFor(f);
        Distribution d = f.fit(y);
        assertThat(d.size()).isEqualTo(1);
        assertThat(logLik(d, y)).isFinite();
    }

    @Test
    void closedForms() {
        double[] y = {1, 2, 4, 7};
        assertThat(ParametricFamily.NORMAL.fit(y).var()[0]).isCloseTo(5.25, within(1e-12));
        assertThat(ParametricFamily.EXPONENTIAL.fit(y).mean()[0]).isCloseTo(3.5, within(1e-12));
        // Laplace: median 3, mean |y - 3| = (2 + 1 + 1 + 4) / 4 = 2, Var = 2 b^2
        Distribution lap = ParametricFamily.LAPLACE.fit(y);
        assertThat(lap.mean()[0]).isCloseTo(3.0, within(1e-12));
        assertThat(lap.var()[0]).isCloseTo(8.0, within(1e-12));
        assertThat(ParametricFamily.UNIFORM.fit(y).mean()[0]).isCloseTo(4.0, within(1e-12));
        assertThat(ParametricFamily.POISSON.fit(y).mean()[0]).isCloseTo(3.5, within(1e-12));
    }

    @Test
    void gammaShapeSolvesItsScoreEquation() {
        Distribution g = ParametricFamily.GAMMA.fit(POSITIVE);
        double mean = Arrays.stream(POSITIVE).average().orElseThrow();
        double meanLog = Arrays.stream(POSITIVE).map(Math::log).average().orElseThrow();
        // mean = k / rate, var = k / rate^2, so k = mean^2 / var
        double k = g.mean()[0] * g.mean()[0] / g.var()[0];
        assertThat(g.mean()[0]).isCloseTo(mean, within(1e-12));
        assertThat(Math.log(k) - Digamma.value(k)).isCloseTo(Math.log(mean) - meanLog, within(1e-12));
    }

    @Test
    void inverseGaussianIsTheClosedFormMaximum() {
        double[] y = {1, 2, 4, 7};
        // m = 3.5; 1/lambda = mean(1/y) - 1/m = (1 + 1/2 + 1/4 + 1/7) / 4 - 2/7 = 53/112 - 32/112 = 3/16
        InverseGaussian d = (InverseGaussian) ParametricFamily.INVERSE_GAUSSIAN.fit(y);
        assertThat(d.mean()[0]).isCloseTo(3.5, within(1e-12));
        assertThat(d.scale()[0]).isCloseTo(16.0 / 3.0, within(1e-12));
        assertThat(d.var()[0]).isCloseTo(3.5 * 3.5 * 3.5 * 3.0 / 16.0, within(1e-12));
        // the log likelihood falls when either parameter moves
        double best = logLik(d, y);
        double m = d.mean()[0];
        double lambda = d.scale()[0];
        for (double h : new double[] {-1e-3, 1e-3}) {
            assertThat(logLik(InverseGaussian.of(m * (1 + h) / lambda, lambda), y)).isLessThan(best);
            double l2 = lambda * (1 + h);
            assertThat(logLik(InverseGaussian.of(m / l2, l2), y)).isLessThan(best);
        }
        assertThatThrownBy(() -> ParametricFamily.INVERSE_GAUSSIAN.fit(new double[] {1, 0}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("y[1] = 0.0");
    }

    @Test
    void negativeBinomialSizeSolvesItsProfileScore() {
        Distribution nb = ParametricFamily.NEGATIVE_BINOMIAL.fit(COUNTS);
        double mu = nb.mean()[0];
        double a = mu * mu / (nb.var()[0] - mu);
        double score = COUNTS.length * (Math.log(a / (a + mu)) - Digamma.value(a));
        for (double v : COUNTS) {
            score += Digamma.value(v + a);
        }
        assertThat(score).isCloseTo(0.0, within(1e-7));
        assertThatThrownBy(() -> ParametricFamily.NEGATIVE_BINOMIAL.fit(new double[] {1, 2, 1, 2}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("POISSON");
    }

    @Test
    void numericFitsAreLocalMaxima() {
        double[] y = POSITIVE;
        Distribution c = ParametricFamily.CAUCHY.fit(y);
        double mu = c.ppf(new double[] {0.5})[0];
        double s = c.ppf(new double[] {0.75})[0] - mu;
        double best = logLik(c, y);
        for (double h : new double[] {-1e-3, 1e-3}) {
            assertThat(logLik(Cauchy.of(mu + h, s), y)).isLessThan(best);
            assertThat(logLik(Cauchy.of(mu, s * (1 + h)), y)).isLessThan(best);
        }
        Distribution l = ParametricFamily.LOGISTIC.fit(y);
        double lmu = l.mean()[0];
        double ls = Math.sqrt(3 * l.var()[0]) / Math.PI;
        double lbest = logLik(l, y);
        for (double h : new double[] {-1e-3, 1e-3}) {
            assertThat(logLik(Logistic.of(lmu + h, ls), y)).isLessThan(lbest);
            assertThat(logLik(Logistic.of(lmu, ls * (1 + h)), y)).isLessThan(lbest);
        }
        Distribution chi = ParametricFamily.CHI_SQUARED.fit(y);
        double df = chi.mean()[0];
        assertThat(logLik(ChiSquared.of(df * 1.001), y)).isLessThan(logLik(chi, y));
        assertThat(logLik(ChiSquared.of(df * 0.999), y)).isLessThan(logLik(chi, y));
    }

    @Test
    void valuesOutsideTheSupportAreNamed() {
        assertThatThrownBy(() -> ParametricFamily.GAMMA.fit(new double[] {1, 2, -0.5}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("y[2] = -0.5");
        assertThatThrownBy(() -> ParametricFamily.POISSON.fit(new double[] {1, 2.5}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("y[1] = 2.5");
        assertThatThrownBy(() -> ParametricFamily.NORMAL.fit(new double[] {3, 3}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("constant");
    }

    @Test
    void dummyProbaRegressorPredictsTheFittedFamilyForEveryRow() {
        double[][] x = new double[POSITIVE.length][];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {i};
        }
        DummyProbaRegressor dummy = DummyProbaRegressor.of().withFamily(ParametricFamily.GAMMA);
        assertThat(dummy.strategy()).isEqualTo(DummyProbaRegressor.Strategy.FITTED);
        Distribution pred = dummy.fit(x, POSITIVE).predictProba(new double[][] {{0}, {5}});
        Distribution direct = ParametricFamily.GAMMA.fit(POSITIVE);
        assertThat(pred.var()).containsExactly(direct.var()[0], direct.var()[0]);
        assertThat(DummyProbaRegressor.of().withParams(dummy.params())).isEqualTo(dummy);
        assertThat(((DummyProbaRegressor) dummy.withParam("family", ParametricFamily.WEIBULL)).family()).isEqualTo(ParametricFamily.WEIBULL);
    }
}
