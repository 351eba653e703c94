package skpro.regression.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

import skpro.distributions.Cauchy;
import skpro.distributions.Distribution;
import skpro.distributions.Gamma;
import skpro.distributions.Laplace;
import skpro.distributions.MeanScale;
import skpro.distributions.Normal;
import skpro.distributions.TDistribution;
import skpro.regression.PointModel;
import skpro.regression.ProbaModel;
import skpro.regression.Regressor;
import skpro.regression.baselines.MeanRegressor;
import skpro.regression.baselines.OlsOnFirstColumn;
import skpro.regression.compose.ResidualDouble.Family;
import skpro.regression.compose.ResidualDouble.ResidualTransform;

/** Expected values: numpy 1.x / scipy on y = 1.1, 2.3, 2.8, 4.4, 4.9, 6.3 against x = 1..6. */
class ComposeTest {

    static final double[][] X = {{1, 0}, {2, 5}, {3, -1}, {4, 2}, {5, 0}, {6, 1}};
    static final double[] Y = {1.1, 2.3, 2.8, 4.4, 4.9, 6.3};
    static final double[][] X_TEST = {{2.5, 0}, {7, 3}};
    /** np.polyfit(x, y, 1) evaluated at 2.5 and 7. */
    static final double[] MU = {2.621904761904763, 7.173333333333334};
    static final Regressor OLS = new OlsOnFirstColumn(true);

    @Test
    void defaultScaleIsTheInSampleMeanAbsoluteResidual() {
        Normal n = (Normal) ResidualDouble.of(OLS).fit(X, Y).predictProba(X_TEST);
        assertThat(n.mu()).containsExactly(MU, within(1e-12));
        // np.mean(abs(r)) = 0.1942857142857143
        assertThat(n.sigma()).containsExactly(new double[] {0.1942857142857143, 0.1942857142857143}, within(1e-12));
    }

    @Test
    void squaredTakesTheRootAndLogTheExponential() {
        Normal sq = (Normal) ResidualDouble.of(OLS).withResidualTransform(ResidualTransform.SQUARED).fit(X, Y)
            .predictProba(X_TEST);
        // sqrt(mean r^2) = 0.2202451736314249 (skpro's bug 9 would give its square)
        assertThat(sq.sigma()[0]).isCloseTo(0.2202451736314249, within(1e-12));
        Normal log = (Normal) ResidualDouble.of(OLS).withResidualTransform(ResidualTransform.LOG).fit(X, Y)
            .predictProba(X_TEST);
        // exp(mean log|r|) = 0.11717565211642501
        assertThat(log.sigma()[1]).isCloseTo(0.11717565211642501, within(1e-12));
    }

    @Test
    void otherFamiliesUseTheScaleAsTheirScaleParameter() {
        ResidualDouble r = ResidualDouble.of(OLS);
        Laplace l = (Laplace) r.withDistribution(Family.LAPLACE).fit(X, Y).predictProba(X_TEST);
        assertThat(l.scale()[0]).isCloseTo(0.1942857142857143, within(1e-12));
        // scipy laplace(2.6219..., 0.19428...).ppf(0.95) = 3.0692641514007493
        assertThat(l.ppf(new double[] {0.95, 0.95})[0]).isCloseTo(3.0692641514007493, within(1e-10));
        TDistribution t = (TDistribution) r.withTDistribution(3).fit(X, Y).predictProba(X_TEST);
        assertThat(t.df()).containsExactly(3.0, 3.0);
        // scipy t(3, 2.6219..., 0.19428...).ppf(0.95) = 3.0791296578091174
        assertThat(t.ppf(new double[] {0.95, 0.95})[0]).isCloseTo(3.0791296578091174, within(1e-9));
        ProbaModel cm = r.withDistribution(Family.CAUCHY).fit(X, Y);
        assertThat(cm.predictProba(X_TEST)).isInstanceOf(Cauchy.class);
        assertThat(cm.predict(X_TEST)).containsExactly(MU, within(1e-12));
        assertThat(r.withDistribution(Family.T).df()).isEqualTo(1.0);
    }

