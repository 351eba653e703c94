package skpro.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import skpro.distributions.Distribution;
import skpro.distributions.Laplace;
import skpro.distributions.Normal;
import skpro.metrics.CRPS;
import skpro.metrics.LogLoss;
import skpro.regression.baselines.DeltaPointRegressor;
import skpro.regression.baselines.DummyProbaRegressor;
import skpro.regression.compose.ResidualDouble;
import skpro.regression.linear.LinearModel;
import skpro.regression.linear.LinearRegression;
import skpro.testing.SharedData;

/**
 * skpro 2.14's own predictions on sklearn's diabetes split (train_test_split(test_size=0.25,
 * random_state=0)) from {@code shared/reference/end_to_end.json}, reproduced within 1e-8
 * relative: fitted parameters, predictive distributions, quantiles at 0.05/0.5/0.95, and the
 * per-row CRPS and log-loss of the file's closed-form {@code reference} section.
 */
class EndToEndReferenceTest {

    private static final double REL = 1e-8;
    private static JsonNode file;
    private static double[][] xTrain;
    private static double[] yTrain;
    private static double[][] xTest;
    private static double[] yTest;

    @BeforeAll
    static void load() throws IOException {
        Path path = SharedData.require("reference/end_to_end.json");
        file = new ObjectMapper().readTree(path.toFile());
        JsonNode data = file.get("data");
        JsonNode x = data.get("X");
        JsonNode y = data.get("y");
        JsonNode train = data.get("train_positions");
        JsonNode test = data.get("test_positions");
        xTrain = new double[train.size()][];
        yTrain = new double[train.size()];
        for (int i = 0; i < train.size(); i++) {
            xTrain[i] = row(x.get(train.get(i).asInt()));
            yTrain[i] = y.get(train.get(i).asInt()).asDouble();
        }
        xTest = new double[test.size()][];
        yTest = new double[test.size()];
        for (int i = 0; i < test.size(); i++) {
            xTest[i] = row(x.get(test.get(i).asInt()));
            yTest[i] = y.get(test.get(i).asInt()).asDouble();
        }
    }

    private static double[] row(JsonNode r) {
        double[] out = new double[r.size()];
        for (int j = 0; j < out.length; j++) {
            out[j] = r.get(j).asDouble();
        }
        return out;
    }

    private static JsonNode model(String id) {
        for (JsonNode m : file.get("models")) {
            if (m.get("model_id").asText().equals(id)) {
                return m;
            }
        }
        throw new IllegalStateException("no model " + id);
    }

    /** The column of a rows x 1 table, or a flat list. */
    private static double[] column(JsonNode table) {
        double[] out = new double[table.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode v = table.get(i);
            out[i] = v.isArray() ? v.get(0).asDouble() : v.asDouble();
        }
        return out;
    }

