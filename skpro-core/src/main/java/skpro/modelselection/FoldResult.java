package skpro.modelselection;

import java.util.List;

import skpro.distributions.Distribution;
import skpro.metrics.MeanEstimate;
import skpro.metrics.ScoringRule;
import skpro.regression.ProbaModel;
import skpro.regression.ProbaRegressor;

/**
 * What one fold of an {@link Evaluation} gave: sizes, wall times, and for every metric the
 * per-row losses of the test rows with their mean and standard error, or, when the fold failed
 * under {@link ErrorPolicy#RECORD}, the failure's class and message. An immutable value.
 *
 * <p>The fold's work: {@code model = regressor.fit(X[train], y[train])}, then one
 * {@code d = model.predictProba(X[test])}, then {@code metric.evaluateByIndex(y[test], d)} for
 * every metric on that one distribution. Times are wall-clock seconds from
 * {@link System#nanoTime()}: fit, predictProba, and all metrics together. The losses of metric m
 * are aligned with {@link #testRows()}: {@code losses(m)[i]} is the loss of row
 * {@code testRows()[i]}.
 */
public final class FoldResult {

    private final int index;
    private final int trainSize;
    private final int[] testRows;
    private final double fitSeconds;
    private final double predictSeconds;
    private final double scoreSeconds;
    private final List<String> metricNames;
    private final double[][] losses;
    private final MeanEstimate[] estimates;
    private final String errorClass;
    private final String errorMessage;

    private FoldResult(int index, Split split, double fitSeconds, double predictSeconds, double scoreSeconds,
        List<String> metricNames, double[][] losses, String errorClass, String errorMessage) {
        this.index = index;
        this.trainSize = split.trainSize();
        this.testRows = split.test();
        this.fitSeconds = fitSeconds;
        this.predictSeconds = predictSeconds;
        this.scoreSeconds = scoreSeconds;
        this.metricNames = metricNames;
        this.losses = losses;
        this.errorClass = errorClass;
        this.errorMessage = errorMessage;
        this.estimates = new MeanEstimate[metricNames.size()];
        if (losses != null) {
            for (int m = 0; m < losses.length; m++) {
                estimates[m] = estimateOrNull(losses[m]);
            }
        }
    }

    private static MeanEstimate estimateOrNull(double[] l) {
        if (l.length < 2) {
            return null;
        }
        for (double v : l) {
            if (!Double.isFinite(v)) {
                return null;
            }
        }
        return MeanEstimate.of(l);
    }

    /**
     * Fits, predicts and scores one fold.
     *
     * @param index the fold's position
     * @param regressor the estimator
     * @param split the fold's rows
     * @param x all features (validated)
     * @param y all targets (validated)
     * @param metrics the rules, distinct names
     * @param metricNames their names
     * @param policy what to do on failure
     * @return the fold's result
     * @throws RuntimeException the failure, under {@link ErrorPolicy#RAISE}
     */
    static FoldResult run(int index, ProbaRegressor regressor, Split split, double[][] x, double[] y,
        List<ScoringRule> metrics, List<String> metricNames, ErrorPolicy policy) {
        int[] train = split.train();
        int[] test = split.test();
        double fit = 0.0;
        double predict = 0.0;
        long t0 = System.nanoTime();
        try {
            ProbaModel model = regressor.fit(rows(x, train), values(y, train));
            long t1 = System.nanoTime();
            fit = (t1 - t0) * 1e-9;
            Distribution d = model.predictProba(rows(x, test));
            long t2 = System.nanoTime();
            predict = (t2 - t1) * 1e-9;
            double[] yTest = values(y, test);
            double[][] losses = new double[metrics.size()][];
            for (int m = 0; m < losses.length; m++) {
                losses[m] = metrics.get(m).evaluateByIndex(yTest, d);
            }
            double score = (System.nanoTime() - t2) * 1e-9;
            return new FoldResult(index, split, fit, predict, score, metricNames, losses, "", "");
        } catch (RuntimeException e) {
            if (policy == ErrorPolicy.RAISE) {
                throw e;
            }
            return new FoldResult(index, split, fit, predict, 0.0, metricNames, null, e.getClass().getName(),
                String.valueOf(e.getMessage()));
        }
    }

