package skpro.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import skpro.distributions.Distribution;
import skpro.regression.baselines.DeltaPointRegressor;
import skpro.regression.baselines.DummyProbaRegressor;
import skpro.regression.baselines.MeanRegressor;
import skpro.regression.compose.MeanStdRegressor;
import skpro.regression.compose.PointPipeline;
import skpro.regression.compose.ResidualDouble;
import skpro.regression.compose.StandardScaler;
import skpro.regression.compose.TargetTransform;
import skpro.regression.compose.TransformedTargetRegressor;
import skpro.regression.linear.LinearRegression;
import skpro.regression.linear.QuantileRegressor;
import skpro.regression.linear.Ridge;
import skpro.regression.neighbors.KNeighborsRegressor;

/**
 * Weighted fits against closed forms computed here from their definitions (weighted means,
 * weighted least squares by its 1-D formula, weighted quantiles by cumulative weight, the
 * weighted KDE's bandwidth), and the rules of the compositors.
 */
class SampleWeightsTest {

    private static final double[][] X1 = {{1.0}, {2.0}, {4.0}, {5.0}, {7.0}, {8.0}};
    private static final double[] Y1 = {1.5, 2.0, 5.5, 4.0, 9.0, 8.5};
    private static final double[] W1 = {2.0, 0.5, 1.0, 3.0, 0.25, 1.5};

    private static double weightedMean(double[] v, double[] w) {
        double s = 0.0;
        double t = 0.0;
        for (int i = 0; i < v.length; i++) {
            s += w[i] * v[i];
            t += w[i];
        }
        return s / t;
    }

    @Test
    void weightedLeastSquaresMatchesTheOneDimensionalFormula() {
        double[] x = new double[X1.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = X1[i][0];
        }
        double xm = weightedMean(x, W1);
        double ym = weightedMean(Y1, W1);
        double sxy = 0.0;
        double sxx = 0.0;
        for (int i = 0; i < x.length; i++) {
            sxy += W1[i] * (x[i] - xm) * (Y1[i] - ym);
            sxx += W1[i] * (x[i] - xm) * (x[i] - xm);
        }
        double slope = sxy / sxx;
        double intercept = ym - slope * xm;
        double[] pred = LinearRegression.of().fit(X1, Y1, W1).predict(new double[][] {{0.0}, {10.0}});
        assertThat(pred[0]).isCloseTo(intercept, within(1e-12));
        assertThat(pred[1]).isCloseTo(intercept + 10.0 * slope, within(1e-12));
        // ridge: slope = sxy / (sxx + alpha)
        double alpha = 3.0;
        double ridgeSlope = sxy / (sxx + alpha);
        double[] r = Ridge.of(alpha).fit(X1, Y1, W1).predict(new double[][] {{0.0}});
        assertThat(r[0]).isCloseTo(ym - ridgeSlope * xm, within(1e-12));
    }

    @Test
    void ridgeWithAConstantWeightIsRidgeWithAlphaDividedByIt() {
        double[] w = SampleWeightCases.ones(X1.length);
        java.util.Arrays.fill(w, 4.0);
        double[] weighted = Ridge.of(2.0).fit(X1, Y1, w).predict(X1);
        SampleWeightCases.assertClose(weighted, Ridge.of(0.5).fit(X1, Y1).predict(X1), "ridge");
    }

    @Test
    void rowsOfWeightZeroAreAbsentAndDoNotCountAsRows() {
        double[] w = {1.0, 1.0, 1.0, 0.0, 0.0, 0.0};
        double[] y = Y1.clone();
        y[4] = 1e6;
        double[] pred = LinearRegression.of().fit(X1, y, w).predict(X1);
        double[] firstThree = LinearRegression.of().fit(java.util.Arrays.copyOf(X1, 3), java.util.Arrays.copyOf(y, 3))
            .predict(X1);
        SampleWeightCases.assertClose(pred, firstThree, "zero weights");
        double[][] x2 = {{1, 0}, {0, 1}, {1, 1}, {2, 3}, {5, 1}};
        double[] y2 = {1, 2, 3, 4, 5};
        assertThatThrownBy(() -> LinearRegression.of().fit(x2, y2, new double[] {1, 2, 0, 0, 0}))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("needs at least 3 rows of positive weight, X has 2");
    }

