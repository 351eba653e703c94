package skpro.metrics.internal;

/**
 * Stable ordering of primitive values: the permutation that sorts them ascending, ties kept in
 * their original (row) order. A bottom-up merge sort on an index array, O(n log n), no boxing.
 */
public final class StableOrder {

    private StableOrder() {
    }

    /**
     * @param values the values, none NaN
     * @return {@code order} such that {@code values[order[0]] <= values[order[1]] <= ...}, equal
     *     values in increasing index order
     */
    public static int[] of(double[] values) {
        int n = values.length;
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        int[] b = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    // take from the right run only when strictly smaller: keeps ties in order
                    if (values[a[j]] < values[a[i]]) {
                        b[k++] = a[j++];
                    } else {
                        b[k++] = a[i++];
                    }
                }
                while (i < mid) {
                    b[k++] = a[i++];
                }
                while (j < hi) {
                    b[k++] = a[j++];
                }
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }
}
