package skpro.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** k-NN shares and tree stumps against brute force. */
class NeighboursAndTreesTest {

    private static final int N = 60;

    private static double[][] points(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] x = new double[N][];
        for (int i = 0; i < N; i++) {
            x[i] = new double[] {Math.floor(rng.nextDouble() * 20) / 4, rng.nextDouble()};
        }
        return x;
    }

    private static int[] classes(double[][] x) {
        int[] y = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i][0] + 0.5 * x[i][1] > 3.0 ? 2 : (i % 3 == 0 ? 1 : 0);
        }
        return y;
    }

    @Test
    void kNeighboursProbabilitiesAreWeightedClassSharesOfTheNearestRows() {
        double[][] x = points(3);
        int[] y = classes(x);
        double[][] q = {{1.3, 0.2}, {4.0, 0.9}, x[5].clone()};
        for (KNeighborsClassifier.Weights w : KNeighborsClassifier.Weights.values()) {
            double[][] p = KNeighborsClassifier.of(7).withWeights(w).fit(x, y).predictProbaMatrix(q);
            for (int r = 0; r < q.length; r++) {
                double[] qr = q[r];
                Integer[] idx = new Integer[N];
                for (int i = 0; i < N; i++) {
                    idx[i] = i;
                }
                Arrays.sort(idx, Comparator.comparingDouble((Integer i) -> dist(x[i], qr)).thenComparingInt(i -> i));
                double[] expected = new double[3];
                boolean exact = dist(x[idx[0]], qr) == 0.0;
                for (int m = 0; m < 7; m++) {
                    double d = dist(x[idx[m]], qr);
                    double v = w == KNeighborsClassifier.Weights.UNIFORM ? 1.0 : exact ? (d == 0 ? 1.0 : 0.0) : 1.0 / d;
                    expected[y[idx[m]]] += v;
                }
                double s = Arrays.stream(expected).sum();
                for (int c = 0; c < 3; c++) {
                    assertThat(p[r][c]).as("%s row %d class %d", w, r, c).isCloseTo(expected[c] / s, within(1e-12));
                }
            }
        }
    }

    private static double dist(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }

    /** A stump's split is the brute-force best over all features and midpoints. */
    @ParameterizedTest
    @EnumSource(DecisionTreeClassifier.Criterion.class)
    void stumpSplitsWhereTheImpurityDecreaseIsLargest(DecisionTreeClassifier.Criterion criterion) {
        double[][] x = points(11);
        int[] y = classes(x);
        double best = Double.NEGATIVE_INFINITY;
        int bestJ = -1;
        double bestT = 0;
        for (int j = 0; j < 2; j++) {
            double[] v = new double[N];
            for (int i = 0; i < N; i++) {
                v[i] = x[i][j];
            }
            double[] sorted = Arrays.stream(v).distinct().sorted().toArray();
            for (int s = 0; s + 1 < sorted.length; s++) {
                double t = (sorted[s] + sorted[s + 1]) / 2;
                double[] l = new double[3];
                double[] r = new double[3];
                for (int i = 0; i < N; i++) {
                    (v[i] <= t ? l : r)[y[i]]++;
                }
                double gain = -weighted(l, criterion) - weighted(r, criterion);
                if (gain > best + 1e-12) {
                    best = gain;
                    bestJ = j;
                    bestT = t;
                }
            }
        }
        ProbaClassifierModel<Integer> stump = DecisionTreeClassifier.of().withCriterion(criterion).withMaxDepth(1)
            .fit(x, y);
        List<double[]> probes = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            probes.add(x[i]);
        }
        double[][] p = stump.predictProbaMatrix(probes.toArray(new double[0][]));
        double[] l = new double[3];
        double[] r = new double[3];
        for (int i = 0; i < N; i++) {
            (x[i][bestJ] <= bestT ? l : r)[y[i]]++;
        }
        for (int i = 0; i < N; i++) {
            double[] side = x[i][bestJ] <= bestT ? l : r;
            double size = Arrays.stream(side).sum();
            for (int c = 0; c < 3; c++) {
                assertThat(p[i][c]).isCloseTo(side[c] / size, within(1e-12));
            }
        }
    }

    private static double weighted(double[] counts, DecisionTreeClassifier.Criterion criterion) {
        double n = Arrays.stream(counts).sum();
        double out = 0.0;
        for (double c : counts) {
            if (c > 0) {
                out += criterion == DecisionTreeClassifier.Criterion.GINI ? c * (1 - c / n) : -c * Math.log(c / n);
            }
        }
        return out;
    }

    @Test
    void fullyGrownTreeReproducesTheTrainingLabelsAndDepthLimitsHold() {
        double[][] x = points(5);
        int[] y = classes(x);
        ProbaClassifierModel<Integer> full = DecisionTreeClassifier.of().fit(x, y);
        double[][] p = full.predictProbaMatrix(x);
        int distinctRows = (int) Arrays.stream(x).map(Arrays::toString).distinct().count();
        if (distinctRows == N) {
            for (int i = 0; i < N; i++) {
                assertThat(p[i][y[i]]).isEqualTo(1.0);
            }
        }
        ProbaClassifierModel<Integer> leafy = DecisionTreeClassifier.of().withMinSamplesLeaf(20).fit(x, y);
        // leaves of at least 20 of 60 rows: probabilities are multiples of 1/n_leaf with n_leaf >= 20
        for (double[] row : leafy.predictProbaMatrix(x)) {
            for (double v : row) {
                assertThat(v == 0.0 || v >= 1.0 / 40.0).isTrue();
            }
        }
    }
}
