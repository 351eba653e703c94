package skpro.regression.conformal;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Seeded row permutations, row subsets and the shared checks of the conformal estimators. */
final class Rows {

    private Rows() {
    }

    /**
     * @param n the number of rows
     * @param seed the seed
     * @return a uniformly random permutation of 0..n-1 (Fisher-Yates on SplittableRandom(seed))
     */
    static int[] permutation(int n, long seed) {
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        return perm;
    }

    /**
     * The seeded split into a training and a calibration part: rows are permuted by the seed; the
     * first round(fraction * n) of the permutation calibrate, the rest train.
     *
     * @param n the number of rows
     * @param fraction the calibration fraction, in (0, 1)
     * @param seed the seed
     * @return {training rows, calibration rows}, each in permutation order
     * @throws IllegalArgumentException if either part would be empty
     */
    static int[][] split(int n, double fraction, long seed) {
        int nCal = (int) Math.round(fraction * n);
        if (nCal < 1 || nCal > n - 1) {
            throw new IllegalArgumentException("calibrationFraction " + fraction + " of " + n
                + " rows leaves " + nCal + " calibration and " + (n - nCal)
                + " training rows; each part needs at least one row");
        }
        int[] perm = permutation(n, seed);
        return new int[][] {Arrays.copyOfRange(perm, nCal, n), Arrays.copyOf(perm, nCal)};
    }

    /** @return the rows of x at idx (shared, not copied) */
    static double[][] rows(double[][] x, int[] idx) {
        double[][] out = new double[idx.length][];
        for (int k = 0; k < idx.length; k++) {
            out[k] = x[idx[k]];
        }
        return out;
    }

    /** @return the values of y at idx */
    static double[] values(double[] y, int[] idx) {
        double[] out = new double[idx.length];
        for (int k = 0; k < idx.length; k++) {
            out[k] = y[idx[k]];
        }
        return out;
    }

    /**
     * @param fraction a calibration fraction
     * @return it
     * @throws IllegalArgumentException if it is not in (0, 1)
     */
    static double fraction(double fraction) {
        if (!(fraction > 0.0 && fraction < 1.0)) {
            throw new IllegalArgumentException("calibrationFraction must be in (0, 1), got " + fraction);
        }
        return fraction;
    }

    /**
     * Fills the bands of one row from the sorted union M of its 2n lower and upper candidates:
     * piece k (k + 1 = b) is [M_(n+1-b), M_(n+b)] (1-based order statistics), the a-th smallest
     * and the a-th largest of M with a = n + 1 - b.
     *
     * @param merged the 2n candidates, sorted ascending
     * @param lower receives lower_k, n values
     * @param upper receives upper_k, n values
     */
    static void fillFromMerged(double[] merged, double[] lower, double[] upper) {
        int n = lower.length;
        for (int k = 0; k < n; k++) {
            lower[k] = merged[n - 1 - k];
            upper[k] = merged[n + k];
        }
    }

    /**
     * Quickselect (Hoare partition, middle pivot): reorders a so that a[k] is its (k+1)-th
     * smallest value, with no larger value before it and no smaller one after it.
     *
     * @param a the values, reordered
     * @param k the 0-based rank
     * @return a[k]
     */
    static double select(double[] a, int k) {
        int lo = 0;
        int hi = a.length - 1;
        while (lo < hi) {
            double pivot = a[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i++] = a[j];
                    a[j--] = t;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                break;
            }
        }
        return a[k];
    }

    /**
     * The bands center_i -/+ scale_i * s_(k+1) from sorted non-negative scores: piece k of row i is
     * [center_i - scale_i s_(k+1), center_i + scale_i s_(k+1)], nested by construction.
     *
     * @param center the center per row
     * @param scale the scale per row, &ge; 0 (null: 1 for every row)
     * @param sortedScores the scores, ascending, non-negative
     * @return the bands
     */
    static ConformalModel.Bands symmetric(double[] center, double[] scale, double[] sortedScores) {
        return new ConformalModel.Bands() {
            @Override
            public void fill(int i, double[] lower, double[] upper) {
                double s = scale == null ? 1.0 : scale[i];
                for (int k = 0; k < sortedScores.length; k++) {
                    double h = s * sortedScores[k];
                    lower[k] = center[i] - h;
                    upper[k] = center[i] + h;
                }
            }

            @Override
            public boolean piece(int i, int k, double[] out) {
                double h = (scale == null ? 1.0 : scale[i]) * sortedScores[k];
                out[0] = center[i] - h;
                out[1] = center[i] + h;
                return true;
            }
        };
    }
}
