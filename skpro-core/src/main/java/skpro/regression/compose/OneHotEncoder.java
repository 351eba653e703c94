package skpro.regression.compose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import skpro.regression.Params;
import skpro.regression.internal.DataChecks;

/**
 * One-hot encoding of categorical columns held as numbers (sklearn's {@code OneHotEncoder}).
 *
 * <p>Fit learns, for every encoded column j, its categories c_j1 &lt; c_j2 &lt; ... &lt; c_jK: the
 * sorted distinct values of the column ({@code -0.0} and {@code 0.0} are one category, 0). At
 * transform a value v of column j becomes the K indicators [v = c_j1], ..., [v = c_jK] (found by
 * binary search), less the dropped one:
 * <ul>
 * <li>{@link Drop#NONE} (default): all K indicators;</li>
 * <li>{@link Drop#FIRST}: c_j1 is dropped, so it encodes as all zeros (a column with a single
 *     category then yields no output at all);</li>
 * <li>{@link Drop#IF_BINARY}: c_j1 is dropped only where K = 2, so a binary column becomes one
 *     indicator of its larger value.</li>
 * </ul>
 * A value not seen at fit is an error ({@link HandleUnknown#ERROR}, default; the message names
 * the row, the column and the value) or encodes as all zeros ({@link HandleUnknown#IGNORE}; with
 * a dropped category this is the same code as the dropped one, as in sklearn).
 *
 * <p><b>Column order</b> (no ColumnTransformer here): each encoded column is replaced in place by
 * its block of indicators, and the columns not encoded pass through unchanged, so the output keeps
 * the input's column order. Every value, encoded or not, must be finite (NaN is not a category:
 * impute it first with {@link SimpleImputer}).
 *
 * <p><b>Names</b>: the indicator of category c of an input named {@code in} is {@code in_c}, as
 * sklearn's {@code get_feature_names_out}, with an integral c printed without a fraction
 * ({@code "x3_2"}, {@code "x0_-1"}) and any other c as {@link Double#toString} ({@code "x1_0.5"});
 * columns not encoded keep their names.
 *
 * <p>Parameters: {@code columns} (a {@code List<Integer>} of the column indices to encode; empty,
 * the default, encodes every column), {@code handleUnknown}, {@code drop}. sklearn's
 * {@code min_frequency} (grouping of rare categories) is not offered.
 */
public final class OneHotEncoder implements Transformer {

    /** What transform does with a category not seen at fit. */
    public enum HandleUnknown {
        /** Reject it, naming row, column and value. */
        ERROR,
        /** Encode it as all zeros. */
        IGNORE
    }

    /** Which indicator of each encoded column is left out. */
    public enum Drop {
        /** Keep all K indicators. */
        NONE,
        /** Drop the first (smallest) category's indicator. */
        FIRST,
        /** Drop the first category's indicator of columns with exactly two categories. */
        IF_BINARY
    }

    private final List<Integer> columns;
    private final HandleUnknown handleUnknown;
    private final Drop drop;

    private OneHotEncoder(List<?> columns, HandleUnknown handleUnknown, Drop drop) {
        if (columns == null) {
            throw new IllegalArgumentException("columns must not be null");
        }
        if (handleUnknown == null) {
            throw new IllegalArgumentException("handleUnknown must not be null");
        }
        if (drop == null) {
            throw new IllegalArgumentException("drop must not be null");
        }
        int[] idx = new int[columns.size()];
        for (int k = 0; k < idx.length; k++) {
            Object c = columns.get(k);
            if (!(c instanceof Integer || c instanceof Long || c instanceof Short || c instanceof Byte)
                || ((Number) c).longValue() < 0 || ((Number) c).longValue() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("columns[" + k + "] must be a column index >= 0, got " + c);
            }
            idx[k] = ((Number) c).intValue();
        }
        Arrays.sort(idx);
        List<Integer> sorted = new ArrayList<>(idx.length);
        for (int k = 0; k < idx.length; k++) {
            if (k > 0 && idx[k] == idx[k - 1]) {
                throw new IllegalArgumentException("columns must be distinct, got " + idx[k] + " twice");
            }
            sorted.add(idx[k]);
        }
        this.columns = List.copyOf(sorted);
        this.handleUnknown = handleUnknown;
        this.drop = drop;
    }

    /** @return an encoder of every column, rejecting unknown categories, dropping none */
    public static OneHotEncoder of() {
        return new OneHotEncoder(List.of(), HandleUnknown.ERROR, Drop.NONE);
    }

    /**
     * @param newColumns the indices of the columns to encode, distinct and &ge; 0 (in any order);
     *     none means every column
     * @return a copy encoding those columns
     * @throws IllegalArgumentException if an index is negative or repeated
     */
    public OneHotEncoder withColumns(int... newColumns) {
        List<Integer> list = new ArrayList<>(newColumns.length);
        for (int c : newColumns) {
            list.add(c);
        }
        return new OneHotEncoder(list, handleUnknown, drop);
    }

    /**
     * @param mode ERROR or IGNORE
     * @return a copy with it
     * @throws IllegalArgumentException if mode is null
     */
    public OneHotEncoder withHandleUnknown(HandleUnknown mode) {
        return new OneHotEncoder(columns, mode, drop);
    }

    /**
     * @param mode NONE, FIRST or IF_BINARY
     * @return a copy with it
     * @throws IllegalArgumentException if mode is null
     */
    public OneHotEncoder withDrop(Drop mode) {
        return new OneHotEncoder(columns, handleUnknown, mode);
    }