    @Test
    void meanScaleFamilyShiftsAndScalesAnyOneRowLaw() {
        // X ~ Gamma(shape 2, rate 2) - 1: mean 0, skewed; Y = mu + sigma X
        Distribution x = MeanScale.of(Gamma.of(new double[] {2.0}, new double[] {2.0}), -1.0, 1.0);
        ResidualDouble r = ResidualDouble.of(OLS).withMeanScale(x);
        assertThat(r.distribution()).isEqualTo(Family.MEAN_SCALE);
        assertThat(r.base()).isSameAs(x);
        Distribution d = r.fit(X, Y).predictProba(X_TEST);
        assertThat(d).isInstanceOf(MeanScale.class);
        assertThat(d.mean()).containsExactly(MU, within(1e-12));
        // Var Y = sigma^2 Var X = 0.19428...^2 * 0.5
        assertThat(d.var()[1]).isCloseTo(0.1942857142857143 * 0.1942857142857143 * 0.5, within(1e-12));
        // scipy gamma(2, scale=0.5).ppf(0.95) = 2.3719322591952885: Y's 95 % quantile
        double q = MU[0] + 0.1942857142857143 * (2.3719322591952885 - 1.0);
        assertThat(d.ppf(new double[] {0.95, 0.95})[0]).isCloseTo(q, within(1e-9));
        // the default base is the standard normal: MEAN_SCALE then matches NORMAL
        Distribution n = ResidualDouble.of(OLS).withDistribution(Family.MEAN_SCALE).fit(X, Y).predictProba(X_TEST);
        assertThat(n.cdf(new double[] {3.0, 7.0})).containsExactly(
            ResidualDouble.of(OLS).fit(X, Y).predictProba(X_TEST).cdf(new double[] {3.0, 7.0}), within(1e-15));
        assertThat(r.withParams(Map.of("base", Normal.of(new double[] {0.0}, new double[] {2.0}))).base().var())
            .containsExactly(4.0);
        assertThatThrownBy(() -> r.withParams(Map.of("base", "normal"))).hasMessageContaining("'base'")
            .hasMessageContaining("Distribution");
        assertThatThrownBy(() -> r.withMeanScale(Normal.of(new double[] {0, 0}, new double[] {1, 1})))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("base").hasMessageContaining("2 rows");
    }

    @Test
    void minScaleClipsTheScale() {
        double[] line = {1, 2, 3, 4, 5, 6};
        Normal n = (Normal) ResidualDouble.of(OLS).fit(X, line).predictProba(X_TEST);
        assertThat(n.sigma()[0]).isCloseTo(1e-10, within(1e-12));
        Normal big = (Normal) ResidualDouble.of(OLS).withMinScale(0.5).fit(X, Y).predictProba(X_TEST);
        assertThat(big.sigma()).containsExactly(0.5, 0.5);
    }

    @Test
    void leaveOneOutCrossFittingUsesOutOfSampleResiduals() {
        // mean model, 6 folds of 6 rows: r_i = y_i - mean(y without i); np.mean(abs(r)) = 1.88
        ResidualDouble loo = ResidualDouble.of(MeanRegressor.of()).withCrossFitting(6, 42);
        Normal n = (Normal) loo.fit(X, Y).predictProba(X_TEST);
        assertThat(n.sigma()[0]).isCloseTo(1.88, within(1e-12));
        assertThat(n.mu()[0]).isCloseTo(3.6333333333333333, within(1e-14));
    }

    @Test
    void sameSeedSameResultAndCrossFittingDiffersFromInSample() {
        ResidualDouble r = ResidualDouble.of(OLS).withCrossFitting(3, 7);
        double[] a = r.fit(X, Y).predictVar(X_TEST);
        double[] b = r.fit(X, Y).predictVar(X_TEST);
        assertThat(a).containsExactly(b);
        double inSample = ResidualDouble.of(OLS).fit(X, Y).predictVar(X_TEST)[0];
        assertThat(a[0]).isGreaterThan(inSample);
    }

    @Test
    void paramsRoundTripAndNest() {
        ResidualDouble r = ResidualDouble.of(OLS).withResidualRegressor(new OlsOnFirstColumn(false))
            .withTDistribution(4).withMinScale(1e-3).withCrossFitting(2, 9);
        assertThat(r.params()).containsKeys("estimator", "residualEstimator", "distribution", "df",
            "residualTransform", "minScale", "folds", "seed");
        assertThat(r.withParams(r.params())).isEqualTo(r);
        ResidualDouble changed = r.withParams(Map.of("estimator__fitIntercept", false, "minScale", 1, "folds", 0,
            "residualTransform", ResidualTransform.LOG));
        assertThat(changed.estimator()).isEqualTo(new OlsOnFirstColumn(false));
        assertThat(changed.minScale()).isEqualTo(1.0);
        assertThat(changed.folds()).isZero();
        assertThat(changed.residualTransform()).isEqualTo(ResidualTransform.LOG);
        assertThat(r.estimator()).isEqualTo(OLS);
        assertThat(ResidualDouble.of(OLS).residualEstimator()).isEqualTo(MeanRegressor.of());
    }

    @Test
    void fitLeavesTheRegressorUnchanged() {
        ResidualDouble r = ResidualDouble.of(OLS).withCrossFitting(3, 1);
        ResidualDouble copy = r.withParams(r.params());
        ProbaModel m = r.fit(X, Y);
        assertThat(r).isEqualTo(copy);
        assertThat(m.regressor()).isSameAs(r);
        assertThat(m.numFeatures()).isEqualTo(2);
    }

