package skpro.regression.glm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

import org.apache.commons.numbers.gamma.Digamma;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import skpro.distributions.Distribution;
import skpro.distributions.Gamma;
import skpro.distributions.InverseGaussian;
import skpro.distributions.NegativeBinomial;
import skpro.distributions.Poisson;

class GLMRegressorTest {
    // two groups (x = 0, 1): with a log link and an intercept the model is saturated per group, so
    // every family's maximum-likelihood means are the group means
    private static final double[][] X = {{0}, {0}, {0}, {0}, {1}, {1}, {1}, {1}};
    private static final double[] Y = {1, 2, 4, 5, 6, 9, 7, 10};

    @ParameterizedTest
    @EnumSource(GLMRegressor.Family.class)
    void logLinkFitsTheGroupMeans(GLMRegressor.Family family) {
        GLMRegressor.Model m = GLMRegressor.of(family).withLink(GLMRegressor.Link.LOG).fit(X, Y);
        double[] mean = m.predict(new double[][] {{0}, {1}});
        assertThat(mean[0]).isCloseTo(3.0, within(1e-8));
        assertThat(mean[1]).isCloseTo(8.0, within(1e-8));
        assertThat(m.coefficients()[1]).isCloseTo(Math.log(8.0 / 3.0), within(1e-8));
    }

    @Test
    void gammaDispersionIsPearsonOverResidualDegreesOfFreedom() {
        GLMRegressor.Model m = GLMRegressor.of(GLMRegressor.Family.GAMMA).fit(X, Y);
        double chi2 = 0.0;
        for (int i = 0; i < Y.length; i++) {
            double mu = i < 4 ? 3.0 : 8.0;
            chi2 += (Y[i] - mu) * (Y[i] - mu) / (mu * mu);
        }
        assertThat(m.dispersion()).isCloseTo(chi2 / (8 - 2), within(1e-8));
        Distribution d = m.predictProba(new double[][] {{1}});
        assertThat(d).isInstanceOf(Gamma.class);
        assertThat(d.var()[0]).isCloseTo(chi2 / 6 * 64, within(1e-7));
    }

    @Test
    void inverseGaussianPredictsTheInverseGaussianLaw() {
        GLMRegressor.Model m = GLMRegressor.of(GLMRegressor.Family.INVERSE_GAUSSIAN).fit(X, Y);
        double chi2 = 0.0;
        for (int i = 0; i < Y.length; i++) {
            double mu = i < 4 ? 3.0 : 8.0;
            chi2 += (Y[i] - mu) * (Y[i] - mu) / (mu * mu * mu);
        }
        double phi = chi2 / (8 - 2);
        // IRLS stops at a relative objective change of 1e-8: the means are good to about 1e-9
        assertThat(m.dispersion()).isCloseTo(phi, within(1e-7 * phi));
        Distribution d = m.predictProba(new double[][] {{0}, {1}});
        assertThat(d).isInstanceOf(InverseGaussian.class);
        assertThat(d.mean()).containsExactly(new double[] {3.0, 8.0}, within(1e-7));
        assertThat(d.var()[0]).isCloseTo(phi * 27.0, within(1e-6 * phi * 27.0));
        assertThat(d.var()[1]).isCloseTo(phi * 512.0, within(1e-6 * phi * 512.0));
        // scipy invgauss(mu phi, scale = 1 / phi)
        assertThat(((InverseGaussian) d).scale()[1]).isCloseTo(1.0 / phi, within(1e-6 / phi));
        assertThat(((InverseGaussian) d).mu()[1]).isCloseTo(8.0 * phi, within(1e-6 * phi));
    }

