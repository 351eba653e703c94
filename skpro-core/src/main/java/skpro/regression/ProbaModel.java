package skpro.regression;

import skpro.distributions.Distribution;

/**
 * A fitted probabilistic regressor: immutable, safe to share between threads.
 *
 * <p>skpro's default graph: an implementation provides one of the prediction methods and the
 * others follow from it. Here {@link #predictProba} is the one every model answers; the defaults
 * derive the rest from it: {@code predict} = the predictive mean, {@code predictVar} = the
 * predictive variance, {@code predictQuantiles} and {@code predictInterval} = the predictive
 * distribution's quantiles and central interval. Models that natively predict quantiles or a mean
 * and a variance extend {@link QuantileProbaModel} or {@link MeanVarianceProbaModel}, which
 * derive {@code predictProba} the other way (and keep their native methods exact).
 */
public interface ProbaModel {

    /** @return the regressor (hyper-parameters) that produced this model */
    ProbaRegressor regressor();

    /** @return the number of feature columns the model was fitted on */
    int numFeatures();

    /**
     * @param x m x p features with p = {@link #numFeatures()}
     * @return the predictive distribution, one row per row of X
     * @throws IllegalArgumentException if X is empty, ragged, not finite, or has another number
     *     of columns than the training data
     */
    Distribution predictProba(double[][] x);

    /**
     * @param x m x p features
     * @return the point prediction per row; by default the predictive mean
     * @throws IllegalArgumentException as {@link #predictProba}
     */
    default double[] predict(double[][] x) {
        return predictProba(x).mean();
    }

    /**
     * @param x m x p features
     * @return the predictive variance per row
     * @throws IllegalArgumentException as {@link #predictProba}
     */
    default double[] predictVar(double[][] x) {
        return predictProba(x).var();
    }

    /**
     * @param x m x p features
     * @param alphas quantile levels in [0, 1]
     * @return an m x k table, column j at level {@code alphas[j]}
     * @throws IllegalArgumentException as {@link #predictProba}, or for invalid levels
     */
    default double[][] predictQuantiles(double[][] x, double... alphas) {
        return predictProba(x).quantiles(alphas);
    }

    /**
     * @param x m x p features
     * @param coverage the nominal coverage c in (0, 1)
     * @return an m x 2 table of equal-tailed intervals [Q((1 - c) / 2), Q((1 + c) / 2)]
     * @throws IllegalArgumentException as {@link #predictProba}, or for an invalid coverage
     */
    default double[][] predictInterval(double[][] x, double coverage) {
        return predictProba(x).interval(coverage);
    }
}
