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

    @Override
    public int numFeatures() {
        return p;
    }

    @Override
    public double[] predict(double[][] x) {
        DataChecks.featuresFor(x, p);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            int k = 0;
            while (feature[k] >= 0) {
                k = x[i][feature[k]] <= threshold[k] ? left[k] : right[k];
            }
            out[i] = value[k];
        }
        return out;
    }
}
