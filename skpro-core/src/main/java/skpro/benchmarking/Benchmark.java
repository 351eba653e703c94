package skpro.benchmarking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import skpro.datasets.Dataset;
import skpro.metrics.ScoringRule;
import skpro.modelselection.ErrorPolicy;
import skpro.modelselection.Evaluation;
import skpro.modelselection.EvaluationResult;
import skpro.modelselection.FoldResult;
import skpro.modelselection.Splitter;
import skpro.regression.ProbaRegressor;

/**
 * Runs estimators x data sets x metrics (skpro v1's benchmark): every named estimator is
 * evaluated on every data set with the same {@link Splitter} ({@link Evaluation}, failures
 * recorded per fold), and the per-row test losses become a {@link BenchmarkResults}, from which
 * {@link ComparisonTable} computes means, standard errors, ranks, paired tests and the predictive
 * independence verdict.
 *
 * <p>Pairing: all estimators of a data set see the same splits, so their pooled losses are paired
 * row by row. An estimator with a failed fold on a data set gets no cell there ({@code n/a} in
 * the table) rather than losses over fewer rows, and so does a metric whose loss is not finite on
 * some row (the log loss of a point mass); each such failure is kept in {@link Run#failures()}
 * and reported to the progress listener. Estimators marked uninformed (baselines that ignore X,
 * such as {@code DummyProbaRegressor}) are the reference of the independence verdict.
 *
 * <p>One splitter serves every data set unless {@link #withSplits} gives a data set its own
 * (published splits).
 *
 * <p>An immutable value: {@link #of} then {@code with...} copies. Results do not depend on the
 * number of threads (folds run in parallel within one evaluation; {@link Evaluation} stores
 * results by fold).
 */
public final class Benchmark {

    /** One named estimator of the benchmark. */
    private record Entry(String name, ProbaRegressor regressor, boolean uninformed) {
    }

    /**
     * The outcome of {@link #run}: the results for the table, and the failures.
     *
     * @param results the per-row losses and times of every cell that succeeded
     * @param failures one line per (estimator, data set) with a failed fold (names, the number of
     *     failed folds and the first error) and per (estimator, data set, metric) whose loss is
     *     not finite
     */
    public record Run(BenchmarkResults results, List<String> failures) {
        /** Copies the list. */
        public Run {
            failures = List.copyOf(failures);
        }
    }

    private final Splitter splitter;
    private final Map<String, Splitter> splitsByDataSet;
    private final List<ScoringRule> metrics;
    private final List<Entry> entries;
    private final int threads;
    private final Consumer<String> progress;

    private Benchmark(Splitter splitter, Map<String, Splitter> splitsByDataSet, List<ScoringRule> metrics,
        List<Entry> entries, int threads, Consumer<String> progress) {
        this.splitter = splitter;
        this.splitsByDataSet = splitsByDataSet;
        this.metrics = metrics;
        this.entries = entries;
        this.threads = threads;
        this.progress = progress;
    }

    /**
     * @param splitter the splits used on every data set
     * @param metrics the scoring rules, at least one, distinct names
     * @return a benchmark without estimators yet, one thread, no progress output
     * @throws IllegalArgumentException if the splitter is null, no metric is given, a metric is
     *     null or two share a name
     */
    public static Benchmark of(Splitter splitter, ScoringRule... metrics) {
        if (splitter == null) {
            throw new IllegalArgumentException("splitter must not be null");
        }
        if (metrics == null || metrics.length == 0) {
            throw new IllegalArgumentException("metrics must name at least one scoring rule");
        }
        Set<String> names = new LinkedHashSet<>();
        for (int m = 0; m < metrics.length; m++) {
            if (metrics[m] == null) {
                throw new IllegalArgumentException("metrics[" + m + "] must not be null");
            }
            if (!names.add(metrics[m].name())) {
                throw new IllegalArgumentException("metrics: '" + metrics[m].name() + "' is given twice");
            }
        }
        return new Benchmark(splitter, Map.of(), List.of(metrics), List.of(), 1, s -> { });
    }

    /**
     * @param name the estimator's name in the table, non-blank and unique
     * @param regressor the estimator, which uses X
     * @return a copy with it added
     * @throws IllegalArgumentException if the name is blank or taken, or the regressor is null
     */
    public Benchmark withEstimator(String name, ProbaRegressor regressor) {
        return with(name, regressor, false);
    }

    /**
     * @param name the baseline's name in the table, non-blank and unique
     * @param regressor an uninformed baseline: it ignores X (such as {@code DummyProbaRegressor})
     * @return a copy with it added
     * @throws IllegalArgumentException if the name is blank or taken, or the regressor is null
     */
    public Benchmark withBaseline(String name, ProbaRegressor regressor) {
        return with(name, regressor, true);
    }