    @Test
    void nearlyCollinearColumnsTakeTheQrPathAndStillEqualCopies() {
        int n = 30;
        double[][] x = new double[n][];
        double[] y = new double[n];
        java.util.SplittableRandom rng = new java.util.SplittableRandom(3);
        for (int i = 0; i < n; i++) {
            double a = rng.nextDouble();
            // the second column is the first up to 1e-6: a relative Cholesky pivot near 1e-12
            x[i] = new double[] {a, a + 1e-6 * rng.nextDouble(), rng.nextDouble()};
            y[i] = 2.0 * a + x[i][2] + 0.01 * rng.nextDouble();
        }
        double[] w = SampleWeightCases.integerWeights(n);
        for (Regressor reg : List.of(LinearRegression.of(), Ridge.of(0.0).withFitIntercept(false))) {
            double[] weighted = reg.fit(x, y, w).predict(x);
            double[] copies = reg.fit(SampleWeightCases.repeat(x, w), SampleWeightCases.repeat(y, w)).predict(x);
            SampleWeightCases.assertClose(weighted, copies, reg.toString());
        }
    }

    @Test
    void quantileRegressionWithoutFeaturesIsTheWeightedQuantile() {
        double[][] x = {{1.0}, {1.0}, {1.0}, {1.0}};
        double[] y = {1.0, 2.0, 3.0, 4.0};
        double[] w = {1.0, 1.0, 1.0, 5.0};
        // cumulative weights 1, 2, 3, 8 of W = 8: the q-quantile is the first y reaching q W
        assertThat(QuantileRegressor.of(0.5).withAlpha(0.0).fit(x, y, w).predict(x)[0]).isCloseTo(4.0, within(1e-9));
        assertThat(QuantileRegressor.of(0.3).withAlpha(0.0).fit(x, y, w).predict(x)[0]).isCloseTo(3.0, within(1e-9));
        assertThat(QuantileRegressor.of(0.1).withAlpha(0.0).fit(x, y, w).predict(x)[0]).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void meanAndDummyBaselinesUseWeightedMomentsAndWeights() {
        double mean = weightedMean(Y1, W1);
        double ss = 0.0;
        double total = 0.0;
        double squares = 0.0;
        for (int i = 0; i < Y1.length; i++) {
            ss += W1[i] * (Y1[i] - mean) * (Y1[i] - mean);
            total += W1[i];
            squares += W1[i] * W1[i];
        }
        assertThat(MeanRegressor.of().fit(X1, Y1, W1).predict(X1)[0]).isCloseTo(mean, within(1e-12));
        double[][] one = {{0.0}};
        Distribution normal = DummyProbaRegressor.of(DummyProbaRegressor.Strategy.NORMAL).fit(X1, Y1, W1)
            .predictProba(one);
        assertThat(normal.mean()[0]).isCloseTo(mean, within(1e-12));
        assertThat(normal.var()[0]).isCloseTo(ss / total, within(1e-12));
        Distribution empirical = DummyProbaRegressor.of().fit(X1, Y1, W1).predictProba(one);
        // F(4.0) = weight of {1.5, 2.0, 4.0} / W
        assertThat(empirical.cdf(4.0)[0]).isCloseTo((W1[0] + W1[1] + W1[3]) / total, within(1e-12));
        // KDE: sum_i (w_i / W) N(y_i, h^2), h = (4 / (3 n_eff))^(1/5) s_1
        double nEff = total * total / squares;
        double s1 = Math.sqrt(ss / (total - squares / total));
        double h = Math.pow(4.0 / (3.0 * nEff), 0.2) * s1;
        Distribution kde = DummyProbaRegressor.of(DummyProbaRegressor.Strategy.KDE).fit(X1, Y1, W1)
            .predictProba(one);
        assertThat(kde.var()[0]).isCloseTo(ss / total + h * h, within(1e-10));
        double t = 5.0;
        double cdf = 0.0;
        for (int i = 0; i < Y1.length; i++) {
            cdf += W1[i] / total * skpro.distributions.Normal.of(Y1[i], h).cdf(t)[0];
        }
        assertThat(kde.cdf(t)[0]).isCloseTo(cdf, within(1e-12));
    }

    @Test
    void residualDoubleCrossFittingPassesEachFoldItsWeights() {
        // y = 0 but for one row of weight 0: with its weight passed to every fold, each location
        // model predicts 0, the residuals of positive weight are 0 and the scale is minScale
        int n = 12;
        double[][] x = new double[n][];
        double[] y = new double[n];
        double[] w = SampleWeightCases.ones(n);
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {i};
        }
        y[5] = 1000.0;
        w[5] = 0.0;
        ProbaRegressor reg = ResidualDouble.of(MeanRegressor.of()).withCrossFitting(3, 7L);
        assertThat(reg.fit(x, y, w).predictVar(x)[0]).isCloseTo(1e-20, within(1e-30));
        assertThat(reg.fit(x, y).predictVar(x)[0]).isGreaterThan(1.0);
        // the relative floor uses the weighted standard deviation of y
        double[] w2 = {1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3};
        double[] y2 = new double[n];
        for (int i = 0; i < n; i++) {
            y2[i] = i % 2 == 0 ? 0.0 : 4.0;
        }
        // weighted mean 3, weighted variance (4 * 9 + 12 * 1) / 16 = 3
        ProbaRegressor floored = ResidualDouble.of(MeanRegressor.of()).withRelativeMinScale(10.0);
        double sigma = Math.sqrt(floored.fit(x, y2, w2).predictVar(x)[0]);
        assertThat(sigma).isCloseTo(10.0 * Math.sqrt(3.0), within(1e-12));
    }

