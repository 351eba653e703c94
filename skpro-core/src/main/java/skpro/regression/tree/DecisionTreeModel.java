package skpro.regression.tree;

import skpro.regression.PointModel;
import skpro.regression.internal.DataChecks;

/**
 * A fitted regression tree: internal node k sends x left when x[feature[k]] &lt;= threshold[k];
 * a leaf predicts the mean target of its training rows. Immutable.
 */
public final class DecisionTreeModel implements PointModel {
    private final int[] feature;
    private final double[] threshold;
    private final int[] left;
    private final int[] right;
    private final double[] value;
    private final int p;
    private final int depth;

    DecisionTreeModel(int[] feature, double[] threshold, int[] left, int[] right, double[] value, int p, int depth) {
        this.feature = feature;
        this.threshold = threshold;
        this.left = left;
        this.right = right;
        this.value = value;
        this.p = p;
        this.depth = depth;
    }

    /** @return the depth of the deepest leaf (0 for a single leaf) */
    public int depth() {
        return depth;
    }

    /** @return the number of leaves */
    public int numLeaves() {
        int leaves = 0;
        for (int f : feature) {
            if (f < 0) {
                leaves++;
            }
        }
        return leaves;
    }

    /** @return the number of nodes, internal and leaves; node indices run from 0 (the root) */
    public int numNodes() {
        return feature.length;
    }

    /**
     * The leaf each row falls into (sklearn's {@code apply}): the index, in 0..{@link #numNodes()}-1,
     * of the leaf node reached from the root by sending x left when x[feature] &lt;= threshold.
     * Rows with the same leaf index get the same prediction.
     *
     * @param x m x p features with p = {@link #numFeatures()}
     * @return the leaf node index per row
     * @throws IllegalArgumentException as {@link #predict}
     */
    public int[] apply(double[][] x) {
        DataChecks.featuresFor(x, p);
        int[] out = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = leaf(x[i]);
        }
        return out;
    }

    private int leaf(double[] row) {
        int k = 0;
        while (feature[k] >= 0) {
            k = row[feature[k]] <= threshold[k] ? left[k] : right[k];
        }
        return k;
    }

    @Override
    public int numFeatures() {
        return p;
    }

    @Override
    public double[] predict(double[][] x) {
        DataChecks.featuresFor(x, p);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = value[leaf(x[i])];
        }
        return out;
    }
}
