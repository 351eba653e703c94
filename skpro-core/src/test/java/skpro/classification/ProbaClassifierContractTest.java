package skpro.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import skpro.distributions.Categorical;
import skpro.metrics.LogLoss;
import skpro.regression.EstimatorRegistry;
import skpro.regression.RegistryEntry;
import skpro.testing.SharedData;

/**
 * The shared contract of every registered {@link ProbaClassifier}
 * ({@link EstimatorRegistry#probaClassifiers()}), on three data sets: a seeded synthetic 3-class
 * set (three overlapping Gaussian blobs in the plane with integer labels 10, 20, 30, 150 training
 * and 60 held-out rows), its String-labelled binary variant ("yes" for blob 30, else "no", with
 * "yes" appearing first), and iris from {@code shared/data/classification} (every fifth row
 * held out; skipped when shared/ is absent). A new classifier joins by being registered.
 */
class ProbaClassifierContractTest {

    /** A training set and a test set with labels of any type. */
    record Data(String name, double[][] xTrain, List<Object> yTrain, double[][] xTest, List<Object> yTest) {
        boolean available() {
            return xTrain != null;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final Data BLOBS = blobs(150, 60, 20240901L, false);
    private static final Data BINARY = blobs(150, 60, 20240901L, true);
    private static final Data IRIS = iris();

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (RegistryEntry<ProbaClassifier> e : EstimatorRegistry.probaClassifiers()) {
            for (ProbaClassifier c : e.examples()) {
                for (Data d : List.of(BLOBS, BINARY, IRIS)) {
                    out.add(Arguments.of(d, c));
                }
            }
        }
        return out.stream();
    }

