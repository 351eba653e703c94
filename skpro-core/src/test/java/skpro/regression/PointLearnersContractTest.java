package skpro.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import skpro.regression.linear.QuantileRegressor;
import skpro.regression.linear.Ridge;
import skpro.regression.neighbors.KNeighborsRegressor;
import skpro.regression.tree.DecisionTreeRegressor;

/**
 * Properties every point learner shares (params, immutability, bad input), over every registered
 * point regressor ({@link EstimatorRegistry#regressors()}, providers' included) plus a few
 * further configurations, on 40 rows and 3 columns.
 */
class PointLearnersContractTest {

    private static final int ROWS = 40;

    static Stream<Regressor> learners() {
        List<Regressor> all = new ArrayList<>();
        for (RegistryEntry<Regressor> e : EstimatorRegistry.regressors()) {
            all.addAll(e.examples());
        }
        all.addAll(List.of(Ridge.of(0.0), Ridge.of(3.0).withFitIntercept(false),
            QuantileRegressor.of(0.3).withAlpha(0.0),
            KNeighborsRegressor.of(3),
            DecisionTreeRegressor.of().withMaxDepth(2).withMinSamplesLeaf(2).withMaxFeatures(1).withSeed(7)));
        return all.stream();
    }

    private static double[][] x() {
        double[][] x = new double[ROWS][];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {i, Math.sin(i), (i * 7) % 5};
        }
        return x;
    }

    private static double[] y() {
        double[] y = new double[ROWS];
        for (int i = 0; i < y.length; i++) {
            y[i] = 0.5 * i - Math.cos(i);
        }
        return y;
    }

    @ParameterizedTest
    @MethodSource("learners")
    void paramsRoundTrip(Regressor reg) {
        Map<String, Object> params = reg.params();
        Regressor copy = reg.withParams(params);
        assertThat(copy.params()).isEqualTo(params);
        assertThat(copy.fit(x(), y()).predict(x())).containsExactly(reg.fit(x(), y()).predict(x()));
        assertThatThrownBy(() -> reg.withParam("nope", 1)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("unknown parameter 'nope'");
    }

    @ParameterizedTest
    @MethodSource("learners")
    void fitLeavesRegressorAndDataUnchangedAndModelIsDetached(Regressor reg) {
        Map<String, Object> before = reg.params();
        double[][] x = x();
        double[] y = y();
        PointModel model = reg.fit(x, y);
        assertThat(reg.params()).isEqualTo(before);
        assertThat(x).isDeepEqualTo(x());
        assertThat(y).containsExactly(y());
        double[] pred = model.predict(x());
        x[3][0] = 1e6;
        y[3] = -1e6;
        assertThat(model.predict(x())).containsExactly(pred);
        assertThat(model.numFeatures()).isEqualTo(3);
        assertThat(reg.fit(x(), y()).predict(x())).containsExactly(pred);
    }

    @ParameterizedTest
    @MethodSource("learners")
    void badInputIsRejectedByName(Regressor reg) {
        double[][] ragged = x();
        ragged[4] = new double[] {1.0, 2.0};
        assertThatThrownBy(() -> reg.fit(ragged, y())).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("X is ragged").hasMessageContaining("row 4");
        double[][] nan = x();
        nan[2][1] = Double.NaN;
        assertThatThrownBy(() -> reg.fit(nan, y())).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("X[2][1]");
        double[] yInf = y();
        yInf[5] = Double.POSITIVE_INFINITY;
        assertThatThrownBy(() -> reg.fit(x(), yInf)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("y[5]");
        assertThatThrownBy(() -> reg.fit(x(), new double[ROWS - 1])).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(ROWS + " rows").hasMessageContaining((ROWS - 1) + " values");
        assertThatThrownBy(() -> reg.fit(new double[0][], new double[0])).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("X must have at least one row");
        PointModel model = reg.fit(x(), y());
        assertThatThrownBy(() -> model.predict(new double[][] {{1.0, 2.0}})).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("X has 2 columns").hasMessageContaining("fitted on 3");
        assertThatThrownBy(() -> model.predict(new double[][] {{1.0, Double.NaN, 2.0}}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X[0][1]");
    }

    /**
     * Sample weights: null and all-one weights give the unweighted fit exactly; invalid weights
     * are rejected by name; where supported, integer weights give the fit on the rows repeated w
     * times (within 1e-9) unless {@link SampleWeightCases#notCopies} says why not; otherwise
     * unequal weights raise {@link UnsupportedOperationException} naming the class.
     */
    @ParameterizedTest
    @MethodSource("learners")
    void sampleWeights(Regressor reg) {
        double[][] x = x();
        double[] y = y();
        double[] plain = reg.fit(x, y).predict(x);
        assertThat(reg.fit(x, y, null).predict(x)).containsExactly(plain);
        assertThat(reg.fit(x, y, SampleWeightCases.ones(ROWS)).predict(x)).containsExactly(plain);
        SampleWeightCases.invalidWeightsRejected(w -> reg.fit(x, y, w), ROWS);
        double[] w = SampleWeightCases.integerWeights(ROWS);
        if (!reg.supportsSampleWeight()) {
            SampleWeightCases.unequalWeightsUnsupported(ww -> reg.fit(x, y, ww), reg, ROWS);
            return;
        }
        double[] weighted = reg.fit(x, y, w).predict(x);
        if (SampleWeightCases.notCopies(reg) != null) {
            assertThat(weighted).isNotEqualTo(plain);
            return;
        }
        double[] copies = reg.fit(SampleWeightCases.repeat(x, w), SampleWeightCases.repeat(y, w)).predict(x);
        SampleWeightCases.assertClose(weighted, copies, reg.toString());
    }
}
