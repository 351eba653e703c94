package skpro.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import skpro.metrics.LogLoss;
import skpro.testing.SharedData;

/**
 * LogisticRegression: stationarity of the penalised objective, the saturated model's closed form,
 * bad designs, and the 5-fold log-loss against scikit-learn's on six data sets.
 */
class LogisticRegressionTest {

    /**
     * At the optimum the gradient of sum_i -log p_{i,y_i} + ||W||^2 / (2C) vanishes:
     * sum_i (p_ik - 1{y_i = k}) x_ij + w_kj / C = 0 for every free class k (all K for K &gt; 2, the
     * second for K = 2), and sum_i (p_ik - 1{y_i = k}) = 0 for the intercepts.
     */
    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4})
    void gradientOfThePenalisedObjectiveVanishes(int k) {
        SplittableRandom rng = new SplittableRandom(5 + k);
        int n = 120;
        double[][] x = new double[n][3];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % k;
            for (int j = 0; j < 3; j++) {
                x[i][j] = 10.0 * j + (j + 1) * rng.nextDouble() + 0.5 * y[i] * (j == 1 ? -1 : 1);
            }
        }
        double c = 0.7;
        LogisticRegression.Model<Integer> model = LogisticRegression.of(c).withStopping(1e-9, 2000).fit(x, y);
        double[][] w = model.coefficients();
        double[][] p = model.predictProbaMatrix(x);
        for (int cls = k == 2 ? 1 : 0; cls < k; cls++) {
            double interceptGrad = 0.0;
            for (int j = 0; j < 3; j++) {
                double g = w[cls][j] / c;
                for (int i = 0; i < n; i++) {
                    g += (p[i][cls] - (y[i] == cls ? 1.0 : 0.0)) * x[i][j];
                }
                assertThat(g).as("gradient for class %d, column %d", cls, j).isCloseTo(0.0, within(1e-5));
            }
            for (int i = 0; i < n; i++) {
                interceptGrad += p[i][cls] - (y[i] == cls ? 1.0 : 0.0);
            }
            assertThat(interceptGrad).isCloseTo(0.0, within(1e-6));
        }
        if (k == 2) {
            assertThat(w[0]).containsOnly(0.0);
        } else {
            assertThat(Arrays.stream(model.intercepts()).sum()).isCloseTo(0.0, within(1e-12));
        }
    }

    /**
     * Without a penalty, with one-hot group indicators as features, the model is saturated: the
     * fitted probabilities are the class frequencies within each group.
     */
    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void unpenalisedSaturatedModelPredictsGroupFrequencies(int k) {
        // group 0: classes in proportions 3:1(:2), group 1: 1:2(:1)
        int[][] counts = k == 2 ? new int[][] {{3, 1}, {1, 2}} : new int[][] {{3, 1, 2}, {1, 2, 1}};
        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int g = 0; g < 2; g++) {
            for (int cls = 0; cls < k; cls++) {
                for (int r = 0; r < 5 * counts[g][cls]; r++) {
                    rows.add(new double[] {g});
                    labels.add(cls);
                }
            }
        }
        double[][] x = rows.toArray(new double[0][]);
        ProbaClassifierModel<Integer> model = LogisticRegression.of(Double.POSITIVE_INFINITY)
            .withStopping(1e-10, 1000).fit(x, labels);
        double[][] p = model.predictProbaMatrix(new double[][] {{0.0}, {1.0}});
        for (int g = 0; g < 2; g++) {
            int total = Arrays.stream(counts[g]).sum();
            for (int cls = 0; cls < k; cls++) {
                assertThat(p[g][cls]).isCloseTo((double) counts[g][cls] / total, within(1e-8));
            }
        }
    }

    @Test
    void badDesignsSuggestAFiniteC() {
        double[][] collinear = new double[20][];
        int[] y = new int[20];
        for (int i = 0; i < 20; i++) {
            collinear[i] = new double[] {i % 7, 2.0 * (i % 7) + 1.0};
            y[i] = (i * 7) % 3 == 0 ? 1 : 0;
        }
        LogisticRegression unpenalised = LogisticRegression.of(Double.POSITIVE_INFINITY);
        assertThatThrownBy(() -> unpenalised.fit(collinear, y)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("singular").hasMessageContaining("column 1").hasMessageContaining("finite C");
        // a finite C fits the same design
        assertThat(LogisticRegression.of(1.0).fit(collinear, y).numClasses()).isEqualTo(2);
        double[][] separable = new double[20][];
        int[] ys = new int[20];
        for (int i = 0; i < 20; i++) {
            separable[i] = new double[] {i + 0.1 * (i % 3)};
            ys[i] = i < 10 ? 0 : 1;
        }
        assertThatThrownBy(() -> unpenalised.fit(separable, ys)).isInstanceOf(RuntimeException.class)
            .hasMessageContaining("separable").hasMessageContaining("finite C");
        assertThatThrownBy(() -> LogisticRegression.of(0.0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("C must be > 0");
        assertThatThrownBy(() -> LogisticRegression.of().withStopping(0.0, 10))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tol");
        assertThatThrownBy(() -> LogisticRegression.of().withStopping(1e-3, 0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxIter");
    }

    /**
     * Point 7 of issue 7: the 5-fold mean test log-loss agrees with scikit-learn's on the same folds
     * (row i in fold i mod 5, features standardised per fold, C = 1): the issue asks 5 %, this checks
     * 0.1 % relative (both solvers reach the same optimum; measured within 6e-5); the
     * reference figures and the command that made them are in sklearn_logreg_folds.txt.
     */
    @Test
    void fiveFoldLogLossAgreesWithScikitLearn() throws IOException {
        Path dir = SharedData.require("data/classification");
        List<String[]> reference = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("sklearn_logreg_folds.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    reference.add(line.trim().split(" "));
                }
            }
        }
        assertThat(reference).extracting(r -> r[0])
            .containsExactly("iris", "wine", "breast_cancer", "digits", "penguins", "spam");
        for (String[] ref : reference) {
            Table t = Table.load(dir, ref[0]);
            assertThat(t.x.length).as(ref[0] + " rows").isEqualTo(Integer.parseInt(ref[1]));
            assertThat(t.x[0].length).as(ref[0] + " features").isEqualTo(Integer.parseInt(ref[2]));
            double ours = fiveFoldLogLoss(t);
            double theirs = Double.parseDouble(ref[4]);
            assertThat(ours).as("%s: ours %s vs scikit-learn %s", ref[0], ours, theirs)
                .isCloseTo(theirs, within(1e-3 * theirs));
        }
    }

    static double fiveFoldLogLoss(Table t) {
        double total = 0.0;
        for (int fold = 0; fold < 5; fold++) {
            List<double[]> xTrain = new ArrayList<>();
            List<double[]> xTest = new ArrayList<>();
            List<String> yTrain = new ArrayList<>();
            List<String> yTest = new ArrayList<>();
            for (int i = 0; i < t.x.length; i++) {
                boolean test = i % 5 == fold;
                (test ? xTest : xTrain).add(t.x[i]);
                (test ? yTest : yTrain).add(t.y.get(i));
            }
            double[][] tr = xTrain.toArray(new double[0][]);
            double[][] te = xTest.toArray(new double[0][]);
            standardise(tr, te);
            ProbaClassifierModel<String> model = LogisticRegression.of(1.0).fit(tr, yTrain);
            total += LogLoss.of().evaluate(model.observations(yTest), model.predictProba(te));
        }
        return total / 5;
    }

    /** Centres and scales both sets by the training mean and ddof-0 deviation (1 for a constant column). */
    private static void standardise(double[][] train, double[][] test) {
        int p = train[0].length;
        for (int j = 0; j < p; j++) {
            double mean = 0.0;
            for (double[] r : train) {
                mean += r[j];
            }
            mean /= train.length;
            double var = 0.0;
            for (double[] r : train) {
                var += (r[j] - mean) * (r[j] - mean);
            }
            double sd = Math.sqrt(var / train.length);
            double scale = sd > 0 ? sd : 1.0;
            for (double[][] set : new double[][][] {train, test}) {
                for (double[] r : set) {
                    r[j] = (r[j] - mean) / scale;
                }
            }
        }
    }

    /** A classification CSV: numeric features and a label column, rows with a missing feature dropped. */
    record Table(double[][] x, List<String> y) {
        static Table load(Path dir, String name) throws IOException {
            String target = switch (name) {
                case "penguins" -> "species";
                case "spam" -> "type";
                default -> "target";
            };
            List<String> features = name.equals("penguins")
                ? List.of("bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g") : null;
            List<String> lines = Files.readAllLines(dir.resolve(name + ".csv"), StandardCharsets.UTF_8);
            List<String> header = Arrays.asList(lines.get(0).split(",", -1));
            int t = header.indexOf(target);
            List<Integer> cols = new ArrayList<>();
            for (int j = 0; j < header.size(); j++) {
                if (features == null ? j != t : features.contains(header.get(j))) {
                    cols.add(j);
                }
            }
            List<double[]> x = new ArrayList<>();
            List<String> y = new ArrayList<>();
            rows:
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",", -1);
                double[] row = new double[cols.size()];
                for (int j = 0; j < row.length; j++) {
                    String cell = f[cols.get(j)];
                    if (cell.isEmpty() || cell.equals("NA")) {
                        continue rows;
                    }
                    row[j] = Double.parseDouble(cell);
                }
                x.add(row);
                y.add(f[t]);
            }
            return new Table(x.toArray(new double[0][]), y);
        }
    }
}