    @Test
    void inverseGaussianFitRecoversSimulatedCoefficients() {
        // log mu = 0.5 + 0.8 x1 - 0.4 x2, y ~ IG(mean mu, dispersion 0.3); Cov(beta) = phi (X^T W X)^-1
        // with W = 1 / (V(mu) g'(mu)^2) = 1 / mu for the log link
        double[] truth = {0.5, 0.8, -0.4};
        double phi = 0.3;
        int n = 3000;
        SplittableRandom rng = new SplittableRandom(42L);
        double[][] x = uniformFeatures(n, rng);
        double[] mean = logLinearMeans(x, truth);
        double[] phis = new double[n];
        Arrays.fill(phis, phi);
        double[] y = column(InverseGaussian.ofMeanDispersion(mean, phis).sample(1, rng));
        GLMRegressor.Model m = GLMRegressor.of(GLMRegressor.Family.INVERSE_GAUSSIAN).fit(x, y);
        assertWithinThreeStandardErrors(m, truth, standardErrors(x, mean, mu -> 1.0 / (phi * mu)));
        // Pearson's dispersion is consistent (its relative standard error here is a few per cent)
        assertThat(m.dispersion()).isCloseTo(phi, within(0.1 * phi));
    }

    /** n rows of two features, each uniform on (-1, 1). */
    private static double[][] uniformFeatures(int n, SplittableRandom rng) {
        double[][] x = new double[n][2];
        for (int i = 0; i < n; i++) {
            x[i][0] = rng.nextDouble(-1.0, 1.0);
            x[i][1] = rng.nextDouble(-1.0, 1.0);
        }
        return x;
    }