    @Test
    void badInputIsRejectedByName() {
        ResidualDouble r = ResidualDouble.of(OLS);
        assertThatThrownBy(() -> r.withMinScale(0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("minScale");
        assertThatThrownBy(() -> r.withTDistribution(Double.NaN)).hasMessageContaining("df");
        assertThatThrownBy(() -> r.withCrossFitting(1, 0)).hasMessageContaining("folds");
        assertThatThrownBy(() -> r.withParam("folds", -2)).hasMessageContaining("folds");
        assertThatThrownBy(() -> r.withParam("distribution", "normal")).hasMessageContaining("'distribution'");
        assertThatThrownBy(() -> ResidualDouble.of(null)).hasMessageContaining("estimator");
        assertThatThrownBy(() -> r.withResidualRegressor(null)).hasMessageContaining("residualEstimator");
        assertThatThrownBy(() -> r.withCrossFitting(10, 0).fit(X, Y)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("folds = 10");
        assertThatThrownBy(() -> r.fit(new double[0][], new double[0])).hasMessageContaining("X must have");
        assertThatThrownBy(() -> r.fit(X, new double[] {1})).hasMessageContaining("y has 1");
        ProbaModel m = r.fit(X, Y);
        assertThatThrownBy(() -> m.predictProba(new double[][] {{1}})).hasMessageContaining("fitted on 2");
        assertThatThrownBy(() -> m.predictProba(new double[][] {{1, Double.NaN}})).hasMessageContaining("X[0][1]");
    }

    @Test
    void meanStdPredictsNormalWithTheStdModelsOutput() {
        // std target sqrt(pi/2)|r|, mean model: sqrt(pi/2) * 0.1942857142857143 = 0.24350103239272577
        MeanStdRegressor r = MeanStdRegressor.of(OLS, MeanRegressor.of());
        ProbaModel m = r.fit(X, Y);
        Normal n = (Normal) m.predictProba(X_TEST);
        assertThat(n.mu()).containsExactly(MU, within(1e-12));
        assertThat(n.sigma()[1]).isCloseTo(0.24350103239272577, within(1e-12));
        assertThat(m.predictVar(X_TEST)[0]).isCloseTo(0.24350103239272577 * 0.24350103239272577, within(1e-12));
        assertThat(m.regressor()).isSameAs(r);
    }

    @Test
    void meanStdFailsNamingTheRowOfANonPositiveStd() {
        // the std model is a line through the origin fitted to the std targets; x0 = -50 makes it negative
        ProbaModel m = MeanStdRegressor.of(OLS, new OlsOnFirstColumn(false)).fit(X, Y);
        assertThat(m.predictProba(X_TEST).size()).isEqualTo(2);
        assertThatThrownBy(() -> m.predictProba(new double[][] {{1, 0}, {-50, 0}}))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("row 1")
            .hasMessageContaining("std estimator");
    }

    @Test
    void meanStdParamsRoundTrip() {
        MeanStdRegressor r = MeanStdRegressor.of(OLS, MeanRegressor.of());
        assertThat(r.withParams(r.params())).isEqualTo(r);
        assertThat(r.withParams(Map.of("mean__fitIntercept", false)).mean()).isEqualTo(new OlsOnFirstColumn(false));
        assertThat(r.mean()).isEqualTo(OLS);
        assertThat(r.withStd(OLS).std()).isEqualTo(OLS);
        assertThatThrownBy(() -> MeanStdRegressor.of(OLS, null)).hasMessageContaining("std");
        assertThatThrownBy(() -> r.withParam("std__alpha", 1.0)).hasMessageContaining("'alpha'");
        Regressor notFitted = new Regressor() {
            @Override
            public PointModel fit(double[][] x, double[] y) {
                throw new IllegalArgumentException("X must have at least 3 rows");
            }

            @Override
            public Map<String, Object> params() {
                return Map.of();
            }

            @Override
            public Regressor withParams(Map<String, ?> changes) {
                return this;
            }
        };
        assertThatThrownBy(() -> MeanStdRegressor.of(notFitted, OLS).fit(X, Y)).hasMessageContaining("3 rows");
    }

    @Test
    void aRelativeMinimumScaleFloorsTheSpreadAtAFractionOfStdY() {
        // an exact line: every residual is 0, so only the floors set sigma
        double[][] x = {{1.0}, {2.0}, {3.0}, {4.0}};
        double[] y = {2.0, 4.0, 6.0, 8.0}; // std with ddof 0 = sqrt(5)
        ResidualDouble r = ResidualDouble.of(skpro.regression.linear.LinearRegression.of());
        assertThat(((skpro.distributions.Normal) r.fit(x, y).predictProba(x)).sigma()[0]).isEqualTo(1e-10);
        ResidualDouble floored = r.withRelativeMinScale(0.1);
        assertThat(((skpro.distributions.Normal) floored.fit(x, y).predictProba(x)).sigma()[0])
            .isCloseTo(0.1 * Math.sqrt(5.0), org.assertj.core.api.Assertions.within(1e-15));
        assertThat(floored.params()).containsEntry("relativeMinScale", 0.1);
        assertThat(r.withParam("relativeMinScale", 0.1)).isEqualTo(floored);
        assertThatThrownBy(() -> r.withRelativeMinScale(-0.5)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("relativeMinScale");
    }
}
