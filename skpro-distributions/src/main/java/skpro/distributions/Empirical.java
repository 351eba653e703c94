package skpro.distributions;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

import skpro.distributions.internal.Check;
import skpro.distributions.internal.RadixSort;
import skpro.distributions.internal.Ragged;

/**
 * Empirical distributions: row i is the discrete distribution putting weight w_ik on its sample
 * x_ik (k = 1..m_i); rows may hold different numbers of samples. Unweighted rows have w_ik =
 * 1/m_i; given weights are divided by their row sum. This is skpro's {@code Empirical} with its
 * long-format sample frame replaced by one array of samples per row.
 *
 * <p>Measure: discrete (counting measure on the samples), so {@code pdf(x)} is the probability
 * mass at x, the total weight of the samples equal to x (skpro raises there).
 * F(x) = sum of w_ik over x_ik &le; x. {@code ppf(p)} is the generalised inverse, as in skpro:
 * the first sorted sample whose cumulative weight reaches p ({@code ppf(0)} is the smallest
 * sample of positive weight). {@code isf(q)} is {@code ppf(1 - q)}, so weights below the spacing
 * of doubles near 1 are not resolved by it; {@code survival} is summed from the top and keeps them.
 * Mean sum w x; variance sum w (x - mean)^2 (ddof = 0, as skpro).
 * E|X - x| = sum_k w_k |x_k - x|. E|X - X'| = 2 sum_k C_k (1 - C_k) (x_(k+1) - x_(k)) over the
 * sorted samples, C_k the weight of the first k; unweighted this is
 * 2/m^2 sum_k (2k - m - 1) x_(k).
 *
 * <p>Storage and cost: all samples in one flat array with row offsets, weights in another (none
 * when unweighted). {@code mean}, {@code var}, {@code energy(x)} and {@code pdf} scan a row in
 * O(m) without sorting. {@code cdf}, {@code survival}, {@code ppf}, {@code energy()},
 * {@code sample} of weighted rows and the support need order: on first use every row is sorted
 * once (O(m log m)) into a private copy with cumulative weights; after that those cost
 * O(log m) (energy() O(m)). The sorted copy is built lazily and published through a volatile
 * field: two threads racing on first use may both sort, producing identical copies, one of
 * which is kept (a benign race); the object is immutable as seen from outside. {@link #select}
 * carries the sorted copy along when it exists.
 */
public final class Empirical extends AbstractDistribution {

    /** The rows in sorted order with cumulative weights; immutable once built. */
    static final class Sorted {
        final double[] values;
        /** Weights in sorted order; null when unweighted. */
        final double[] weights;
        /** Weight of the samples up to and including position k of the row; null when unweighted. */
        final double[] below;
        /** Weight of the samples strictly after position k of the row; null when unweighted. */
        final double[] above;

        Sorted(double[] values, double[] weights, double[] below, double[] above) {
            this.values = values;
            this.weights = weights;
            this.below = below;
            this.above = above;
        }
    }

    private final double[] values;
    private final int[] offsets;
    /** Normalised weights, flat like values; null when unweighted. */
    private final double[] weights;
    private volatile Sorted sorted;

    private Empirical(double[] values, int[] offsets, double[] weights, Sorted sorted) {
        super(offsets.length - 1);
        this.values = values;
        this.offsets = offsets;
        this.weights = weights;
        this.sorted = sorted;
    }

    /**
     * Unweighted empirical distributions.
     *
     * @param samples row i holds the samples of row i (at least one each, finite)
     * @return the distribution
     * @throws IllegalArgumentException if samples or a row is null or empty, or a sample is not
     *     finite (the message names {@code samples[i][k]})
     */
    public static Empirical of(double[][] samples) {
        int[] offsets = Ragged.offsets("samples", samples);
        return new Empirical(Ragged.flattenFinite("samples", samples, offsets), offsets, null, null);
    }