    @Test
    void compositorsSupportWeightsWhenTheirEstimatorsDo() {
        assertThat(ResidualDouble.of(Ridge.of(1.0)).supportsSampleWeight()).isTrue();
        assertThat(ResidualDouble.of(KNeighborsRegressor.of(3)).supportsSampleWeight()).isFalse();
        assertThat(ResidualDouble.of(Ridge.of(1.0)).withResidualRegressor(KNeighborsRegressor.of(3))
            .supportsSampleWeight()).isFalse();
        assertThat(MeanStdRegressor.of(Ridge.of(1.0), MeanRegressor.of()).supportsSampleWeight()).isTrue();
        assertThat(MeanStdRegressor.of(Ridge.of(1.0), KNeighborsRegressor.of(3)).supportsSampleWeight()).isFalse();
        assertThat(DeltaPointRegressor.of(KNeighborsRegressor.of(3)).supportsSampleWeight()).isFalse();
        PointPipeline knn = PointPipeline.of(List.of(StandardScaler.of()), KNeighborsRegressor.of(3));
        assertThat(knn.supportsSampleWeight()).isFalse();
        assertThatThrownBy(() -> knn.fit(X1, Y1, W1)).isInstanceOf(UnsupportedOperationException.class)
            .hasMessageContaining("PointPipeline does not support sample weights");
        // equal weights are no weights for an estimator without them
        assertThat(knn.fit(X1, Y1, new double[] {2, 2, 2, 2, 2, 2}).predict(X1))
            .containsExactly(knn.fit(X1, Y1).predict(X1));
        // the final estimator gets the weights
        PointPipeline mean = PointPipeline.of(List.of(StandardScaler.of()), MeanRegressor.of());
        assertThat(mean.fit(X1, Y1, W1).predict(X1)[0]).isCloseTo(weightedMean(Y1, W1), within(1e-12));
    }

    @Test
    void transformedTargetPassesTheWeightsToItsRegressor() {
        // the empirical law of log y with weights; its median maps back to the weighted median of y
        double[] w = {0.5, 0.5, 0.5, 0.5, 5.0, 0.5};
        ProbaRegressor reg = TransformedTargetRegressor.of(DummyProbaRegressor.of(), TargetTransform.LOG);
        assertThat(reg.supportsSampleWeight()).isTrue();
        double[] median = reg.fit(X1, Y1, w).predictQuantiles(new double[][] {{0.0}}, 0.5)[0];
        assertThat(median[0]).isCloseTo(Y1[4], within(1e-9));
    }

    @Test
    void weightsOfMissingOrEmptyXAreReportedAsX() {
        assertThatThrownBy(() -> MeanRegressor.of().fit(null, Y1, W1)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("X must not be null");
        assertThatThrownBy(() -> KNeighborsRegressor.of(1).fit(new double[0][], new double[0], new double[0]))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X must have at least one row");
    }
}
