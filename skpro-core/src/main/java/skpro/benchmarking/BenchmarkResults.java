package skpro.benchmarking;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import skpro.metrics.ScoringRule;

/**
 * The raw outcome of a benchmark: for each (estimator, data set, metric) cell the per-row losses
 * of the test rows, from which a {@link ComparisonTable} computes means, standard errors, ranks
 * and paired tests. An immutable value, made by a {@link Builder}, saved and read as JSON
 * ({@link #toJson()}, {@link #fromJson(String)}) and combined with another run by
 * {@link #merge(BenchmarkResults)}.
 *
 * <p>What it holds:
 * <ul>
 * <li>per metric its name and whether lower values are better
 * ({@link ScoringRule#lowerIsBetter()});</li>
 * <li>per estimator its name and whether it is <em>uninformed</em>: a baseline that ignores X
 * (for example {@code DummyProbaRegressor}), against which the predictive independence test of
 * {@link ComparisonTable} compares the estimators that use X;</li>
 * <li>per cell the per-row losses L_1 .. L_n, at least two, all finite. Within one data set the
 * losses of every estimator and every metric are <b>aligned row by row</b>: row i is the same
 * test row everywhere (as the pooled test rows of one splitter are), so they have one common
 * length n, which is checked; the alignment itself is the caller's promise, since paired tests
 * rely on it;</li>
 * <li>optionally per (estimator, data set) the fit and predict times in seconds.</li>
 * </ul>
 * A cell may be absent (an estimator that failed on a data set, a metric it cannot be scored by).
 * Names are non-blank strings; estimators, data sets and metrics keep the order in which they were
 * first declared or used.
 */
public final class BenchmarkResults {

    /** The key of one cell. */
    record Cell(String estimator, String dataSet, String metric) {
        @Override
        public String toString() {
            return "(" + estimator + ", " + dataSet + ", " + metric + ")";
        }
    }

    /** The key of one (estimator, data set) pair, for times. */
    record Run(String estimator, String dataSet) {
        @Override
        public String toString() {
            return "(" + estimator + ", " + dataSet + ")";
        }
    }

    private final Map<String, Boolean> metrics;
    private final Map<String, Boolean> estimators;
    private final Map<String, Integer> dataSets;
    private final Map<Cell, double[]> losses;
    private final Map<Run, double[]> times;