    /**
     * Weighted empirical distributions.
     *
     * @param samples row i holds the samples of row i (at least one each, finite)
     * @param weights one weight per sample, each finite and &ge; 0, each row's sum positive and
     *     finite; rows are divided by their sums
     * @return the distribution
     * @throws IllegalArgumentException if a shape differs, a sample is not finite, a weight is
     *     negative or not finite, or a row of weights does not sum to a positive finite number
     */
    public static Empirical of(double[][] samples, double[][] weights) {
        int[] offsets = Ragged.offsets("samples", samples);
        double[] flat = Ragged.flattenFinite("samples", samples, offsets);
        Ragged.sameShape("weights", weights, "samples", offsets);
        return new Empirical(flat, offsets, Ragged.flattenNormalised("weights", weights, offsets), null);
    }

    /**
     * @param samples the samples of the one row
     * @return a one-row unweighted empirical distribution
     * @throws IllegalArgumentException as {@link #of(double[][])}
     */
    public static Empirical of(double[] samples) {
        return of(new double[][] {samples});
    }

    /**
     * @param samples the samples of the one row
     * @param weights their weights
     * @return a one-row weighted empirical distribution
     * @throws IllegalArgumentException as {@link #of(double[][], double[][])}
     */
    public static Empirical of(double[] samples, double[] weights) {
        return of(new double[][] {samples}, new double[][] {weights});
    }

    /**
     * For {@link QpdEmpirical}: rows already sorted ascending, weights normalised per row; the
     * arrays are used as they are (not copied), and the sorted view is built at once in O(m).
     */
    static Empirical ofSortedRows(double[] values, int[] offsets, double[] weights) {
        return new Empirical(values, offsets, weights, cumulate(values, weights, offsets));
    }

    /** @return the samples per row, in the order given (copies) */
    public double[][] samples() {
        return Ragged.rows(values, offsets);
    }

    /** @return the normalised weights per row (1/m for unweighted rows; copies) */
    public double[][] weights() {
        if (weights != null) {
            return Ragged.rows(weights, offsets);
        }
        double[][] out = new double[size()][];
        for (int i = 0; i < out.length; i++) {
            int m = count(i);
            out[i] = new double[m];
            Arrays.fill(out[i], 1.0 / m);
        }
        return out;
    }

    /** @return the number of samples of each row */
    public int[] counts() {
        int[] out = new int[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = count(i);
        }
        return out;
    }

    /** @return whether weights were given */
    public boolean isWeighted() {
        return weights != null;
    }

    @Override
    public Map<String, double[]> parameters() {
        Map<String, double[]> out = new LinkedHashMap<>();
        double[] n = new double[size()];
        for (int i = 0; i < n.length; i++) {
            n[i] = count(i);
        }
        out.put("n", n);
        out.put("mean", mean());
        out.put("std", std());
        return out;
    }

    @Override
    public Empirical select(int... rows) {
        Check.rows(rows, size());
        int[] off = Ragged.pickOffsets(offsets, rows);
        double[] v = Ragged.pickValues(values, offsets, rows, off);
        double[] w = weights == null ? null : Ragged.pickValues(weights, offsets, rows, off);
        Sorted s = sorted;
        Sorted picked = null;
        if (s != null) {
            picked = new Sorted(Ragged.pickValues(s.values, offsets, rows, off),
                s.weights == null ? null : Ragged.pickValues(s.weights, offsets, rows, off),
                s.below == null ? null : Ragged.pickValues(s.below, offsets, rows, off),
                s.above == null ? null : Ragged.pickValues(s.above, offsets, rows, off));
        }
        return new Empirical(v, off, w, picked);
    }

    @Override
    public MeasureType measureType() {
        return MeasureType.DISCRETE;
    }

    // ---------------------------------------------------------------- sorting

    private int count(int i) {
        return offsets[i + 1] - offsets[i];
    }

    /** @return whether the sorted view has been built (for tests of the lazy sort) */
    boolean isSorted() {
        return sorted != null;
    }

