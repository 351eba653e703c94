package skpro.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import skpro.distributions.Distribution;

/**
 * The shared contract of every registered {@link ProbaRegressor} ({@link EstimatorRegistry}), on
 * two data sets: the first 50 rows of diabetes (fitted and predicted in-sample, as skpro's own
 * estimator tests) and a synthetic heteroscedastic set y = x0 + (0.5 + |x1|) eps, eps ~ N(0, 1),
 * x ~ N(0, I_2), 2000 training and 2000 held-out rows from a fixed seed. A new estimator joins by
 * being registered.
 */
class ProbaRegressorContractTest {

    private static final double[] ALPHAS = {0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99};
    private static final double[] COVERAGES = {0.5, 0.8, 0.9, 0.95};
    /** Rows of the synthetic test set used for the per-row properties (coverage uses all). */
    private static final int PROPERTY_ROWS = 25;

    /** A training set and a test set. */
    record Data(String name, double[][] xTrain, double[] yTrain, double[][] xTest, double[] yTest) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Data DIABETES = diabetes();
    private static final Data HETERO = heteroscedastic(2000, 2000, 20240611L);

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (RegistryEntry<ProbaRegressor> e : EstimatorRegistry.probaRegressors()) {
            for (ProbaRegressor r : e.examples()) {
                for (Data d : List.of(DIABETES, HETERO)) {
                    out.add(Arguments.of(d, r));
                }
            }
        }
        return out.stream();
    }

    static Stream<Arguments> examples() {
        List<Arguments> out = new ArrayList<>();
        for (RegistryEntry<ProbaRegressor> e : EstimatorRegistry.probaRegressors()) {
            for (ProbaRegressor r : e.examples()) {
                out.add(Arguments.of(e, r));
            }
        }
        return out.stream();
    }

    private static double[][] propertyRows(Data d) {
        return d.xTest.length <= PROPERTY_ROWS ? d.xTest : Arrays.copyOf(d.xTest, PROPERTY_ROWS);
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("cases")
    void outputShapesAndPointPredictions(Data d, ProbaRegressor reg) {
        ProbaModel model = reg.fit(d.xTrain, d.yTrain);
        double[][] x = propertyRows(d);
        int m = x.length;
        assertThat(model.regressor()).isSameAs(reg);
        assertThat(model.numFeatures()).isEqualTo(d.xTrain[0].length);
        double[] pred = model.predict(x);
        double[] var = model.predictVar(x);
        double[][] q = model.predictQuantiles(x, ALPHAS);
        double[][] iv = model.predictInterval(x, 0.9);
        Distribution dist = model.predictProba(x);
        assertThat(pred).hasSize(m);
        assertThat(var).hasSize(m);
        assertThat(dist.size()).isEqualTo(m);
        assertThat(q).hasNumberOfRows(m);
        assertThat(iv).hasNumberOfRows(m);
        double[] mean = dist.mean();
        for (int i = 0; i < m; i++) {
            assertThat(q[i]).hasSize(ALPHAS.length);
            assertThat(Arrays.stream(q[i]).allMatch(Double::isFinite)).as("finite quantiles, row %d", i).isTrue();
            assertThat(iv[i]).hasSize(2);
            assertThat(Double.isFinite(iv[i][0]) && Double.isFinite(iv[i][1])).as("finite interval, row %d", i)
                .isTrue();
            assertThat(pred[i]).isFinite();
            assertThat(var[i]).as("variance of row %d", i).isGreaterThanOrEqualTo(0.0);
            // predict is the predictive mean (all registered families have one)
            assertThat(pred[i]).as("predict vs predictProba().mean, row %d", i)
                .isCloseTo(mean[i], within(1e-9 * (1.0 + Math.abs(mean[i]))));
        }
        assertThat(model.predictVar(x)).containsExactly(dist.var());
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("cases")
    void quantilesMonotoneAndConsistentWithPredictProba(Data d, ProbaRegressor reg) {
        ProbaModel model = reg.fit(d.xTrain, d.yTrain);
        double[][] x = propertyRows(d);
        double[][] q = model.predictQuantiles(x, ALPHAS);
        double[][] viaProba = model.predictProba(x).quantiles(ALPHAS);
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < ALPHAS.length; j++) {
                double tol = 1e-9 * (1.0 + Math.abs(viaProba[i][j]));
                assertThat(q[i][j]).as("quantile %s of row %d vs predictProba", ALPHAS[j], i)
                    .isCloseTo(viaProba[i][j], within(tol));
                if (j > 0) {
                    assertThat(q[i][j]).as("quantiles of row %d monotone at alpha %s", i, ALPHAS[j])
                        .isGreaterThanOrEqualTo(q[i][j - 1]);
                }
            }
        }
        // reversed order of levels gives the same columns reversed
        double[] reversed = new double[ALPHAS.length];
        for (int j = 0; j < ALPHAS.length; j++) {
            reversed[j] = ALPHAS[ALPHAS.length - 1 - j];
        }
        double[][] qr = model.predictQuantiles(x, reversed);
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < ALPHAS.length; j++) {
                assertThat(qr[i][ALPHAS.length - 1 - j]).isEqualTo(q[i][j]);
            }
        }
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("cases")
    void intervalsNestedAndAgreeWithQuantiles(Data d, ProbaRegressor reg) {
        ProbaModel model = reg.fit(d.xTrain, d.yTrain);
        double[][] x = propertyRows(d);
        double[][][] iv = new double[COVERAGES.length][][];
        for (int c = 0; c < COVERAGES.length; c++) {
            iv[c] = model.predictInterval(x, COVERAGES[c]);
            double tail = 0.5 * (1.0 - COVERAGES[c]);
            double[][] q = model.predictQuantiles(x, tail, 1.0 - tail);
            for (int i = 0; i < x.length; i++) {
                assertThat(iv[c][i][0]).as("lower <= upper, coverage %s row %d", COVERAGES[c], i)
                    .isLessThanOrEqualTo(iv[c][i][1]);
                assertThat(iv[c][i][0]).isCloseTo(q[i][0], within(1e-9 * (1.0 + Math.abs(q[i][0]))));
                assertThat(iv[c][i][1]).isCloseTo(q[i][1], within(1e-9 * (1.0 + Math.abs(q[i][1]))));
                if (c > 0) {
                    assertThat(iv[c][i][0]).as("lower nested, coverage %s row %d", COVERAGES[c], i)
                        .isLessThanOrEqualTo(iv[c - 1][i][0]);
                    assertThat(iv[c][i][1]).as("upper nested, coverage %s row %d", COVERAGES[c], i)
                        .isGreaterThanOrEqualTo(iv[c - 1][i][1]);
                }
            }
        }
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("cases")
    void fitLeavesRegressorAndDataUnchangedAndSameSeedGivesSamePredictions(Data d, ProbaRegressor reg) {
        Map<String, Object> paramsBefore = reg.params();
        ProbaRegressor copy = reg.withParams(paramsBefore);
        double[][] xTrain = deepCopy(d.xTrain);
        double[] yTrain = d.yTrain.clone();
        ProbaModel first = reg.fit(xTrain, yTrain);
        assertThat(reg).isEqualTo(copy);
        assertThat(reg.params()).isEqualTo(paramsBefore);
        assertThat(xTrain).isDeepEqualTo(d.xTrain);
        assertThat(yTrain).containsExactly(d.yTrain);
        double[][] x = propertyRows(d);
        double[] pred = first.predict(x);
        double[][] q = first.predictQuantiles(x, ALPHAS);
        // the model is detached from the training arrays
        xTrain[0][0] += 1e3;
        yTrain[0] -= 1e3;
        assertThat(first.predict(x)).containsExactly(pred);
        ProbaModel second = reg.fit(d.xTrain, d.yTrain);
        assertThat(second.predict(x)).containsExactly(pred);
        assertThat(second.predictQuantiles(x, ALPHAS)).isDeepEqualTo(q);
        assertThat(second.predictVar(x)).containsExactly(first.predictVar(x));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("examples")
    void paramsRoundTrip(RegistryEntry<ProbaRegressor> entry, ProbaRegressor reg) {
        assertThat(reg.getClass().getSimpleName()).isEqualTo(entry.name());
        Map<String, Object> params = reg.params();
        ProbaRegressor copy = reg.withParams(params);
        assertThat(copy).isEqualTo(reg).hasSameHashCodeAs(reg);
        assertThat(copy.params()).isEqualTo(params);
        ProbaModel a = reg.fit(DIABETES.xTrain, DIABETES.yTrain);
        ProbaModel b = copy.fit(DIABETES.xTrain, DIABETES.yTrain);
        assertThat(b.predict(DIABETES.xTest)).containsExactly(a.predict(DIABETES.xTest));
        assertThat(b.predictQuantiles(DIABETES.xTest, ALPHAS)).isDeepEqualTo(a.predictQuantiles(DIABETES.xTest,
            ALPHAS));
        // nested parameters round-trip by their outer__inner names too
        for (Map.Entry<String, Object> p : params.entrySet()) {
            if (p.getValue() instanceof Parameterized<?> inner) {
                for (Map.Entry<String, Object> ip : inner.params().entrySet()) {
                    assertThat(reg.withParam(p.getKey() + "__" + ip.getKey(), ip.getValue())).isEqualTo(reg);
                }
            }
        }
        assertThatThrownBy(() -> reg.withParam("noSuchParameter", 1)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("noSuchParameter");
        // other examples of the same class differ from this one
        for (ProbaRegressor other : entry.examples()) {
            if (other != reg) {
                assertThat(other).isNotEqualTo(reg);
            }
        }
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("examples")
    void badInputRejected(RegistryEntry<ProbaRegressor> entry, ProbaRegressor reg) {
        double[][] x = DIABETES.xTrain;
        double[] y = DIABETES.yTrain;
        double[][] ragged = deepCopy(x);
        ragged[4] = Arrays.copyOf(ragged[4], 3);
        assertThatThrownBy(() -> reg.fit(ragged, y)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("ragged").hasMessageContaining("row 4");
        double[][] nan = deepCopy(x);
        nan[2][1] = Double.NaN;
        assertThatThrownBy(() -> reg.fit(nan, y)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("X[2][1]");
        double[] yNan = y.clone();
        yNan[7] = Double.NaN;
        assertThatThrownBy(() -> reg.fit(x, yNan)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("y[7]");
        assertThatThrownBy(() -> reg.fit(x, Arrays.copyOf(y, y.length - 1)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(x.length + " rows").hasMessageContaining((y.length - 1) + " values");
        assertThatThrownBy(() -> reg.fit(new double[0][], new double[0])).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("at least one row");
        ProbaModel model = reg.fit(x, y);
        double[][] narrow = {{0.1, 0.2}};
        String cols = "fitted on " + x[0].length;
        assertThatThrownBy(() -> model.predict(narrow)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("X has 2 columns").hasMessageContaining(cols);
        assertThatThrownBy(() -> model.predictProba(narrow)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(cols);
        assertThatThrownBy(() -> model.predictInterval(narrow, 0.9)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(cols);
        assertThatThrownBy(() -> model.predictQuantiles(narrow, 0.5)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(cols);
        assertThatThrownBy(() -> model.predictVar(narrow)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(cols);
        double[][] nanTest = deepCopy(Arrays.copyOf(x, 3));
        nanTest[1][0] = Double.POSITIVE_INFINITY;
        assertThatThrownBy(() -> model.predictProba(nanTest)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("X[1][0]");
        assertThatThrownBy(() -> model.predict(nanTest)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("X[1][0]");
        assertThatThrownBy(() -> model.predictInterval(x, 1.0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("coverage");
        assertThatThrownBy(() -> model.predictQuantiles(x, 1.5)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("alphas");
    }

    /**
     * On held-out heteroscedastic data the 90 % interval of a calibrated example covers 90 % of the
     * points within 3 binomial standard errors; the registry says which examples claim this, and
     * why the others do not.
     */
    @ParameterizedTest(name = "{1}")
    @MethodSource("examples")
    void ninetyPercentIntervalCoversHeldOutPoints(RegistryEntry<ProbaRegressor> entry, ProbaRegressor reg) {
        ProbaModel model = reg.fit(HETERO.xTrain, HETERO.yTrain);
        double[][] iv = model.predictInterval(HETERO.xTest, 0.9);
        int n = HETERO.yTest.length;
        int hits = 0;
        for (int i = 0; i < n; i++) {
            if (iv[i][0] <= HETERO.yTest[i] && HETERO.yTest[i] <= iv[i][1]) {
                hits++;
            }
        }
        double coverage = (double) hits / n;
        double se = Math.sqrt(0.9 * 0.1 / n);
        if (entry.isCalibrated(reg)) {
            assertThat(coverage).as("90%% interval coverage of %s", reg).isCloseTo(0.9, within(3.0 * se));
        } else {
            assertThat(entry.coverageNote()).as("reason %s is not calibrated", reg).isNotBlank();
            assertThat(coverage).isBetween(0.0, 1.0);
        }
    }

    /**
     * Sample weights (sklearn's {@code sample_weight}): null and all-one weights give the
     * unweighted fit exactly; invalid weights are rejected by name. Where weights are supported,
     * integer weights give the fit on the data with each row repeated w times (within 1e-9), unless
     * {@link SampleWeightCases#notCopies} names a reason why they are not copies; where they are
     * not, unequal weights raise {@link UnsupportedOperationException} naming the class.
     */
    @ParameterizedTest(name = "{1}")
    @MethodSource("examples")
    void sampleWeights(RegistryEntry<ProbaRegressor> entry, ProbaRegressor reg) {
        double[][] x = DIABETES.xTrain;
        double[] y = DIABETES.yTrain;
        int n = y.length;
        ProbaModel plain = reg.fit(x, y);
        for (double[] w : new double[][] {null, SampleWeightCases.ones(n)}) {
            ProbaModel weighted = reg.fit(x, y, w);
            assertThat(weighted.predict(x)).containsExactly(plain.predict(x));
            assertThat(weighted.predictQuantiles(x, ALPHAS)).isDeepEqualTo(plain.predictQuantiles(x, ALPHAS));
            assertThat(weighted.predictVar(x)).containsExactly(plain.predictVar(x));
        }
        SampleWeightCases.invalidWeightsRejected(w -> reg.fit(x, y, w), n);
        double[] w = SampleWeightCases.integerWeights(n);
        if (!reg.supportsSampleWeight()) {
            SampleWeightCases.unequalWeightsUnsupported(ww -> reg.fit(x, y, ww), reg, n);
            return;
        }
        ProbaModel weighted = reg.fit(x, y, w);
        if (SampleWeightCases.notCopies(reg) != null) {
            // no duplication check (the reason is the string); the weights must still matter
            assertThat(weighted.predictQuantiles(x, ALPHAS)).isNotEqualTo(plain.predictQuantiles(x, ALPHAS));
            return;
        }
        ProbaModel copies = reg.fit(SampleWeightCases.repeat(x, w), SampleWeightCases.repeat(y, w));
        SampleWeightCases.assertClose(weighted.predict(x), copies.predict(x), "predict");
        SampleWeightCases.assertClose(weighted.predictVar(x), copies.predictVar(x), "predictVar");
        double[][] q = weighted.predictQuantiles(x, ALPHAS);
        double[][] qc = copies.predictQuantiles(x, ALPHAS);
        for (int i = 0; i < n; i++) {
            SampleWeightCases.assertClose(q[i], qc[i], "quantiles of row " + i);
        }
    }

    private static double[][] deepCopy(double[][] x) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i].clone();
        }
        return out;
    }

    static Data heteroscedastic(int nTrain, int nTest, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = nTrain + nTest;
        double[][] x = new double[n][2];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = gaussian(rng);
            x[i][1] = gaussian(rng);
            y[i] = x[i][0] + (0.5 + Math.abs(x[i][1])) * gaussian(rng);
        }
        return new Data("heteroscedastic", Arrays.copyOf(x, nTrain), Arrays.copyOf(y, nTrain),
            Arrays.copyOfRange(x, nTrain, n), Arrays.copyOfRange(y, nTrain, n));
    }

    /** Box-Muller on SplittableRandom: reproducible across JDKs. */
    private static double gaussian(SplittableRandom rng) {
        double u = 1.0 - rng.nextDouble();
        double v = rng.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }

    /** The first 50 rows of scikit-learn's scaled diabetes data, fitted and predicted in-sample. */
    private static Data diabetes() {
        List<double[]> rows = new ArrayList<>();
        List<Double> target = new ArrayList<>();
        try (InputStream in = ProbaRegressorContractTest.class.getResourceAsStream("diabetes_head50.csv")) {
            if (in == null) {
                throw new IllegalStateException("test resource diabetes_head50.csv is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = null;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header == null) {
                    header = line;
                    continue;
                }
                String[] f = line.split(",");
                double[] row = new double[f.length - 1];
                for (int j = 0; j < row.length; j++) {
                    row[j] = Double.parseDouble(f[j]);
                }
                rows.add(row);
                target.add(Double.parseDouble(f[f.length - 1]));
            }
            if (header == null || !header.endsWith(",target")) {
                throw new IllegalStateException("diabetes_head50.csv must end with a target column, got " + header);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double[][] x = rows.toArray(new double[0][]);
        double[] y = target.stream().mapToDouble(Double::doubleValue).toArray();
        return new Data("diabetes[:50]", x, y, x, y);
    }

    @org.junit.jupiter.api.Test
    void dataSetsAreAsDescribed() {
        assertThat(DIABETES.xTrain).hasNumberOfRows(50);
        assertThat(DIABETES.xTrain[0]).hasSize(10);
        assertThat(DIABETES.yTrain[0]).isEqualTo(151.0);
        assertThat(DIABETES.yTrain[1]).isEqualTo(75.0);
        assertThat(HETERO.xTrain).hasNumberOfRows(2000);
        assertThat(HETERO.xTest).hasNumberOfRows(2000);
        assertThat(heteroscedastic(2000, 2000, 20240611L).yTest).containsExactly(HETERO.yTest);
    }
}