    private BenchmarkResults(Builder b) {
        this.metrics = Collections.unmodifiableMap(new LinkedHashMap<>(b.metrics));
        this.estimators = Collections.unmodifiableMap(new LinkedHashMap<>(b.estimators));
        this.dataSets = Collections.unmodifiableMap(new LinkedHashMap<>(b.dataSets));
        this.losses = Collections.unmodifiableMap(new LinkedHashMap<>(b.losses));
        this.times = Collections.unmodifiableMap(new LinkedHashMap<>(b.times));
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the metrics' names, in order of declaration */
    public List<String> metrics() {
        return List.copyOf(metrics.keySet());
    }

    /** @return the estimators' names, in order of declaration */
    public List<String> estimators() {
        return List.copyOf(estimators.keySet());
    }

    /** @return the data sets' names, in order of first use */
    public List<String> dataSets() {
        return List.copyOf(dataSets.keySet());
    }

    /**
     * @param metric a declared metric
     * @return whether lower values of it are better
     * @throws IllegalArgumentException if the metric is unknown
     */
    public boolean lowerIsBetter(String metric) {
        return known("metric", metrics, metric);
    }

    /**
     * @param estimator a declared estimator
     * @return whether it is an uninformed baseline (ignores X)
     * @throws IllegalArgumentException if the estimator is unknown
     */
    public boolean isUninformed(String estimator) {
        return known("estimator", estimators, estimator);
    }

    /**
     * @param dataSet a data set with losses
     * @return its number of test rows n, common to all its cells
     * @throws IllegalArgumentException if the data set is unknown
     */
    public int rows(String dataSet) {
        return known("data set", dataSets, dataSet);
    }

    /**
     * @param estimator an estimator's name
     * @param dataSet a data set's name
     * @param metric a metric's name
     * @return whether the cell holds losses
     */
    public boolean has(String estimator, String dataSet, String metric) {
        return losses.containsKey(new Cell(estimator, dataSet, metric));
    }

    /**
     * @param estimator an estimator's name
     * @param dataSet a data set's name
     * @param metric a metric's name
     * @return a copy of the cell's per-row losses
     * @throws IllegalArgumentException if the cell holds no losses
     */
    public double[] losses(String estimator, String dataSet, String metric) {
        return cell(new Cell(estimator, dataSet, metric)).clone();
    }

    /** The cell's losses, not copied: for the table, which only reads them. */
    double[] cell(Cell key) {
        double[] l = losses.get(key);
        if (l == null) {
            throw new IllegalArgumentException("no losses for cell " + key);
        }
        return l;
    }

    /**
     * @param estimator an estimator's name
     * @param dataSet a data set's name
     * @return whether fit and predict times were recorded for the pair
     */
    public boolean hasTimes(String estimator, String dataSet) {
        return times.containsKey(new Run(estimator, dataSet));
    }

    /**
     * @param estimator an estimator's name
     * @param dataSet a data set's name
     * @return the recorded fit time in seconds
     * @throws IllegalArgumentException if no times were recorded for the pair
     */
    public double fitSeconds(String estimator, String dataSet) {
        return time(estimator, dataSet)[0];
    }

    /**
     * @param estimator an estimator's name
     * @param dataSet a data set's name
     * @return the recorded predict time in seconds
     * @throws IllegalArgumentException if no times were recorded for the pair
     */
    public double predictSeconds(String estimator, String dataSet) {
        return time(estimator, dataSet)[1];
    }

    private double[] time(String estimator, String dataSet) {
        Run key = new Run(estimator, dataSet);
        double[] t = times.get(key);
        if (t == null) {
            throw new IllegalArgumentException("no times recorded for " + key);
        }
        return t;
    }

    /**
     * Both runs together, as suites that split one benchmark over several jobs need: the metrics,
     * estimators and data sets of this, then the new ones of {@code other}, and the cells and times
     * of both. A cell or a time present in both must be equal in both (a run merged twice changes
     * nothing).
     *
     * @param other another run
     * @return the union
     * @throws IllegalArgumentException if {@code other} is null, a metric's direction or an
     *     estimator's uninformed flag differs between the two, a cell or a time is present in both
     *     with different values (naming it), or a data set's row counts differ
     */
    public BenchmarkResults merge(BenchmarkResults other) {
        if (other == null) {
            throw new IllegalArgumentException("other must not be null");
        }
        Builder b = toBuilder();
        other.metrics.forEach(b::metric);
        other.estimators.forEach(b::estimator);
        other.losses.forEach((key, l) -> {
            double[] mine = losses.get(key);
            if (mine == null) {
                b.losses(key.estimator(), key.dataSet(), key.metric(), l);
            } else if (!Arrays.equals(mine, l)) {
                throw new IllegalArgumentException(
                    "merge: cell " + key + " has different losses in the two results");
            }
        });
        other.times.forEach((key, t) -> {
            double[] mine = times.get(key);
            if (mine == null) {
                b.times(key.estimator(), key.dataSet(), t[0], t[1]);
            } else if (!Arrays.equals(mine, t)) {
                throw new IllegalArgumentException("merge: times of " + key + " differ: "
                    + Arrays.toString(mine) + " and " + Arrays.toString(t));
            }
        });
        return b.build();
    }

    /** @return a builder holding everything in this, to add to */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.metrics.putAll(metrics);
        b.estimators.putAll(estimators);
        b.dataSets.putAll(dataSets);
        b.losses.putAll(losses);
        b.times.putAll(times);
        for (Cell key : losses.keySet()) {
            b.firstCell.putIfAbsent(key.dataSet(), key);
        }
        return b;
    }

    /**
     * The JSON document {@link #fromJson(String)} reads back to an equal value (doubles are written
     * in their shortest exact decimal form):
     * <pre>
     * {"format":"skpro4j.benchmark/1",
     *  "metrics":[{"name":"CRPS","lowerIsBetter":true}],
     *  "estimators":[{"name":"dummy","uninformed":true}, ...],
     *  "cells":[{"estimator":"dummy","dataSet":"diabetes","metric":"CRPS","losses":[0.41, ...]}, ...],
     *  "times":[{"estimator":"dummy","dataSet":"diabetes","fitSeconds":0.01,"predictSeconds":0.002}]}
     * </pre>
     *
     * @return the document, on one line
     */
    public String toJson() {
        return BenchmarkJson.write(metrics, estimators, losses, times);
    }

    /**
     * @param json a document as written by {@link #toJson()}
     * @return the results it describes, validated as the builder validates
     * @throws IllegalArgumentException if {@code json} is null, not valid JSON, not of the format
     *     {@code skpro4j.benchmark/1}, misses a field or has one of the wrong type or an unknown one
     *     (naming its path, e.g. {@code cells[3].losses[7]}), or describes invalid results
     */
    public static BenchmarkResults fromJson(String json) {
        return BenchmarkJson.read(json);
    }