    /** The sorted view, built on first use (benign race: concurrent builders give equal copies). */
    private Sorted sorted() {
        Sorted s = sorted;
        if (s == null) {
            double[] v = values.clone();
            double[] w = weights == null ? null : weights.clone();
            int n = size();
            RadixSort.Buffers buffers = new RadixSort.Buffers();
            for (int i = 0; i < n; i++) {
                if (w == null) {
                    RadixSort.sort(v, offsets[i], offsets[i + 1], buffers);
                } else {
                    Ragged.sortWithPayload(v, w, offsets[i], offsets[i + 1]);
                }
            }
            s = cumulate(v, w, offsets);
            sorted = s;
        }
        return s;
    }

    /** Cumulative weights of sorted rows, each normalised so that the top (bottom) reaches 1 exactly. */
    private static Sorted cumulate(double[] v, double[] w, int[] offsets) {
        if (w == null) {
            return new Sorted(v, null, null, null);
        }
        double[] below = new double[w.length];
        double[] above = new double[w.length];
        for (int i = 0; i + 1 < offsets.length; i++) {
            int from = offsets[i];
            int to = offsets[i + 1];
            double s = 0.0;
            for (int k = from; k < to; k++) {
                s += w[k];
                below[k] = s;
            }
            for (int k = from; k < to; k++) {
                below[k] /= s;
            }
            double t = 0.0;
            for (int k = to - 1; k >= from; k--) {
                above[k] = t;
                t += w[k];
            }
            for (int k = from; k < to; k++) {
                above[k] /= t;
            }
        }
        return new Sorted(v, w, below, above);
    }