    private Benchmark with(String name, ProbaRegressor regressor, boolean uninformed) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("estimator name must not be blank, got '" + name + "'");
        }
        if (regressor == null) {
            throw new IllegalArgumentException("regressor '" + name + "' must not be null");
        }
        for (Entry e : entries) {
            if (e.name.equals(name)) {
                throw new IllegalArgumentException("estimator name '" + name + "' is used twice");
            }
        }
        List<Entry> copy = new ArrayList<>(entries);
        copy.add(new Entry(name, regressor, uninformed));
        return new Benchmark(splitter, splitsByDataSet, metrics, List.copyOf(copy), threads, progress);
    }

    /**
     * The splits of one data set, instead of the common splitter: for example the published
     * train/test splits of a UCI data set ({@code PredefinedSplits}).
     *
     * @param dataSet the data set's name
     * @param splits its splits
     * @return a copy using them on that data set
     * @throws IllegalArgumentException if the name is blank or the splitter null
     */
    public Benchmark withSplits(String dataSet, Splitter splits) {
        if (dataSet == null || dataSet.isBlank()) {
            throw new IllegalArgumentException("dataSet must name a data set, got '" + dataSet + "'");
        }
        if (splits == null) {
            throw new IllegalArgumentException("splits of '" + dataSet + "' must not be null");
        }
        Map<String, Splitter> copy = new LinkedHashMap<>(splitsByDataSet);
        copy.put(dataSet, splits);
        return new Benchmark(splitter, Map.copyOf(copy), metrics, entries, threads, progress);
    }

    /**
     * @param newThreads the most folds evaluated at once, &ge; 1
     * @return a copy with that bound
     * @throws IllegalArgumentException if it is below 1
     */
    public Benchmark withThreads(int newThreads) {
        if (newThreads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + newThreads);
        }
        return new Benchmark(splitter, splitsByDataSet, metrics, entries, newThreads, progress);
    }

    /**
     * @param listener receives one line per finished (estimator, data set) and per failure, for
     *     example to print on stderr
     * @return a copy reporting to it
     * @throws IllegalArgumentException if it is null
     */
    public Benchmark withProgress(Consumer<String> listener) {
        if (listener == null) {
            throw new IllegalArgumentException("progress listener must not be null");
        }
        return new Benchmark(splitter, splitsByDataSet, metrics, entries, threads, listener);
    }

    /** @return the estimators' names, in the order added */
    public List<String> estimatorNames() {
        List<String> out = new ArrayList<>();
        for (Entry e : entries) {
            out.add(e.name);
        }
        return out;
    }

    /**
     * Evaluates every estimator on every data set.
     *
     * @param dataSets the data sets, at least one, distinct names
     * @return the results and the failures
     * @throws IllegalArgumentException if no estimator was added, no data set is given, a data
     *     set is null or two share a name
     */
    public Run run(List<Dataset> dataSets) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("the benchmark has no estimators: add some with withEstimator");
        }
        if (dataSets == null || dataSets.isEmpty()) {
            throw new IllegalArgumentException("dataSets must hold at least one data set");
        }
        Set<String> names = new LinkedHashSet<>();
        for (int d = 0; d < dataSets.size(); d++) {
            if (dataSets.get(d) == null) {
                throw new IllegalArgumentException("dataSets[" + d + "] must not be null");
            }
            if (!names.add(dataSets.get(d).name())) {
                throw new IllegalArgumentException("dataSets: '" + dataSets.get(d).name() + "' is given twice");
            }
        }
        BenchmarkResults.Builder b = BenchmarkResults.builder();
        for (ScoringRule m : metrics) {
            b.metric(m);
        }
        for (Entry e : entries) {
            b.estimator(e.name, e.uninformed);
        }
        Evaluation evaluation = Evaluation.of().withThreads(threads).withErrorPolicy(ErrorPolicy.RECORD);
        ScoringRule[] rules = metrics.toArray(new ScoringRule[0]);
        List<String> failures = new ArrayList<>();
        for (Dataset data : dataSets) {
            double[][] x = data.x();
            double[] y = data.y();
            Splitter splits = splitsByDataSet.getOrDefault(data.name(), splitter);
            int[] rows = null;
            for (Entry e : entries) {
                EvaluationResult r = evaluation.run(e.regressor, splits, x, y, rules);
                if (r.numFailed() > 0) {
                    String line = e.name + " on " + data.name() + ": " + r.numFailed() + " of " + r.folds().size()
                        + " folds failed, first: " + firstError(r);
                    failures.add(line);
                    progress.accept("failed  " + line);
                    continue;
                }
                if (rows == null) {
                    rows = r.pooledRows();
                } else if (!Arrays.equals(rows, r.pooledRows())) {
                    throw new IllegalStateException("the splitter gave " + e.name + " other test rows than the "
                        + "estimators before it on " + data.name() + ": it must split alike on every call");
                }
                for (ScoringRule m : metrics) {
                    double[] losses = r.pooledLosses(m.name());
                    int bad = firstNonFinite(losses);
                    if (bad >= 0) {
                        // e.g. the log loss of a point mass: the cell stays n/a, with the reason
                        String line = e.name + " on " + data.name() + ": " + m.name() + " is " + losses[bad]
                            + " on row " + r.pooledRows()[bad] + " (and maybe others), so it has no mean";
                        failures.add(line);
                        progress.accept("failed  " + line);
                        continue;
                    }
                    b.losses(e.name, data.name(), m.name(), losses);
                }
                double fit = 0.0;
                double predict = 0.0;
                for (FoldResult f : r.folds()) {
                    fit += f.fitSeconds();
                    predict += f.predictSeconds();
                }
                b.times(e.name, data.name(), fit, predict);
                progress.accept(String.format(Locale.ROOT, "done    %s on %s (%d rows, fit %.2f s)", e.name,
                    data.name(), y.length, fit));
            }
        }
        return new Run(b.build(), failures);
    }

    private static int firstNonFinite(double[] a) {
        for (int i = 0; i < a.length; i++) {
            if (!Double.isFinite(a[i])) {
                return i;
            }
        }
        return -1;
    }

    private static String firstError(EvaluationResult r) {
        for (FoldResult f : r.folds()) {
            if (!f.succeeded()) {
                return f.errorClass() + ": " + f.errorMessage();
            }
        }
        return "";
    }
}
