package skpro.metrics.internal;

import java.util.List;

import skpro.distributions.Distribution;

/**
 * Argument validation for the scoring rules. Every method throws {@link IllegalArgumentException}
 * whose message names the argument, the row (or position) and the offending value.
 */
public final class MetricChecks {

    private MetricChecks() {
    }

    /**
     * @param name the argument's name
     * @param value the reference
     * @param <T> its type
     * @return the reference
     * @throws IllegalArgumentException if it is null
     */
    public static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    /**
     * Checks observed values against a prediction of {@code rows} rows: not null, one value per
     * row, every value finite.
     *
     * @param name the argument's name (usually {@code yTrue})
     * @param y the observed values
     * @param rows the number of predicted rows
     * @param predictionName the name of the prediction argument, for the message
     * @throws IllegalArgumentException if y is null or empty, its length differs from rows, or a
     *     value is NaN or infinite
     */
    public static void observations(String name, double[] y, int rows, String predictionName) {
        notNull(name, y);
        if (y.length == 0) {
            throw new IllegalArgumentException(name + " must have at least one row");
        }
        if (y.length != rows) {
            throw new IllegalArgumentException(name + " has " + y.length + " values but " + predictionName
                + " has " + rows + " rows");
        }
        finite(name, y);
    }

    /**
     * Checks observed values against a distribution: see {@link #observations}.
     *
     * @param yTrue the observed values
     * @param yPred the prediction
     * @throws IllegalArgumentException if either is null, the lengths differ or a value is not
     *     finite
     */
    public static void observations(double[] yTrue, Distribution yPred) {
        notNull("yPred", yPred);
        observations("yTrue", yTrue, yPred.size(), "yPred");
    }

