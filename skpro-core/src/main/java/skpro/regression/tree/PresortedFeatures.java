package skpro.regression.tree;

import skpro.regression.internal.DataChecks;

/**
 * A feature matrix held column by column, each column's row indices sorted once by value: the
 * preparation that lets {@link DecisionTreeRegressor} fit many trees on the same X (boosting,
 * bagging on row subsets) without sorting again. Sorting is stable, so rows with equal values keep
 * their index order, and a tree fitted here is the tree {@link DecisionTreeRegressor#fit} grows.
 *
 * <p>Cost: p stable merge sorts of n indices, O(n p log n) once; n p doubles and n p ints held.
 * Immutable; the source matrix is copied.
 */
public final class PresortedFeatures {
    final double[][] columns;
    final int[][] order;
    final int n;
    final int p;

    private PresortedFeatures(double[][] columns, int[][] order, int n, int p) {
        this.columns = columns;
        this.order = order;
        this.n = n;
        this.p = p;
    }

    /**
     * @param x n x p features, rectangular and finite
     * @return the columns of X with their sorted row orders
     * @throws IllegalArgumentException if X is null, empty, ragged or not finite
     */
    public static PresortedFeatures of(double[][] x) {
        int p = DataChecks.features(x);
        return sorted(x, p);
    }

    /** Builds from a matrix already validated with p columns. */
    static PresortedFeatures sorted(double[][] x, int p) {
        int n = x.length;
        double[][] columns = new double[p][n];
        for (int i = 0; i < n; i++) {
            double[] row = x[i];
            for (int j = 0; j < p; j++) {
                columns[j][i] = row[j];
            }
        }
        int[][] order = new int[p][];
        int[] buffer = new int[n];
        for (int j = 0; j < p; j++) {
            int[] o = new int[n];
            for (int i = 0; i < n; i++) {
                o[i] = i;
            }
            mergeSort(o, buffer, 0, n, columns[j]);
            order[j] = o;
        }
        return new PresortedFeatures(columns, order, n, p);
    }

    /** @return the number of rows n */
    public int numRows() {
        return n;
    }

    /** @return the number of columns p */
    public int numFeatures() {
        return p;
    }

    /**
     * @param j a column index in [0, p)
     * @return column j's values by row (a copy)
     * @throws IllegalArgumentException if j is out of range
     */
    public double[] column(int j) {
        checkColumn(j);
        return columns[j].clone();
    }

    /**
     * @param j a column index in [0, p)
     * @return the row indices sorted by column j's values, stably (a copy)
     * @throws IllegalArgumentException if j is out of range
     */
    public int[] order(int j) {
        checkColumn(j);
        return order[j].clone();
    }

    private void checkColumn(int j) {
        if (j < 0 || j >= p) {
            throw new IllegalArgumentException("column j = " + j + " is out of range [0, " + p + ")");
        }
    }

    /**
     * Stable top-down merge sort of {@code a[lo, hi)} by {@code Double.compare(key[a[i]], ...)}.
     * Insertion sort below 24 elements.
     */
    private static void mergeSort(int[] a, int[] tmp, int lo, int hi, double[] key) {
        if (hi - lo < 24) {
            for (int i = lo + 1; i < hi; i++) {
                int v = a[i];
                double kv = key[v];
                int k = i - 1;
                while (k >= lo && Double.compare(key[a[k]], kv) > 0) {
                    a[k + 1] = a[k];
                    k--;
                }
                a[k + 1] = v;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid, key);
        mergeSort(a, tmp, mid, hi, key);
        if (Double.compare(key[a[mid - 1]], key[a[mid]]) <= 0) {
            return;
        }
        System.arraycopy(a, lo, tmp, lo, hi - lo);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (j >= hi || (i < mid && Double.compare(key[tmp[i]], key[tmp[j]]) <= 0)) {
                a[k] = tmp[i++];
            } else {
                a[k] = tmp[j++];
            }
        }
    }
}
