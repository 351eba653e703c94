package skpro.modelselection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import skpro.metrics.ScoringRule;
import skpro.regression.Params;
import skpro.regression.ProbaRegressor;

/**
 * Exhaustive search over parameter grids with cross-validation (skpro's and sklearn's
 * {@code GridSearchCV}); itself a {@link ProbaRegressor}, so it can be evaluated, nested in
 * another search or put in a pipeline.
 *
 * <p>Candidates: for each grid (a map from parameter name, nested {@code outer__inner} allowed,
 * to the values to try), every combination of values, in sklearn's {@code ParameterGrid} order
 * (names sorted, the last name varying fastest); grids follow one another. Candidate c is
 * {@code estimator.withParams(candidate c)}, built when the search is constructed, so an unknown
 * name or invalid value fails at once, naming it.
 *
 * <p>Fit on (X, y): every candidate is fitted and scored on every split of {@code cv} (default
 * {@code KFold.of(5)}) with the {@code scoring} rule (default {@link skpro.metrics.CRPS}); a
 * fold's score is the mean loss over its test rows, a candidate's score the mean over folds
 * ({@link CandidateResult}). The best candidate has the lowest mean when the rule's
 * {@link ScoringRule#lowerIsBetter()}, else the highest; ties go to the first. With refit
 * (default) it is then fitted on all of X, and the returned {@link SearchModel} predicts with
 * it. The (candidate, fold) pairs run on at most {@code threads} threads (default 1); results
 * are identical for any number of threads.
 *
 * <p>Parameters: {@code estimator}, {@code paramGrid} (a list of grids), {@code cv},
 * {@code scoring}, {@code refit}, {@code threads}, {@code errorPolicy} (default
 * {@link ErrorPolicy#RAISE}; with {@link ErrorPolicy#RECORD} a failing candidate ranks last).
 */
public final class GridSearchCV implements ProbaRegressor {

    /** The most candidates a search accepts. */
    static final int MAX_CANDIDATES = 1_000_000;

    private final ProbaRegressor estimator;
    private final List<Map<String, List<Object>>> paramGrid;
    private final SearchSettings settings;
    private final List<Map<String, Object>> candidates;
    private final List<ProbaRegressor> regressors;

    private GridSearchCV(ProbaRegressor estimator, List<Map<String, List<Object>>> paramGrid, SearchSettings settings) {
        this.estimator = estimator;
        this.paramGrid = paramGrid;
        this.settings = settings;
        this.candidates = expand(paramGrid);
        this.regressors = Search.build(estimator, candidates);
    }

    /**
     * @param estimator the estimator to tune
     * @param paramGrid parameter name to the values to try (an empty map: the estimator as is)
     * @return the search with the defaults (5-fold, CRPS, refit, one thread)
     * @throws IllegalArgumentException if an argument is null, a value list is empty, or a
     *     candidate is rejected by {@code estimator.withParams} (naming the candidate)
     */
    public static GridSearchCV of(ProbaRegressor estimator, Map<String, ? extends List<?>> paramGrid) {
        if (paramGrid == null) {
            throw new IllegalArgumentException("paramGrid must not be null");
        }
        return of(estimator, List.of(paramGrid));
    }

    /**
     * @param estimator the estimator to tune
     * @param paramGrids several grids, searched one after the other (sklearn's list of dicts)
     * @return the search with the defaults
     * @throws IllegalArgumentException as {@link #of(ProbaRegressor, Map)}, or if the list is
     *     empty or holds more than a million candidates
     */
    public static GridSearchCV of(ProbaRegressor estimator, List<? extends Map<String, ? extends List<?>>> paramGrids) {
        return new GridSearchCV(estimator, copyGrids(paramGrids), SearchSettings.DEFAULTS);
    }

    private static List<Map<String, List<Object>>> copyGrids(List<?> grids) {
        if (grids == null || grids.isEmpty()) {
            throw new IllegalArgumentException("paramGrid must hold at least one grid");
        }
        List<Map<String, List<Object>>> out = new ArrayList<>(grids.size());
        for (int g = 0; g < grids.size(); g++) {
            if (!(grids.get(g) instanceof Map<?, ?> grid)) {
                throw new IllegalArgumentException("paramGrid[" + g + "] must be a Map, got " + grids.get(g));
            }
            Map<String, List<Object>> copy = new TreeMap<>();
            for (Map.Entry<?, ?> e : grid.entrySet()) {
                if (!(e.getKey() instanceof String name)) {
                    throw new IllegalArgumentException("paramGrid[" + g + "] has the key " + e.getKey()
                        + "; parameter names are Strings");
                }
                if (!(e.getValue() instanceof List<?> values) || values.isEmpty()) {
                    throw new IllegalArgumentException("paramGrid[" + g + "]." + name
                        + " must be a non-empty List of values, got " + e.getValue());
                }
                copy.put(name, Collections.unmodifiableList(new ArrayList<>(values)));
            }
            out.add(Collections.unmodifiableMap(new LinkedHashMap<>(copy)));
        }
        return Collections.unmodifiableList(out);
    }

