package skpro.regression.glm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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
        double[][] x = new double[n][2];
        double[] mean = new double[n];
        double[][] info = new double[3][3];
        for (int i = 0; i < n; i++) {
            x[i][0] = rng.nextDouble(-1.0, 1.0);
            x[i][1] = rng.nextDouble(-1.0, 1.0);
            mean[i] = Math.exp(truth[0] + truth[1] * x[i][0] + truth[2] * x[i][1]);
            double[] row = {1.0, x[i][0], x[i][1]};
            for (int j = 0; j < 3; j++) {
                for (int l = 0; l < 3; l++) {
                    info[j][l] += row[j] * row[l] / mean[i];
                }
            }
        }
        double[] phis = new double[n];
        java.util.Arrays.fill(phis, phi);
        double[][] draws = InverseGaussian.ofMeanDispersion(mean, phis).sample(1, rng);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = draws[i][0];
        }
        GLMRegressor.Model m = GLMRegressor.of(GLMRegressor.Family.INVERSE_GAUSSIAN).fit(x, y);
        double[] se = inverseDiagonal(info);
        for (int j = 0; j < 3; j++) {
            se[j] = Math.sqrt(phi * se[j]);
            assertThat(m.coefficients()[j]).as("coefficient %d", j).isCloseTo(truth[j], within(3 * se[j]));
        }
        // Pearson's dispersion is consistent (its relative standard error here is a few per cent)
        assertThat(m.dispersion()).isCloseTo(phi, within(0.1 * phi));
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

    @Test
    void countFamiliesPredictTheirDistribution() {
        assertThat(GLMRegressor.of(GLMRegressor.Family.POISSON).fit(X, Y).predictProba(X)).isInstanceOf(Poisson.class);
        Distribution nb = GLMRegressor.of(GLMRegressor.Family.NEGATIVE_BINOMIAL).withNbAlpha(2.0).fit(X, Y)
            .predictProba(new double[][] {{0}});
        assertThat(nb).isInstanceOf(NegativeBinomial.class);
        assertThat(nb.var()[0]).isCloseTo(3.0 + 9.0 / 2.0, within(1e-7));
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
    }
}
