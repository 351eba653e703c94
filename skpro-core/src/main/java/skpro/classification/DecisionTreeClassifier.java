package skpro.classification;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

import skpro.regression.Params;
import skpro.regression.internal.DataChecks;
import skpro.regression.tree.PresortedFeatures;

/**
 * A CART classification tree, as sklearn's {@code DecisionTreeClassifier}: a leaf predicts the
 * class frequencies of its training rows.
 *
 * <p>A node holding rows S with class counts n_c is split on feature j at threshold t into
 * L = {x_j &lt;= t} and R = {x_j &gt; t}, choosing (j, t) to maximise the impurity decrease
 * |S| I(S) - |L| I(L) - |R| I(R), with {@link Criterion#GINI} I = 1 - sum_c (n_c/|S|)^2
 * (so |S| I(S) = |S| - sum_c n_c^2 / |S|) or {@link Criterion#ENTROPY}
 * I = -sum_c (n_c/|S|) log(n_c/|S|) (so |S| I(S) = |S| log|S| - sum_c n_c log n_c). Both are
 * updated in O(1) per row as the split point moves along a sorted column. Thresholds are midpoints
 * between consecutive distinct values (the lower value when the midpoint rounds up).
 *
 * <p>A node becomes a leaf when it is at {@code maxDepth}, has fewer than
 * 2 {@code minSamplesLeaf} rows, is pure, or no split leaves at least {@code minSamplesLeaf}
 * rows on each side with a positive decrease. Feature subsampling, tie-breaking and the
 * presorting follow {@link skpro.regression.tree.DecisionTreeRegressor}: min({@code maxFeatures}, p)
 * features drawn per node by a partial Fisher-Yates shuffle from {@code seed}, ties to the feature
 * drawn first and the lower threshold, columns sorted once ({@link PresortedFeatures}) and
 * partitioned stably down the tree. A fully grown tree predicts probabilities 0 and 1, whose
 * log-loss is infinite on a misclassified row: limit the depth or the leaf size for
 * probabilities.
 *
 * <p>Parameters: {@code criterion} (default GINI), {@code maxDepth} (&gt;= 1, default
 * {@link Integer#MAX_VALUE}), {@code minSamplesLeaf} (&gt;= 1, default 1), {@code maxFeatures}
 * (&gt;= 1, default {@link Integer#MAX_VALUE}: all), {@code seed} (default 0).
 */
public final class DecisionTreeClassifier implements ProbaClassifier {

    /** The impurity measure. */
    public enum Criterion {
        /** Gini impurity. */
        GINI,
        /** Shannon entropy (natural logarithm). */
        ENTROPY
    }

    private final Criterion criterion;
    private final int maxDepth;
    private final int minSamplesLeaf;
    private final int maxFeatures;
    private final long seed;

