package skpro.modelselection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;

import skpro.metrics.ScoringRule;
import skpro.regression.Params;
import skpro.regression.ProbaRegressor;

/**
 * Randomized search over parameter distributions with cross-validation (sklearn's
 * {@code RandomizedSearchCV}): {@code nIter} candidates drawn from the distributions, then
 * scored, ranked and refitted exactly as {@link GridSearchCV} does.
 *
 * <p>Sampling: one {@code new SplittableRandom(seed)}; candidate i draws one value of every
 * parameter, in the order of the sorted names, from its {@link ParamDistribution}. Draws are
 * independent (with replacement), also when every distribution is a list, where sklearn samples
 * the grid without replacement. The same seed gives the same candidates.
 *
 * <p>Parameters: {@code estimator}, {@code paramDistributions} (name to
 * {@link ParamDistribution}; a {@link List} given here means {@link ParamDistribution#choice}),
 * {@code nIter} (&ge; 1, default 10), {@code seed} (default 0), and {@code cv}, {@code scoring},
 * {@code refit}, {@code threads}, {@code errorPolicy} as {@link GridSearchCV}.
 */
public final class RandomizedSearchCV implements ProbaRegressor {

    private final ProbaRegressor estimator;
    private final Map<String, ParamDistribution> paramDistributions;
    private final int nIter;
    private final long seed;
    private final SearchSettings settings;
    private final List<Map<String, Object>> candidates;
    private final List<ProbaRegressor> regressors;

    private RandomizedSearchCV(ProbaRegressor estimator, Map<String, ParamDistribution> paramDistributions, int nIter,
        long seed, SearchSettings settings) {
        this.estimator = estimator;
        this.paramDistributions = paramDistributions;
        this.nIter = Splits.atLeast("nIter", nIter, 1);
        if (nIter > GridSearchCV.MAX_CANDIDATES) {
            throw new IllegalArgumentException("nIter must be <= " + GridSearchCV.MAX_CANDIDATES + ", got " + nIter);
        }
        this.seed = seed;
        this.settings = settings;
        this.candidates = sample(paramDistributions, nIter, seed);
        this.regressors = Search.build(estimator, candidates);
    }

    /**
     * @param estimator the estimator to tune
     * @param paramDistributions parameter name to a {@link ParamDistribution} or a {@link List}
     *     of values
     * @param nIter the number of candidates, &ge; 1
     * @param seed the seed of the draws
     * @return the search with {@link GridSearchCV}'s defaults (5-fold, CRPS, refit, one thread)
     * @throws IllegalArgumentException if an argument is null, a value is neither a distribution
     *     nor a non-empty list, nIter &lt; 1, or a candidate is rejected by the estimator
     */
    public static RandomizedSearchCV of(ProbaRegressor estimator, Map<String, ?> paramDistributions, int nIter,
        long seed) {
        return new RandomizedSearchCV(estimator, copy(paramDistributions), nIter, seed, SearchSettings.DEFAULTS);
    }

