package skpro.regression.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import skpro.distributions.Distribution;
import skpro.regression.ProbaRegressor;
import skpro.regression.baselines.DummyProbaRegressor;

/**
 * Expected values from scipy 1.17.1: {@code stats.boxcox(y)[1]}, {@code stats.yeojohnson(y)[1]},
 * {@code stats.lognorm}, and norm.pdf(h(y0), mu, s) * h'(y0) with mu, s the ddof-0 mean and
 * standard deviation of h(y) (the inner DummyProbaRegressor(NORMAL)).
 */
class TransformedTargetRegressorTest {

    static final double[] Y = {0.8, 1.3, 2.1, 2.9, 3.7, 5.2, 7.9, 11.4, 16.0, 24.5};
    static final double[] YY = {-3.1, -1.2, -0.4, 0.0, 0.3, 0.9, 1.7, 2.6, 4.4, 8.8};
    static final ProbaRegressor NORMAL = DummyProbaRegressor.of(DummyProbaRegressor.Strategy.NORMAL);

    static double[][] x(int n) {
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {i};
        }
        return x;
    }

    @Test
    void maximumLikelihoodLambdaMatchesScipy() {
        assertThat(TargetTransform.BOX_COX.fitLambda(Y)).isCloseTo(0.022869856408954982, within(1e-6));
        assertThat(TargetTransform.YEO_JOHNSON.fitLambda(YY)).isCloseTo(0.683298312035827, within(1e-6));
        assertThat(TargetTransform.YEO_JOHNSON.fitLambda(Y)).isCloseTo(-0.1666711994843666, within(1e-6));
    }

    @Test
    void logGivesTheLogNormal() {
        Distribution d = TransformedTargetRegressor.of(NORMAL, TargetTransform.LOG).fit(x(10), Y)
            .predictProba(new double[][] {{0}, {1}});
        assertThat(d.pdf(new double[] {3.0, 3.0})[0]).isCloseTo(0.11656060938119475, within(1e-12));
        assertThat(d.cdf(new double[] {3.0, 3.0})[1]).isCloseTo(0.3414078523219575, within(1e-12));
        assertThat(d.ppf(new double[] {0.9, 0.9})[0]).isCloseTo(17.68007076701152, within(1e-9));
        assertThat(d.mean()[0]).isCloseTo(7.989887269064628, within(1e-8));
    }

    @Test
    void boxCoxAndYeoJohnsonGiveTheExactDensity() {
        Distribution bc = TransformedTargetRegressor.of(NORMAL, TargetTransform.BOX_COX).fit(x(10), Y)
            .predictProba(new double[][] {{0}});
        assertThat(bc.pdf(new double[] {3.0})[0]).isCloseTo(0.11497031615365257, within(1e-6));
        assertThat(bc.cdf(new double[] {3.0})[0]).isCloseTo(0.33770690737083375, within(1e-6));
        Distribution yj = TransformedTargetRegressor.of(NORMAL, TargetTransform.YEO_JOHNSON).fit(x(10), YY)
            .predictProba(new double[][] {{0}, {0}});
        assertThat(yj.pdf(new double[] {-1.0, 2.0})).containsExactly(new double[] {0.15141994358679028,
            0.10676008429669744}, within(1e-6));
        assertThat(yj.cdf(new double[] {-1.0, 2.0})).containsExactly(new double[] {0.22498363143341238,
            0.6432335311965219}, within(1e-6));
    }

    @Test
    void inverseUndoesForward() {
        for (TargetTransform t : TargetTransform.values()) {
            for (double lambda : new double[] {-0.7, 0.0, 0.4, 2.0, 2.5}) {
                for (double y : new double[] {0.3, 1.0, 4.2}) {
                    assertThat(t.inverse(lambda, t.forward(lambda, y))).isCloseTo(y, within(1e-12));
                }
            }
        }
        assertThat(TargetTransform.YEO_JOHNSON.inverse(0.5, TargetTransform.YEO_JOHNSON.forward(0.5, -2.5)))
            .isCloseTo(-2.5, within(1e-12));
        assertThat(TargetTransform.YEO_JOHNSON.inverse(2.0, TargetTransform.YEO_JOHNSON.forward(2.0, -2.5)))
            .isCloseTo(-2.5, within(1e-12));
    }

    @Test
    void badTargetsAreRejectedByName() {
        double[] y = Y.clone();
        y[3] = 0.0;
        assertThatThrownBy(() -> TransformedTargetRegressor.of(NORMAL, TargetTransform.BOX_COX).fit(x(10), y))
            .hasMessageContaining("y[3]");
        assertThatThrownBy(() -> TargetTransform.LOG.fitLambda(new double[] {1, -2})).hasMessageContaining("y[1]");
        assertThatThrownBy(() -> TargetTransform.YEO_JOHNSON.fitLambda(new double[] {2, 2}))
            .hasMessageContaining("constant");
        assertThatThrownBy(() -> TransformedTargetRegressor.of(null, TargetTransform.LOG))
            .hasMessageContaining("estimator");
    }

    @Test
    void paramsNestTheEstimator() {
        TransformedTargetRegressor t = TransformedTargetRegressor.of(NORMAL, TargetTransform.LOG);
        assertThat(t.params().keySet()).containsExactly("estimator", "transform");
        assertThat(t.withParam("transform", TargetTransform.BOX_COX))
            .isEqualTo(t.withTransform(TargetTransform.BOX_COX));
        TransformedTargetRegressor k = (TransformedTargetRegressor) t.withParam("estimator__strategy",
            DummyProbaRegressor.Strategy.KDE);
        assertThat(k.estimator())
            .isEqualTo(DummyProbaRegressor.of(DummyProbaRegressor.Strategy.KDE));
    }
}
