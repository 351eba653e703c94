package skpro.regression.baselines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

import skpro.distributions.Delta;
import skpro.distributions.Distribution;
import skpro.distributions.Empirical;
import skpro.distributions.IID;
import skpro.distributions.KernelMixture;
import skpro.distributions.Normal;
import skpro.regression.ProbaModel;
import skpro.regression.ProbaRegressor;

class BaselinesTest {

    /** y = 1.1, 2.3, 2.8, 4.4, 4.9, 6.3 against x = 1..6; X has a second, ignored column. */
    static final double[][] X = {{1, 0}, {2, 5}, {3, -1}, {4, 2}, {5, 0}, {6, 1}};
    static final double[] Y = {1.1, 2.3, 2.8, 4.4, 4.9, 6.3};
    static final double[][] X_TEST = {{2.5, 0}, {7, 3}};

    @Test
    void normalUsesTheMeanAndDdof0StandardDeviation() {
        // numpy: y.mean() = 3.6333333333333333, y.std() = 1.7413277182145301
        Distribution d = DummyProbaRegressor.of(DummyProbaRegressor.Strategy.NORMAL).fit(X, Y).predictProba(X_TEST);
        Normal n = (Normal) d;
        assertThat(n.mu()).containsExactly(new double[] {3.6333333333333333, 3.6333333333333333}, within(1e-14));
        assertThat(n.sigma()).containsExactly(new double[] {1.7413277182145301, 1.7413277182145301}, within(1e-14));
    }

    @Test
    void empiricalIsTheTrainingTargetsForEveryRow() {
        ProbaModel m = DummyProbaRegressor.of().fit(X, Y);
        IID pred = (IID) m.predictProba(X_TEST);
        assertThat(pred.size()).isEqualTo(2);
        Empirical e = (Empirical) pred.one();
        assertThat(e.samples()).hasDimensions(1, 6);
        assertThat(e.samples()[0]).containsExactly(Y);
        assertThat(m.predict(X_TEST)).containsExactly(new double[] {3.6333333333333333, 3.6333333333333333},
            within(1e-14));
        // ddof = 0 variance: 1.7413277182145301^2
        assertThat(m.predictVar(X_TEST)[0]).isCloseTo(1.7413277182145301 * 1.7413277182145301, within(1e-13));
    }

    @Test
    void kdeUsesSilvermansBandwidth() {
        // (4 / (3 * 6))^(1/5) * y.std(ddof=1) = 1.411980286729325
        IID pred = (IID) DummyProbaRegressor.of(DummyProbaRegressor.Strategy.KDE).fit(X, Y).predictProba(X_TEST);
        assertThat(pred.size()).isEqualTo(2);
        KernelMixture k = (KernelMixture) pred.one();
        assertThat(k.bandwidth()).containsExactly(new double[] {1.411980286729325}, within(1e-14));
        assertThat(k.samples()[0]).containsExactly(Y);
    }

