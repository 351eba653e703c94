package skpro.regression.ensemble;

import java.util.SplittableRandom;

/** Row and column sampling and argument checks shared by the ensembles. */
final class Sampling {

    private Sampling() {
    }

    /**
     * The members' random streams, built in member order before any member is fitted: stream m
     * is the m-th {@code split()} of {@code SplittableRandom(seed)}, a function of (seed, m) only.
     */
    static SplittableRandom[] streams(long seed, int count) {
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] out = new SplittableRandom[count];
        for (int m = 0; m < count; m++) {
            out[m] = root.split();
        }
        return out;
    }

    /** @return k indices drawn uniformly from 0..n-1 with replacement */
    static int[] withReplacement(SplittableRandom rng, int n, int k) {
        int[] out = new int[k];
        for (int i = 0; i < k; i++) {
            out[i] = rng.nextInt(n);
        }
        return out;
    }

    /** @return k distinct indices from 0..n-1 in increasing order (a partial Fisher-Yates shuffle) */
    static int[] withoutReplacement(SplittableRandom rng, int n, int k) {
        int[] perm = identity(n);
        for (int i = 0; i < k; i++) {
            int j = i + rng.nextInt(n - i);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        int[] out = java.util.Arrays.copyOf(perm, k);
        java.util.Arrays.sort(out);
        return out;
    }

    /** @return a uniformly random permutation of 0..n-1 */
    static int[] permutation(SplittableRandom rng, int n) {
        int[] perm = identity(n);
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        return perm;
    }

    static int[] identity(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }

    /** @return the rows of x at the given indices, restricted to the given columns (null: all, shared) */
    static double[][] rows(double[][] x, int[] rows, int[] columns) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = columns == null ? x[rows[i]] : pick(x[rows[i]], columns);
        }
        return out;
    }

    /** @return every row of x restricted to the given columns */
    static double[][] columns(double[][] x, int[] columns) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = pick(x[i], columns);
        }
        return out;
    }

    static double[] pick(double[] v, int[] at) {
        double[] out = new double[at.length];
        for (int k = 0; k < at.length; k++) {
            out[k] = v[at[k]];
        }
        return out;
    }

    /** @return max(1, ceil(fraction * n)) */
    static int count(double fraction, int n) {
        return Math.max(1, (int) Math.ceil(fraction * n - 1e-9));
    }

    static void checkMembers(int nEstimators) {
        if (nEstimators < 1) {
            throw new IllegalArgumentException("nEstimators must be >= 1, got " + nEstimators);
        }
    }

    static void checkThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }

    static void checkFraction(String name, double fraction) {
        if (!(fraction > 0.0 && fraction <= 1.0)) {
            throw new IllegalArgumentException(name + " must be in (0, 1], got " + fraction);
        }
    }
}
