package skpro.regression.tree;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;

import skpro.regression.Params;
import skpro.regression.Regressor;
import skpro.regression.internal.DataChecks;

/**
 * A CART regression tree with the squared-error criterion, as sklearn's
 * {@code DecisionTreeRegressor(criterion="squared_error")}.
 *
 * <p>A node holding rows S with mean ybar_S is split on feature j at threshold t into
 * L = {x_j &lt;= t} and R = {x_j &gt; t}, choosing (j, t) to maximise the decrease of the sum of
 * squared errors, SSE(S) - SSE(L) - SSE(R), which equals
 * (sum_L y)^2 / |L| + (sum_R y)^2 / |R| - (sum_S y)^2 / |S|. Thresholds are midpoints between
 * consecutive distinct values (the lower value when the midpoint rounds up to the upper one).
 * A leaf predicts the mean of its rows.
 *
 * <p>A node becomes a leaf when it is at {@code maxDepth}, has fewer than
 * 2 {@code minSamplesLeaf} rows, all its targets are equal, or no split leaves at least
 * {@code minSamplesLeaf} rows on each side with a positive decrease. At each node
 * min({@code maxFeatures}, p) features are drawn without replacement (a partial Fisher-Yates
 * shuffle driven by a {@link SplittableRandom} seeded by {@code seed}, nodes visited depth
 * first); only those are searched (unlike sklearn, no further features are drawn when none of
 * them splits). Ties between splits go to the feature drawn first and the lower threshold, so a
 * fit is a deterministic function of the data and the seed.
 *
 * <p>Parameters: {@code maxDepth} (&gt;= 1, default {@link Integer#MAX_VALUE}: unlimited),
 * {@code minSamplesLeaf} (&gt;= 1, default 1), {@code maxFeatures} (&gt;= 1, default
 * {@link Integer#MAX_VALUE}: all), {@code seed} (default 0).
 */
public final class DecisionTreeRegressor implements Regressor {
    private final int maxDepth;
    private final int minSamplesLeaf;
    private final int maxFeatures;
    private final long seed;

