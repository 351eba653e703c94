package skpro.distributions.internal;

/**
 * Ragged per-row data (rows of different lengths) held flat: one {@code double[]} of values and an
 * {@code int[]} of row offsets, row i occupying {@code [offsets[i], offsets[i + 1])}. Validation
 * messages name the argument, the row and the position, e.g. {@code samples[2][5]}.
 */
public final class Ragged {

    private Ragged() {
    }

    /**
     * Row offsets of a ragged array whose rows are each non-empty.
     *
     * @param name the argument's name, for messages
     * @param rows the rows
     * @return {@code rows.length + 1} offsets, starting at 0
     * @throws IllegalArgumentException if rows is null or empty, a row is null or empty, or the
     *     total length overflows an int
     */
    public static int[] offsets(String name, double[][] rows) {
        if (rows == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (rows.length == 0) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        int[] offsets = new int[rows.length + 1];
        long total = 0;
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == null) {
                throw new IllegalArgumentException(name + "[" + i + "] must not be null");
            }
            if (rows[i].length == 0) {
                throw new IllegalArgumentException(name + "[" + i + "] must not be empty");
            }
            total += rows[i].length;
            if (total > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException(name + " holds too many values (" + total + ")");
            }
            offsets[i + 1] = (int) total;
        }
        return offsets;
    }

    /**
     * Checks that {@code other} has the row lengths given by {@code offsets}.
     *
     * @throws IllegalArgumentException if a row count or a row length differs
     */
    public static void sameShape(String name, double[][] other, String referenceName, int[] offsets) {
        int n = offsets.length - 1;
        if (other == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (other.length != n) {
            throw new IllegalArgumentException(name + " has " + other.length + " rows but " + referenceName
                + " has " + n);
        }
        for (int i = 0; i < n; i++) {
            int m = offsets[i + 1] - offsets[i];
            if (other[i] == null || other[i].length != m) {
                throw new IllegalArgumentException(name + "[" + i + "] must have " + m + " values like "
                    + referenceName + "[" + i + "], got " + (other[i] == null ? "null" : other[i].length));
            }
        }
    }

    /**
     * Copies the rows into one flat array, checking that every value is finite.
     *
     * @throws IllegalArgumentException naming {@code name[i][k]} if a value is NaN or infinite
     */
    public static double[] flattenFinite(String name, double[][] rows, int[] offsets) {
        double[] flat = new double[offsets[offsets.length - 1]];
        for (int i = 0; i < rows.length; i++) {
            double[] row = rows[i];
            int off = offsets[i];
            for (int k = 0; k < row.length; k++) {
                double v = row[k];
                if (v - v != 0.0) {
                    throw new IllegalArgumentException(name + "[" + i + "][" + k + "] must be finite, got " + v);
                }
                flat[off + k] = v;
            }
        }
        return flat;
    }

    /**
     * Copies non-negative weights into one flat array, each row divided by its sum.
     *
     * @throws IllegalArgumentException naming {@code name[i][k]} if a weight is negative, NaN or
     *     infinite, or {@code name[i]} if a row's sum is not positive and finite
     */
    public static double[] flattenNormalised(String name, double[][] rows, int[] offsets) {
        double[] flat = new double[offsets[offsets.length - 1]];
        for (int i = 0; i < rows.length; i++) {
            double[] row = rows[i];
            int off = offsets[i];
            double sum = 0.0;
            for (int k = 0; k < row.length; k++) {
                double w = row[k];
                if (!(w >= 0.0 && w < Double.POSITIVE_INFINITY)) {
                    throw new IllegalArgumentException(name + "[" + i + "][" + k + "] must be finite and >= 0, got "
                        + w);
                }
                sum += w;
            }
            if (!(sum > 0.0 && sum < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException(name + "[" + i + "] must sum to a positive finite number, got "
                    + sum);
            }
            for (int k = 0; k < row.length; k++) {
                flat[off + k] = row[k] / sum;
            }
        }
        return flat;
    }

    /** @return the offsets of the rows {@code rows} of a ragged array, in that order */
    public static int[] pickOffsets(int[] offsets, int[] rows) {
        int[] out = new int[rows.length + 1];
        for (int j = 0; j < rows.length; j++) {
            out[j + 1] = out[j] + offsets[rows[j] + 1] - offsets[rows[j]];
        }
        return out;
    }

    /** @return the values of the rows {@code rows}, laid out by {@code pickedOffsets} */
    public static double[] pickValues(double[] flat, int[] offsets, int[] rows, int[] pickedOffsets) {
        double[] out = new double[pickedOffsets[rows.length]];
        for (int j = 0; j < rows.length; j++) {
            int from = offsets[rows[j]];
            System.arraycopy(flat, from, out, pickedOffsets[j], offsets[rows[j] + 1] - from);
        }
        return out;
    }

    /** @return row i of a flat array as a new array */
    public static double[] row(double[] flat, int[] offsets, int i) {
        return java.util.Arrays.copyOfRange(flat, offsets[i], offsets[i + 1]);
    }

    /** @return every row of a flat array as a new 2-D array */
    public static double[][] rows(double[] flat, int[] offsets) {
        double[][] out = new double[offsets.length - 1][];
        for (int i = 0; i < out.length; i++) {
            out[i] = row(flat, offsets, i);
        }
        return out;
    }

    /**
     * Sorts {@code keys[from, to)} ascending, applying the same permutation to {@code payload}
     * (stable bottom-up merge sort, O(m log m); O(m) when the range is already sorted).
     *
     * @param keys the values to order; not NaN
     * @param payload values moved along with their keys
     * @param from first index, inclusive
     * @param to last index, exclusive
     */
    public static void sortWithPayload(double[] keys, double[] payload, int from, int to) {
        int m = to - from;
        boolean sorted = true;
        for (int k = from + 1; k < to; k++) {
            if (keys[k] < keys[k - 1]) {
                sorted = false;
                break;
            }
        }
        if (sorted) {
            return;
        }
        final int run = 16;
        for (int lo = from; lo < to; lo += run) {
            insertionSort(keys, payload, lo, Math.min(lo + run, to));
        }
        double[] k1 = keys;
        double[] p1 = payload;
        double[] k2 = new double[m];
        double[] p2 = new double[m];
        int o1 = from;
        int o2 = 0;
        for (int width = run; width < m; width <<= 1) {
            for (int lo = 0; lo < m; lo += 2 * width) {
                int mid = Math.min(lo + width, m);
                int hi = Math.min(lo + 2 * width, m);
                int a = lo;
                int b = mid;
                int out = lo;
                while (a < mid && b < hi) {
                    if (k1[o1 + b] < k1[o1 + a]) {
                        k2[o2 + out] = k1[o1 + b];
                        p2[o2 + out++] = p1[o1 + b++];
                    } else {
                        k2[o2 + out] = k1[o1 + a];
                        p2[o2 + out++] = p1[o1 + a++];
                    }
                }
                while (a < mid) {
                    k2[o2 + out] = k1[o1 + a];
                    p2[o2 + out++] = p1[o1 + a++];
                }
                while (b < hi) {
                    k2[o2 + out] = k1[o1 + b];
                    p2[o2 + out++] = p1[o1 + b++];
                }
            }
            double[] tk = k1;
            double[] tp = p1;
            int to1 = o1;
            k1 = k2;
            p1 = p2;
            o1 = o2;
            k2 = tk;
            p2 = tp;
            o2 = to1;
        }
        if (k1 != keys) {
            System.arraycopy(k1, o1, keys, from, m);
            System.arraycopy(p1, o1, payload, from, m);
        }
    }

    private static void insertionSort(double[] keys, double[] payload, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            double key = keys[k];
            double pay = payload[k];
            int j = k - 1;
            while (j >= from && keys[j] > key) {
                keys[j + 1] = keys[j];
                payload[j + 1] = payload[j];
                j--;
            }
            keys[j + 1] = key;
            payload[j + 1] = pay;
        }
    }
}
