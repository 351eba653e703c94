package skpro.regression.density;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import skpro.classification.DummyProbaClassifier;
import skpro.classification.KNeighborsClassifier;
import skpro.distributions.Distribution;
import skpro.distributions.Histogram;
import skpro.regression.ProbaModel;

/** Bin edges by hand, and predictions that are the classifier's probabilities on those bins. */
class HistBinnedProbaRegressorTest {

    private static final HistBinnedProbaRegressor PRIOR = HistBinnedProbaRegressor.of(DummyProbaClassifier.of());

    @Test
    void edgesAreQuantilesOrEqualWidthOverTheTrainingRange() {
        double[] zeroToNine = {9, 3, 0, 1, 2, 4, 5, 6, 7, 8};
        // quantiles at 0, 1/3, 2/3, 1 of 0..9 with numpy's interpolation: positions 0, 3, 6, 9
        assertThat(PRIOR.withBins(HistBinnedProbaRegressor.Binning.QUANTILE, 3).edgesFor(zeroToNine))
            .containsExactly(0, 3, 6, 9);
        // position 9/4 = 2.25: 2.25; 4.5: 4.5; 6.75: 6.75
        assertThat(PRIOR.withBins(HistBinnedProbaRegressor.Binning.QUANTILE, 4).edgesFor(zeroToNine))
            .containsExactly(new double[] {0, 2.25, 4.5, 6.75, 9}, within(1e-15));
        double[] spread = {0, 1, 10};
        assertThat(PRIOR.withBins(HistBinnedProbaRegressor.Binning.UNIFORM, 2).edgesFor(spread))
            .containsExactly(0, 5, 10);
        assertThat(PRIOR.withBins(HistBinnedProbaRegressor.Binning.UNIFORM, 2).withMargin(0.1).edgesFor(spread))
            .containsExactly(-1, 5, 11);
        // ties: the quantiles 1, 1, 1, 1, 2 collapse to one bin [1, 2]
        assertThat(PRIOR.withBins(HistBinnedProbaRegressor.Binning.QUANTILE, 4).edgesFor(new double[] {1, 1, 2, 1, 1}))
            .containsExactly(1, 2);
        assertThat(PRIOR.edgesFor(new double[] {3, 3, 3})).containsExactly(2.5, 3.5);
        assertThat(PRIOR.withEdges(0, 1, 5).edgesFor(spread)).containsExactly(0, 1, 5);
        assertThat(HistBinnedProbaRegressor.binOf(new double[] {0, 1, 5}, -4)).isZero();
        assertThat(HistBinnedProbaRegressor.binOf(new double[] {0, 1, 5}, 1)).isEqualTo(1);
        assertThat(HistBinnedProbaRegressor.binOf(new double[] {0, 1, 5}, 5)).isEqualTo(1);
        assertThat(HistBinnedProbaRegressor.binOf(new double[] {0, 1, 5}, 0.999)).isZero();
    }

    @Test
    void thePredictionPutsTheClassProbabilitiesOnTheBinsAndZeroOnEmptyBins() {
        double[][] x = new double[8][];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {i, -i};
        }
        // given edges 0, 1, 2, 3, 4: bins 0, 2 and 3 hold 2, 1 and 5 rows (-1 counts in bin 0, 9 in bin 3)
        double[] y = {0.5, -1.0, 2.2, 3.0, 3.5, 9.0, 3.9, 4.0};
        ProbaModel model = PRIOR.withEdges(0, 1, 2, 3, 4).fit(x, y);
        Distribution d = model.predictProba(new double[][] {{0.5, 0.5}, {100, 3}});
        assertThat(d).isInstanceOf(Histogram.class);
        for (int i = 0; i < 2; i++) {
            assertThat(((Histogram) d).select(i).cdf(new double[] {1.0})[0]).isCloseTo(0.25, within(1e-15));
        }
        assertThat(d.cdf(2.0)).containsExactly(new double[] {0.25, 0.25}, within(1e-15));
        assertThat(d.cdf(3.0)).containsExactly(new double[] {0.375, 0.375}, within(1e-15));
        assertThat(d.cdf(3.5)).containsExactly(new double[] {0.375 + 0.625 / 2, 0.6875}, within(1e-15));
        // mean: 0.25 * 0.5 + 0.125 * 2.5 + 0.625 * 3.5
        assertThat(model.predict(new double[][] {{0.0, 0.0}})[0]).isCloseTo(0.125 + 0.3125 + 2.1875, within(1e-12));
        // all rows in one bin: no classifier, mass 1 there
        ProbaModel one = PRIOR.withEdges(0, 10, 20).fit(x, new double[] {1, 2, 3, 4, 5, 6, 7, 8});
        assertThat(one.predictProba(x).cdf(10.0)).containsOnly(1.0);
        assertThat(one.predict(x)).containsOnly(5.0);
    }

    @Test
    void aLocalClassifierFollowsTheConditionalLaw() {
        SplittableRandom rng = new SplittableRandom(11L);
        int n = 2000;
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double u = rng.nextDouble();
            x[i] = new double[] {u, rng.nextDouble()};
            // y uniform on [0, 1) for u < 1/2, on [1, 2) otherwise
            y[i] = (u < 0.5 ? 0.0 : 1.0) + rng.nextDouble();
        }
        ProbaModel model = HistBinnedProbaRegressor.of(KNeighborsClassifier.of(50))
            .withBins(HistBinnedProbaRegressor.Binning.UNIFORM, 4).fit(x, y);
        Distribution d = model.predictProba(new double[][] {{0.1, 0.5}, {0.9, 0.5}});
        assertThat(d.cdf(1.0)[0]).isGreaterThan(0.95);
        assertThat(d.cdf(1.0)[1]).isLessThan(0.05);
        assertThat(d.mean()[0]).isCloseTo(0.5, within(0.05));
        assertThat(d.mean()[1]).isCloseTo(1.5, within(0.05));
    }

    @Test
    void invalidParametersAreRejected() {
        assertThatThrownBy(() -> PRIOR.withEdges(0, 0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("edges[1] = 0.0 must be > edges[0] = 0.0");
        assertThatThrownBy(() -> PRIOR.withEdges(1)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("at least 2");
        assertThatThrownBy(() -> PRIOR.withBins(HistBinnedProbaRegressor.Binning.GIVEN, 3))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GIVEN");
        assertThatThrownBy(() -> PRIOR.withBins(HistBinnedProbaRegressor.Binning.QUANTILE, 0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bins must be >= 1");
        assertThatThrownBy(() -> PRIOR.withMargin(-0.1)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("margin");
        assertThatThrownBy(() -> PRIOR.withParam("edges", List.of(0.0, Double.NaN)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("edges[1]");
        assertThatThrownBy(() -> HistBinnedProbaRegressor.of(null)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("clf");
    }
}
