package skpro.benchmarking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import skpro.benchmarking.BenchmarkResults.Cell;
import skpro.metrics.BaselineComparison;
import skpro.metrics.MeanEstimate;
import skpro.metrics.PairedComparison;
import skpro.metrics.PairedTest;

/**
 * The comparison of estimators across data sets by one metric, computed from
 * {@link BenchmarkResults}: rows are estimators, columns are data sets. An immutable value; render
 * it with {@link TableFormat}.
 *
 * <p><b>Cells.</b> For estimator e on data set j with per-row losses L_1 .. L_n, the mean loss
 * and its standard error, {@link MeanEstimate#of(double[])}: mean = (1/n) sum L_i,
 * se = s / sqrt(n) with s the sample standard deviation (ddof = 1).
 *
 * <p><b>Ranks</b> (Dem&scaron;ar 2006, as skpro v1): within a data set the estimators are ranked by
 * their mean loss, 1 = best in the metric's direction; estimators with equal means share the
 * average of the ranks they occupy, so r_e = 1 + #{f : f better than e} + #{f != e : f tied with
 * e} / 2. The average rank of an estimator is the mean of its ranks over the data sets. An
 * estimator without losses on a data set is not ranked there, and its average rank is taken over
 * the data sets where it was ranked ({@link #rankedDataSets(String)}); average ranks are only
 * comparable between estimators ranked on the same data sets.
 *
 * <p><b>Paired tests against the best.</b> The best estimator of a data set is the one of rank
 * min (the first in estimator order if several tie). Every other estimator with losses there is
 * compared with it row by row, d_i = L_i(e) - L_i(best), by the paired t-test (default) or the
 * Wilcoxon signed-rank test ({@link PairedTest}); the p-values of the k - 1 comparisons of the
 * data set are Holm-adjusted together ({@link PairedComparison#againstBaseline}). An estimator is
 * <em>significantly worse than the best</em> when its adjusted p-value is below the level and its
 * mean difference is worse in the metric's direction (always, unless the means are equal).
 *
 * <p><b>Predictive independence test</b> (the skpro paper's question: does any strategy beat every
 * uninformed baseline?). The best uninformed baseline of a data set is the uninformed estimator
 * with the best mean loss there. Every X-using estimator with losses on the data set is compared
 * with it as above, Holm-adjusted across those estimators. The verdict is
 * {@link IndependenceVerdict#X_HELPS} when some X-using estimator has an adjusted p-value below
 * the level and a mean loss better than the baseline's in the metric's direction, else
 * {@link IndependenceVerdict#NO_EVIDENCE} (or a "not tested" verdict when either side is missing).
 * Beating the best baseline stands for beating all of them: its mean is the best of theirs, so an
 * estimator whose mean beats it beats each of them in mean, and the best baseline is the hardest
 * to beat. This is one test per X-using estimator rather than one per (estimator, baseline) pair;
 * the choice of the best baseline from the same losses is not corrected for, which matters only
 * when several baselines are close.
 */
public final class ComparisonTable {

    /** The default significance level. */
    public static final double DEFAULT_LEVEL = 0.05;

    private final BenchmarkResults results;
    private final String metric;
    private final boolean lowerIsBetter;
    private final PairedTest test;
    private final double level;

    private final String[] estimators;
    private final boolean[] uninformed;
    private final String[] dataSets;
    private final Map<String, Integer> estimatorIndex = new HashMap<>();
    private final Map<String, Integer> dataSetIndex = new HashMap<>();

    /** [estimator][data set], null where no losses. */
    private final MeanEstimate[][] cells;
    /** [estimator][data set], NaN where no losses. */
    private final double[][] ranks;
    private final double[] averageRanks;
    private final int[] rankedCounts;
    /** per data set, the best estimator's index. */
    private final int[] best;
    /** [estimator][data set], null for the best and where no losses. */
    private final BaselineComparison[][] againstBest;
    /** per data set, the best uninformed baseline's index, or -1. */
    private final int[] baselines;
    /** [estimator][data set], null where not compared with the baseline. */
    private final BaselineComparison[][] againstBaseline;
    private final IndependenceVerdict[] verdicts;