    private DecisionTreeRegressor(int maxDepth, int minSamplesLeaf, int maxFeatures, long seed) {
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be >= 1, got " + maxDepth);
        }
        if (minSamplesLeaf < 1) {
            throw new IllegalArgumentException("minSamplesLeaf must be >= 1, got " + minSamplesLeaf);
        }
        if (maxFeatures < 1) {
            throw new IllegalArgumentException("maxFeatures must be >= 1, got " + maxFeatures);
        }
        this.maxDepth = maxDepth;
        this.minSamplesLeaf = minSamplesLeaf;
        this.maxFeatures = maxFeatures;
        this.seed = seed;
    }

    /** @return a fully grown tree over all features, seed 0 */
    public static DecisionTreeRegressor of() {
        return new DecisionTreeRegressor(Integer.MAX_VALUE, 1, Integer.MAX_VALUE, 0L);
    }

    /**
     * @param maxDepth the maximum depth (the root has depth 0), &gt;= 1
     * @return a copy with that depth
     * @throws IllegalArgumentException if maxDepth &lt; 1
     */
    public DecisionTreeRegressor withMaxDepth(int maxDepth) {
        return new DecisionTreeRegressor(maxDepth, minSamplesLeaf, maxFeatures, seed);
    }

    /**
     * @param minSamplesLeaf the minimum number of rows in a leaf, &gt;= 1
     * @return a copy with that minimum
     * @throws IllegalArgumentException if minSamplesLeaf &lt; 1
     */
    public DecisionTreeRegressor withMinSamplesLeaf(int minSamplesLeaf) {
        return new DecisionTreeRegressor(maxDepth, minSamplesLeaf, maxFeatures, seed);
    }

    /**
     * @param maxFeatures the number of features searched at each split, &gt;= 1 (capped at p)
     * @return a copy with that number
     * @throws IllegalArgumentException if maxFeatures &lt; 1
     */
    public DecisionTreeRegressor withMaxFeatures(int maxFeatures) {
        return new DecisionTreeRegressor(maxDepth, minSamplesLeaf, maxFeatures, seed);
    }

    /**
     * @param seed the seed of the feature subsampling
     * @return a copy with that seed
     */
    public DecisionTreeRegressor withSeed(long seed) {
        return new DecisionTreeRegressor(maxDepth, minSamplesLeaf, maxFeatures, seed);
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("maxDepth", maxDepth, "minSamplesLeaf", minSamplesLeaf, "maxFeatures", maxFeatures,
            "seed", seed);
    }

    @Override
    public DecisionTreeRegressor withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("DecisionTreeRegressor", params(), changes);
        return new DecisionTreeRegressor(Params.getInt(p, "maxDepth"), Params.getInt(p, "minSamplesLeaf"),
            Params.getInt(p, "maxFeatures"), ((Number) p.get("seed")).longValue());
    }

    @Override
    public DecisionTreeModel fit(double[][] x, double[] y) {
        int p = DataChecks.features(x);
        DataChecks.targets(x, y);
        Builder b = new Builder(x, y, p);
        int[] rows = new int[x.length];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        b.build(rows, 0);
        return b.model();
    }

    /** Value equality: equal hyper-parameters. */
    @Override
    public boolean equals(Object o) {
        return o instanceof DecisionTreeRegressor r && r.maxDepth == maxDepth && r.minSamplesLeaf == minSamplesLeaf
            && r.maxFeatures == maxFeatures && r.seed == seed;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(DecisionTreeRegressor.class, maxDepth, minSamplesLeaf, maxFeatures, seed);
    }

    @Override
    public String toString() {
        return "DecisionTreeRegressor(maxDepth=" + maxDepth + ", minSamplesLeaf=" + minSamplesLeaf
            + ", maxFeatures=" + maxFeatures + ", seed=" + seed + ")";
    }

    /** Grows the tree depth first into growable node arrays. */
    private final class Builder {
        private final double[][] x;
        private final double[] y;
        private final int p;
        private final int[] featureOrder;
        private final SplittableRandom random = new SplittableRandom(seed);
        private int[] feature = new int[16];
        private double[] threshold = new double[16];
        private int[] left = new int[16];
        private int[] right = new int[16];
        private double[] value = new double[16];
        private int count;
        private int depth;

        Builder(double[][] x, double[] y, int p) {
            this.x = x;
            this.y = y;
            this.p = p;
            this.featureOrder = new int[p];
            for (int j = 0; j < p; j++) {
                featureOrder[j] = j;
            }
        }

        DecisionTreeModel model() {
            return new DecisionTreeModel(Arrays.copyOf(feature, count), Arrays.copyOf(threshold, count),
                Arrays.copyOf(left, count), Arrays.copyOf(right, count), Arrays.copyOf(value, count), p, depth);
        }

        private int newNode(double mean) {
            if (count == feature.length) {
                int c = 2 * count;
                feature = Arrays.copyOf(feature, c);
                threshold = Arrays.copyOf(threshold, c);
                left = Arrays.copyOf(left, c);
                right = Arrays.copyOf(right, c);
                value = Arrays.copyOf(value, c);
            }
            feature[count] = -1;
            value[count] = mean;
            return count++;
        }

        int build(int[] rows, int d) {
            int n = rows.length;
            double sum = 0.0;
            boolean constant = true;
            for (int r : rows) {
                sum += y[r];
                constant &= y[r] == y[rows[0]];
            }
            int node = newNode(sum / n);
            depth = Math.max(depth, d);
            if (d >= maxDepth || n < 2 * minSamplesLeaf || constant) {
                return node;
            }
            // centred targets keep the gain accurate when the mean is large against the spread
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
                    if (nl < minSamplesLeaf || n - nl < minSamplesLeaf || pairs[i][0] == pairs[i + 1][0]) {
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
            int nl = 0;
            for (int r : rows) {
                if (x[r][bestFeature] <= bestThreshold) {
                    nl++;
                }
            }
            int[] l = new int[nl];
            int[] rr = new int[n - nl];
            int a = 0;
            int c = 0;
            for (int r : rows) {
                if (x[r][bestFeature] <= bestThreshold) {
                    l[a++] = r;
                } else {
                    rr[c++] = r;
                }
            }
            feature[node] = bestFeature;
            threshold[node] = bestThreshold;
            int ln = build(l, d + 1);
            left[node] = ln;
            int rn = build(rr, d + 1);
            right[node] = rn;
            return node;
        }
    }
}