    static Stream<Arguments> examples() {
        List<Arguments> out = new ArrayList<>();
        for (RegistryEntry<ProbaClassifier> e : EstimatorRegistry.probaClassifiers()) {
            for (ProbaClassifier c : e.examples()) {
                out.add(Arguments.of(e, c));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("cases")
    void probabilitiesAreDistributionsAndArgmaxIsPredict(Data d, ProbaClassifier clf) {
        Assumptions.assumeTrue(d.available(), "shared/ not found; skipping " + d.name);
        ProbaClassifierModel<Object> model = clf.fit(d.xTrain, d.yTrain);
        assertThat(model.classifier()).isSameAs(clf);
        assertThat(model.numFeatures()).isEqualTo(d.xTrain[0].length);
        int k = model.numClasses();
        double[][] p = model.predictProbaMatrix(d.xTest);
        assertThat(p).hasNumberOfRows(d.xTest.length);
        List<Object> predicted = model.predict(d.xTest);
        int[] index = model.predictIndex(d.xTest);
        Categorical dist = model.predictProba(d.xTest);
        assertThat(dist.labels()).containsExactly(support(k));
        for (int i = 0; i < p.length; i++) {
            assertThat(p[i]).hasSize(k);
            double sum = 0.0;
            int argmax = 0;
            for (int c = 0; c < k; c++) {
                assertThat(p[i][c]).as("p[%d][%d]", i, c).isBetween(0.0, 1.0);
                assertThat(dist.probability(i, c)).isCloseTo(p[i][c], within(1e-12));
                sum += p[i][c];
                if (p[i][c] > p[i][argmax]) {
                    argmax = c;
                }
            }
            assertThat(sum).as("row %d sums to 1", i).isCloseTo(1.0, within(1e-12));
            assertThat(index[i]).as("argmax of row %d, ties to the lowest index", i).isEqualTo(argmax);
            assertThat(predicted.get(i)).isEqualTo(model.classes().get(argmax));
        }
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("cases")
    void classesAreSortedAndStableUnderRowPermutation(Data d, ProbaClassifier clf) {
        Assumptions.assumeTrue(d.available(), "shared/ not found; skipping " + d.name);
        ProbaClassifierModel<Object> model = clf.fit(d.xTrain, d.yTrain);
        List<Object> expected = new ArrayList<>(sortedDistinct(d.yTrain));
        assertThat(model.classes()).containsExactlyElementsOf(expected);
        int n = d.xTrain.length;
        int[] perm = permutation(n, 7L);
        double[][] xp = new double[n][];
        List<Object> yp = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            xp[i] = d.xTrain[perm[i]];
            yp.add(d.yTrain.get(perm[i]));
        }
        assertThat(clf.fit(xp, yp).classes()).containsExactlyElementsOf(expected);
        // encode maps each label to its position in classes(), and scoring rules accept the result
        int[] codes = model.encode(d.yTest);
        double[] obs = model.observations(d.yTest);
        double[][] p = model.predictProbaMatrix(d.xTest);
        double byHand = 0.0;
        for (int i = 0; i < codes.length; i++) {
            assertThat(model.classes().get(codes[i])).isEqualTo(d.yTest.get(i));
            assertThat(obs[i]).isEqualTo(codes[i]);
            byHand -= Math.log(p[i][codes[i]]);
        }
        double logLoss = LogLoss.of().evaluate(obs, model.predictProba(d.xTest));
        if (Double.isFinite(byHand)) {
            assertThat(logLoss).isCloseTo(byHand / codes.length, within(1e-9 * (1 + byHand / codes.length)));
        } else {
            assertThat(logLoss).isInfinite();
        }
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("cases")
    void fitLeavesClassifierAndDataUnchangedAndSameSeedGivesSamePredictions(Data d, ProbaClassifier clf) {
        Assumptions.assumeTrue(d.available(), "shared/ not found; skipping " + d.name);
        Map<String, Object> paramsBefore = clf.params();
        ProbaClassifier copy = clf.withParams(paramsBefore);
        double[][] xTrain = deepCopy(d.xTrain);
        List<Object> yTrain = new ArrayList<>(d.yTrain);
        ProbaClassifierModel<Object> first = clf.fit(xTrain, yTrain);
        assertThat(clf).isEqualTo(copy);
        assertThat(clf.params()).isEqualTo(paramsBefore);
        assertThat(xTrain).isDeepEqualTo(d.xTrain);
        assertThat(yTrain).isEqualTo(d.yTrain);
        double[][] p = first.predictProbaMatrix(d.xTest);
        // the model is detached from the training arrays
        xTrain[0][0] += 1e3;
        yTrain.set(0, yTrain.get(1));
        assertThat(first.predictProbaMatrix(d.xTest)).isDeepEqualTo(p);
        ProbaClassifierModel<Object> second = clf.fit(d.xTrain, d.yTrain);
        assertThat(second.predictProbaMatrix(d.xTest)).isDeepEqualTo(p);
        assertThat(second.predict(d.xTest)).isEqualTo(first.predict(d.xTest));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("examples")
    void paramsRoundTrip(RegistryEntry<ProbaClassifier> entry, ProbaClassifier clf) {
        assertThat(clf.getClass().getSimpleName()).isEqualTo(entry.name());
        Map<String, Object> params = clf.params();
        ProbaClassifier copy = clf.withParams(params);
        assertThat(copy).isEqualTo(clf).hasSameHashCodeAs(clf);
        assertThat(copy.params()).isEqualTo(params);
        assertThat(copy.fit(BLOBS.xTrain, BLOBS.yTrain).predictProbaMatrix(BLOBS.xTest))
            .isDeepEqualTo(clf.fit(BLOBS.xTrain, BLOBS.yTrain).predictProbaMatrix(BLOBS.xTest));
        assertThatThrownBy(() -> clf.withParam("noSuchParameter", 1)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("noSuchParameter");
        for (ProbaClassifier other : entry.examples()) {
            if (other != clf) {
                assertThat(other).isNotEqualTo(clf);
            }
        }
        assertThat(clf.toString()).startsWith(entry.name());
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("examples")
    void badInputRejected(RegistryEntry<ProbaClassifier> entry, ProbaClassifier clf) {
        double[][] x = BLOBS.xTrain;
        List<Object> y = BLOBS.yTrain;
        double[][] ragged = deepCopy(x);
        ragged[4] = new double[] {1.0};
        assertThatThrownBy(() -> clf.fit(ragged, y)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("ragged").hasMessageContaining("row 4");
        double[][] nan = deepCopy(x);
        nan[2][1] = Double.NaN;
        assertThatThrownBy(() -> clf.fit(nan, y)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("X[2][1]");
        assertThatThrownBy(() -> clf.fit(x, y.subList(0, y.size() - 1))).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(x.length + " rows").hasMessageContaining((y.size() - 1) + " labels");
        assertThatThrownBy(() -> clf.fit(x, (List<Object>) null)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("y must not be null");
        List<Object> withNull = new ArrayList<>(y);
        withNull.set(9, null);
        assertThatThrownBy(() -> clf.fit(x, withNull)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("y[9]");
        List<Object> oneClass = new ArrayList<>(Collections.nCopies(x.length, (Object) "a"));
        assertThatThrownBy(() -> clf.fit(x, oneClass)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("one class only").hasMessageContaining("a");
        assertThatThrownBy(() -> clf.fit(new double[0][], List.of())).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("at least one row");
        ProbaClassifierModel<Object> model = clf.fit(x, y);
        double[][] wide = {{0.1, 0.2, 0.3}};
        assertThatThrownBy(() -> model.predictProbaMatrix(wide)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("X has 3 columns").hasMessageContaining("fitted on 2");
        assertThatThrownBy(() -> model.predict(wide)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("fitted on 2");
        assertThatThrownBy(() -> model.predictProba(wide)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("fitted on 2");
        double[][] infTest = deepCopy(Arrays.copyOf(x, 3));
        infTest[1][0] = Double.POSITIVE_INFINITY;
        assertThatThrownBy(() -> model.predictProbaMatrix(infTest)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("X[1][0]");
        List<Object> unseen = new ArrayList<>(y.subList(0, 5));
        unseen.set(3, 99);
        assertThatThrownBy(() -> model.encode(unseen)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("y[3] = 99").hasMessageContaining("unseen");
        assertThatThrownBy(() -> model.observations(unseen)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("y[3] = 99");
    }

    @Test
    void dataSetsAreAsDescribed() {
        assertThat(sortedDistinct(BLOBS.yTrain)).containsExactly(10, 20, 30);
        assertThat(sortedDistinct(BINARY.yTrain)).containsExactly("no", "yes");
        assertThat(BINARY.yTrain.get(0)).isEqualTo("yes");
        assertThat(BLOBS.xTrain).hasNumberOfRows(150);
        assertThat(BLOBS.xTest).hasNumberOfRows(60);
        if (IRIS.available()) {
            assertThat(IRIS.xTrain).hasNumberOfRows(120);
            assertThat(sortedDistinct(IRIS.yTrain)).containsExactly(0, 1, 2);
        }
    }

    @Test
    void registryListsEveryClassifierWithDistinctExamples() {
        List<RegistryEntry<ProbaClassifier>> entries = EstimatorRegistry.probaClassifiers();
        assertThat(entries).extracting(RegistryEntry::name).contains("DummyProbaClassifier");
        for (RegistryEntry<ProbaClassifier> e : entries) {
            assertThat(e.examples()).as(e.name()).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates();
        }
    }

    // ------------------------------------------------------------------ data

    /**
     * Three blobs centred at (0, 0), (2, 0), (1, 1.5) with unit-variance Gaussian noise; rows cycle
     * through the blobs, the blob 30 first.
     */
    static Data blobs(int nTrain, int nTest, long seed, boolean binary) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] centres = {{1.0, 1.5}, {0.0, 0.0}, {2.0, 0.0}};
        int[] labels = {30, 10, 20};
        int n = nTrain + nTest;
        double[][] x = new double[n][];
        List<Object> y = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int b = i % 3;
            x[i] = new double[] {centres[b][0] + gaussian(rng), centres[b][1] + gaussian(rng)};
            y.add(binary ? (labels[b] == 30 ? "yes" : "no") : (Object) labels[b]);
        }
        return new Data(binary ? "binary blobs" : "blobs", Arrays.copyOf(x, nTrain), new ArrayList<>(y.subList(0,
            nTrain)), Arrays.copyOfRange(x, nTrain, n), new ArrayList<>(y.subList(nTrain, n)));
    }

    private static double gaussian(SplittableRandom rng) {
        // Box-Muller, one of the pair
        double u = 1.0 - rng.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * rng.nextDouble());
    }

    /** Iris with every fifth row (rows 4, 9, ...) held out, or an unavailable set. */
    static Data iris() {
        Path root = SharedData.findRoot();
        Path file = root == null ? null : root.resolve("data/classification/iris.csv");
        if (file == null || !Files.exists(file)) {
            return new Data("iris (absent)", null, null, null, null);
        }
        try {
            List<String> lines = Files.readAllLines(file);
            List<double[]> xTrain = new ArrayList<>();
            List<double[]> xTest = new ArrayList<>();
            List<Object> yTrain = new ArrayList<>();
            List<Object> yTest = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                String[] f = lines.get(i).split(",");
                double[] row = new double[f.length - 1];
                for (int j = 0; j < row.length; j++) {
                    row[j] = Double.parseDouble(f[j]);
                }
                boolean test = (i - 1) % 5 == 4;
                (test ? xTest : xTrain).add(row);
                (test ? yTest : yTrain).add(Integer.parseInt(f[f.length - 1].trim()));
            }
            return new Data("iris", xTrain.toArray(new double[0][]), yTrain, xTest.toArray(new double[0][]), yTest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Object> sortedDistinct(List<Object> y) {
        return new ArrayList<>(new TreeSet(y));
    }

    private static double[] support(int k) {
        double[] out = new double[k];
        for (int c = 0; c < k; c++) {
            out[c] = c;
        }
        return out;
    }

    private static int[] permutation(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    private static double[][] deepCopy(double[][] x) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i].clone();
        }
        return out;
    }
}
