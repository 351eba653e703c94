package skpro.regression.bayes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import skpro.datasets.Dataset;
import skpro.datasets.Datasets;
import skpro.regression.gp.GPRegressor;

/**
 * BayesianRidge and GPRegressor against scikit-learn 1.9.1 on diabetes (train rows 0..299, test
 * rows 300..441): reference values from tools/sklearn_bayes_gp_reference.py.
 */
class SklearnDiabetesReferenceTest {
    private static final JsonNode REF = load();
    private static final Dataset DIABETES = Datasets.diabetes();
    private static final double[][] X_TRAIN = Arrays.copyOfRange(DIABETES.x(), 0, 300);
    private static final double[] Y_TRAIN = Arrays.copyOfRange(DIABETES.y(), 0, 300);
    private static final double[][] X_TEST = Arrays.copyOfRange(DIABETES.x(), 300, DIABETES.numRows());

    private static JsonNode load() {
        try (InputStream in = SklearnDiabetesReferenceTest.class.getResourceAsStream("sklearn_diabetes.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double[] array(JsonNode node) {
        double[] out = new double[node.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = node.get(i).asDouble();
        }
        return out;
    }

    private static double[] sqrt(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Math.sqrt(v[i]);
        }
        return out;
    }

    @Test
    void bayesianRidgeMatchesSklearn() {
        JsonNode ref = REF.get("bayesian_ridge");
        BayesianRidge.Model m = BayesianRidge.of().fit(X_TRAIN, Y_TRAIN);
        assertThat(m.alpha()).isCloseTo(ref.get("alpha").asDouble(), withinPercentage(1e-4));
        assertThat(m.lambda()).isCloseTo(ref.get("lambda").asDouble(), withinPercentage(1e-4));
        assertRelative(m.predict(X_TEST), array(ref.get("mean")), 1e-6);
        assertRelative(sqrt(m.predictVar(X_TEST)), array(ref.get("std")), 1e-6);
    }

    @ParameterizedTest
    @CsvSource({"rbf, RBF", "matern52, MATERN_52", "matern32, MATERN_32", "linear, LINEAR"})
    void gaussianProcessWithFixedHyperParametersMatchesSklearn(String name, GPRegressor.Kernel kernel) {
        JsonNode ref = REF.get("gp_" + name);
        GPRegressor gp = GPRegressor.of(kernel).withHyperParameters(ref.get("variance").asDouble(),
            ref.get("lengthScale").asDouble(), ref.get("noise").asDouble()).withOptimizer(false, 0, 0L);
        GPRegressor.Model m = gp.fit(X_TRAIN, Y_TRAIN);
        assertRelative(m.predict(X_TEST), array(ref.get("mean")), 1e-6);
        assertRelative(sqrt(m.predictVar(X_TEST)), array(ref.get("std")), 1e-6);
        assertRelative(m.predictVar(X_TEST), square(array(ref.get("std"))), 1e-6);
    }

    private static void assertRelative(double[] actual, double[] expected, double tol) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < actual.length; i++) {
            assertThat(actual[i]).as("row %d", i).isCloseTo(expected[i], within(tol * Math.abs(expected[i])));
        }
    }

    private static double[] square(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * v[i];
        }
        return out;
    }

    @Test
    void optimisedGaussianProcessReachesSklearnsMarginalLikelihood() {
        double sklearn = REF.get("gp_rbf_optimised").get("logMarginalLikelihood").asDouble();
        GPRegressor.Model m = GPRegressor.of(GPRegressor.Kernel.RBF).withOptimizer(true, 0, 1L).fit(X_TRAIN, Y_TRAIN);
        double[] y = normalised(Y_TRAIN);
        double lml = GPRegressor.of(GPRegressor.Kernel.RBF).logMarginalLikelihood(X_TRAIN, y, m.hyperParameters());
        assertThat(lml).isCloseTo(sklearn, within(1e-3));
        double fixed = REF.get("gp_rbf").get("logMarginalLikelihood").asDouble();
        assertThat(GPRegressor.of(GPRegressor.Kernel.RBF).logMarginalLikelihood(X_TRAIN, y,
            new double[] {0.8, 0.15, 0.5})).isCloseTo(fixed, withinPercentage(1e-7));
    }

    private static double[] normalised(double[] y) {
        double mean = Arrays.stream(y).average().orElseThrow();
        double ss = 0.0;
        for (double v : y) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / y.length);
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = (y[i] - mean) / sd;
        }
        return out;
    }
}
