package skpro.regression.boosting;

import java.util.ArrayList;
import java.util.List;

import skpro.distributions.Distribution;
import skpro.regression.PointModel;
import skpro.regression.ProbaModel;
import skpro.regression.internal.DataChecks;

/**
 * A fitted {@link NGBoostRegressor}: theta(x) after m stages is
 * theta0 + sum_{l &le; m} s_l f_l(x), s_l = learningRate rho_l, mapped to the family's
 * distribution. {@link #predictProba} uses {@link #bestIteration()} stages (all of them without
 * validation); {@link #predictProbaAt} and {@link #stagedPredictProba} give any other count.
 * Immutable.
 */
public final class NGBoostModel implements ProbaModel {
    private final NGBoostRegressor regressor;
    private final NgbFamily family;
    private final double[] theta0;
    private final PointModel[][] models;
    private final int[][] columns;
    private final double[] scales;
    private final int numFeatures;
    private final int bestIteration;
    private final double[] validationScores;

    NGBoostModel(NGBoostRegressor regressor, NgbFamily family, double[] theta0, PointModel[][] models,
        int[][] columns, double[] scales, int numFeatures, int bestIteration, double[] validationScores) {
        this.regressor = regressor;
        this.family = family;
        this.theta0 = theta0;
        this.models = models;
        this.columns = columns;
        this.scales = scales;
        this.numFeatures = numFeatures;
        this.bestIteration = bestIteration;
        this.validationScores = validationScores;
    }

    @Override
    public NGBoostRegressor regressor() {
        return regressor;
    }

    @Override
    public int numFeatures() {
        return numFeatures;
    }

    /** @return the number of stages fitted (fewer than nEstimators after early stopping) */
    public int numStages() {
        return models.length;
    }

    /** @return the stage count predictProba uses: the best on validation, else all */
    public int bestIteration() {
        return bestIteration;
    }

    /** @return the initial parameters theta0 (the marginal maximum-likelihood fit) */
    public double[] initialParams() {
        return theta0.clone();
    }

    /** @return the scaling learningRate * rho of every stage */
    public double[] stageScales() {
        return scales.clone();
    }

    /**
     * @return the mean validation score after each stage (empty without validation); entry m - 1
     *     belongs to m stages
     */
    public double[] validationScores() {
        return validationScores.clone();
    }

    /** @throws IllegalArgumentException as {@link ProbaModel#predictProba} */
    @Override
    public Distribution predictProba(double[][] x) {
        return predictProbaAt(x, bestIteration);
    }

    /**
     * @param x m x p features
     * @param stages the number of stages to use, in [0, {@link #numStages()}] (0: theta0)
     * @return the predictive distribution after that many stages
     * @throws IllegalArgumentException as {@link ProbaModel#predictProba}, or if stages is out of range
     */
    public Distribution predictProbaAt(double[][] x, int stages) {
        if (stages < 0 || stages > models.length) {
            throw new IllegalArgumentException("stages must be in [0, " + models.length + "], got " + stages);
        }
        return family.distribution(params(x, stages));
    }

    /**
     * @param x m x p features
     * @param stages the number of stages to use, in [0, {@link #numStages()}]
     * @return theta(x): p columns of m parameter values, on the family's internal (log) scale
     * @throws IllegalArgumentException as {@link #predictProbaAt}
     */
    public double[][] predictParams(double[][] x, int stages) {
        if (stages < 0 || stages > models.length) {
            throw new IllegalArgumentException("stages must be in [0, " + models.length + "], got " + stages);
        }
        return params(x, stages);
    }

    /**
     * Every staged prediction in one pass: entry m is {@code predictProbaAt(x, m)}.
     *
     * @param x m x p features
     * @return numStages() + 1 distributions, after 0, 1, ..., numStages() stages
     * @throws IllegalArgumentException as {@link ProbaModel#predictProba}
     */
    public List<Distribution> stagedPredictProba(double[][] x) {
        DataChecks.featuresFor(x, numFeatures);
        return DataChecks.validated(x, () -> {
            double[][] theta = NGBoostRegressor.broadcast(theta0, x.length);
            List<Distribution> out = new ArrayList<>(models.length + 1);
            out.add(family.distribution(copy(theta)));
            for (int m = 0; m < models.length; m++) {
                addStage(theta, x, m);
                out.add(family.distribution(copy(theta)));
            }
            return out;
        });
    }

    private double[][] params(double[][] x, int stages) {
        DataChecks.featuresFor(x, numFeatures);
        return DataChecks.validated(x, () -> {
            double[][] theta = NGBoostRegressor.broadcast(theta0, x.length);
            for (int m = 0; m < stages; m++) {
                addStage(theta, x, m);
            }
            return theta;
        });
    }

    private void addStage(double[][] theta, double[][] x, int m) {
        double[][] xs = columns[m] == null ? x : NGBoostRegressor.project(x, columns[m]);
        for (int k = 0; k < theta.length; k++) {
            double[] f = models[m][k].predict(xs);
            double[] th = theta[k];
            double s = scales[m];
            for (int i = 0; i < th.length; i++) {
                th[i] += s * f[i];
            }
        }
    }

    private static double[][] copy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int k = 0; k < a.length; k++) {
            out[k] = a[k].clone();
        }
        return out;
    }
}
