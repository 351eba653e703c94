package skpro.smile;

import skpro.regression.PointModel;
import smile.data.Tuple;
import smile.data.type.StructType;
import smile.regression.RandomForest;
import smile.regression.RegressionTree;

/**
 * A fitted random forest: predicts (1/B) sum_b T_b(x), the mean of its B trees, and exposes the
 * trees' predictions one by one. Immutable; the Smile forest is never handed out.
 */
public final class RandomForestModel implements PointModel {
    private final RandomForest forest;
    private final RegressionTree[] trees;
    private final StructType schema;
    private final int p;

    RandomForestModel(RandomForest forest, int p) {
        this.forest = forest;
        this.trees = forest.trees();
        this.schema = SmileFrame.featureSchema(p);
        this.p = p;
    }

    /** @return the number of trees B */
    public int numTrees() {
        return trees.length;
    }

    @Override
    public int numFeatures() {
        return p;
    }

    /**
     * @param x m x p features
     * @return an m x B table: entry (i, b) is tree b's prediction for row i (whose row mean is
     *     {@link #predict})
     * @throws IllegalArgumentException as {@link #predict}
     */
    public double[][] predictPerTree(double[][] x) {
        Checks.featuresFor(x, p);
        double[][] out = new double[x.length][trees.length];
        for (int i = 0; i < x.length; i++) {
            Tuple row = forest.formula().x(Tuple.of(x[i], schema));
            for (int b = 0; b < trees.length; b++) {
                out[i][b] = trees[b].predict(row);
            }
        }
        return out;
    }

    @Override
    public double[] predict(double[][] x) {
        Checks.featuresFor(x, p);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = forest.predict(Tuple.of(x[i], schema));
        }
        return out;
    }
}
