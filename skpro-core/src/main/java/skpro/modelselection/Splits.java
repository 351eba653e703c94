package skpro.modelselection;

import java.util.SplittableRandom;

/** Index helpers shared by the splitters: ranges, complements, seeded permutations. */
final class Splits {

    private Splits() {
    }

    /** @return lo, lo + 1, ..., hi - 1 */
    static int[] range(int lo, int hi) {
        int[] out = new int[hi - lo];
        for (int i = 0; i < out.length; i++) {
            out[i] = lo + i;
        }
        return out;
    }

    /** @return the rows of 0..n-1 not in {@code rows} (given sorted or not; no repeats) */
    static int[] complement(int n, int[] rows) {
        boolean[] taken = new boolean[n];
        for (int r : rows) {
            taken[r] = true;
        }
        int[] out = new int[n - rows.length];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (!taken[i]) {
                out[k++] = i;
            }
        }
        return out;
    }

    /** @return {@code perm[lo..hi)} */
    static int[] slice(int[] perm, int lo, int hi) {
        int[] out = new int[hi - lo];
        System.arraycopy(perm, lo, out, 0, out.length);
        return out;
    }

    /** @return a uniformly random permutation of 0..n-1 (Fisher-Yates, from the last position down) */
    static int[] permutation(int n, SplittableRandom rng) {
        int[] perm = range(0, n);
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        return perm;
    }

    /**
     * @param n the number of rows asked for
     * @param min the fewest rows the scheme accepts
     * @param scheme a description for the message, e.g. "KFold with nSplits = 5"
     * @throws IllegalArgumentException if n &lt; min
     */
    static void requireRows(int n, int min, String scheme) {
        if (n < min) {
            throw new IllegalArgumentException("n = " + n + " rows: " + scheme + " needs at least " + min);
        }
    }

    /** @throws IllegalArgumentException if value &lt; min, naming the parameter */
    static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", got " + value);
        }
        return value;
    }
}