    private ComparisonTable(BenchmarkResults results, String metric, PairedTest test,
                            double level) {
        this.results = results;
        this.metric = metric;
        this.lowerIsBetter = results.lowerIsBetter(metric);
        this.test = test;
        this.level = level;
        List<String> est = new ArrayList<>();
        List<String> ds = new ArrayList<>();
        results.present(metric, est, ds);
        if (est.isEmpty()) {
            throw new IllegalArgumentException(
                "no losses for metric " + BenchmarkResults.quoted(metric));
        }
        estimators = est.toArray(new String[0]);
        dataSets = ds.toArray(new String[0]);
        int k = estimators.length;
        int m = dataSets.length;
        uninformed = new boolean[k];
        for (int e = 0; e < k; e++) {
            uninformed[e] = results.isUninformed(estimators[e]);
            estimatorIndex.put(estimators[e], e);
        }
        for (int j = 0; j < m; j++) {
            dataSetIndex.put(dataSets[j], j);
        }
        cells = new MeanEstimate[k][m];
        ranks = new double[k][m];
        againstBest = new BaselineComparison[k][m];
        againstBaseline = new BaselineComparison[k][m];
        best = new int[m];
        baselines = new int[m];
        verdicts = new IndependenceVerdict[m];
        for (int j = 0; j < m; j++) {
            compareOn(j);
        }
        averageRanks = new double[k];
        rankedCounts = new int[k];
        for (int e = 0; e < k; e++) {
            double sum = 0.0;
            int count = 0;
            for (int j = 0; j < m; j++) {
                if (cells[e][j] != null) {
                    sum += ranks[e][j];
                    count++;
                }
            }
            averageRanks[e] = sum / count;
            rankedCounts[e] = count;
        }
    }

    /** Means, ranks, tests against the best and against the best baseline on data set j. */
    private void compareOn(int j) {
        int k = estimators.length;
        for (int e = 0; e < k; e++) {
            cells[e][j] = results.has(estimators[e], dataSets[j], metric)
                ? MeanEstimate.of(losses(e, j)) : null;
        }
        int bestIndex = -1;
        int baseline = -1;
        for (int e = 0; e < k; e++) {
            if (cells[e][j] == null) {
                ranks[e][j] = Double.NaN;
                continue;
            }
            int better = 0;
            int tied = 0;
            for (int f = 0; f < k; f++) {
                if (f != e && cells[f][j] != null) {
                    int c = compare(cells[f][j].mean(), cells[e][j].mean());
                    if (c < 0) {
                        better++;
                    } else if (c == 0) {
                        tied++;
                    }
                }
            }
            ranks[e][j] = 1.0 + better + 0.5 * tied;
            if (bestIndex < 0 || ranks[e][j] < ranks[bestIndex][j]) {
                bestIndex = e;
            }
            if (uninformed[e] && (baseline < 0 || ranks[e][j] < ranks[baseline][j])) {
                baseline = e;
            }
        }
        best[j] = bestIndex;
        baselines[j] = baseline;
        testAgainst(j, bestIndex, false, againstBest);
        if (baseline < 0) {
            verdicts[j] = IndependenceVerdict.NO_BASELINE;
        } else if (testAgainst(j, baseline, true, againstBaseline) == 0) {
            verdicts[j] = IndependenceVerdict.NO_X_USING_ESTIMATOR;
        } else {
            verdicts[j] = IndependenceVerdict.NO_EVIDENCE;
            for (int e = 0; e < k; e++) {
                BaselineComparison c = againstBaseline[e][j];
                if (c != null && c.adjustedPValue() < level
                    && compare(c.meanDifference(), 0.0) < 0) {
                    verdicts[j] = IndependenceVerdict.X_HELPS;
                }
            }
        }
    }

    /**
     * Compares the estimators with losses on data set j (all but the reference, or only the
     * X-using ones) with the reference, Holm-adjusted together, into {@code out[e][j]}.
     *
     * @return the number of estimators compared
     */
    private int testAgainst(int j, int reference, boolean onlyXUsing,
                            BaselineComparison[][] out) {
        int k = estimators.length;
        int[] compared = new int[k];
        int count = 0;
        for (int e = 0; e < k; e++) {
            if (e != reference && cells[e][j] != null && !(onlyXUsing && uninformed[e])) {
                compared[count++] = e;
            }
        }
        if (count == 0) {
            return 0;
        }
        double[][] others = new double[count][];
        for (int s = 0; s < count; s++) {
            others[s] = losses(compared[s], j);
        }
        List<BaselineComparison> list =
            PairedComparison.againstBaseline(losses(reference, j), others, test);
        for (int s = 0; s < count; s++) {
            out[compared[s]][j] = list.get(s);
        }
        return count;
    }

    /** The losses of estimator e on data set j, not copied. */
    private double[] losses(int e, int j) {
        return results.cell(new Cell(estimators[e], dataSets[j], metric));
    }

    /** Negative when a is better than b in the metric's direction, 0 when equal. */
    private int compare(double a, double b) {
        if (a == b) {
            return 0;
        }
        return (a < b) == lowerIsBetter ? -1 : 1;
    }

