package skpro.modelselection;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import skpro.metrics.ScoringRule;
import skpro.regression.ProbaRegressor;
import skpro.regression.internal.DataChecks;
import skpro.regression.internal.Parallel;

/**
 * Cross-validated evaluation of a probabilistic regressor (skpro's {@code evaluate}), keeping the
 * per-row losses: for every split of the {@link Splitter}, fit on the training rows, call
 * {@code predictProba} once on the test rows, and score that one distribution with every metric
 * ({@link FoldResult}). Interval metrics are {@link ScoringRule}s too, so they are scored on the
 * same distribution.
 *
 * <p>Options (an immutable value; {@link #of()} gives the defaults): the number of threads
 * (default 1) over which folds run on a bounded pool, and the {@link ErrorPolicy} (default
 * {@link ErrorPolicy#RAISE}). Results are stored by fold index and no random generator is shared,
 * so they are identical for any number of threads (wall times apart).
 *
 * <pre>
 * EvaluationResult r = Evaluation.evaluate(ResidualDouble.of(Ridge.of(1.0)), KFold.of(5), x, y,
 *     CRPS.of(), LogLoss.of());
 * r.pooledEstimate("CRPS");   // mean CRPS over all rows with its standard error
 * </pre>
 */
public final class Evaluation {

    private final int threads;
    private final ErrorPolicy errorPolicy;

    private Evaluation(int threads, ErrorPolicy errorPolicy) {
        this.threads = Splits.atLeast("threads", threads, 1);
        if (errorPolicy == null) {
            throw new IllegalArgumentException("errorPolicy must not be null");
        }
        this.errorPolicy = errorPolicy;
    }

    /** @return the default options: one thread, failures raised */
    public static Evaluation of() {
        return new Evaluation(1, ErrorPolicy.RAISE);
    }

    /**
     * @param newThreads the most folds run at once, &ge; 1
     * @return a copy with that bound
     * @throws IllegalArgumentException if it is below 1
     */
    public Evaluation withThreads(int newThreads) {
        return new Evaluation(newThreads, errorPolicy);
    }

    /**
     * @param policy raise the first failure, or record failures per fold
     * @return a copy with that policy
     * @throws IllegalArgumentException if it is null
     */
    public Evaluation withErrorPolicy(ErrorPolicy policy) {
        return new Evaluation(threads, policy);
    }

    /** @return the thread bound */
    public int threads() {
        return threads;
    }

    /** @return the error policy */
    public ErrorPolicy errorPolicy() {
        return errorPolicy;
    }

    /**
     * {@link #run} with the default options.
     *
     * @param regressor the estimator
     * @param splitter the splits
     * @param x n x p features
     * @param y n targets
     * @param metrics at least one rule, distinct names
     * @return the per-fold and pooled results
     * @throws IllegalArgumentException as {@link #run}
     */
    public static EvaluationResult evaluate(ProbaRegressor regressor, Splitter splitter, double[][] x, double[] y,
        ScoringRule... metrics) {
        return of().run(regressor, splitter, x, y, metrics);
    }

    /**
     * Evaluates the regressor on every split.
     *
     * @param regressor the estimator
     * @param splitter the splits of the n rows
     * @param x n x p features, rectangular and finite
     * @param y n finite targets
     * @param metrics at least one rule; rules are told apart by {@link ScoringRule#name()}
     * @return the per-fold and pooled results
     * @throws IllegalArgumentException if an argument is null, X or y is invalid, the splitter
     *     rejects n, no metric is given, or two metrics share a name; under
     *     {@link ErrorPolicy#RAISE}, whatever the failing fold (the lowest-index one) threw
     */
    public EvaluationResult run(ProbaRegressor regressor, Splitter splitter, double[][] x, double[] y,
        ScoringRule... metrics) {
        if (regressor == null) {
            throw new IllegalArgumentException("regressor must not be null");
        }
        if (splitter == null) {
            throw new IllegalArgumentException("splitter must not be null");
        }
        DataChecks.features(x);
        DataChecks.targets(x, y);
        List<ScoringRule> rules = List.copyOf(checkMetrics(metrics));
        List<String> names = names(rules);
        List<Split> splits = splitter.split(y.length);
        List<FoldResult> folds = Parallel.map(splits.size(), threads,
            f -> FoldResult.run(f, regressor, splits.get(f), x, y, rules, names, errorPolicy));
        return new EvaluationResult(regressor.toString(), y.length, names, folds);
    }

    /** @throws IllegalArgumentException if the array is null or empty, has a null or a repeated name */
    static List<ScoringRule> checkMetrics(ScoringRule... metrics) {
        if (metrics == null || metrics.length == 0) {
            throw new IllegalArgumentException("metrics: at least one scoring rule is needed");
        }
        List<ScoringRule> out = new ArrayList<>(metrics.length);
        for (int m = 0; m < metrics.length; m++) {
            if (metrics[m] == null) {
                throw new IllegalArgumentException("metrics[" + m + "] must not be null");
            }
            for (int k = 0; k < m; k++) {
                if (metrics[k].name().equals(metrics[m].name())) {
                    throw new IllegalArgumentException("metrics[" + k + "] and metrics[" + m + "] are both named '"
                        + metrics[m].name() + "'");
                }
            }
            out.add(metrics[m]);
        }
        return out;
    }

    static List<String> names(List<ScoringRule> rules) {
        List<String> names = new ArrayList<>(rules.size());
        for (ScoringRule r : rules) {
            names.add(r.name());
        }
        return List.copyOf(names);
    }

    /** Value equality: equal options. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Evaluation e && e.threads == threads && e.errorPolicy == errorPolicy;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Evaluation.class, threads, errorPolicy);
    }

    @Override
    public String toString() {
        return "Evaluation(threads=" + threads + ", errorPolicy=" + errorPolicy + ")";
    }
}