    private DecisionTreeClassifier(Criterion criterion, int maxDepth, int minSamplesLeaf, int maxFeatures,
        long seed) {
        if (criterion == null) {
            throw new IllegalArgumentException("criterion must not be null");
        }
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be >= 1, got " + maxDepth);
        }
        if (minSamplesLeaf < 1) {
            throw new IllegalArgumentException("minSamplesLeaf must be >= 1, got " + minSamplesLeaf);
        }
        if (maxFeatures < 1) {
            throw new IllegalArgumentException("maxFeatures must be >= 1, got " + maxFeatures);
        }
        this.criterion = criterion;
        this.maxDepth = maxDepth;
        this.minSamplesLeaf = minSamplesLeaf;
        this.maxFeatures = maxFeatures;
        this.seed = seed;
    }

    /** @return a fully grown Gini tree over all features, seed 0 */
    public static DecisionTreeClassifier of() {
        return new DecisionTreeClassifier(Criterion.GINI, Integer.MAX_VALUE, 1, Integer.MAX_VALUE, 0L);
    }

    /**
     * @param criterion the impurity measure
     * @return a copy with that criterion
     * @throws IllegalArgumentException if criterion is null
     */
    public DecisionTreeClassifier withCriterion(Criterion criterion) {
        return new DecisionTreeClassifier(criterion, maxDepth, minSamplesLeaf, maxFeatures, seed);
    }

    /**
     * @param maxDepth the maximum depth (the root has depth 0), &gt;= 1
     * @return a copy with that depth
     * @throws IllegalArgumentException if maxDepth &lt; 1
     */
    public DecisionTreeClassifier withMaxDepth(int maxDepth) {
        return new DecisionTreeClassifier(criterion, maxDepth, minSamplesLeaf, maxFeatures, seed);
    }

    /**
     * @param minSamplesLeaf the minimum number of rows in a leaf, &gt;= 1
     * @return a copy with that minimum
     * @throws IllegalArgumentException if minSamplesLeaf &lt; 1
     */
    public DecisionTreeClassifier withMinSamplesLeaf(int minSamplesLeaf) {
        return new DecisionTreeClassifier(criterion, maxDepth, minSamplesLeaf, maxFeatures, seed);
    }

    /**
     * @param maxFeatures the number of features searched at each split, &gt;= 1 (capped at p)
     * @param seed the seed of the feature subsampling
     * @return a copy with that subsampling
     * @throws IllegalArgumentException if maxFeatures &lt; 1
     */
    public DecisionTreeClassifier withMaxFeatures(int maxFeatures, long seed) {
        return new DecisionTreeClassifier(criterion, maxDepth, minSamplesLeaf, maxFeatures, seed);
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("criterion", criterion, "maxDepth", maxDepth, "minSamplesLeaf", minSamplesLeaf,
            "maxFeatures", maxFeatures, "seed", seed);
    }

    @Override
    public DecisionTreeClassifier withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("DecisionTreeClassifier", params(), changes);
        return new DecisionTreeClassifier((Criterion) p.get("criterion"), Params.getInt(p, "maxDepth"),
            Params.getInt(p, "minSamplesLeaf"), Params.getInt(p, "maxFeatures"), Params.getLong(p, "seed"));
    }

    @Override
    public <L> ProbaClassifierModel<L> fit(double[][] x, List<L> y) {
        DataChecks.features(x);
        ClassLabels<L> labels = ClassLabels.ofTargets(x, y);
        Builder b = new Builder(PresortedFeatures.of(x), labels.encode(y), labels.size());
        b.build(0, x.length, 0);
        return new Model<>(this, labels, b);
    }

    /** Value equality: equal hyper-parameters. */
    @Override
    public boolean equals(Object o) {
        return o instanceof DecisionTreeClassifier t && t.criterion == criterion && t.maxDepth == maxDepth
            && t.minSamplesLeaf == minSamplesLeaf && t.maxFeatures == maxFeatures && t.seed == seed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(DecisionTreeClassifier.class, criterion, maxDepth, minSamplesLeaf, maxFeatures, seed);
    }

    @Override
    public String toString() {
        return "DecisionTreeClassifier(criterion=" + criterion + ", maxDepth=" + maxDepth + ", minSamplesLeaf="
            + minSamplesLeaf + ", maxFeatures=" + maxFeatures + ", seed=" + seed + ")";
    }

    /** Grows the tree depth first over ranges [lo, hi) of the row index and the sorted orders. */
    private final class Builder {
        private final int[] y;
        private final int classes;
        private final int p;
        private final double[][] cols;
        private final int[][] order;
        private final int[] index;
        private final int[] featureOrder;
        private final int[] goesLeft;
        private final int[] buffer;
        private final double[] xlogx;
        private final int[] total;
        private final int[] left;
        private final SplittableRandom random = new SplittableRandom(seed);
        int[] feature = new int[16];
        double[] threshold = new double[16];
        int[] leftChild = new int[16];
        int[] rightChild = new int[16];
        double[] value;
        int count;

        Builder(PresortedFeatures data, int[] y, int classes) {
            int n = data.numRows();
            this.y = y;
            this.classes = classes;
            this.p = data.numFeatures();
            this.cols = new double[p][];
            this.order = new int[p][];
            this.featureOrder = new int[p];
            for (int j = 0; j < p; j++) {
                cols[j] = data.column(j);
                order[j] = data.order(j);
                featureOrder[j] = j;
            }
            this.index = new int[n];
            for (int i = 0; i < n; i++) {
                index[i] = i;
            }
            this.goesLeft = new int[n];
            this.buffer = new int[n];
            this.xlogx = new double[n + 1];
            for (int i = 1; i <= n; i++) {
                xlogx[i] = i * Math.log(i);
            }
            this.total = new int[classes];
            this.left = new int[classes];
            this.value = new double[16 * classes];
        }

        private int newNode(int[] counts, int n) {
            if (count == feature.length) {
                int c = 2 * count;
                feature = Arrays.copyOf(feature, c);
                threshold = Arrays.copyOf(threshold, c);
                leftChild = Arrays.copyOf(leftChild, c);
                rightChild = Arrays.copyOf(rightChild, c);
                value = Arrays.copyOf(value, c * classes);
            }
            feature[count] = -1;
            for (int c = 0; c < classes; c++) {
                value[count * classes + c] = (double) counts[c] / n;
            }
            return count++;
        }

        /** @return |S| I(S) for the criterion, from the counts' running statistic */
        private double weighted(double stat, int n) {
            return criterion == Criterion.GINI ? n - stat / n : xlogx[n] - stat;
        }

        /** @return the running statistic's change when one row of a class with count c joins */
        private double add(int c) {
            return criterion == Criterion.GINI ? 2.0 * c + 1.0 : xlogx[c + 1] - xlogx[c];
        }

        int build(int lo, int hi, int d) {
            int n = hi - lo;
            Arrays.fill(total, 0);
            for (int i = lo; i < hi; i++) {
                total[y[index[i]]]++;
            }
            int node = newNode(total, n);
            int nonEmpty = 0;
            double statTotal = 0.0;
            for (int c = 0; c < classes; c++) {
                nonEmpty += total[c] > 0 ? 1 : 0;
                statTotal += criterion == Criterion.GINI ? (double) total[c] * total[c] : xlogx[total[c]];
            }
            if (d >= maxDepth || n < 2 * minSamplesLeaf || nonEmpty < 2) {
                return node;
            }
            double parent = weighted(statTotal, n);
            int draw = Math.min(maxFeatures, p);
            double bestGain = 0.0;
            int bestJ = -1;
            double bestThreshold = 0.0;
            for (int f = 0; f < draw; f++) {
                if (draw < p) {
                    int swap = f + random.nextInt(p - f);
                    int t = featureOrder[f];
                    featureOrder[f] = featureOrder[swap];
                    featureOrder[swap] = t;
                }
                int j = featureOrder[f];
                int[] o = order[j];
                double[] col = cols[j];
                Arrays.fill(left, 0);
                double statLeft = 0.0;
                double statRight = statTotal;
                double next = col[o[lo]];
                for (int i = lo; i < hi - 1; i++) {
                    int cls = y[o[i]];
                    double here = next;
                    next = col[o[i + 1]];
                    statLeft += add(left[cls]);
                    statRight -= add(total[cls] - left[cls] - 1);
                    left[cls]++;
                    int nl = i - lo + 1;
                    if (nl < minSamplesLeaf || n - nl < minSamplesLeaf || here == next) {
                        continue;
                    }
                    double gain = parent - weighted(statLeft, nl) - weighted(statRight, n - nl);
                    if (gain > bestGain) {
                        bestGain = gain;
                        bestJ = j;
                        double mid = here + (next - here) / 2;
                        bestThreshold = mid < next ? mid : here;
                    }
                }
            }
            if (bestJ < 0 || !(bestGain > 1e-12 * n)) {
                return node;
            }
            double[] col = cols[bestJ];
            int nl = 0;
            for (int i = lo; i < hi; i++) {
                int r = index[i];
                int l = col[r] <= bestThreshold ? 1 : 0;
                goesLeft[r] = l;
                nl += l;
            }
            partition(index, lo, hi);
            if (d + 1 < maxDepth) {
                for (int[] o : order) {
                    partition(o, lo, hi);
                }
            }
            feature[node] = bestJ;
            threshold[node] = bestThreshold;
            int ln = build(lo, lo + nl, d + 1);
            leftChild[node] = ln;
            int rn = build(lo + nl, hi, d + 1);
            rightChild[node] = rn;
            return node;
        }

        /** Stable partition of a[lo, hi): rows going left first, each side in its previous order. */
        private void partition(int[] a, int lo, int hi) {
            int l = lo;
            int r = 0;
            for (int i = lo; i < hi; i++) {
                int v = a[i];
                if (goesLeft[v] == 1) {
                    a[l++] = v;
                } else {
                    buffer[r++] = v;
                }
            }
            System.arraycopy(buffer, 0, a, l, r);
        }
    }

    /** The fitted tree: nodes in arrays, a leaf's class frequencies in {@code value}. */
    private static final class Model<L> extends ClassifierModelBase<L> {
        private final int[] feature;
        private final double[] threshold;
        private final int[] left;
        private final int[] right;
        private final double[] value;

        Model(DecisionTreeClassifier classifier, ClassLabels<L> labels, Builder b) {
            super(classifier, labels, b.p);
            int n = b.count;
            this.feature = Arrays.copyOf(b.feature, n);
            this.threshold = Arrays.copyOf(b.threshold, n);
            this.left = Arrays.copyOf(b.leftChild, n);
            this.right = Arrays.copyOf(b.rightChild, n);
            this.value = Arrays.copyOf(b.value, n * labels.size());
        }

        @Override
        protected double[][] probabilities(double[][] x) {
            int k = numClasses();
            double[][] out = new double[x.length][];
            for (int i = 0; i < x.length; i++) {
                int node = 0;
                while (feature[node] >= 0) {
                    node = x[i][feature[node]] <= threshold[node] ? left[node] : right[node];
                }
                out[i] = Arrays.copyOfRange(value, node * k, (node + 1) * k);
            }
            return out;
        }
    }
}