    /** @return the first index in [from, to) whose value is &gt; x (to if none) */
    private static int upperBound(double[] v, int from, int to, double x) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (v[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** @return the first index in [from, to) whose value is &ge; x (to if none) */
    private static int lowerBound(double[] v, int from, int to, double x) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (v[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** @return the first index in [from, to) with c[k] &ge; p (to - 1 if none) */
    private static int firstAtLeast(double[] c, int from, int to, double p) {
        int lo = from;
        int hi = to - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (c[mid] >= p) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    // ---------------------------------------------------------------- row primitives

    @Override
    protected double cdfAt(int i, double x) {
        Sorted s = sorted();
        int from = offsets[i];
        int j = upperBound(s.values, from, offsets[i + 1], x);
        if (j == from) {
            return 0.0;
        }
        return s.below == null ? (double) (j - from) / count(i) : s.below[j - 1];
    }

    @Override
    protected double survivalAt(int i, double x) {
        Sorted s = sorted();
        int from = offsets[i];
        int j = upperBound(s.values, from, offsets[i + 1], x);
        if (j == from) {
            return 1.0;
        }
        return s.above == null ? (double) (offsets[i + 1] - j) / count(i) : s.above[j - 1];
    }

    @Override
    protected double pdfAt(int i, double x) {
        int from = offsets[i];
        int to = offsets[i + 1];
        Sorted s = sorted;
        if (s != null) {
            int lo = lowerBound(s.values, from, to, x);
            int hi = upperBound(s.values, lo, to, x);
            if (s.weights == null) {
                return (double) (hi - lo) / count(i);
            }
            double mass = 0.0;
            for (int k = lo; k < hi; k++) {
                mass += s.weights[k];
            }
            return mass;
        }
        double mass = 0.0;
        if (weights == null) {
            int hits = 0;
            for (int k = from; k < to; k++) {
                if (values[k] == x) {
                    hits++;
                }
            }
            return (double) hits / count(i);
        }
        for (int k = from; k < to; k++) {
            if (values[k] == x) {
                mass += weights[k];
            }
        }
        return mass;
    }

    @Override
    protected double logPdfAt(int i, double x) {
        return Math.log(pdfAt(i, x));
    }

    @Override
    protected double ppfAt(int i, double p) {
        Sorted s = sorted();
        int from = offsets[i];
        int to = offsets[i + 1];
        if (s.below == null) {
            // smallest k with (k + 1) / m >= p, by the same division the cdf uses
            int m = to - from;
            int lo = 0;
            int hi = m - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if ((double) (mid + 1) / m >= p) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return s.values[from + lo];
        }
        if (p == 0.0) {
            return s.values[firstAtLeast(s.below, from, to, Double.MIN_VALUE)];
        }
        return s.values[firstAtLeast(s.below, from, to, p)];
    }

    /**
     * {@code ppf(1 - q)}, so that {@code quantiles} and {@code ppf} agree exactly; upper-tail
     * weights below the spacing of doubles near 1 (about 1.1e-16) are not resolved.
     */
    @Override
    protected double isfAt(int i, double q) {
        return ppfAt(i, 1.0 - q);
    }

    @Override
    protected double supportLowerAt(int i) {
        return ppfAt(i, 0.0);
    }

    @Override
    protected double supportUpperAt(int i) {
        return ppfAt(i, 1.0);
    }

    @Override
    protected double meanAt(int i) {
        int from = offsets[i];
        int to = offsets[i + 1];
        double sum = 0.0;
        if (weights == null) {
            for (int k = from; k < to; k++) {
                sum += values[k];
            }
            return sum / (to - from);
        }
        for (int k = from; k < to; k++) {
            sum += weights[k] * values[k];
        }
        return sum;
    }

    @Override
    protected double varAt(int i) {
        double mean = meanAt(i);
        int from = offsets[i];
        int to = offsets[i + 1];
        double sum = 0.0;
        if (weights == null) {
            for (int k = from; k < to; k++) {
                double d = values[k] - mean;
                sum += d * d;
            }
            return sum / (to - from);
        }
        for (int k = from; k < to; k++) {
            double d = values[k] - mean;
            sum += weights[k] * d * d;
        }
        return sum;
    }

    @Override
    protected double energyAt(int i, double x) {
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        int from = offsets[i];
        int to = offsets[i + 1];
        double sum = 0.0;
        if (weights == null) {
            for (int k = from; k < to; k++) {
                sum += Math.abs(values[k] - x);
            }
            return sum / (to - from);
        }
        for (int k = from; k < to; k++) {
            sum += weights[k] * Math.abs(values[k] - x);
        }
        return sum;
    }

    /** E|X - X'| from the gaps of the sorted row: every term is non-negative (no cancellation). */
    @Override
    protected double energyAt(int i) {
        return energyOf(sorted(), i);
    }

    private double energyOf(Sorted s, int i) {
        int from = offsets[i];
        int to = offsets[i + 1];
        double[] v = s.values;
        double sum = 0.0;
        if (s.below == null) {
            long m = to - from;
            for (int k = from + 1; k < to; k++) {
                long c = k - from;
                sum += (double) (c * (m - c)) * (v[k] - v[k - 1]);
            }
            return 2.0 * sum / ((double) m * m);
        }
        for (int k = from + 1; k < to; k++) {
            sum += s.below[k - 1] * s.above[k - 1] * (v[k] - v[k - 1]);
        }
        return 2.0 * sum;
    }

    @Override
    protected double sampleAt(int i, RandomGenerator rng) {
        int from = offsets[i];
        int to = offsets[i + 1];
        if (weights == null) {
            return values[from + rng.nextInt(to - from)];
        }
        Sorted s = sorted();
        double u = rng.nextDouble();
        // first k with below[k] > u: the samples are drawn with their weights
        int lo = from;
        int hi = to - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (s.below[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return s.values[lo];
    }

    // ------------------------------------------- vectorised hot paths

    @Override
    public double[] energy() {
        Sorted s = sorted();
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = energyOf(s, i);
        }
        return out;
    }

    @Override
    public double[] energy(double[] x) {
        Check.points("x", x, size());
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = energyAt(i, x[i]);
        }
        return out;
    }
}