    /**
     * The table with the paired t-test at level 0.05.
     *
     * @param results the benchmark's losses
     * @param metric a metric of {@code results}
     * @return the table
     * @throws IllegalArgumentException as {@link #of(BenchmarkResults, String, PairedTest, double)}
     */
    public static ComparisonTable of(BenchmarkResults results, String metric) {
        return of(results, metric, PairedTest.T_TEST, DEFAULT_LEVEL);
    }

    /**
     * @param results the benchmark's losses
     * @param metric a metric of {@code results}
     * @param test the paired test of each estimator against the best and against the best
     *     uninformed baseline
     * @param level the significance level of the Holm-adjusted p-values, in (0, 1)
     * @return the table
     * @throws IllegalArgumentException if an argument is null, the metric is unknown or has no
     *     losses, or the level is not in (0, 1)
     */
    public static ComparisonTable of(BenchmarkResults results, String metric, PairedTest test,
                                     double level) {
        if (results == null) {
            throw new IllegalArgumentException("results must not be null");
        }
        if (test == null) {
            throw new IllegalArgumentException("test must not be null");
        }
        if (!(level > 0.0 && level < 1.0)) {
            throw new IllegalArgumentException("level must be in (0, 1), got " + level);
        }
        results.lowerIsBetter(metric);
        return new ComparisonTable(results, metric, test, level);
    }

    /**
     * One table per metric that has losses, in the order of {@link BenchmarkResults#metrics()},
     * with the paired t-test at level 0.05.
     *
     * @param results the benchmark's losses
     * @return the tables
     * @throws IllegalArgumentException if {@code results} is null
     */
    public static List<ComparisonTable> all(BenchmarkResults results) {
        return all(results, PairedTest.T_TEST, DEFAULT_LEVEL);
    }

    /**
     * One table per metric that has losses, in the order of {@link BenchmarkResults#metrics()}.
     *
     * @param results the benchmark's losses
     * @param test the paired test
     * @param level the significance level, in (0, 1)
     * @return the tables
     * @throws IllegalArgumentException as {@link #of(BenchmarkResults, String, PairedTest, double)}
     */
    public static List<ComparisonTable> all(BenchmarkResults results, PairedTest test,
                                            double level) {
        if (results == null) {
            throw new IllegalArgumentException("results must not be null");
        }
        List<ComparisonTable> tables = new ArrayList<>();
        List<String> present = new ArrayList<>();
        List<String> unused = new ArrayList<>();
        for (String m : results.metrics()) {
            results.present(m, present, unused);
            if (!present.isEmpty()) {
                tables.add(of(results, m, test, level));
            }
            present.clear();
            unused.clear();
        }
        return Collections.unmodifiableList(tables);
    }

    /** @return the metric's name */
    public String metric() {
        return metric;
    }

    /** @return whether lower values of the metric are better */
    public boolean lowerIsBetter() {
        return lowerIsBetter;
    }

    /** @return the paired test used */
    public PairedTest test() {
        return test;
    }

    /** @return the significance level */
    public double level() {
        return level;
    }

    /** @return the estimators with losses for this metric (the rows), in the results' order */
    public List<String> estimators() {
        return List.of(estimators);
    }

    /** @return the data sets with losses for this metric (the columns), in the results' order */
    public List<String> dataSets() {
        return List.of(dataSets);
    }

    /**
     * @param estimator a row
     * @return whether it is an uninformed baseline
     * @throws IllegalArgumentException if the estimator is not a row
     */
    public boolean isUninformed(String estimator) {
        return uninformed[row(estimator)];
    }

    /**
     * @param estimator a row
     * @param dataSet a column
     * @return the mean loss with its standard error, empty where the estimator has no losses
     * @throws IllegalArgumentException if the estimator or the data set is not in the table
     */
    public Optional<MeanEstimate> estimate(String estimator, String dataSet) {
        return Optional.ofNullable(cells[row(estimator)][column(dataSet)]);
    }

    /**
     * @param estimator a row
     * @param dataSet a column
     * @return its rank on the data set (1 = best, ties averaged), empty where it has no losses
     * @throws IllegalArgumentException if the estimator or the data set is not in the table
     */
    public OptionalDouble rank(String estimator, String dataSet) {
        int e = row(estimator);
        int j = column(dataSet);
        return cells[e][j] == null ? OptionalDouble.empty() : OptionalDouble.of(ranks[e][j]);
    }

    /**
     * @param estimator a row
     * @return the mean of its ranks over the data sets where it has losses
     * @throws IllegalArgumentException if the estimator is not a row
     */
    public double averageRank(String estimator) {
        return averageRanks[row(estimator)];
    }

    /**
     * @param estimator a row
     * @return the number of data sets its average rank is taken over
     * @throws IllegalArgumentException if the estimator is not a row
     */
    public int rankedDataSets(String estimator) {
        return rankedCounts[row(estimator)];
    }