    @Test
    void dummyRemembersTheColumnCountAndRejectsBadInput() {
        ProbaModel m = DummyProbaRegressor.of().fit(X, Y);
        assertThat(m.numFeatures()).isEqualTo(2);
        assertThatThrownBy(() -> m.predictProba(new double[][] {{1.0}})).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("1 columns").hasMessageContaining("fitted on 2");
        ProbaRegressor r = DummyProbaRegressor.of(DummyProbaRegressor.Strategy.NORMAL);
        assertThatThrownBy(() -> r.fit(new double[][] {{1}, {2}}, new double[] {3, 3}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("y is constant");
        assertThatThrownBy(() -> r.fit(X, new double[] {1, 2})).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("y has 2");
        assertThatThrownBy(() -> r.fit(new double[][] {{1, 2}, {3}}, new double[] {1, 2}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ragged");
        assertThatThrownBy(() -> r.fit(new double[][] {{Double.NaN}}, new double[] {1}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X[0][0]");
        assertThatThrownBy(() -> r.fit(new double[][] {{1}, {2}}, new double[] {1, Double.POSITIVE_INFINITY}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("y[1]");
        assertThatThrownBy(() -> DummyProbaRegressor.of(null)).hasMessageContaining("strategy");
    }

    @Test
    void dummyParamsRoundTrip() {
        DummyProbaRegressor r = DummyProbaRegressor.of(DummyProbaRegressor.Strategy.KDE);
        assertThat(r.withParams(r.params())).isEqualTo(r);
        assertThat(r.withParam("strategy", DummyProbaRegressor.Strategy.NORMAL))
            .isEqualTo(DummyProbaRegressor.of(DummyProbaRegressor.Strategy.NORMAL));
        assertThat(r.strategy()).isEqualTo(DummyProbaRegressor.Strategy.KDE);
        assertThatThrownBy(() -> r.withParam("strategy", "normal")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'strategy'");
        assertThatThrownBy(() -> r.withParam("alpha", 1.0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'alpha'");
    }

    @Test
    void fitLeavesTheRegressorAndDataUnchanged() {
        DummyProbaRegressor r = DummyProbaRegressor.of(DummyProbaRegressor.Strategy.EMPIRICAL);
        double[] y = Y.clone();
        ProbaModel m = r.fit(X, y);
        y[0] = 100;
        assertThat(((Empirical) ((IID) m.predictProba(X_TEST)).one()).samples()[0][0]).isEqualTo(1.1);
        assertThat(r).isEqualTo(DummyProbaRegressor.of());
        assertThat(m.regressor()).isSameAs(r);
    }

    @Test
    void deltaPredictsPointMassesAtThePointPrediction() {
        // least squares on x = 1..6: a = 0.09333333333333482, b = 1.0114285714285713
        DeltaPointRegressor r = DeltaPointRegressor.of(new OlsOnFirstColumn(true));
        ProbaModel m = r.fit(X, Y);
        Delta d = (Delta) m.predictProba(X_TEST);
        assertThat(d.c()).containsExactly(new double[] {2.621904761904763, 7.173333333333334}, within(1e-12));
        assertThat(m.predictVar(X_TEST)).containsExactly(0.0, 0.0);
        assertThat(m.predictInterval(X_TEST, 0.9)[1]).containsExactly(d.c()[1], d.c()[1]);
        assertThat(m.predict(X_TEST)).containsExactly(d.c());
        assertThatThrownBy(() -> m.predict(new double[][] {{1, 2, 3}})).hasMessageContaining("3 columns");
    }

    @Test
    void deltaParamsNestAndRoundTrip() {
        DeltaPointRegressor r = DeltaPointRegressor.of(new OlsOnFirstColumn(true));
        assertThat(r.params()).containsExactly(Map.entry("estimator", new OlsOnFirstColumn(true)));
        assertThat(r.withParams(r.params())).isEqualTo(r);
        DeltaPointRegressor changed = r.withParams(Map.of("estimator__fitIntercept", false));
        assertThat(changed.estimator()).isEqualTo(new OlsOnFirstColumn(false));
        assertThat(r.estimator()).isEqualTo(new OlsOnFirstColumn(true));
        assertThatThrownBy(() -> DeltaPointRegressor.of(null)).hasMessageContaining("estimator");
        assertThatThrownBy(() -> r.withParam("estimator__alpha", 1.0)).hasMessageContaining("'alpha'");
    }

    @Test
    void meanRegressorPredictsTheTrainingMean() {
        double[] p = MeanRegressor.of().fit(X, Y).predict(X_TEST);
        assertThat(p).containsExactly(new double[] {3.6333333333333333, 3.6333333333333333}, within(1e-14));
        assertThat(MeanRegressor.of().withParams(Map.of())).isEqualTo(MeanRegressor.of());
        assertThatThrownBy(() -> MeanRegressor.of().withParam("x", 1)).hasMessageContaining("'x'");
    }
}
