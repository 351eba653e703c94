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
 * <p>Each column is sorted once per fit ({@link PresortedFeatures}, a stable sort) and the
 * sorted orders are partitioned stably down the tree, so a split search costs O(n) per candidate
 * feature and node level rather than a sort; {@link #fit(PresortedFeatures, double[], int[], int[])}
 * reuses one sorting across many fits (boosting).
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
            Params.getInt(p, "maxFeatures"), Params.getLong(p, "seed"));
    }

    @Override
    public DecisionTreeModel fit(double[][] x, double[] y) {
        int p = DataChecks.features(x);
        DataChecks.targets(x, y);
        return fitRows(PresortedFeatures.sorted(x, p), y, null, null);
    }

    /**
     * Fits on some rows and columns of presorted data: the tree {@link #fit(double[][], double[])}
     * grows on the matrix of those rows, except that only the listed columns are candidates for
     * splits (the model still reads feature indices of the full matrix). Fitting many trees on one
     * {@link PresortedFeatures} skips the sorting each {@code fit} does, so a tree costs
     * O(n q depth) for q candidate columns.
     *
     * @param data the presorted features, n rows
     * @param y n targets; only those of the listed rows are read, and they must be finite
     * @param rows strictly increasing row indices to fit on, or null for all n rows
     * @param columns distinct column indices to search, or null for all p columns
     * @return the fitted tree over p features
     * @throws IllegalArgumentException if an argument is null where it must not be, y's length is
     *     not n, a listed target is not finite, rows are empty, out of range or not increasing, or
     *     columns are empty, out of range or repeated
     */
    public DecisionTreeModel fit(PresortedFeatures data, double[] y, int[] rows, int[] columns) {
        if (data == null) {
            throw new IllegalArgumentException("data must not be null");
        }
        if (y == null || y.length != data.n) {
            throw new IllegalArgumentException("y must have " + data.n + " values (one per row of data), got "
                + (y == null ? "null" : y.length));
        }
        if (rows != null) {
            if (rows.length == 0) {
                throw new IllegalArgumentException("rows must not be empty");
            }
            for (int k = 0; k < rows.length; k++) {
                if (rows[k] < 0 || rows[k] >= data.n || (k > 0 && rows[k] <= rows[k - 1])) {
                    throw new IllegalArgumentException("rows must be increasing indices in [0, " + data.n
                        + "), got rows[" + k + "] = " + rows[k]);
                }
            }
        }
        if (columns != null) {
            if (columns.length == 0) {
                throw new IllegalArgumentException("columns must not be empty");
            }
            boolean[] seen = new boolean[data.p];
            for (int k = 0; k < columns.length; k++) {
                int c = columns[k];
                if (c < 0 || c >= data.p || seen[c]) {
                    throw new IllegalArgumentException("columns must be distinct indices in [0, " + data.p
                        + "), got columns[" + k + "] = " + c);
                }
                seen[c] = true;
            }
        }
        int m = rows == null ? data.n : rows.length;
        for (int k = 0; k < m; k++) {
            int r = rows == null ? k : rows[k];
            if (!Double.isFinite(y[r])) {
                throw new IllegalArgumentException("y[" + r + "] must be finite, got " + y[r]);
            }
        }
        return fitRows(data, y, rows, columns);
    }

    private DecisionTreeModel fitRows(PresortedFeatures data, double[] y, int[] rows, int[] columns) {
        Builder b = new Builder(data, y, rows, columns);
        b.build(0, b.index.length, 0);
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

    /**
     * Grows the tree depth first. A node is a range [lo, hi) of {@code index} (its rows in index
     * order) and of every candidate's {@code order} (its rows sorted by that column); splitting a
     * node partitions each range stably, so children stay sorted without sorting again.
     */
    private final class Builder {
        private final double[] y;
        private final int p;
        private final int[] featureOrder;
        private final double[][] cols;
        private final int[] index;
        private final int[][] order;
        private final int[] columnIds;
        private final int[] goesLeft;
        private final int[] buffer;
        private final SplittableRandom random = new SplittableRandom(seed);
        private int[] feature = new int[16];
        private double[] threshold = new double[16];
        private int[] left = new int[16];
        private int[] right = new int[16];
        private double[] value = new double[16];
        private int count;
        private int depth;

        Builder(PresortedFeatures data, double[] y, int[] rows, int[] columns) {
            this.y = y;
            this.p = data.p;
            int q = columns == null ? p : columns.length;
            this.featureOrder = new int[q];
            this.cols = new double[q][];
            this.order = new int[q][];
            int m = rows == null ? data.n : rows.length;
            this.index = rows == null ? new int[m] : rows.clone();
            if (rows == null) {
                for (int i = 0; i < m; i++) {
                    index[i] = i;
                }
            }
            boolean[] member = null;
            if (rows != null) {
                member = new boolean[data.n];
                for (int r : rows) {
                    member[r] = true;
                }
            }
            for (int k = 0; k < q; k++) {
                int j = columns == null ? k : columns[k];
                featureOrder[k] = k;
                cols[k] = data.columns[j];
                if (member == null) {
                    order[k] = data.order[j].clone();
                } else {
                    int[] o = new int[m];
                    int c = 0;
                    for (int r : data.order[j]) {
                        if (member[r]) {
                            o[c++] = r;
                        }
                    }
                    order[k] = o;
                }
            }
            this.columnIds = columns == null ? null : columns.clone();
            this.goesLeft = new int[data.n];
            this.buffer = new int[m];
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

        int build(int lo, int hi, int d) {
            int n = hi - lo;
            double sum = 0.0;
            boolean constant = true;
            double first = y[index[lo]];
            for (int i = lo; i < hi; i++) {
                double v = y[index[i]];
                sum += v;
                constant &= v == first;
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
            for (int i = lo; i < hi; i++) {
                double c = y[index[i]] - mean;
                sse += c * c;
                centred += c;
            }
            sum = centred;
            int q = featureOrder.length;
            int draw = Math.min(maxFeatures, q);
            double parent = sum * sum / n;
            double bestGain = 0.0;
            int bestK = -1;
            double bestThreshold = 0.0;
            for (int f = 0; f < draw; f++) {
                if (draw < q) {
                    int swap = f + random.nextInt(q - f);
                    int t = featureOrder[f];
                    featureOrder[f] = featureOrder[swap];
                    featureOrder[swap] = t;
                }
                int k = featureOrder[f];
                int[] o = order[k];
                double[] col = cols[k];
                double sumLeft = 0.0;
                double next = col[o[lo]];
                for (int i = lo; i < hi - 1; i++) {
                    int r = o[i];
                    double here = next;
                    next = col[o[i + 1]];
                    sumLeft += y[r] - mean;
                    int nl = i - lo + 1;
                    if (nl < minSamplesLeaf || n - nl < minSamplesLeaf || here == next) {
                        continue;
                    }
                    double sumRight = sum - sumLeft;
                    double gain = sumLeft * sumLeft / nl + sumRight * sumRight / (n - nl) - parent;
                    if (gain > bestGain) {
                        bestGain = gain;
                        bestK = k;
                        double mid = here + (next - here) / 2;
                        bestThreshold = mid < next ? mid : here;
                    }
                }
            }
            if (bestK < 0 || !(bestGain > 1e-12 * sse)) {
                return node;
            }
            double[] col = cols[bestK];
            int nl = 0;
            for (int i = lo; i < hi; i++) {
                int r = index[i];
                int l = col[r] <= bestThreshold ? 1 : 0;
                goesLeft[r] = l;
                nl += l;
            }
            partition(index, lo, hi);
            // children at the maximum depth are leaves: they need their rows, not their sorted orders
            if (d + 1 < maxDepth) {
                for (int[] o : order) {
                    partition(o, lo, hi);
                }
            }
            feature[node] = columnIds == null ? bestK : columnIds[bestK];
            threshold[node] = bestThreshold;
            int ln = build(lo, lo + nl, d + 1);
            left[node] = ln;
            int rn = build(lo + nl, hi, d + 1);
            right[node] = rn;
            return node;
        }

        /** Stable partition of a[lo, hi): rows going left first, each side in its previous order. */
        private void partition(int[] a, int lo, int hi) {
            // branch-free: the side of a row is unpredictable, so write both places and advance one
            int l = lo;
            int r = 0;
            for (int i = lo; i < hi; i++) {
                int v = a[i];
                int left = goesLeft[v];
                a[l] = v;
                buffer[r] = v;
                l += left;
                r += 1 - left;
            }
            System.arraycopy(buffer, 0, a, l, r);
        }
    }
}
