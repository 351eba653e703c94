package skpro.regression.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import skpro.distributions.Normal;
import skpro.regression.PointModel;
import skpro.regression.ProbaModel;
import skpro.regression.ProbaRegressor;
import skpro.regression.linear.LinearRegression;
import skpro.regression.linear.Ridge;

/**
 * Checked by invariance (OLS is affine-equivariant), exact polynomial data, and the steps applied
 * by hand; step names as sklearn's {@code make_pipeline} gives them.
 */
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
        assertThat(p.params().keySet()).containsExactly("steps", "standardscaler", "estimator");
        Pipeline q = p.withParams(Map.of("estimator__minScale", 0.5, "steps", List.of(MinMaxScaler.of())));
        assertThat(q.steps()).containsExactly(MinMaxScaler.of());
        assertThat(q.namedSteps()).containsExactly(Step.of("minmaxscaler", MinMaxScaler.of()));
        assertThat(((ResidualDouble) q.estimator()).minScale()).isEqualTo(0.5);
        assertThat(p.steps()).containsExactly(StandardScaler.of());
        assertThatThrownBy(() -> p.withParam("steps", List.of("scaler"))).hasMessageContaining("steps[0]");
        assertThatThrownBy(() -> p.withParam("steps", 3)).hasMessageContaining("steps");
        assertThatThrownBy(() -> p.withParam("nope", 3)).hasMessageContaining("nope");
        assertThatThrownBy(() -> Pipeline.of(List.of(StandardScaler.of()), null)).hasMessageContaining("estimator");
        assertThat(p.fit(X, Y).regressor()).isEqualTo(p);
    }

    @Test
    void automaticNamesFollowMakePipeline() {
        // sklearn: make_pipeline(StandardScaler(), PolynomialFeatures(), StandardScaler(), Ridge()).named_steps
        // -> standardscaler-1, polynomialfeatures, standardscaler-2 (and ridge, here "estimator")
        Pipeline p = Pipeline.of(List.of(StandardScaler.of(), PolynomialFeatures.of(2), StandardScaler.of()
            .withMean(false)), OLS);
        assertThat(p.params().keySet()).containsExactly("steps", "standardscaler-1", "polynomialfeatures",
            "standardscaler-2", "estimator");
        assertThat(p.step("standardscaler-2")).isEqualTo(StandardScaler.of().withMean(false));
        assertThatThrownBy(() -> p.step("standardscaler")).hasMessageContaining("'standardscaler'")
            .hasMessageContaining("standardscaler-1");
        // a mixed list keeps the given names and names the bare transformers
        Pipeline mixed = p.withParams(Map.of("steps", List.of(Step.of("scale", StandardScaler.of()), MinMaxScaler.of())));
        assertThat(mixed.params().keySet()).containsExactly("steps", "scale", "minmaxscaler", "estimator");
        assertThat(p.toString()).startsWith("Pipeline{standardscaler-1=StandardScaler{")
            .contains("estimator=ResidualDouble");
    }

    @Test
    void namedStepsAreParametersReachableByNestedNames() {
        Pipeline p = Pipeline.ofNamed(List.of(Step.of("scale", StandardScaler.of()),
            Step.of("poly", PolynomialFeatures.of(2))), OLS);
        assertThat(p.params()).containsEntry("scale", StandardScaler.of()).containsEntry("poly",
            PolynomialFeatures.of(2)).containsEntry("estimator", OLS);
        assertThat(p.withParams(p.params())).isEqualTo(p).hasSameHashCodeAs(p);
        Pipeline q = p.withParams(Map.of("scale__withMean", false, "poly__degree", 3, "estimator__minScale", 0.25));
        assertThat(q.namedSteps()).containsExactly(Step.of("scale", StandardScaler.of().withMean(false)),
            Step.of("poly", PolynomialFeatures.of(3)));
        assertThat(((ResidualDouble) q.estimator()).minScale()).isEqualTo(0.25);
        assertThat(p.step("scale")).isEqualTo(StandardScaler.of());
        // a whole step replaced by name keeps its place and name
        Pipeline r = p.withParams(Map.of("scale", MinMaxScaler.of().withRange(-1, 1)));
        assertThat(r.namedSteps()).containsExactly(Step.of("scale", MinMaxScaler.of().withRange(-1, 1)),
            Step.of("poly", PolynomialFeatures.of(2)));
        // new steps first, then names of the new steps in the same change
        Pipeline s = p.withParams(Map.of("steps", List.of(Step.of("mm", MinMaxScaler.of())), "mm__max", 4));
        assertThat(s.namedSteps()).containsExactly(Step.of("mm", MinMaxScaler.of().withRange(0, 4)));
        assertThat(s).isNotEqualTo(p).isEqualTo(Pipeline.ofNamed(List.of(Step.of("mm", MinMaxScaler.of()
            .withRange(0, 4))), OLS));
    }

    @Test
    void invalidNamesAndValuesAreNamed() {
        Pipeline p = Pipeline.ofNamed(List.of(Step.of("scale", StandardScaler.of())), OLS);
        assertThatThrownBy(() -> p.withParam("poly", PolynomialFeatures.of(2))).hasMessageContaining("'poly'")
            .hasMessageContaining("[steps, scale, estimator]");
        assertThatThrownBy(() -> p.withParam("scale__nope", 1)).hasMessageContaining("'nope'")
            .hasMessageContaining("StandardScaler");
        assertThatThrownBy(() -> p.withParam("scale", 3)).hasMessageContaining("'scale'")
            .hasMessageContaining("Transformer");
        assertThatThrownBy(() -> p.withParam("scale", null)).hasMessageContaining("'scale'");
        assertThatThrownBy(() -> p.withParam("estimator", LinearRegression.of())).hasMessageContaining("'estimator'")
            .hasMessageContaining("ProbaRegressor");
        assertThatThrownBy(() -> Step.of("", StandardScaler.of())).hasMessageContaining("empty");
        assertThatThrownBy(() -> Step.of(null, StandardScaler.of())).hasMessageContaining("null");
        assertThatThrownBy(() -> Step.of("a__b", StandardScaler.of())).hasMessageContaining("'a__b'")
            .hasMessageContaining("__");
        assertThatThrownBy(() -> Step.of("estimator", StandardScaler.of())).hasMessageContaining("'estimator'")
            .hasMessageContaining("reserved");
        assertThatThrownBy(() -> Step.of("steps", StandardScaler.of())).hasMessageContaining("'steps'")
            .hasMessageContaining("reserved");
        assertThatThrownBy(() -> Step.of("scale", null)).hasMessageContaining("'scale'");
        assertThatThrownBy(() -> Pipeline.ofNamed(List.of(Step.of("s", StandardScaler.of()), Step.of("s",
            MinMaxScaler.of())), OLS)).hasMessageContaining("'s'").hasMessageContaining("twice");
        assertThatThrownBy(() -> p.withParam("steps", List.of(Step.of("minmaxscaler", StandardScaler.of()),
            MinMaxScaler.of()))).hasMessageContaining("'minmaxscaler'").hasMessageContaining("steps[1]");
    }

    @Test
    void pointPipelinePredictsAsTheStepsAppliedByHand() {
        PointPipeline pp = PointPipeline.of(List.of(StandardScaler.of(), PolynomialFeatures.of(2)), Ridge.of(1.0));
        PointPipelineModel m = pp.fit(X, Y);
        FittedTransformer f1 = StandardScaler.of().fit(X);
        double[][] z1 = f1.transform(X);
        FittedTransformer f2 = PolynomialFeatures.of(2).fit(z1);
        PointModel ridge = Ridge.of(1.0).fit(f2.transform(z1), Y);
        double[] expected = ridge.predict(f2.transform(f1.transform(X_TEST)));
        assertThat(m.predict(X_TEST)).containsExactly(expected);
        assertThat(m.transform(X_TEST)).isDeepEqualTo(f2.transform(f1.transform(X_TEST)));
        assertThat(m.numFeatures()).isEqualTo(2);
        assertThat(m.fittedSteps()).hasSize(2);
        assertThat(m.estimatorModel().numFeatures()).isEqualTo(6);
        assertThat(pp.withParams(pp.params())).isEqualTo(pp).hasSameHashCodeAs(pp);
        assertThat(pp.params().keySet()).containsExactly("steps", "standardscaler", "polynomialfeatures",
            "estimator");
        assertThatThrownBy(() -> pp.withParam("estimator", OLS)).hasMessageContaining("'estimator'")
            .hasMessageContaining("Regressor");
        assertThatThrownBy(() -> m.predict(new double[][] {{1, 2, 3}})).hasMessageContaining("X has 3 columns");
    }

    @Test
    void residualDoubleOverAPointPipelineFitsAndReachesIntoIt() {
        PointPipeline pp = PointPipeline.of(List.of(StandardScaler.of(), PolynomialFeatures.of(2)), Ridge.of(1.0));
        ResidualDouble rd = ResidualDouble.of(pp);
        Normal pred = (Normal) rd.fit(X, Y).predictProba(X_TEST);
        assertThat(pred.mu()).containsExactly(pp.fit(X, Y).predict(X_TEST));
        // in-sample mean absolute residual of the location model, the default scale
        double[] r = pp.fit(X, Y).predict(X);
        double mae = 0.0;
        for (int i = 0; i < r.length; i++) {
            mae += Math.abs(Y[i] - r[i]);
        }
        assertThat(pred.sigma()).containsOnly(mae / r.length);
        ResidualDouble changed = rd.withParams(Map.of("estimator__estimator__alpha", 2.0,
            "estimator__standardscaler__withMean", false, "estimator__polynomialfeatures", MinMaxScaler.of()));
        PointPipeline inner = (PointPipeline) changed.estimator();
        assertThat(inner.estimator()).isEqualTo(Ridge.of(2.0));
        assertThat(inner.namedSteps()).containsExactly(Step.of("standardscaler", StandardScaler.of().withMean(false)),
            Step.of("polynomialfeatures", MinMaxScaler.of()));
        assertThat(rd.estimator()).isEqualTo(pp);
        assertThatThrownBy(() -> rd.withParam("estimator__ridge__alpha", 2.0))
            .hasMessageContaining("unknown parameter 'ridge__alpha' for PointPipeline");
    }

    @Test
    void featureNamesFollowTheSteps() {
        // column 1 is a group label 1, 2, 3
        double[][] x = {{0.3, 1}, {1.2, 2}, {-0.5, 1}, {2.0, 3}, {0.7, 2}, {1.5, 3}};
        double[] y = {1, 2, 0.5, 3, 1.8, 2.6};
        List<Transformer> steps = List.of(OneHotEncoder.of().withColumns(1).withDrop(OneHotEncoder.Drop.FIRST),
            StandardScaler.of(), PolynomialFeatures.of(2).withBias(false));
        String[] expected = {"age", "group_2", "group_3", "age^2", "age group_2", "age group_3", "group_2^2",
            "group_2 group_3", "group_3^2"};
        PointPipelineModel point = PointPipeline.of(steps, Ridge.of(0.5)).fit(x, y);
        assertThat(point.featureNames(new String[] {"age", "group"})).containsExactly(expected);
        assertThat(point.featureNames()[2]).isEqualTo("x1_3");
        assertThat(point.estimatorModel().numFeatures()).isEqualTo(expected.length);
        PipelineModel proba = Pipeline.of(steps, ResidualDouble.of(Ridge.of(0.5))).fit(x, y);
        assertThat(proba.featureNames(new String[] {"age", "group"})).containsExactly(expected);
        assertThat(proba.transform(x)).isDeepEqualTo(point.transform(x));
        assertThatThrownBy(() -> proba.featureNames(new String[] {"age"})).hasMessageContaining("feature names");
        // no steps: names and features pass through
        PipelineModel bare = Pipeline.of(List.of(), OLS).fit(X, Y);
        assertThat(bare.featureNames()).containsExactly("x0", "x1");
        assertThat(bare.numFeatures()).isEqualTo(2);
        assertThat(bare.transform(X_TEST)).isDeepEqualTo(X_TEST).isNotSameAs(X_TEST);
        assertThat(bare.predict(X_TEST)).containsExactly(OLS.fit(X, Y).predict(X_TEST));
    }
}
