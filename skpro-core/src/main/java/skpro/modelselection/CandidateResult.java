package skpro.modelselection;

import java.util.Map;

import skpro.metrics.MeanEstimate;
import skpro.regression.ProbaRegressor;

/**
 * One row of a search's results table (sklearn's {@code cv_results_}): a candidate's parameters,
 * its score on every fold, the mean over folds with its standard error, its rank, and mean times.
 * An immutable value.
 *
 * <p>With fold scores s_1..s_K (each the mean loss over that fold's test rows): mean
 * (1/K) sum s_k, standard error sd(s_k) / sqrt(K) (ddof = 1) for K &ge; 2; with one fold, the
 * standard error over that fold's rows. When a fold failed (under {@link ErrorPolicy#RECORD}) its
 * score is the worst possible (+inf when lower is better, else -inf), as is the mean, the
 * standard error is +inf and {@link #error()} says why; a non-finite mean also has an infinite
 * standard error.
 */
public final class CandidateResult {

    private final int index;
    private final Map<String, Object> params;
    private final ProbaRegressor regressor;
    private final double[] foldScores;
    private final MeanEstimate estimate;
    private final double meanScore;
    private final double standardError;
    private final int rank;
    private final double meanFitSeconds;
    private final double meanScoreSeconds;
    private final String error;

    CandidateResult(int index, Map<String, Object> params, ProbaRegressor regressor, double[] foldScores,
        MeanEstimate estimate, double meanScore, int rank, double meanFitSeconds, double meanScoreSeconds,
        String error) {
        this.index = index;
        this.params = params;
        this.regressor = regressor;
        this.foldScores = foldScores;
        this.estimate = estimate;
        this.meanScore = meanScore;
        this.standardError = estimate == null ? Double.POSITIVE_INFINITY : estimate.standardError();
        this.rank = rank;
        this.meanFitSeconds = meanFitSeconds;
        this.meanScoreSeconds = meanScoreSeconds;
        this.error = error;
    }

    /** @return the candidate's position in the search's list of candidates */
    public int index() {
        return index;
    }

    /** @return the parameters set on the estimator for this candidate (unmodifiable) */
    public Map<String, Object> params() {
        return params;
    }

    /** @return the estimator with those parameters */
    public ProbaRegressor regressor() {
        return regressor;
    }

    /** @return the score of each fold, in the splitter's order (a copy) */
    public double[] foldScores() {
        return foldScores.clone();
    }

    /** @return the mean of the fold scores */
    public double meanScore() {
        return meanScore;
    }

    /** @return the standard error of the mean score (+inf when it has none) */
    public double standardError() {
        return standardError;
    }

    /**
     * @return the mean score with its standard error
     * @throws IllegalStateException if the mean is not finite or a fold failed
     */
    public MeanEstimate estimate() {
        if (estimate == null) {
            throw new IllegalStateException("candidate " + index + " " + params + " has no finite mean score ("
                + meanScore + (error.isEmpty() ? "" : "; " + error) + ")");
        }
        return estimate;
    }

    /** @return 1 for the best mean score; equal means share the smallest rank of their group */
    public int rank() {
        return rank;
    }

    /** @return the mean wall seconds of a fold's fit */
    public double meanFitSeconds() {
        return meanFitSeconds;
    }

    /** @return the mean wall seconds of a fold's predictProba and scoring together */
    public double meanScoreSeconds() {
        return meanScoreSeconds;
    }

    /** @return the first failed fold's index, class and message, or "" when every fold succeeded */
    public String error() {
        return error;
    }

    @Override
    public String toString() {
        return "CandidateResult(" + index + ": " + params + ", mean " + meanScore + " \u00b1 " + standardError
            + ", rank " + rank + (error.isEmpty() ? "" : ", " + error) + ")";
    }
}