    private static Map<String, ParamDistribution> copy(Map<?, ?> distributions) {
        if (distributions == null) {
            throw new IllegalArgumentException("paramDistributions must not be null");
        }
        Map<String, ParamDistribution> sorted = new TreeMap<>();
        for (Map.Entry<?, ?> e : distributions.entrySet()) {
            if (!(e.getKey() instanceof String name)) {
                throw new IllegalArgumentException("paramDistributions has the key " + e.getKey()
                    + "; parameter names are Strings");
            }
            Object v = e.getValue();
            if (v instanceof ParamDistribution d) {
                sorted.put(name, d);
            } else if (v instanceof List<?> list && !list.isEmpty()) {
                sorted.put(name, ParamDistribution.choice(list));
            } else {
                throw new IllegalArgumentException("paramDistributions." + name
                    + " must be a ParamDistribution or a non-empty List, got " + v);
            }
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
    }

    private static List<Map<String, Object>> sample(Map<String, ParamDistribution> distributions, int nIter, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Map<String, Object>> out = new ArrayList<>(nIter);
        for (int i = 0; i < nIter; i++) {
            Map<String, Object> one = new LinkedHashMap<>();
            for (Map.Entry<String, ParamDistribution> e : distributions.entrySet()) {
                one.put(e.getKey(), e.getValue().sample(rng));
            }
            out.add(Collections.unmodifiableMap(one));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * @param cv the splitter
     * @return a copy with it
     * @throws IllegalArgumentException if it is null
     */
    public RandomizedSearchCV withCv(Splitter cv) {
        return new RandomizedSearchCV(estimator, paramDistributions, nIter, seed, settings.withCv(cv));
    }

    /**
     * @param scoring the rule that ranks the candidates
     * @return a copy with it
     * @throws IllegalArgumentException if it is null
     */
    public RandomizedSearchCV withScoring(ScoringRule scoring) {
        return new RandomizedSearchCV(estimator, paramDistributions, nIter, seed, settings.withScoring(scoring));
    }

    /**
     * @param refit whether fit refits the best candidate on all data
     * @return a copy with that setting
     */
    public RandomizedSearchCV withRefit(boolean refit) {
        return new RandomizedSearchCV(estimator, paramDistributions, nIter, seed, settings.withRefit(refit));
    }

    /**
     * @param threads the most (candidate, fold) pairs run at once, &ge; 1
     * @return a copy with that bound
     * @throws IllegalArgumentException if it is below 1
     */
    public RandomizedSearchCV withThreads(int threads) {
        return new RandomizedSearchCV(estimator, paramDistributions, nIter, seed, settings.withThreads(threads));
    }

    /**
     * @param policy raise the first failure, or record it and rank the candidate last
     * @return a copy with that policy
     * @throws IllegalArgumentException if it is null
     */
    public RandomizedSearchCV withErrorPolicy(ErrorPolicy policy) {
        return new RandomizedSearchCV(estimator, paramDistributions, nIter, seed, settings.withErrorPolicy(policy));
    }

    /** @return the sampled candidates' parameters, in search order (unmodifiable) */
    public List<Map<String, Object>> candidates() {
        return candidates;
    }

    /**
     * @throws IllegalArgumentException as {@link GridSearchCV#fit}
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
        p.put("paramDistributions", paramDistributions);
        p.put("nIter", nIter);
        p.put("seed", seed);
        settings.addTo(p);
        return Collections.unmodifiableMap(p);
    }

    /**
     * @throws IllegalArgumentException as {@link ProbaRegressor#withParams}; {@code scoring}
     *     takes any {@link ScoringRule} and {@code paramDistributions} a map as {@link #of}
     */
    @Override
    public RandomizedSearchCV withParams(Map<String, ?> changes) {
        if (changes == null) {
            throw new IllegalArgumentException("changes must not be null");
        }
        Map<String, Object> rest = new LinkedHashMap<>(changes);
        Object dists = SearchSettings.takeSpecial(rest, "paramDistributions");
        Map<String, Object> p = Params.merge("RandomizedSearchCV", params(), SearchSettings.withoutScoring(rest));
        Map<String, ParamDistribution> newDists = dists == null ? paramDistributions
            : copy(dists instanceof Map<?, ?> m ? m : null);
        return new RandomizedSearchCV((ProbaRegressor) p.get("estimator"), newDists, Params.getInt(p, "nIter"),
            Params.getLong(p, "seed"), SearchSettings.from(p, changes, settings));
    }

    /** Value equality: equal estimator, distributions, nIter, seed and settings. */
    @Override
    public boolean equals(Object o) {
        return o instanceof RandomizedSearchCV r && r.estimator.equals(estimator)
            && r.paramDistributions.equals(paramDistributions) && r.nIter == nIter && r.seed == seed
            && r.settings.equals(settings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(RandomizedSearchCV.class, estimator, paramDistributions, nIter, seed, settings);
    }

    @Override
    public String toString() {
        return "RandomizedSearchCV(estimator=" + estimator + ", paramDistributions=" + paramDistributions + ", nIter="
            + nIter + ", seed=" + seed + ", " + settings + ")";
    }
}
