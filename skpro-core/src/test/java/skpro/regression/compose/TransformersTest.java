package skpro.regression.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Expected values by hand or numpy 1.x / sklearn conventions as stated per test. */
class TransformersTest {

    static final double[][] X = {{1, 2}, {3, 5}, {4, 1}, {6, 6}};

    @Test
    void standardScalerUsesThePopulationStd() {
        // (X - X.mean(0)) / X.std(0) in numpy
        double[][] z = StandardScaler.of().fit(X).transform(X);
        assertThat(z[0]).containsExactly(new double[] {-1.38675049, -0.72760688}, within(1e-8));
        assertThat(z[3]).containsExactly(new double[] {1.38675049, 1.21267813}, within(1e-8));
    }

    @Test
    void constantColumnGetsScaleOne() {
        double[][] c = {{2, 1}, {2, 3}};
        double[][] z = StandardScaler.of().fit(c).transform(new double[][] {{5, 2}});
        // column 0: (5 - 2) / 1; column 1: (2 - 2) / 1
        assertThat(z[0]).containsExactly(3.0, 0.0);
        double[][] m = MinMaxScaler.of().fit(c).transform(new double[][] {{2, 2}});
        assertThat(m[0]).containsExactly(0.0, 0.5);
    }

    @Test
    void minMaxScalesToTheRange() {
        // column 0: min 1, max 6 -> (x - 1) / 5 * 2 - 1 on [-1, 1]
        double[][] z = MinMaxScaler.of().withRange(-1, 1).fit(X).transform(new double[][] {{3.5, 6}, {11, 1}});
        assertThat(z[0]).containsExactly(new double[] {0.0, 1.0}, within(1e-15));
        assertThat(z[1]).containsExactly(new double[] {3.0, -1.0}, within(1e-15));
        assertThatThrownBy(() -> MinMaxScaler.of().withRange(1, 1)).hasMessageContaining("min < max");
    }

    @Test
    void imputerFillsNaNByMeanMedianOrConstant() {
        double nan = Double.NaN;
        double[][] x = {{1, nan}, {nan, 4}, {5, 10}, {6, 7}};
        // column 0 observed 1, 5, 6: mean 4, median 5; column 1 observed 4, 10, 7: mean 7, median 7
        double[][] mean = SimpleImputer.of().fit(x).transform(x);
        assertThat(mean[0][1]).isEqualTo(7.0);
        assertThat(mean[1][0]).isEqualTo(4.0);
        double[][] med = SimpleImputer.of().withStrategy(SimpleImputer.Strategy.MEDIAN).fit(x)
            .transform(new double[][] {{nan, nan}});
        assertThat(med[0]).containsExactly(5.0, 7.0);
        double[][] even = SimpleImputer.of().withStrategy(SimpleImputer.Strategy.MEDIAN)
            .fit(new double[][] {{1}, {2}, {4}, {9}}).transform(new double[][] {{nan}});
        assertThat(even[0][0]).isEqualTo(3.0);
        assertThat(SimpleImputer.of().withConstant(-1).fit(x).transform(x)[1][0]).isEqualTo(-1.0);
        assertThat(x[0][1]).isNaN(); // input untouched
    }

    @Test
    void imputerRejectsInfinityAndEmptyColumns() {
        assertThatThrownBy(() -> SimpleImputer.of().fit(new double[][] {{1, Double.POSITIVE_INFINITY}}))
            .hasMessageContaining("X[0][1]");
        assertThatThrownBy(() -> SimpleImputer.of().fit(new double[][] {{1, Double.NaN}, {2, Double.NaN}}))
            .hasMessageContaining("column 1");
        assertThatThrownBy(() -> SimpleImputer.of().withConstant(Double.NaN)).hasMessageContaining("fillValue");
    }

    @Test
    void otherTransformersRejectNaN() {
        double[][] bad = {{1, 2}, {Double.NaN, 3}};
        assertThatThrownBy(() -> StandardScaler.of().fit(bad)).hasMessageContaining("X[1][0]");
        assertThatThrownBy(() -> PolynomialFeatures.of(2).fit(bad)).hasMessageContaining("X[1][0]");
        assertThatThrownBy(() -> StandardScaler.of().fit(X).transform(new double[][] {{1}}))
            .hasMessageContaining("columns");
    }

    @Test
    void polynomialFeaturesFollowSklearnOrderAndNames() {
        // sklearn PolynomialFeatures(2).get_feature_names_out(): 1, x0, x1, x0^2, x0 x1, x1^2
        FittedTransformer f = PolynomialFeatures.of(2).fit(X);
        assertThat(f.featureNames()).containsExactly("1", "x0", "x1", "x0^2", "x0 x1", "x1^2");
        assertThat(f.transform(new double[][] {{2, 3}})[0]).containsExactly(1, 2, 3, 4, 6, 9);
        FittedTransformer c = PolynomialFeatures.of(3).withBias(false).fit(X);
        assertThat(c.numOutputs()).isEqualTo(9); // C(2 + 3, 3) - 1
        assertThat(c.featureNames(new String[] {"a", "b"})).containsExactly("a", "b", "a^2", "a b", "b^2", "a^3",
            "a^2 b", "a b^2", "b^3");
        FittedTransformer i = PolynomialFeatures.of(3).withInteractionOnly(true).withBias(false)
            .fit(new double[][] {{1, 2, 3}});
        assertThat(i.featureNames()).containsExactly("x0", "x1", "x2", "x0 x1", "x0 x2", "x1 x2", "x0 x1 x2");
        assertThat(i.transform(new double[][] {{2, 3, 5}})[0]).containsExactly(2, 3, 5, 6, 10, 15, 30);
        assertThatThrownBy(() -> PolynomialFeatures.of(0)).hasMessageContaining("degree");
        assertThatThrownBy(() -> f.featureNames(new String[] {"a"})).hasMessageContaining("feature names");
    }

    @Test
    void paramsRoundTrip() {
        assertThat(PolynomialFeatures.of(2).withParam("degree", 3)).isEqualTo(PolynomialFeatures.of(3));
        assertThat(StandardScaler.of().withParam("withMean", false)).isEqualTo(StandardScaler.of().withMean(false));
        assertThat(MinMaxScaler.of().withParam("max", 2)).isEqualTo(MinMaxScaler.of().withRange(0, 2));
        assertThat(SimpleImputer.of().withParams(java.util.Map.of("strategy", SimpleImputer.Strategy.CONSTANT,
            "fillValue", 2.0))).isEqualTo(SimpleImputer.of().withConstant(2));
        assertThatThrownBy(() -> PolynomialFeatures.of(2).withParam("degree", -1)).hasMessageContaining("degree");
        assertThatThrownBy(() -> StandardScaler.of().withParam("bogus", 1)).hasMessageContaining("bogus");
    }
}