    private static void close(double[] actual, double[] expected, String what) {
        assertThat(actual).as(what).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("%s row %d", what, i)
                .isCloseTo(expected[i], within(REL * Math.max(1.0, Math.abs(expected[i]))));
        }
    }

    private static void quantiles(ProbaModel m, JsonNode ref, String what) {
        double[][] q = m.predictQuantiles(xTest, 0.05, 0.5, 0.95);
        JsonNode values = ref.get("predict_quantiles").get("values");
        for (int j = 0; j < 3; j++) {
            double[] got = new double[q.length];
            double[] want = new double[q.length];
            for (int i = 0; i < q.length; i++) {
                got[i] = q[i][j];
                want[i] = values.get(i).get(j).asDouble();
            }
            close(got, want, what + " quantile column " + j);
        }
    }

    @Test
    void residualDoubleOverLinearRegressionWithANormal() {
        JsonNode ref = model("ResidualDouble_LinearRegression_Normal");
        LinearModel ols = LinearRegression.of().fit(xTrain, yTrain);
        close(ols.coefficients(), column(ref.get("fitted").get("estimator_coef")), "OLS coefficients");
        assertThat(ols.intercept()).isCloseTo(ref.get("fitted").get("estimator_intercept").asDouble(), within(1e-8 * 153));

        ProbaModel m = ResidualDouble.of(LinearRegression.of()).fit(xTrain, yTrain);
        Normal pred = (Normal) m.predictProba(xTest);
        close(pred.mu(), column(ref.get("predict_proba").get("params").get("mu")), "mu");
        close(pred.sigma(), column(ref.get("predict_proba").get("params").get("sigma")), "sigma");
        assertThat(pred.sigma()[0]).isCloseTo(ref.get("fitted").get("estimator_resid_constant").asDouble(), within(1e-6));
        close(m.predict(xTest), column(ref.get("predict")), "predict");
        quantiles(m, ref, "normal");
        close(CRPS.of().evaluateByIndex(yTest, pred), column(ref.get("reference").get("CRPS_by_row")), "CRPS");
        close(LogLoss.of().evaluateByIndex(yTest, pred), column(ref.get("reference").get("LogLoss_by_row")), "LogLoss");
    }

    @Test
    void residualDoubleOverLinearRegressionWithALaplace() {
        JsonNode ref = model("ResidualDouble_LinearRegression_Laplace");
        ProbaModel m = ResidualDouble.of(LinearRegression.of()).withDistribution(ResidualDouble.Family.LAPLACE)
            .fit(xTrain, yTrain);
        Laplace pred = (Laplace) m.predictProba(xTest);
        close(pred.mu(), column(ref.get("predict_proba").get("params").get("mu")), "mu");
        close(pred.scale(), column(ref.get("predict_proba").get("params").get("scale")), "scale");
        quantiles(m, ref, "laplace");
        close(CRPS.of().evaluateByIndex(yTest, pred), column(ref.get("reference").get("CRPS_by_row")), "CRPS");
        close(LogLoss.of().evaluateByIndex(yTest, pred), column(ref.get("reference").get("LogLoss_by_row")), "LogLoss");
    }

    @Test
    void dummyNormalUsesTheMeanAndThePopulationStandardDeviation() {
        JsonNode ref = model("DummyProbaRegressor_normal");
        ProbaModel m = DummyProbaRegressor.of(DummyProbaRegressor.Strategy.NORMAL).fit(xTrain, yTrain);
        Normal pred = (Normal) m.predictProba(xTest);
        assertThat(pred.mu()[0]).isCloseTo(ref.get("fitted").get("mu").asDouble(), within(1e-10 * 152));
        assertThat(pred.sigma()[0]).isCloseTo(ref.get("fitted").get("sigma").asDouble(), within(1e-10 * 79));
        quantiles(m, ref, "dummy normal");
        close(CRPS.of().evaluateByIndex(yTest, pred), column(ref.get("reference").get("CRPS_by_row")), "CRPS");
        close(LogLoss.of().evaluateByIndex(yTest, pred), column(ref.get("reference").get("LogLoss_by_row")), "LogLoss");
    }

    @Test
    void dummyEmpiricalPredictsTheTrainingTargets() {
        JsonNode ref = model("DummyProbaRegressor_empirical");
        ProbaModel m = DummyProbaRegressor.of(DummyProbaRegressor.Strategy.EMPIRICAL).fit(xTrain, yTrain);
        Distribution pred = m.predictProba(xTest);
        quantiles(m, ref, "dummy empirical");
        close(CRPS.of().evaluateByIndex(yTest, pred), column(ref.get("reference").get("CRPS_by_row")), "CRPS");
        assertThat(CRPS.of().evaluate(yTest, pred)).isCloseTo(ref.get("reference").get("CRPS").asDouble(), within(1e-8 * 41));
    }

    @Test
    void deltaPointPredictsThePointWithCertainty() {
        JsonNode ref = model("DeltaPointRegressor_LinearRegression");
        ProbaModel m = DeltaPointRegressor.of(LinearRegression.of()).fit(xTrain, yTrain);
        close(m.predict(xTest), column(ref.get("predict")), "predict");
        quantiles(m, ref, "delta");
        close(CRPS.of().evaluateByIndex(yTest, m.predictProba(xTest)), column(ref.get("reference").get("CRPS_by_row")),
            "CRPS");
    }
}