    /** @return the rows {@code x[rows[i]]} (the same row arrays, not copies) */
    static double[][] rows(double[][] x, int[] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = x[rows[i]];
        }
        return out;
    }

    /** @return {@code y[rows[i]]} */
    static double[] values(double[] y, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = y[rows[i]];
        }
        return out;
    }

    /** @return the fold's position in the splitter's list, 0-based */
    public int index() {
        return index;
    }

    /** @return the number of training rows */
    public int trainSize() {
        return trainSize;
    }

    /** @return the number of test rows */
    public int testSize() {
        return testRows.length;
    }

    /** @return the test rows, sorted ascending (a copy); losses are aligned with them */
    public int[] testRows() {
        return testRows.clone();
    }

    /** @return wall seconds of fit (until it failed, if it did) */
    public double fitSeconds() {
        return fitSeconds;
    }

    /** @return wall seconds of the one predictProba call (0 if the fold failed before it) */
    public double predictSeconds() {
        return predictSeconds;
    }

    /** @return wall seconds of all metrics' evaluateByIndex calls together (0 if the fold failed) */
    public double scoreSeconds() {
        return scoreSeconds;
    }

    /** @return whether fit, predict and every metric succeeded */
    public boolean succeeded() {
        return losses != null;
    }

    /** @return the failure's class name, or "" when the fold succeeded */
    public String errorClass() {
        return errorClass;
    }

    /** @return the failure's message, or "" when the fold succeeded */
    public String errorMessage() {
        return errorMessage;
    }

    /** @return the metrics' names, in the order given */
    public List<String> metricNames() {
        return metricNames;
    }

    private int metric(String name) {
        int m = metricNames.indexOf(name);
        if (m < 0) {
            throw new IllegalArgumentException("metric '" + name + "' was not evaluated; evaluated: " + metricNames);
        }
        if (losses == null) {
            throw new IllegalStateException("fold " + index + " failed (" + errorClass + ": " + errorMessage
                + "), so it has no losses");
        }
        return m;
    }

    /**
     * @param name a metric's {@link ScoringRule#name()}
     * @return the per-row losses, aligned with {@link #testRows()} (a copy)
     * @throws IllegalArgumentException if the metric was not evaluated
     * @throws IllegalStateException if the fold failed
     */
    public double[] losses(String name) {
        return losses[metric(name)].clone();
    }

    /**
     * @param name a metric's name
     * @return the mean loss over the test rows (+inf if a loss is +inf)
     * @throws IllegalArgumentException if the metric was not evaluated
     * @throws IllegalStateException if the fold failed
     */
    public double score(String name) {
        int m = metric(name);
        if (estimates[m] != null) {
            return estimates[m].mean();
        }
        double s = 0.0;
        for (double v : losses[m]) {
            s += v;
        }
        return s / losses[m].length;
    }

    /**
     * @param name a metric's name
     * @return the mean loss over the test rows with its standard error
     * @throws IllegalArgumentException if the metric was not evaluated
     * @throws IllegalStateException if the fold failed, has one test row, or a loss is not finite
     */
    public MeanEstimate estimate(String name) {
        int m = metric(name);
        if (estimates[m] == null) {
            throw new IllegalStateException("fold " + index + ": no standard error for '" + name + "' with "
                + testRows.length + " test rows and mean loss " + score(name));
        }
        return estimates[m];
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("FoldResult(").append(index).append(": train ").append(trainSize)
            .append(", test ").append(testRows.length);
        if (losses == null) {
            return sb.append(", failed: ").append(errorClass).append(": ").append(errorMessage).append(')').toString();
        }
        for (String name : metricNames) {
            sb.append(", ").append(name).append(' ').append(score(name));
        }
        return sb.append(')').toString();
    }
}