    /** Value equality: the same declarations in the same order, cells and times. */
    @Override
    public boolean equals(Object o) {
        return o instanceof BenchmarkResults r
            && List.copyOf(metrics.entrySet()).equals(List.copyOf(r.metrics.entrySet()))
            && List.copyOf(estimators.entrySet()).equals(List.copyOf(r.estimators.entrySet()))
            && dataSets().equals(r.dataSets())
            && sameArrays(losses, r.losses)
            && sameArrays(times, r.times);
    }

    private static <K> boolean sameArrays(Map<K, double[]> a, Map<K, double[]> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<K, double[]> e : a.entrySet()) {
            if (!Arrays.equals(e.getValue(), b.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = metrics.hashCode();
        h = 31 * h + estimators.hashCode();
        h = 31 * h + dataSets.hashCode();
        for (Map.Entry<Cell, double[]> e : losses.entrySet()) {
            h += e.getKey().hashCode() ^ Arrays.hashCode(e.getValue());
        }
        for (Map.Entry<Run, double[]> e : times.entrySet()) {
            h += e.getKey().hashCode() ^ Arrays.hashCode(e.getValue());
        }
        return h;
    }

    /** @return e.g. {@code BenchmarkResults(3 estimators x 2 data sets x 1 metrics, 6 cells)} */
    @Override
    public String toString() {
        return "BenchmarkResults(" + estimators.size() + " estimators x " + dataSets.size()
            + " data sets x " + metrics.size() + " metrics, " + losses.size() + " cells)";
    }

    private static <V> V known(String what, Map<String, V> map, String name) {
        V v = map.get(name);
        if (v == null) {
            throw new IllegalArgumentException("unknown " + what + " " + quoted(name)
                + "; known: " + map.keySet());
        }
        return v;
    }

    static String quoted(String name) {
        return name == null ? "null" : "'" + name + "'";
    }

    /**
     * Collects declarations and cells; each call validates its arguments at once, so an error
     * points at the call that caused it. Not thread-safe; {@link #build()} may be called more than
     * once.
     */
    public static final class Builder {
        private final Map<String, Boolean> metrics = new LinkedHashMap<>();
        private final Map<String, Boolean> estimators = new LinkedHashMap<>();
        private final Map<String, Integer> dataSets = new LinkedHashMap<>();
        private final Map<Cell, double[]> losses = new LinkedHashMap<>();
        private final Map<Run, double[]> times = new LinkedHashMap<>();
        /** For each data set, the cell that fixed its row count, for messages. */
        private final Map<String, Cell> firstCell = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Declares a metric; declaring it again with the same direction changes nothing.
         *
         * @param name the metric's name, non-blank
         * @param lowerIsBetter whether lower values are better
         * @return this builder
         * @throws IllegalArgumentException if the name is null or blank, or the metric was
         *     declared with the other direction
         */
        public Builder metric(String name, boolean lowerIsBetter) {
            declare("metric", metrics, name, lowerIsBetter, "lowerIsBetter");
            return this;
        }

        /**
         * Declares a metric by its rule: {@code metric(rule.name(), rule.lowerIsBetter())}.
         *
         * @param rule the scoring rule
         * @return this builder
         * @throws IllegalArgumentException if {@code rule} is null, or as
         *     {@link #metric(String, boolean)}
         */
        public Builder metric(ScoringRule rule) {
            if (rule == null) {
                throw new IllegalArgumentException("rule must not be null");
            }
            return metric(rule.name(), rule.lowerIsBetter());
        }

        /**
         * Declares an estimator; declaring it again with the same flag changes nothing.
         *
         * @param name the estimator's name, non-blank
         * @param uninformed whether it is a baseline that ignores X
         * @return this builder
         * @throws IllegalArgumentException if the name is null or blank, or the estimator was
         *     declared with the other flag
         */
        public Builder estimator(String name, boolean uninformed) {
            declare("estimator", estimators, name, uninformed, "uninformed");
            return this;
        }

        /**
         * Sets one cell's per-row losses (copied).
         *
         * @param estimator a declared estimator
         * @param dataSet the data set's name, non-blank
         * @param metric a declared metric
         * @param rowLosses the losses of the data set's test rows, at least two, all finite,
         *     aligned with the other cells of the data set
         * @return this builder
         * @throws IllegalArgumentException if a name is null or blank, the estimator or the metric
         *     was not declared, the cell already holds losses, the array is null, shorter than two
         *     or holds NaN or an infinity (naming the cell and the row), or its length differs from
         *     that of the data set's other cells (naming both cells)
         */
        public Builder losses(String estimator, String dataSet, String metric, double[] rowLosses) {
            requireDeclared("estimator", estimators, estimator);
            requireName("dataSet", dataSet);
            requireDeclared("metric", metrics, metric);
            Cell key = new Cell(estimator, dataSet, metric);
            if (losses.containsKey(key)) {
                throw new IllegalArgumentException("cell " + key + " already holds losses");
            }
            if (rowLosses == null) {
                throw new IllegalArgumentException("losses of cell " + key + " must not be null");
            }
            if (rowLosses.length < 2) {
                throw new IllegalArgumentException("losses of cell " + key
                    + " need at least 2 rows, got " + rowLosses.length);
            }
            for (int i = 0; i < rowLosses.length; i++) {
                if (!Double.isFinite(rowLosses[i])) {
                    throw new IllegalArgumentException("losses of cell " + key + ", row " + i
                        + ", must be finite, got " + rowLosses[i]);
                }
            }
            Integer n = dataSets.get(dataSet);
            if (n != null && n != rowLosses.length) {
                throw new IllegalArgumentException("losses of cell " + key + " have "
                    + rowLosses.length + " rows, but data set " + quoted(dataSet) + " has " + n
                    + (firstCell.containsKey(dataSet) ? " (cell " + firstCell.get(dataSet) + ")"
                        : "")
                    + "; the losses of one data set must be aligned row by row");
            }
            if (n == null) {
                dataSets.put(dataSet, rowLosses.length);
                firstCell.put(dataSet, key);
            }
            losses.put(key, rowLosses.clone());
            return this;
        }

        /**
         * Records the time an estimator took on a data set.
         *
         * @param estimator a declared estimator
         * @param dataSet the data set's name, non-blank
         * @param fitSeconds the fit time, finite and &gt;= 0
         * @param predictSeconds the predict time, finite and &gt;= 0
         * @return this builder
         * @throws IllegalArgumentException if a name is null or blank, the estimator was not
         *     declared, times were already recorded for the pair, or a time is negative, NaN or
         *     infinite
         */
        public Builder times(String estimator, String dataSet, double fitSeconds,
                             double predictSeconds) {
            requireDeclared("estimator", estimators, estimator);
            requireName("dataSet", dataSet);
            Run key = new Run(estimator, dataSet);
            if (times.containsKey(key)) {
                throw new IllegalArgumentException("times of " + key + " were already recorded");
            }
            requireSeconds("fitSeconds", key, fitSeconds);
            requireSeconds("predictSeconds", key, predictSeconds);
            times.put(key, new double[] {fitSeconds, predictSeconds});
            return this;
        }

        /** @return the results collected so far */
        public BenchmarkResults build() {
            return new BenchmarkResults(this);
        }

        private static void declare(String what, Map<String, Boolean> map, String name,
                                    boolean flag, String flagName) {
            requireName(what, name);
            Boolean old = map.putIfAbsent(name, flag);
            if (old != null && old != flag) {
                throw new IllegalArgumentException(what + " " + quoted(name)
                    + " was declared with " + flagName + " = " + old + ", now " + flag);
            }
        }

        private static void requireDeclared(String what, Map<String, Boolean> map, String name) {
            requireName(what, name);
            if (!map.containsKey(name)) {
                throw new IllegalArgumentException(what + " " + quoted(name)
                    + " was not declared; declared: " + map.keySet());
            }
        }

        private static void requireName(String what, String name) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException(
                    what + " name must be non-blank, got " + quoted(name));
            }
        }

        private static void requireSeconds(String name, Run key, double seconds) {
            if (!(seconds >= 0.0) || Double.isInfinite(seconds)) {
                throw new IllegalArgumentException(
                    name + " of " + key + " must be finite and >= 0, got " + seconds);
            }
        }
    }

    /**
     * Adds to {@code estimatorsOut} and {@code dataSetsOut}, in this value's order, the estimators
     * and the data sets that have at least one cell of the metric.
     */
    void present(String metric, List<String> estimatorsOut, List<String> dataSetsOut) {
        Set<String> e = new HashSet<>();
        Set<String> d = new HashSet<>();
        for (Cell key : losses.keySet()) {
            if (key.metric().equals(metric)) {
                e.add(key.estimator());
                d.add(key.dataSet());
            }
        }
        for (String name : estimators.keySet()) {
            if (e.contains(name)) {
                estimatorsOut.add(name);
            }
        }
        for (String name : dataSets.keySet()) {
            if (d.contains(name)) {
                dataSetsOut.add(name);
            }
        }
    }
}