    /**
     * @param dataSet a column
     * @return the best estimator on it (the first in order among equal best means)
     * @throws IllegalArgumentException if the data set is not a column
     */
    public String best(String dataSet) {
        return estimators[best[column(dataSet)]];
    }

    /**
     * @param estimator a row
     * @param dataSet a column
     * @return the comparison of the estimator with the best one on the data set (A = the
     *     estimator, B = the best) with the Holm-adjusted p-value; empty for the best itself and
     *     where the estimator has no losses
     * @throws IllegalArgumentException if the estimator or the data set is not in the table
     */
    public Optional<BaselineComparison> comparisonWithBest(String estimator, String dataSet) {
        return Optional.ofNullable(againstBest[row(estimator)][column(dataSet)]);
    }

    /**
     * @param estimator a row
     * @param dataSet a column
     * @return whether it is significantly worse than the best on the data set: Holm-adjusted
     *     p-value below the level and mean loss worse in the metric's direction
     * @throws IllegalArgumentException if the estimator or the data set is not in the table
     */
    public boolean isSignificantlyWorse(String estimator, String dataSet) {
        return worse(row(estimator), column(dataSet));
    }

    /**
     * @param dataSet a column
     * @return the best uninformed baseline on it, empty if no uninformed estimator has losses there
     * @throws IllegalArgumentException if the data set is not a column
     */
    public Optional<String> bestBaseline(String dataSet) {
        int b = baselines[column(dataSet)];
        return b < 0 ? Optional.empty() : Optional.of(estimators[b]);
    }

    /**
     * @param estimator a row
     * @param dataSet a column
     * @return the comparison of an X-using estimator with the best uninformed baseline on the data
     *     set (A = the estimator, B = the baseline), Holm-adjusted across the X-using estimators;
     *     empty for uninformed estimators, where the estimator has no losses or there is no
     *     baseline
     * @throws IllegalArgumentException if the estimator or the data set is not in the table
     */
    public Optional<BaselineComparison> comparisonWithBaseline(String estimator, String dataSet) {
        return Optional.ofNullable(againstBaseline[row(estimator)][column(dataSet)]);
    }

    /**
     * @param dataSet a column
     * @return the predictive independence verdict on it
     * @throws IllegalArgumentException if the data set is not a column
     */
    public IndependenceVerdict verdict(String dataSet) {
        return verdicts[column(dataSet)];
    }

    // index access for the renderers

    int rows() {
        return estimators.length;
    }

    int columns() {
        return dataSets.length;
    }

    MeanEstimate cell(int e, int j) {
        return cells[e][j];
    }

    double rankAt(int e, int j) {
        return ranks[e][j];
    }

    double averageRankAt(int e) {
        return averageRanks[e];
    }

    boolean uninformedAt(int e) {
        return uninformed[e];
    }

    boolean isBestAt(int e, int j) {
        return cells[e][j] != null && ranks[e][j] == ranks[best[j]][j];
    }

    boolean worse(int e, int j) {
        BaselineComparison c = againstBest[e][j];
        return c != null && c.adjustedPValue() < level && compare(c.meanDifference(), 0.0) > 0;
    }

    IndependenceVerdict verdictAt(int j) {
        return verdicts[j];
    }

    private int row(String estimator) {
        Integer e = estimatorIndex.get(estimator);
        if (e == null) {
            throw new IllegalArgumentException("estimator " + BenchmarkResults.quoted(estimator)
                + " is not a row of the " + metric + " table; rows: " + Arrays.toString(estimators));
        }
        return e;
    }

    private int column(String dataSet) {
        Integer j = dataSetIndex.get(dataSet);
        if (j == null) {
            throw new IllegalArgumentException("data set " + BenchmarkResults.quoted(dataSet)
                + " is not a column of the " + metric + " table; columns: "
                + Arrays.toString(dataSets));
        }
        return j;
    }

    /** Value equality: the same results, metric, test and level. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ComparisonTable t
            && metric.equals(t.metric) && test == t.test
            && Double.compare(level, t.level) == 0 && results.equals(t.results);
    }

    @Override
    public int hashCode() {
        int h = results.hashCode();
        h = 31 * h + metric.hashCode();
        h = 31 * h + test.hashCode();
        return 31 * h + Double.hashCode(level);
    }

    /** @return e.g. {@code ComparisonTable(CRPS, 3 estimators x 2 data sets, T_TEST, level 0.05)} */
    @Override
    public String toString() {
        return "ComparisonTable(" + metric + ", " + estimators.length + " estimators x "
            + dataSets.length + " data sets, " + test + ", level " + level + ")";
    }
}
