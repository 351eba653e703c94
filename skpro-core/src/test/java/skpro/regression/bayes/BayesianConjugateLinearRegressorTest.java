package skpro.regression.bayes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import skpro.distributions.Distribution;
import skpro.distributions.Normal;
import skpro.distributions.TDistribution;
import skpro.regression.linear.LinearRegression;

class BayesianConjugateLinearRegressorTest {
    private static final double[][] X = {{1}, {2}, {3}};
    private static final double[] Y = {1, 3, 2};

    @Test
    void knownNoiseIsTheScalarClosedForm() {
        // prior w ~ N(0, 1), s2 = 0.5: P = 1 + 14 / 0.5 = 29, m = (13 / 0.5) / 29
        Distribution d = BayesianConjugateLinearRegressor.of().withFitIntercept(false).withKnownNoise(0.5)
            .fit(X, Y).predictProba(new double[][] {{2}});
        assertThat(d).isInstanceOf(Normal.class);
        assertThat(d.mean()[0]).isCloseTo(2 * 26.0 / 29, within(1e-12));
        assertThat(d.var()[0]).isCloseTo(4.0 / 29 + 0.5, within(1e-12));
    }

    @Test
    void unknownNoiseIsStudentTWithTheNormalInverseGammaPosterior() {
        // a0 = b0 = 1, lambda0 = 1: Lambda_n = 15, m = 13/15, a_n = 2.5, b_n = 1 + (rss + m^2) / 2
        double m = 13.0 / 15;
        double rss = 0.0;
        for (int i = 0; i < 3; i++) {
            rss += (Y[i] - m * X[i][0]) * (Y[i] - m * X[i][0]);
        }
        double bn = 1 + 0.5 * (rss + m * m);
        Distribution d = BayesianConjugateLinearRegressor.of().withFitIntercept(false).fit(X, Y)
            .predictProba(new double[][] {{2}});
        assertThat(d).isInstanceOf(TDistribution.class);
        assertThat(d.mean()[0]).isCloseTo(2 * m, within(1e-12));
        double scale2 = bn / 2.5 * (1 + 4.0 / 15);
        // Var t_nu = scale^2 nu / (nu - 2), nu = 2 a_n = 5
        assertThat(d.var()[0]).isCloseTo(scale2 * 5 / 3, within(1e-12));
    }

    @Test
    void aVagueCoefficientPriorGivesLeastSquaresWithTheFlatIntercept() {
        double[][] x = {{0.5, 1}, {1.5, -1}, {2, 0.3}, {3, 2}, {4, -0.5}, {5, 1}};
        double[] y = {1, 2.5, 2.9, 5.2, 5.8, 7.1};
        double[] ols = LinearRegression.of().fit(x, y).predict(x);
        double[] bayes = BayesianConjugateLinearRegressor.of().withPrior(0.0, 1e-10).fit(x, y).predict(x);
        assertThat(bayes).containsExactly(ols, within(1e-7));
    }

    @Test
    void paramsRoundTrip() {
        BayesianConjugateLinearRegressor r = BayesianConjugateLinearRegressor.of().withPrior(1, 2).withKnownNoise(3);
        assertThat(BayesianConjugateLinearRegressor.of().withParams(r.params())).isEqualTo(r);
        BayesianRidge b = BayesianRidge.of().withIterations(7, 1e-4).withInit(2, 3);
        assertThat(BayesianRidge.of().withParams(b.params())).isEqualTo(b);
    }
}
