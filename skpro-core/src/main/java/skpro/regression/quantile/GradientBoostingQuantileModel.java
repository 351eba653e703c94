package skpro.regression.quantile;

import skpro.regression.PointModel;
import skpro.regression.internal.DataChecks;
import skpro.regression.tree.DecisionTreeModel;

/**
 * A fitted {@link GradientBoostingQuantileRegressor}: F(x) = F_0 + learningRate sum_s v_s(leaf_s(x)),
 * with v_s the leaf quantiles of stage s. Immutable.
 */
public final class GradientBoostingQuantileModel implements PointModel {
    private final double init;
    private final DecisionTreeModel[] trees;
    private final double[][] leafValues;
    private final double learningRate;
    private final int p;
    private final double[] trainLoss;

    GradientBoostingQuantileModel(double init, DecisionTreeModel[] trees, double[][] leafValues, double learningRate,
        int p, double[] trainLoss) {
        this.init = init;
        this.trees = trees;
        this.leafValues = leafValues;
        this.learningRate = learningRate;
        this.p = p;
        this.trainLoss = trainLoss;
    }

    /** @return F_0, the q-quantile of the training targets */
    public double initialPrediction() {
        return init;
    }

    /** @return the number of stages */
    public int numStages() {
        return trees.length;
    }

    /**
     * @return the mean training pinball loss after each stage: element 0 for F_0, element s after
     *     stage s (a copy)
     */
    public double[] trainLoss() {
        return trainLoss.clone();
    }

    @Override
    public int numFeatures() {
        return p;
    }

    @Override
    public double[] predict(double[][] x) {
        DataChecks.featuresFor(x, p);
        double[] out = new double[x.length];
        java.util.Arrays.fill(out, init);
        DataChecks.validated(x, () -> {
            for (int s = 0; s < trees.length; s++) {
                int[] leaf = trees[s].apply(x);
                double[] v = leafValues[s];
                for (int i = 0; i < out.length; i++) {
                    out[i] += learningRate * v[leaf[i]];
                }
            }
            return out;
        });
        return out;
    }
}
