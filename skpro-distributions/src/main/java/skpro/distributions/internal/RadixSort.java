package skpro.distributions.internal;

import java.util.Arrays;

/**
 * Sorts ranges of a double array in the order of {@link Arrays#sort(double[])} (-0.0 before 0.0),
 * by a least-significant-digit radix sort on 8-bit digits of an order-preserving 64-bit key.
 *
 * <p>A double's bits b map to the unsigned key b ^ (b &lt; 0 ? 0xFFFF...F : 0x8000...0), whose
 * unsigned order is the order of the doubles. All eight digit histograms are counted in one pass,
 * digits on which every key agrees are skipped (the exponent bytes of data on one scale), and each
 * remaining digit is one stable scatter between two buffers. For the 10^2 to 10^5 values per row
 * of an empirical distribution this is two to three times faster than a comparison sort on
 * Java 17; short ranges use {@link Arrays#sort(double[], int, int)}. NaN is not expected (callers
 * validate).
 */
public final class RadixSort {

    /** Ranges shorter than this use the comparison sort. */
    private static final int MIN_RADIX = 128;
    private static final int DIGITS = 8;
    private static final int BUCKETS = 256;

    private RadixSort() {
    }

    /** Reusable buffers for sorting many ranges in a row. */
    public static final class Buffers {
        private long[] keys = new long[0];
        private long[] scratch = new long[0];
        private final int[] counts = new int[DIGITS * BUCKETS];

        private void ensure(int m) {
            if (keys.length < m) {
                keys = new long[m];
                scratch = new long[m];
            }
        }
    }

    /**
     * Sorts {@code values[from, to)} ascending.
     *
     * @param values the array
     * @param from first index, inclusive
     * @param to last index, exclusive
     * @param buffers work space, reused across calls (not shared between threads)
     */
    public static void sort(double[] values, int from, int to, Buffers buffers) {
        int m = to - from;
        if (m < MIN_RADIX) {
            Arrays.sort(values, from, to);
            return;
        }
        buffers.ensure(m);
        long[] a = buffers.keys;
        long[] b = buffers.scratch;
        int[] counts = buffers.counts;
        Arrays.fill(counts, 0);
        for (int k = 0; k < m; k++) {
            long bits = Double.doubleToRawLongBits(values[from + k]);
            long key = bits ^ ((bits >> 63) | Long.MIN_VALUE);
            a[k] = key;
            for (int d = 0; d < DIGITS; d++) {
                counts[d * BUCKETS + (int) ((key >>> (8 * d)) & 0xFF)]++;
            }
        }
        for (int d = 0; d < DIGITS; d++) {
            int base = d * BUCKETS;
            int shift = 8 * d;
            if (counts[base + (int) ((a[0] >>> shift) & 0xFF)] == m) {
                continue; // every key has this digit
            }
            int sum = 0;
            for (int j = 0; j < BUCKETS; j++) {
                int c = counts[base + j];
                counts[base + j] = sum;
                sum += c;
            }
            for (int k = 0; k < m; k++) {
                long key = a[k];
                b[counts[base + (int) ((key >>> shift) & 0xFF)]++] = key;
            }
            long[] t = a;
            a = b;
            b = t;
        }
        for (int k = 0; k < m; k++) {
            long key = a[k];
            long bits = key < 0 ? key ^ Long.MIN_VALUE : ~key;
            values[from + k] = Double.longBitsToDouble(bits);
        }
    }
}
