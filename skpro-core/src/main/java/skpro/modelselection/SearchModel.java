package skpro.modelselection;

import java.util.Map;

import skpro.distributions.Distribution;
import skpro.metrics.MeanEstimate;
import skpro.regression.ProbaModel;
import skpro.regression.ProbaRegressor;

/**
 * A fitted {@link GridSearchCV} or {@link RandomizedSearchCV}: the results table, the best
 * candidate, and (with refit) the best candidate fitted on all the data, which answers
 * {@link #predictProba}. Immutable; safe to share between threads.
 */
public final class SearchModel implements ProbaModel {

    private final ProbaRegressor search;
    private final int numFeatures;
    private final SearchResults results;
    private final ProbaModel bestModel;
    private final double refitSeconds;

    SearchModel(ProbaRegressor search, int numFeatures, SearchResults results, ProbaModel bestModel,
        double refitSeconds) {
        this.search = search;
        this.numFeatures = numFeatures;
        this.results = results;
        this.bestModel = bestModel;
        this.refitSeconds = refitSeconds;
    }

    /** @return the search that produced this model */
    @Override
    public ProbaRegressor regressor() {
        return search;
    }

    @Override
    public int numFeatures() {
        return numFeatures;
    }

    /**
     * @throws IllegalStateException if the search was run without refit
     * @throws IllegalArgumentException as the best model's {@code predictProba}
     */
    @Override
    public Distribution predictProba(double[][] x) {
        return bestModel().predictProba(x);
    }

    /** @return the results table */
    public SearchResults results() {
        return results;
    }

    /** @return the index of the best candidate (the first of rank 1) */
    public int bestIndex() {
        return results.bestIndex();
    }

    /** @return the best candidate's parameters (the searched names only) */
    public Map<String, Object> bestParams() {
        return results.get(bestIndex()).params();
    }

    /** @return the estimator with the best parameters */
    public ProbaRegressor bestEstimator() {
        return results.get(bestIndex()).regressor();
    }

    /**
     * @return the best mean score with its standard error
     * @throws IllegalStateException if the best mean is not finite
     */
    public MeanEstimate bestScore() {
        return results.get(bestIndex()).estimate();
    }

    /**
     * @return the best estimator fitted on all the data
     * @throws IllegalStateException if the search was run without refit
     */
    public ProbaModel bestModel() {
        if (bestModel == null) {
            throw new IllegalStateException("the search ran with refit = false, so it has no fitted best model");
        }
        return bestModel;
    }

    /** @return wall seconds of the refit (0 without refit) */
    public double refitSeconds() {
        return refitSeconds;
    }

    @Override
    public String toString() {
        return "SearchModel(best " + bestParams() + ", " + results.scoring() + " " + results.get(bestIndex()).meanScore()
            + ", " + results.size() + " candidates)";
    }
}
