package skpro.regression.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The presorted CART against the textbook one it replaced (sort the node's rows by each feature,
 * scan the prefix sums), kept here as the oracle: both must grow bit-identical trees, ties in X
 * included, for every depth, leaf size and feature draw.
 */
class PresortedCartTest {

    @Test
    void presortedTreesEqualPerNodeSortedTreesBitForBit() {
        SplittableRandom rng = new SplittableRandom(5);
        for (int trial = 0; trial < 30; trial++) {
            int n = 20 + rng.nextInt(200);
            int p = 1 + rng.nextInt(5);
            double[][] x = new double[n][p];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < p; j++) {
                    // few distinct values in some columns: many ties
                    x[i][j] = j % 2 == 0 ? rng.nextInt(7) - 3.0 : rng.nextDouble() * 10 - 5;
                }
                y[i] = Math.sin(x[i][0]) + (p > 1 ? x[i][1] : 0.0) + 0.3 * rng.nextDouble();
            }
            int depth = 1 + rng.nextInt(6);
            int leaf = 1 + rng.nextInt(4);
            int features = 1 + rng.nextInt(p);
            long seed = rng.nextLong();
            DecisionTreeRegressor reg = DecisionTreeRegressor.of().withMaxDepth(depth).withMinSamplesLeaf(leaf)
                .withMaxFeatures(features).withSeed(seed);
            double[] expected = new ReferenceCart(depth, leaf, features, seed, x, y).predict(x);
            assertThat(reg.fit(x, y).predict(x)).as("trial %d", trial).containsExactly(expected);
        }
    }

    @Test
    void rowAndColumnSubsetsFitLikeTheSubMatrix() {
        SplittableRandom rng = new SplittableRandom(8);
        int n = 300;
        double[][] x = new double[n][4];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 4; j++) {
                x[i][j] = rng.nextInt(20);
            }
            y[i] = x[i][1] - 2 * x[i][3] + rng.nextDouble();
        }
        int[] rows = new int[120];
        for (int k = 0; k < rows.length; k++) {
            rows[k] = 2 * k + 7;
        }
        int[] columns = {3, 1};
        double[][] sub = new double[rows.length][];
        double[] ySub = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            sub[k] = new double[] {x[rows[k]][3], x[rows[k]][1]};
            ySub[k] = y[rows[k]];
        }
        DecisionTreeRegressor reg = DecisionTreeRegressor.of().withMaxDepth(4);
        DecisionTreeModel full = reg.fit(PresortedFeatures.of(x), y, rows, columns);
        DecisionTreeModel onSub = reg.fit(sub, ySub);
        double[][] xs = new double[n][];
        for (int i = 0; i < n; i++) {
            xs[i] = new double[] {x[i][3], x[i][1]};
        }
        assertThat(full.numFeatures()).isEqualTo(4);
        assertThat(full.predict(x)).containsExactly(onSub.predict(xs));
        assertThat(reg.fit(PresortedFeatures.of(x), y, null, null).predict(x)).containsExactly(reg.fit(x, y).predict(x));
    }

    @Test
    void badSubsetsAreRejected() {
        double[][] x = {{0}, {1}, {2}};
        PresortedFeatures data = PresortedFeatures.of(x);
        DecisionTreeRegressor reg = DecisionTreeRegressor.of();
        double[] y = {1, 2, 3};
        assertThatThrownBy(() -> reg.fit(data, new double[2], null, null)).hasMessageContaining("3 values");
        assertThatThrownBy(() -> reg.fit(data, y, new int[] {1, 1}, null)).hasMessageContaining("rows[1] = 1");
        assertThatThrownBy(() -> reg.fit(data, y, new int[] {0, 3}, null)).hasMessageContaining("rows[1] = 3");
        assertThatThrownBy(() -> reg.fit(data, y, null, new int[] {1})).hasMessageContaining("columns[0] = 1");
        assertThatThrownBy(() -> reg.fit(data, new double[] {1, Double.NaN, 2}, new int[] {0, 1}, null))
            .hasMessageContaining("y[1]");
        assertThat(reg.fit(data, new double[] {1, Double.NaN, 2}, new int[] {0, 2}, null).predict(x))
            .containsExactly(1, 1, 2);
        assertThatThrownBy(() -> PresortedFeatures.of(new double[][] {{1}, {Double.NaN}}))
            .hasMessageContaining("X[1][0]");
    }

    /** The CART of the first version: every node sorts its rows per feature. */
    private static final class ReferenceCart {
        private final int maxDepth;
        private final int minLeaf;
        private final int maxFeatures;
        private final double[][] x;
        private final double[] y;
        private final int[] featureOrder;
        private final SplittableRandom random;
        private final int[] feature = new int[4096];
        private final double[] threshold = new double[4096];
        private final int[] left = new int[4096];
        private final int[] right = new int[4096];
        private final double[] value = new double[4096];
        private int count;

        ReferenceCart(int maxDepth, int minLeaf, int maxFeatures, long seed, double[][] x, double[] y) {
            this.maxDepth = maxDepth;
            this.minLeaf = minLeaf;
            this.maxFeatures = maxFeatures;
            this.x = x;
            this.y = y;
            this.random = new SplittableRandom(seed);
            this.featureOrder = new int[x[0].length];
            for (int j = 0; j < featureOrder.length; j++) {
                featureOrder[j] = j;
            }
            int[] rows = new int[x.length];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = i;
            }
            build(rows, 0);
        }

        double[] predict(double[][] q) {
            double[] out = new double[q.length];
            for (int i = 0; i < q.length; i++) {
                int k = 0;
                while (feature[k] >= 0) {
                    k = q[i][feature[k]] <= threshold[k] ? left[k] : right[k];
                }
                out[i] = value[k];
            }
            return out;
        }

        private int build(int[] rows, int d) {
            int n = rows.length;
            int p = featureOrder.length;
            double sum = 0.0;
            boolean constant = true;
            for (int r : rows) {
                sum += y[r];
                constant &= y[r] == y[rows[0]];
            }
            int node = count++;
            feature[node] = -1;
            value[node] = sum / n;
            if (d >= maxDepth || n < 2 * minLeaf || constant) {
                return node;
            }
            double mean = sum / n;
            double sse = 0.0;
            double centred = 0.0;
            for (int r : rows) {
                sse += (y[r] - mean) * (y[r] - mean);
                centred += y[r] - mean;
            }
            sum = centred;
            int draw = Math.min(maxFeatures, p);
            double parent = sum * sum / n;
            double bestGain = 0.0;
            int bestFeature = -1;
            double bestThreshold = 0.0;
            double[][] pairs = new double[n][];
            for (int f = 0; f < draw; f++) {
                if (draw < p) {
                    int swap = f + random.nextInt(p - f);
                    int t = featureOrder[f];
                    featureOrder[f] = featureOrder[swap];
                    featureOrder[swap] = t;
                }
                int j = featureOrder[f];
                for (int i = 0; i < n; i++) {
                    pairs[i] = new double[] {x[rows[i]][j], y[rows[i]] - mean};
                }
                Arrays.sort(pairs, (a, b) -> Double.compare(a[0], b[0]));
                double sumLeft = 0.0;
                for (int i = 0; i < n - 1; i++) {
                    sumLeft += pairs[i][1];
                    int nl = i + 1;
                    if (nl < minLeaf || n - nl < minLeaf || pairs[i][0] == pairs[i + 1][0]) {
                        continue;
                    }
                    double sumRight = sum - sumLeft;
                    double gain = sumLeft * sumLeft / nl + sumRight * sumRight / (n - nl) - parent;
                    if (gain > bestGain) {
                        bestGain = gain;
                        bestFeature = j;
                        double mid = pairs[i][0] + (pairs[i + 1][0] - pairs[i][0]) / 2;
                        bestThreshold = mid < pairs[i + 1][0] ? mid : pairs[i][0];
                    }
                }
            }
            if (bestFeature < 0 || !(bestGain > 1e-12 * sse)) {
                return node;
            }
            int bf = bestFeature;
            double bt = bestThreshold;
            int[] l = Arrays.stream(rows).filter(r -> x[r][bf] <= bt).toArray();
            int[] rr = Arrays.stream(rows).filter(r -> x[r][bf] > bt).toArray();
            feature[node] = bestFeature;
            threshold[node] = bestThreshold;
            left[node] = build(l, d + 1);
            right[node] = build(rr, d + 1);
            return node;
        }
    }
}