    /** Every combination of every grid: names sorted, the last varying fastest. */
    private static List<Map<String, Object>> expand(List<Map<String, List<Object>>> grids) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, List<Object>> grid : grids) {
            List<String> names = new ArrayList<>(grid.keySet());
            long total = 1;
            for (String name : names) {
                total *= grid.get(name).size();
                if (total + out.size() > MAX_CANDIDATES) {
                    throw new IllegalArgumentException("paramGrid has more than " + MAX_CANDIDATES + " candidates");
                }
            }
            for (long c = 0; c < total; c++) {
                Object[] values = new Object[names.size()];
                long rest = c;
                for (int k = names.size() - 1; k >= 0; k--) {
                    List<Object> v = grid.get(names.get(k));
                    values[k] = v.get((int) (rest % v.size()));
                    rest /= v.size();
                }
                Map<String, Object> one = new LinkedHashMap<>();
                for (int k = 0; k < names.size(); k++) {
                    one.put(names.get(k), values[k]);
                }
                out.add(Collections.unmodifiableMap(one));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * @param cv the splitter
     * @return a copy with it
     * @throws IllegalArgumentException if it is null
     */
    public GridSearchCV withCv(Splitter cv) {
        return new GridSearchCV(estimator, paramGrid, settings.withCv(cv));
    }

    /**
     * @param scoring the rule that ranks the candidates
     * @return a copy with it
     * @throws IllegalArgumentException if it is null
     */
    public GridSearchCV withScoring(ScoringRule scoring) {
        return new GridSearchCV(estimator, paramGrid, settings.withScoring(scoring));
    }

    /**
     * @param refit whether fit refits the best candidate on all data
     * @return a copy with that setting
     */
    public GridSearchCV withRefit(boolean refit) {
        return new GridSearchCV(estimator, paramGrid, settings.withRefit(refit));
    }

    /**
     * @param threads the most (candidate, fold) pairs run at once, &ge; 1
     * @return a copy with that bound
     * @throws IllegalArgumentException if it is below 1
     */
    public GridSearchCV withThreads(int threads) {
        return new GridSearchCV(estimator, paramGrid, settings.withThreads(threads));
    }

    /**
     * @param policy raise the first failure, or record it and rank the candidate last
     * @return a copy with that policy
     * @throws IllegalArgumentException if it is null
     */
    public GridSearchCV withErrorPolicy(ErrorPolicy policy) {
        return new GridSearchCV(estimator, paramGrid, settings.withErrorPolicy(policy));
    }

    /** @return the candidates' parameters, in search order (unmodifiable) */
    public List<Map<String, Object>> candidates() {
        return candidates;
    }

    /** @return the estimator being tuned */
    public ProbaRegressor estimator() {
        return estimator;
    }

    /**
     * @throws IllegalArgumentException if X or y is invalid, the splitter rejects n, or (under
     *     {@link ErrorPolicy#RAISE}) a candidate fails on a fold
     * @throws IllegalStateException if every candidate failed under {@link ErrorPolicy#RECORD}
     */
    @Override
    public SearchModel fit(double[][] x, double[] y) {
        return Search.fit(this, candidates, regressors, settings, x, y);
    }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("estimator", estimator);
        p.put("paramGrid", paramGrid);
        settings.addTo(p);
        return Collections.unmodifiableMap(p);
    }

    /**
     * @throws IllegalArgumentException as {@link ProbaRegressor#withParams}; {@code scoring}
     *     takes any {@link ScoringRule} and {@code paramGrid} a list of grids
     */
    @Override
    public GridSearchCV withParams(Map<String, ?> changes) {
        if (changes == null) {
            throw new IllegalArgumentException("changes must not be null");
        }
        Map<String, Object> rest = new LinkedHashMap<>(changes);
        Object grid = SearchSettings.takeSpecial(rest, "paramGrid");
        Map<String, Object> p = Params.merge("GridSearchCV", params(), SearchSettings.withoutScoring(rest));
        List<Map<String, List<Object>>> newGrid = grid == null ? paramGrid
            : copyGrids(grid instanceof Map<?, ?> one ? List.of(one) : grid instanceof List<?> list ? list : null);
        return new GridSearchCV((ProbaRegressor) p.get("estimator"), newGrid, SearchSettings.from(p, changes, settings));
    }

    /** Value equality: equal estimator, grids and settings. */
    @Override
    public boolean equals(Object o) {
        return o instanceof GridSearchCV g && g.estimator.equals(estimator) && g.paramGrid.equals(paramGrid)
            && g.settings.equals(settings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(GridSearchCV.class, estimator, paramGrid, settings);
    }

    @Override
    public String toString() {
        return "GridSearchCV(estimator=" + estimator + ", paramGrid=" + paramGrid + ", " + settings + ")";
    }
}
