package skpro.regression.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import skpro.distributions.Normal;
import skpro.regression.ProbaModel;
import skpro.regression.ProbaRegressor;
import skpro.regression.linear.LinearRegression;

/** Checked by invariance (OLS is affine-equivariant) and exact polynomial data, by hand. */
class PipelineTest {

    static final double[][] X = {{1, 2}, {3, 5}, {4, 1}, {6, 6}, {2, 7}, {5, 3}, {0, 4}};
    static final double[] Y = {1.0, 4.5, 2.0, 8.1, 3.3, 5.2, 0.7};
    static final double[][] X_TEST = {{2.5, 3}, {7, -1}};
    static final ProbaRegressor OLS = ResidualDouble.of(LinearRegression.of());

    @Test
    void scalingDoesNotChangeAffineEquivariantPredictions() {
        Normal direct = (Normal) OLS.fit(X, Y).predictProba(X_TEST);
        for (Transformer t : List.<Transformer>of(StandardScaler.of(), MinMaxScaler.of().withRange(-3, 2))) {
            Normal piped = (Normal) Pipeline.of(List.of(t), OLS).fit(X, Y).predictProba(X_TEST);
            assertThat(piped.mu()).containsExactly(direct.mu(), within(1e-10));
            assertThat(piped.sigma()).containsExactly(direct.sigma(), within(1e-10));
        }
    }

    @Test
    void polynomialFeaturesFitAnExactQuadratic() {
        // y = 1 + 2 x0 - x1 + 0.5 x0^2 - x0 x1 + 0.25 x1^2
        double[] y = new double[X.length];
        for (int i = 0; i < X.length; i++) {
            y[i] = quad(X[i]);
        }
        ProbaModel m = Pipeline.of(List.of(PolynomialFeatures.of(2).withBias(false)), OLS).fit(X, y);
        assertThat(m.predict(X_TEST)).containsExactly(new double[] {quad(X_TEST[0]), quad(X_TEST[1])}, within(1e-9));
        assertThat(m.numFeatures()).isEqualTo(2);
    }

    private static double quad(double[] x) {
        return 1 + 2 * x[0] - x[1] + 0.5 * x[0] * x[0] - x[0] * x[1] + 0.25 * x[1] * x[1];
    }

    @Test
    void leadingImputerAcceptsNaNAndAppliesTrainingFills() {
        double[][] x = {{1, Double.NaN}, {3, 5}, {4, 1}, {6, 6}, {2, 7}, {5, 3}, {0, 4}};
        Pipeline p = Pipeline.of(List.of(SimpleImputer.of(), StandardScaler.of()), OLS);
        ProbaModel m = p.fit(x, Y);
        // column 1 observed mean = (5 + 1 + 6 + 7 + 3 + 4) / 6 = 13/3
        double[][] filled = {{1, 13.0 / 3}, {3, 5}, {4, 1}, {6, 6}, {2, 7}, {5, 3}, {0, 4}};
        double[] expected = OLS.fit(filled, Y).predict(new double[][] {{2.5, 13.0 / 3}});
        assertThat(m.predict(new double[][] {{2.5, Double.NaN}})).containsExactly(expected, within(1e-10));
        assertThatThrownBy(() -> Pipeline.of(List.of(StandardScaler.of()), OLS).fit(x, Y))
            .hasMessageContaining("X[0][1]");
        assertThatThrownBy(() -> m.predict(new double[][] {{1, 2, 3}})).hasMessageContaining("columns");
        assertThatThrownBy(() -> p.fit(filled, new double[] {1})).hasMessageContaining("y");
    }

    @Test
    void paramsExposeStepsAndNestedEstimator() {
        Pipeline p = Pipeline.of(List.of(StandardScaler.of()), ResidualDouble.of(LinearRegression.of()));
        assertThat(p.params().keySet()).containsExactly("steps", "estimator");
        Pipeline q = p.withParams(Map.of("estimator__minScale", 0.5, "steps", List.of(MinMaxScaler.of())));
        assertThat(q.steps()).containsExactly(MinMaxScaler.of());
        assertThat(((ResidualDouble) q.estimator()).minScale()).isEqualTo(0.5);
        assertThat(p.steps()).containsExactly(StandardScaler.of());
        assertThatThrownBy(() -> p.withParam("steps", List.of("scaler"))).hasMessageContaining("steps[0]");
        assertThatThrownBy(() -> p.withParam("steps", 3)).hasMessageContaining("steps");
        assertThatThrownBy(() -> p.withParam("nope", 3)).hasMessageContaining("nope");
        assertThatThrownBy(() -> Pipeline.of(List.of(StandardScaler.of()), null)).hasMessageContaining("estimator");
        assertThat(p.fit(X, Y).regressor()).isEqualTo(p);
    }
}