    /** @return the encoded column indices, ascending (empty: every column) */
    public List<Integer> columns() {
        return columns;
    }

    /** @return the handling of unknown categories */
    public HandleUnknown handleUnknown() {
        return handleUnknown;
    }

    /** @return the dropped indicator */
    public Drop drop() {
        return drop;
    }

    /**
     * @throws IllegalArgumentException if X is empty, ragged or not finite (the message names the
     *     row and column), or a column index is not below X's number of columns
     */
    @Override
    public FittedTransformer fit(double[][] x) {
        int p = DataChecks.features(x);
        boolean[] encoded = new boolean[p];
        if (columns.isEmpty()) {
            Arrays.fill(encoded, true);
        }
        for (int c : columns) {
            if (c >= p) {
                throw new IllegalArgumentException("columns holds " + c + " but X has " + p + " columns");
            }
            encoded[c] = true;
        }
        double[][] categories = new double[p][];
        int[] dropped = new int[p];
        double[] v = new double[x.length];
        for (int j = 0; j < p; j++) {
            dropped[j] = -1;
            if (!encoded[j]) {
                continue;
            }
            for (int i = 0; i < x.length; i++) {
                v[i] = x[i][j] + 0.0; // -0.0 + 0.0 = 0.0
            }
            Arrays.sort(v);
            int k = 0;
            for (int i = 0; i < v.length; i++) {
                if (i == 0 || v[i] != v[i - 1]) {
                    v[k++] = v[i];
                }
            }
            categories[j] = Arrays.copyOf(v, k);
            if (drop == Drop.FIRST || drop == Drop.IF_BINARY && k == 2) {
                dropped[j] = 0;
            }
        }
        return new Fitted(categories, dropped, handleUnknown);
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("columns", columns, "handleUnknown", handleUnknown, "drop", drop);
    }

    /** @throws IllegalArgumentException if a name is unknown or a value invalid (named) */
    @Override
    public OneHotEncoder withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("OneHotEncoder", params(), changes);
        return new OneHotEncoder((List<?>) p.get("columns"), (HandleUnknown) p.get("handleUnknown"),
            (Drop) p.get("drop"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OneHotEncoder e && e.columns.equals(columns) && e.handleUnknown == handleUnknown
            && e.drop == drop;
    }

    @Override
    public int hashCode() {
        return Objects.hash(OneHotEncoder.class, columns, handleUnknown, drop);
    }

    @Override
    public String toString() {
        return "OneHotEncoder" + params();
    }

    /**
     * @param c a category
     * @return c without a fraction if it is an integer of magnitude below 2^53, else as
     *     {@link Double#toString}
     */
    static String categoryName(double c) {
        if (c == Math.rint(c) && Math.abs(c) < 0x1p53) {
            return Long.toString((long) c);
        }
        return Double.toString(c);
    }

    /** Per input column: its categories (null: passed through) and the dropped index (-1: none). */
    private static final class Fitted implements FittedTransformer {
        private final double[][] categories;
        private final int[] dropped;
        private final HandleUnknown handleUnknown;
        /** The first output column of each input column. */
        private final int[] offset;
        private final int width;

        Fitted(double[][] categories, int[] dropped, HandleUnknown handleUnknown) {
            this.categories = categories;
            this.dropped = dropped;
            this.handleUnknown = handleUnknown;
            this.offset = new int[categories.length];
            int w = 0;
            for (int j = 0; j < categories.length; j++) {
                offset[j] = w;
                w += categories[j] == null ? 1 : categories[j].length - (dropped[j] >= 0 ? 1 : 0);
            }
            this.width = w;
        }

        @Override
        public int numFeatures() {
            return categories.length;
        }

        @Override
        public int numOutputs() {
            return width;
        }

        /**
         * @throws IllegalArgumentException as {@link FittedTransformer#transform}, or under
         *     {@link HandleUnknown#ERROR} if a value is not a category seen at fit
         */
        @Override
        public double[][] transform(double[][] x) {
            DataChecks.featuresFor(x, categories.length);
            double[][] out = new double[x.length][width];
            for (int i = 0; i < x.length; i++) {
                double[] row = x[i];
                double[] o = out[i];
                for (int j = 0; j < row.length; j++) {
                    double[] cats = categories[j];
                    if (cats == null) {
                        o[offset[j]] = row[j];
                        continue;
                    }
                    int k = Arrays.binarySearch(cats, row[j] + 0.0);
                    if (k < 0) {
                        if (handleUnknown == HandleUnknown.ERROR) {
                            throw new IllegalArgumentException("X[" + i + "][" + j + "] = " + row[j]
                                + " is a category not seen at fit in column " + j + " (row " + i + "), which has "
                                + cats.length + " categories from " + cats[0] + " to " + cats[cats.length - 1]);
                        }
                    } else if (k != dropped[j]) {
                        o[offset[j] + (dropped[j] >= 0 && k > dropped[j] ? k - 1 : k)] = 1.0;
                    }
                }
            }
            return out;
        }

        @Override
        public String[] featureNames(String[] in) {
            String[] names = Transforms.names(in, categories.length);
            String[] out = new String[width];
            for (int j = 0; j < names.length; j++) {
                double[] cats = categories[j];
                if (cats == null) {
                    out[offset[j]] = names[j];
                    continue;
                }
                int o = offset[j];
                for (int k = 0; k < cats.length; k++) {
                    if (k != dropped[j]) {
                        out[o++] = names[j] + "_" + categoryName(cats[k]);
                    }
                }
            }
            return out;
        }
    }
}
