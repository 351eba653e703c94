package skpro.modelselection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import skpro.metrics.MeanEstimate;
import skpro.metrics.ScoringRule;
import skpro.regression.ProbaModel;
import skpro.regression.ProbaRegressor;
import skpro.regression.internal.DataChecks;
import skpro.regression.internal.Parallel;

/**
 * The cross-validated search both {@link GridSearchCV} and {@link RandomizedSearchCV} run: every
 * (candidate, fold) pair is one task on the bounded pool, results are stored by task index, then
 * scores, ranks and the refit follow.
 */
final class Search {

    private Search() {
    }

    /** Builds every candidate estimator eagerly, so an unknown name fails at construction. */
    static List<ProbaRegressor> build(ProbaRegressor estimator, List<Map<String, Object>> candidates) {
        if (estimator == null) {
            throw new IllegalArgumentException("estimator must not be null");
        }
        List<ProbaRegressor> out = new ArrayList<>(candidates.size());
        for (int c = 0; c < candidates.size(); c++) {
            try {
                out.add(estimator.withParams(candidates.get(c)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("candidate " + c + " " + candidates.get(c) + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }

    static SearchModel fit(ProbaRegressor owner, List<Map<String, Object>> candidates, List<ProbaRegressor> regressors,
        SearchSettings s, double[][] x, double[] y) {
        int p = DataChecks.features(x);
        DataChecks.targets(x, y);
        List<Split> splits = s.cv.split(y.length);
        int folds = splits.size();
        List<ScoringRule> rules = List.of(s.scoring);
        List<String> names = Evaluation.names(rules);
        List<FoldResult> tasks = Parallel.map(candidates.size() * folds, s.threads,
            t -> FoldResult.run(t % folds, regressors.get(t / folds), splits.get(t % folds), x, y, rules, names,
                s.errorPolicy));
        String name = s.scoring.name();
        boolean lower = s.scoring.lowerIsBetter();
        int nc = candidates.size();
        double[] means = new double[nc];
        MeanEstimate[] estimates = new MeanEstimate[nc];
        double[][] scores = new double[nc][folds];
        double[] fitSeconds = new double[nc];
        double[] scoreSeconds = new double[nc];
        String[] errors = new String[nc];
        for (int c = 0; c < nc; c++) {
            errors[c] = "";
            for (int f = 0; f < folds; f++) {
                FoldResult r = tasks.get(c * folds + f);
                fitSeconds[c] += r.fitSeconds() / folds;
                scoreSeconds[c] += (r.predictSeconds() + r.scoreSeconds()) / folds;
                if (r.succeeded()) {
                    scores[c][f] = r.score(name);
                } else {
                    scores[c][f] = lower ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
                    if (errors[c].isEmpty()) {
                        errors[c] = "fold " + f + ": " + r.errorClass() + ": " + r.errorMessage();
                    }
                }
            }
            estimates[c] = estimate(scores[c], tasks.get(c * folds), name, errors[c].isEmpty());
            means[c] = estimates[c] != null ? estimates[c].mean() : plainMean(scores[c]);
        }
        int[] ranks = ranks(means, lower);
        int best = 0;
        while (ranks[best] != 1) {
            best++;
        }
        List<CandidateResult> rows = new ArrayList<>(nc);
        for (int c = 0; c < nc; c++) {
            rows.add(new CandidateResult(c, candidates.get(c), regressors.get(c), scores[c], estimates[c], means[c],
                ranks[c], fitSeconds[c], scoreSeconds[c], errors[c]));
        }
        SearchResults results = new SearchResults(name, lower, rows, best);
        if (!rows.get(best).error().isEmpty()) {
            throw new IllegalStateException("every candidate failed; the first: " + rows.get(best).error());
        }
        ProbaModel bestModel = null;
        double refitSeconds = 0.0;
        if (s.refit) {
            long t0 = System.nanoTime();
            bestModel = regressors.get(best).fit(x, y);
            refitSeconds = (System.nanoTime() - t0) * 1e-9;
        }
        return new SearchModel(owner, p, results, bestModel, refitSeconds);
    }

    /** Across folds for K &ge; 2 finite scores; the single fold's own estimate for K = 1; else null. */
    private static MeanEstimate estimate(double[] scores, FoldResult first, String name, boolean ok) {
        if (!ok) {
            return null;
        }
        for (double v : scores) {
            if (!Double.isFinite(v)) {
                return null;
            }
        }
        if (scores.length >= 2) {
            return MeanEstimate.of(scores);
        }
        try {
            return first.estimate(name);
        } catch (IllegalStateException e) {
            return null;
        }
    }

    private static double plainMean(double[] v) {
        double s = 0.0;
        for (double d : v) {
            s += d;
        }
        return s / v.length;
    }

    /**
     * @return 1 + the number of strictly better means (sklearn's {@code rankdata(method="min")});
     *     NaN counts as the worst
     */
    static int[] ranks(double[] means, boolean lowerIsBetter) {
        int n = means.length;
        double[] key = new double[n];
        for (int i = 0; i < n; i++) {
            double k = lowerIsBetter ? means[i] : -means[i];
            key[i] = Double.isNaN(k) ? Double.POSITIVE_INFINITY : k;
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int better = 0;
            for (int j = 0; j < n; j++) {
                if (key[j] < key[i]) {
                    better++;
                }
            }
            out[i] = better + 1;
        }
        return out;
    }
}