    /** mu_i = exp(b0 + b1 x_i1 + b2 x_i2). */
    private static double[] logLinearMeans(double[][] x, double[] b) {
        double[] mean = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            mean[i] = Math.exp(b[0] + b[1] * x[i][0] + b[2] * x[i][1]);
        }
        return mean;
    }

    /** sqrt(diag (X^T W X)^-1), X = [1, x1, x2], W_ii = weight(mu_i): the coefficients' standard errors. */
    private static double[] standardErrors(double[][] x, double[] mean, DoubleUnaryOperator weight) {
        double[][] info = new double[3][3];
        for (int i = 0; i < x.length; i++) {
            double w = weight.applyAsDouble(mean[i]);
            double[] row = {1.0, x[i][0], x[i][1]};
            for (int j = 0; j < 3; j++) {
                for (int l = 0; l < 3; l++) {
                    info[j][l] += w * row[j] * row[l];
                }
            }
        }
        double[] se = inverseDiagonal(info);
        for (int j = 0; j < 3; j++) {
            se[j] = Math.sqrt(se[j]);
        }
        return se;
    }

    private static void assertWithinThreeStandardErrors(GLMRegressor.Model m, double[] truth, double[] se) {
        for (int j = 0; j < truth.length; j++) {
            assertThat(m.coefficients()[j]).as("coefficient %d", j).isCloseTo(truth[j], within(3 * se[j]));
        }
    }

    /** Diagonal of the inverse of a symmetric 3 x 3 matrix, by cofactors. */
    private static double[] inverseDiagonal(double[][] a) {
        double c00 = a[1][1] * a[2][2] - a[1][2] * a[2][1];
        double c11 = a[0][0] * a[2][2] - a[0][2] * a[2][0];
        double c22 = a[0][0] * a[1][1] - a[0][1] * a[1][0];
        double det = a[0][0] * c00 - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0])
            + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0]);
        return new double[] {c00 / det, c11 / det, c22 / det};
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 2.0})
    void negativeBinomialSizeAndCoefficientsAreRecoveredFromSimulatedData(double nb2Alpha) {
        // NB2 (statsmodels): Var = mu + alpha mu^2, i.e. our size a = 1 / alpha. log mu = 0.7 + 0.6 x1 - 0.5 x2;
        // Cov(beta) = (X^T W X)^-1 with W = mu / (1 + mu / a) for the log link
        double size = 1.0 / nb2Alpha;
        double[] truth = {0.7, 0.6, -0.5};
        int n = 4000;
        SplittableRandom rng = new SplittableRandom(7L);
        double[][] x = uniformFeatures(n, rng);
        double[] mean = logLinearMeans(x, truth);
        double[] sizes = new double[n];
        Arrays.fill(sizes, size);
        double[] y = column(NegativeBinomial.of(mean, sizes).sample(1, rng));
        GLMRegressor.Model m = GLMRegressor.of(GLMRegressor.Family.NEGATIVE_BINOMIAL).fit(x, y);
        assertThat(1.0 / m.nbAlpha()).isCloseTo(nb2Alpha, within(0.15 * nb2Alpha));
        assertWithinThreeStandardErrors(m, truth, standardErrors(x, mean, mu -> mu / (1.0 + mu / size)));
        NegativeBinomial d = (NegativeBinomial) m.predictProba(new double[][] {{0.0, 0.0}});
        assertThat(d.alpha()[0]).isEqualTo(m.nbAlpha());
    }

    @Test
    void poissonDataGiveALargeSize() {
        int n = 4000;
        SplittableRandom rng = new SplittableRandom(11L);
        double[][] x = uniformFeatures(n, rng);
        double[] mean = logLinearMeans(x, new double[] {1.0, 0.5, -0.5});
        double[] y = column(Poisson.of(mean).sample(1, rng));
        GLMRegressor.Model m = GLMRegressor.of(GLMRegressor.Family.NEGATIVE_BINOMIAL).fit(x, y);
        // NB2 dispersion 1 / a near 0: the Poisson limit
        assertThat(1.0 / m.nbAlpha()).isLessThan(0.02);
    }

    @Test
    void estimatedSizeSolvesTheLikelihoodEquation() {
        // saturated two-group design: mu are the group means whatever a, so a solves
        // sum_i psi(y_i + a) - psi(a) + log(a / (a + mu_i)) + (mu_i - y_i) / (a + mu_i) = 0
        double[][] x = {{0}, {0}, {0}, {0}, {0}, {0}, {1}, {1}, {1}, {1}, {1}, {1}};
        double[] y = {0, 1, 5, 9, 0, 3, 3, 15, 1, 8, 20, 1};
        GLMRegressor.Model m = GLMRegressor.of(GLMRegressor.Family.NEGATIVE_BINOMIAL).fit(x, y);
        double a = m.nbAlpha();
        double score = 0.0;
        double curvature = 0.0;
        for (int i = 0; i < y.length; i++) {
            double mu = i < 6 ? 3.0 : 8.0;
            score += Digamma.value(y[i] + a) - Digamma.value(a) + Math.log(a / (a + mu)) + (mu - y[i]) / (a + mu);
            curvature += 1.0 / a - 1.0 / (a + mu);
        }
        assertThat(a).isBetween(0.3, 3.0);
        assertThat(Math.abs(score)).isLessThan(1e-6 * curvature);
        double[] mu = m.predict(x);
        assertThat(mu[0]).isCloseTo(3.0, within(1e-8));
        assertThat(mu[6]).isCloseTo(8.0, within(1e-8));
    }

    @Test
    void negativeBinomialLogLikelihoodMatchesTheDistribution() {
        double[] y = {0, 1, 4, 17, 250};
        double[] mu = {0.3, 2.0, 5.5, 9.0, 180.0};
        for (double a : new double[] {1e-3, 0.7, 4.0, 1e6}) {
            double[] sizes = new double[y.length];
            Arrays.fill(sizes, a);
            double expected = 0.0;
            NegativeBinomial d = NegativeBinomial.of(mu, sizes);
            for (int i = 0; i < y.length; i++) {
                expected += d.select(i).logPdf(y[i])[0];
            }
            assertThat(GLMRegressor.nbLogLikelihood(y, mu, a)).as("a = %s", a)
                .isCloseTo(expected, within(1e-10 * Math.abs(expected)));
        }
    }

    private static double[] column(double[][] draws) {
        double[] out = new double[draws.length];
        for (int i = 0; i < draws.length; i++) {
            out[i] = draws[i][0];
        }
        return out;
    }

    @Test
    void countFamiliesPredictTheirDistribution() {
        assertThat(GLMRegressor.of(GLMRegressor.Family.POISSON).fit(X, Y).predictProba(X)).isInstanceOf(Poisson.class);
        Distribution nb = GLMRegressor.of(GLMRegressor.Family.NEGATIVE_BINOMIAL).withNbAlpha(2.0).fit(X, Y)
            .predictProba(new double[][] {{0}});
        assertThat(nb).isInstanceOf(NegativeBinomial.class);
        assertThat(nb.var()[0]).isCloseTo(3.0 + 9.0 / 2.0, within(1e-7));
        GLMRegressor.Model fixed = GLMRegressor.of(GLMRegressor.Family.NEGATIVE_BINOMIAL).withNbAlpha(2.0).fit(X, Y);
        assertThat(fixed.nbAlpha()).isEqualTo(2.0);
        assertThat(GLMRegressor.of(GLMRegressor.Family.POISSON).fit(X, Y).nbAlpha()).isNaN();
    }

    @Test
    void normalIdentityIsLeastSquares() {
        double[][] x = {{1}, {2}, {3}, {4}, {5}};
        double[] y = {1.1, 1.9, 3.2, 3.9, 5.0};
        GLMRegressor.Model m = GLMRegressor.of(GLMRegressor.Family.NORMAL).fit(x, y);
        // OLS slope = Sxy / Sxx = 9.8 / 10
        assertThat(m.coefficients()[1]).isCloseTo(0.98, within(1e-10));
        assertThat(m.coefficients()[0]).isCloseTo(3.02 - 0.98 * 3, within(1e-10));
    }

    @Test
    void poissonOffsetScalesTheMeanByExposure() {
        double[] exposure = {1, 2, 3, 4};
        double[] y = {2, 3, 9, 10};
        double[][] x = new double[4][];
        for (int i = 0; i < 4; i++) {
            x[i] = new double[] {Math.log(exposure[i])};
        }
        GLMRegressor.Model m = GLMRegressor.of(GLMRegressor.Family.POISSON).withOffsetColumn(0).fit(x, y);
        // intercept only: the rate is sum y / sum exposure = 24 / 10
        assertThat(m.coefficients()).hasSize(1);
        assertThat(m.predict(new double[][] {{Math.log(5.0)}})[0]).isCloseTo(5 * 2.4, within(1e-8));
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> GLMRegressor.of(GLMRegressor.Family.POISSON).fit(X, new double[] {1, 2, -3, 1, 1, 1, 1, 1}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("y[2] = -3.0");
        assertThatThrownBy(() -> GLMRegressor.of(GLMRegressor.Family.GAMMA).fit(X, new double[] {1, 2, 3, 0, 1, 1, 1, 1}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("y[3] = 0.0");
        double[][] collinear = {{1, 2}, {2, 4}, {3, 6}, {4, 8}};
        double[] y = {1, 2, 3, 5};
        assertThatThrownBy(() -> GLMRegressor.of(GLMRegressor.Family.NORMAL).fit(collinear, y))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("withL2");
        assertThat(GLMRegressor.of(GLMRegressor.Family.NORMAL).withL2(0.1).fit(collinear, y).predict(collinear))
            .hasSize(4);
        assertThatThrownBy(() -> GLMRegressor.of(GLMRegressor.Family.NORMAL).withOffsetColumn(3).fit(collinear, y))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offsetColumn 3");
    }

    @Test
    void paramsRoundTrip() {
        GLMRegressor g = GLMRegressor.of(GLMRegressor.Family.GAMMA).withLink(GLMRegressor.Link.INVERSE).withL2(0.5);
        assertThat(GLMRegressor.of(GLMRegressor.Family.NORMAL).withParams(g.params())).isEqualTo(g);
        GLMRegressor nb = GLMRegressor.of(GLMRegressor.Family.NEGATIVE_BINOMIAL);
        assertThat(nb.params().get("nbAlpha")).isEqualTo(Double.NaN);
        assertThat(nb).isEqualTo(nb.withNbAlpha(3.0).withNbAlphaEstimated());
        GLMRegressor fixed = nb.withParams(Map.of("nbAlpha", 3.0));
        assertThat(fixed).isEqualTo(nb.withNbAlpha(3.0)).isNotEqualTo(nb);
        assertThat(fixed.withParams(nb.params())).isEqualTo(nb);
        assertThatThrownBy(() -> nb.withNbAlpha(0.0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("nbAlpha").hasMessageContaining("0.0");
        assertThatThrownBy(() -> nb.withNbAlpha(Double.POSITIVE_INFINITY))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nbAlpha");
    }
}