    /**
     * @param name the argument's name
     * @param values the values
     * @throws IllegalArgumentException if the array is null or a value is NaN or infinite
     */
    public static void finite(String name, double[] values) {
        notNull(name, values);
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must be finite, got " + values[i]);
            }
        }
    }

    /**
     * @param name the argument's name
     * @param value the value
     * @return the value
     * @throws IllegalArgumentException if it is not finite and strictly positive
     */
    public static double positiveFinite(String name, double value) {
        if (!(value > 0.0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, got " + value);
        }
        return value;
    }

    /**
     * @param name the argument's name
     * @param value the value
     * @return the value
     * @throws IllegalArgumentException if it is below 1
     */
    public static int atLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, got " + value);
        }
        return value;
    }

    /**
     * Checks a list of probability levels (quantile levels or coverages): at least one, each in
     * the open interval (0, 1), no two equal.
     *
     * @param name the argument's name ({@code alphas}, {@code coverages})
     * @param levels the levels
     * @return a copy of the levels, in the order given
     * @throws IllegalArgumentException if the array is null or empty, a level is not in (0, 1),
     *     or a level repeats an earlier one
     */
    public static double[] openUnitLevels(String name, double[] levels) {
        notNull(name, levels);
        if (levels.length == 0) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        for (int j = 0; j < levels.length; j++) {
            double v = levels[j];
            if (!(v > 0.0 && v < 1.0)) {
                throw new IllegalArgumentException(name + "[" + j + "] must be in (0, 1), got " + v);
            }
            for (int k = 0; k < j; k++) {
                if (levels[k] == v) {
                    throw new IllegalArgumentException(name + "[" + j + "] = " + v + " duplicates " + name
                        + "[" + k + "]");
                }
            }
        }
        return levels.clone();
    }

    /**
     * Checks weights, one per row: finite, non-negative, with a positive finite sum.
     *
     * @param name the argument's name
     * @param weights the weights
     * @param rows the expected number
     * @return their sum
     * @throws IllegalArgumentException if the array is null, has another length, a weight is
     *     negative, NaN or infinite, or the sum is not positive and finite
     */
    public static double weights(String name, double[] weights, int rows) {
        notNull(name, weights);
        if (weights.length != rows) {
            throw new IllegalArgumentException(name + " has " + weights.length + " values but there are " + rows
                + " rows");
        }
        double sum = 0.0;
        for (int i = 0; i < rows; i++) {
            double w = weights[i];
            if (!(w >= 0.0 && w < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException(name + "[" + i + "] must be finite and >= 0, got " + w);
            }
            sum += w;
        }
        if (!(sum > 0.0 && sum < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must have a positive finite sum, got " + sum);
        }
        return sum;
    }

    /**
     * Checks an n x k table of predicted values (quantiles): every row present with k finite
     * entries.
     *
     * @param name the argument's name
     * @param table the table
     * @param rows the expected number of rows n
     * @param columns the expected number of columns k
     * @throws IllegalArgumentException if the table or a row is null, a shape differs, or an
     *     entry is NaN or infinite
     */
    public static void table(String name, double[][] table, int rows, int columns) {
        notNull(name, table);
        if (table.length != rows) {
            throw new IllegalArgumentException(name + " has " + table.length + " rows but yTrue has " + rows
                + " values");
        }
        for (int i = 0; i < rows; i++) {
            double[] row = table[i];
            if (row == null) {
                throw new IllegalArgumentException(name + "[" + i + "] must not be null");
            }
            if (row.length != columns) {
                throw new IllegalArgumentException(name + "[" + i + "] has " + row.length + " entries, expected "
                    + columns);
            }
            for (int j = 0; j < columns; j++) {
                if (!Double.isFinite(row[j])) {
                    throw new IllegalArgumentException(name + "[" + i + "][" + j + "] must be finite, got "
                        + row[j]);
                }
            }
        }
    }

    /**
     * Checks an n x 2 table of intervals {@code [lower, upper]}: finite bounds, lower &le; upper.
     *
     * @param name the argument's name
     * @param intervals the intervals
     * @param rows the expected number of rows
     * @throws IllegalArgumentException if the shape differs, a bound is not finite, or
     *     lower &gt; upper in some row
     */
    public static void intervals(String name, double[][] intervals, int rows) {
        table(name, intervals, rows, 2);
        for (int i = 0; i < rows; i++) {
            if (intervals[i][0] > intervals[i][1]) {
                throw new IllegalArgumentException(name + "[" + i + "] has lower bound " + intervals[i][0]
                    + " > upper bound " + intervals[i][1]);
            }
        }
    }

    /**
     * Checks a list of interval tables, one per coverage.
     *
     * @param intervals the tables
     * @param coverages the number expected
     * @param rows the number of rows of each
     * @throws IllegalArgumentException if the array is null, has another length, or a table is
     *     invalid (see {@link #intervals})
     */
    public static void intervalTables(double[][][] intervals, int coverages, int rows) {
        notNull("intervals", intervals);
        if (intervals.length != coverages) {
            throw new IllegalArgumentException("intervals has " + intervals.length
                + " tables but the metric has " + coverages + " coverages");
        }
        for (int j = 0; j < coverages; j++) {
            intervals("intervals[" + j + "]", intervals[j], rows);
        }
    }

    /**
     * Checks multi-output observations against one distribution per column: y is n x d
     * (row-major, every row of length d), the list has d non-null distributions of n rows.
     *
     * @param yTrue the observations
     * @param yPred the predictions, one per column
     * @return d, the number of columns
     * @throws IllegalArgumentException if a shape differs or an argument or element is null
     */
    public static int columns(double[][] yTrue, List<? extends Distribution> yPred) {
        notNull("yTrue", yTrue);
        notNull("yPred", yPred);
        if (yTrue.length == 0) {
            throw new IllegalArgumentException("yTrue must have at least one row");
        }
        int d = yPred.size();
        if (d == 0) {
            throw new IllegalArgumentException("yPred must hold at least one distribution");
        }
        for (int i = 0; i < yTrue.length; i++) {
            if (yTrue[i] == null) {
                throw new IllegalArgumentException("yTrue[" + i + "] must not be null");
            }
            if (yTrue[i].length != d) {
                throw new IllegalArgumentException("yTrue[" + i + "] has " + yTrue[i].length
                    + " columns but yPred holds " + d + " distributions");
            }
        }
        for (int j = 0; j < d; j++) {
            Distribution dj = yPred.get(j);
            if (dj == null) {
                throw new IllegalArgumentException("yPred.get(" + j + ") must not be null");
            }
            if (dj.size() != yTrue.length) {
                throw new IllegalArgumentException("yPred.get(" + j + ") has " + dj.size() + " rows but yTrue has "
                    + yTrue.length);
            }
        }
        return d;
    }

    /**
     * @param yTrue an n x d array
     * @param j a column index
     * @return column j as a new array
     */
    public static double[] column(double[][] yTrue, int j) {
        double[] out = new double[yTrue.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = yTrue[i][j];
        }
        return out;
    }
}
