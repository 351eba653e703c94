package skpro.modelselection;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import skpro.metrics.CRPS;
import skpro.metrics.ScoringRule;

/**
 * The settings {@link GridSearchCV} and {@link RandomizedSearchCV} share: cross-validation,
 * scoring rule, refit, thread bound and error policy, with their part of {@code params()} and
 * {@code withParams}.
 */
final class SearchSettings {

    static final SearchSettings DEFAULTS = new SearchSettings(KFold.of(5), CRPS.of(), true, 1, ErrorPolicy.RAISE);

    final Splitter cv;
    final ScoringRule scoring;
    final boolean refit;
    final int threads;
    final ErrorPolicy errorPolicy;

    SearchSettings(Splitter cv, ScoringRule scoring, boolean refit, int threads, ErrorPolicy errorPolicy) {
        if (cv == null) {
            throw new IllegalArgumentException("cv must not be null");
        }
        if (scoring == null) {
            throw new IllegalArgumentException("scoring must not be null");
        }
        if (errorPolicy == null) {
            throw new IllegalArgumentException("errorPolicy must not be null");
        }
        this.cv = cv;
        this.scoring = scoring;
        this.refit = refit;
        this.threads = Splits.atLeast("threads", threads, 1);
        this.errorPolicy = errorPolicy;
    }

    /** Appends cv, scoring, refit, threads and errorPolicy to a search's parameters. */
    void addTo(Map<String, Object> params) {
        params.put("cv", cv);
        params.put("scoring", scoring);
        params.put("refit", refit);
        params.put("threads", threads);
        params.put("errorPolicy", errorPolicy);
    }

    /**
     * Removes from {@code changes} the entries {@link skpro.regression.Params#merge} cannot
     * coerce (any {@link ScoringRule} for {@code scoring}, and {@code special}, whose value it
     * returns unchecked, or null when absent).
     */
    static Object takeSpecial(Map<String, Object> changes, String special) {
        Object scoring = changes.get("scoring");
        if (changes.containsKey("scoring") && !(scoring instanceof ScoringRule)) {
            throw new IllegalArgumentException("parameter 'scoring' must be a ScoringRule, got " + scoring);
        }
        return changes.remove(special);
    }

    /** @return the settings of a merged parameter map, taking {@code scoring} from the changes when given */
    static SearchSettings from(Map<String, Object> merged, Map<String, ?> changes, SearchSettings current) {
        ScoringRule scoring = changes.containsKey("scoring") ? (ScoringRule) changes.get("scoring") : current.scoring;
        return new SearchSettings((Splitter) merged.get("cv"), scoring, (Boolean) merged.get("refit"),
            ((Number) merged.get("threads")).intValue(), (ErrorPolicy) merged.get("errorPolicy"));
    }

    /** @return a copy of the changes without scoring, for {@code Params.merge} */
    static Map<String, Object> withoutScoring(Map<String, Object> changes) {
        Map<String, Object> out = new LinkedHashMap<>(changes);
        out.remove("scoring");
        return out;
    }

    SearchSettings withCv(Splitter newCv) {
        return new SearchSettings(newCv, scoring, refit, threads, errorPolicy);
    }

    SearchSettings withScoring(ScoringRule newScoring) {
        return new SearchSettings(cv, newScoring, refit, threads, errorPolicy);
    }

    SearchSettings withRefit(boolean newRefit) {
        return new SearchSettings(cv, scoring, newRefit, threads, errorPolicy);
    }

    SearchSettings withThreads(int newThreads) {
        return new SearchSettings(cv, scoring, refit, newThreads, errorPolicy);
    }

    SearchSettings withErrorPolicy(ErrorPolicy newPolicy) {
        return new SearchSettings(cv, scoring, refit, threads, newPolicy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SearchSettings s && s.cv.equals(cv) && s.scoring.equals(scoring) && s.refit == refit
            && s.threads == threads && s.errorPolicy == errorPolicy;
    }

    @Override
    public int hashCode() {
        return Objects.hash(cv, scoring, refit, threads, errorPolicy);
    }

    @Override
    public String toString() {
        return "cv=" + cv + ", scoring=" + scoring + ", refit=" + refit + ", threads=" + threads + ", errorPolicy="
            + errorPolicy;
    }
}
