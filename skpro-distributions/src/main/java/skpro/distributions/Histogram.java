package skpro.distributions;

import java.util.LinkedHashMap;
import java.util.Map;

import skpro.distributions.internal.Check;
import skpro.distributions.internal.Ragged;

/**
 * Histogram distributions, one per row: piecewise-uniform densities on bins
 * [e_0, e_1), [e_1, e_2), ..., [e_(k-1), e_k] with masses m_1..m_k (skpro's {@code Histogram}
 * with parameters {@code bins} and {@code bin_mass}; rows may have different numbers of bins).
 *
 * <p>In bin j (width w_j = e_j - e_(j-1), centre c_j, cumulative mass C_(j-1) before it and A_j
 * after it): f(x) = m_j / w_j; F(x) = C_(j-1) + m_j (x - e_(j-1)) / w_j; S(x) = A_j + m_j (e_j - x) / w_j
 * (summed from the top, accurate in the upper tail); f = 0, log f = -inf outside the support and
 * in bins of zero mass (skpro's log pdf is 0 outside the support: not copied). Bins are closed on
 * the left, so f(e_k) = 0. The support is [left edge of the first bin of positive mass, right edge
 * of the last one].
 *
 * <p>Quantiles, piecewise linear: for p in (C_(j-1), C_j], Q(p) = e_(j-1) + (p - C_(j-1)) w_j / m_j;
 * {@code isf(q)} mirrors it from the top (Q = e_j - (q - A_j) w_j / m_j), and {@code ppf(p)} for
 * p &gt; 1/2 goes through {@code isf(1 - p)}. At a flat stretch of F (bins of zero mass) the
 * smallest point is returned.
 *
 * <p>Mean sum m_j c_j; variance sum m_j ((c_j - mean)^2 + w_j^2 / 12).
 * E|X - x| = sum_j m_j E|U_j - x| with U_j uniform on bin j: |c_j - x| when x is outside the
 * bin, ((x - e_(j-1))^2 + (e_j - x)^2) / (2 w_j) inside. E|X - X'| = sum_j m_j^2 w_j / 3 (two
 * draws from the same bin) + 2 sum_(i&lt;j) m_i m_j (c_j - c_i) (disjoint bins), the latter summed
 * as 2 sum_j (c_(j+1) - c_j) C_j A_j over consecutive bins, without cancellation. All closed
 * form (skpro approximates E|X - X'| by the bin centres; not copied). Samples by inversion.
 */
public final class Histogram extends AbstractDistribution {

    private static final double MASS_TOLERANCE = 1e-9;

    private final double[] edges;
    /** Row i's edges are edges[edgeOffsets[i] .. edgeOffsets[i + 1]); its bins one fewer. */
    private final int[] edgeOffsets;
    /** Normalised masses; bin j of row i (left edge index e = edgeOffsets[i] + j) at mass[e - i]. */
    private final double[] mass;
    /** Mass of the bins left of edge e (aligned with edges). */
    private final double[] below;
    /** Mass of the bins right of edge e (aligned with edges). */
    private final double[] above;

    private Histogram(double[] edges, int[] edgeOffsets, double[] mass) {
        super(edgeOffsets.length - 1);
        this.edges = edges;
        this.edgeOffsets = edgeOffsets;
        this.mass = mass;
        this.below = new double[edges.length];
        this.above = new double[edges.length];
        for (int i = 0; i + 1 < edgeOffsets.length; i++) {
            int from = edgeOffsets[i];
            int to = edgeOffsets[i + 1];
            double s = 0.0;
            for (int e = from; e < to; e++) {
                below[e] = s;
                if (e + 1 < to) {
                    s += mass[e - i];
                }
            }
            double t = 0.0;
            for (int e = to - 1; e >= from; e--) {
                above[e] = t;
                if (e > from) {
                    t += mass[e - 1 - i];
                }
            }
        }
    }

    /**
     * @param bins per row, the k + 1 bin edges (at least 2), finite and strictly increasing
     * @param binMass per row, the k bin masses, finite and &ge; 0, summing to 1 within 1e-9
     *     (they are divided by their sum)
     * @return the distribution
     * @throws IllegalArgumentException if an array is null or empty, the row counts differ, a row
     *     of masses does not have one value fewer than its edges, an edge is not finite or not
     *     above its predecessor, a mass is negative or not finite, or a row's masses do not sum to 1
     */
    public static Histogram of(double[][] bins, double[][] binMass) {
        int[] offsets = Ragged.offsets("bins", bins);
        double[] flatEdges = Ragged.flattenFinite("bins", bins, offsets);
        if (binMass == null || binMass.length != bins.length) {
            throw new IllegalArgumentException("binMass must have one row per row of bins (" + bins.length
                + "), got " + (binMass == null ? "null" : binMass.length));
        }
        int n = bins.length;
        double[] flatMass = new double[flatEdges.length - n];
        for (int i = 0; i < n; i++) {
            double[] e = bins[i];
            if (e.length < 2) {
                throw new IllegalArgumentException("bins[" + i + "] must hold at least 2 edges, got " + e.length);
            }
            for (int k = 1; k < e.length; k++) {
                if (!(e[k] > e[k - 1])) {
                    throw new IllegalArgumentException("bins[" + i + "][" + k + "] = " + e[k] + " must be > bins["
                        + i + "][" + (k - 1) + "] = " + e[k - 1]);
                }
            }
            double[] m = binMass[i];
            if (m == null || m.length != e.length - 1) {
                throw new IllegalArgumentException("binMass[" + i + "] must hold " + (e.length - 1)
                    + " masses (one per bin of bins[" + i + "]), got " + (m == null ? "null" : m.length));
            }
            double sum = 0.0;
            for (int j = 0; j < m.length; j++) {
                if (!(m[j] >= 0.0 && m[j] < Double.POSITIVE_INFINITY)) {
                    throw new IllegalArgumentException("binMass[" + i + "][" + j + "] must be finite and >= 0, got "
                        + m[j]);
                }
                sum += m[j];
            }
            if (!(Math.abs(sum - 1.0) <= MASS_TOLERANCE)) {
                throw new IllegalArgumentException("binMass[" + i + "] must sum to 1 (within 1e-9), got " + sum);
            }
            for (int j = 0; j < m.length; j++) {
                flatMass[offsets[i] - i + j] = m[j] / sum;
            }
        }
        return new Histogram(flatEdges, offsets, flatMass);
    }

    /**
     * @param bins the k + 1 bin edges of the one row
     * @param binMass the k bin masses
     * @return a one-row histogram
     * @throws IllegalArgumentException as {@link #of(double[][], double[][])}
     */
    public static Histogram of(double[] bins, double[] binMass) {
        return of(new double[][] {bins}, new double[][] {binMass});
    }

    /** @return the bin edges per row (copies) */
    public double[][] bins() {
        return Ragged.rows(edges, edgeOffsets);
    }

    /** @return the (normalised) bin masses per row (copies) */
    public double[][] binMass() {
        double[][] out = new double[size()][];
        for (int i = 0; i < out.length; i++) {
            int from = edgeOffsets[i] - i;
            out[i] = java.util.Arrays.copyOfRange(mass, from, edgeOffsets[i + 1] - i - 1);
        }
        return out;
    }

    @Override
    public Map<String, double[]> parameters() {
        int n = size();
        double[] lower = new double[n];
        double[] upper = new double[n];
        double[] count = new double[n];
        for (int i = 0; i < n; i++) {
            lower[i] = edges[edgeOffsets[i]];
            upper[i] = edges[edgeOffsets[i + 1] - 1];
            count[i] = edgeOffsets[i + 1] - edgeOffsets[i] - 1;
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        out.put("lower", lower);
        out.put("upper", upper);
        out.put("bins", count);
        out.put("mean", mean());
        return out;
    }

    @Override
    public Histogram select(int... rows) {
        Check.rows(rows, size());
        int[] off = Ragged.pickOffsets(edgeOffsets, rows);
        double[] e = Ragged.pickValues(edges, edgeOffsets, rows, off);
        double[] m = new double[e.length - rows.length];
        for (int j = 0; j < rows.length; j++) {
            int r = rows[j];
            int from = edgeOffsets[r] - r;
            System.arraycopy(mass, from, m, off[j] - j, edgeOffsets[r + 1] - edgeOffsets[r] - 1);
        }
        return new Histogram(e, off, m);
    }

    // ---------------------------------------------------------------- helpers

    /** @return the index of the last edge of row i that is &le; x, or from - 1 if none */
    private int lastEdgeAtMost(int i, double x) {
        int lo = edgeOffsets[i];
        int hi = edgeOffsets[i + 1];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (edges[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    // ---------------------------------------------------------------- row primitives

    @Override
    protected double cdfAt(int i, double x) {
        int e = lastEdgeAtMost(i, x);
        if (e < edgeOffsets[i]) {
            return 0.0;
        }
        if (e >= edgeOffsets[i + 1] - 1) {
            return 1.0;
        }
        return below[e] + mass[e - i] * ((x - edges[e]) / (edges[e + 1] - edges[e]));
    }

    @Override
    protected double survivalAt(int i, double x) {
        int e = lastEdgeAtMost(i, x);
        if (e < edgeOffsets[i]) {
            return 1.0;
        }
        if (e >= edgeOffsets[i + 1] - 1) {
            return 0.0;
        }
        return above[e + 1] + mass[e - i] * ((edges[e + 1] - x) / (edges[e + 1] - edges[e]));
    }

    @Override
    protected double pdfAt(int i, double x) {
        int e = lastEdgeAtMost(i, x);
        if (e < edgeOffsets[i] || e >= edgeOffsets[i + 1] - 1) {
            return 0.0;
        }
        return mass[e - i] / (edges[e + 1] - edges[e]);
    }

    @Override
    protected double logPdfAt(int i, double x) {
        return Math.log(pdfAt(i, x));
    }

    @Override
    protected double supportLowerAt(int i) {
        int e = edgeOffsets[i];
        while (mass[e - i] == 0.0) {
            e++;
        }
        return edges[e];
    }

    @Override
    protected double supportUpperAt(int i) {
        int e = edgeOffsets[i + 1] - 1;
        while (mass[e - 1 - i] == 0.0) {
            e--;
        }
        return edges[e];
    }

    @Override
    protected double ppfAt(int i, double p) {
        if (p > 0.5) {
            return isfAt(i, 1.0 - p);
        }
        if (p == 0.0) {
            return supportLowerAt(i);
        }
        // first edge f with below[f] >= p: the quantile lies in the bin ending at f (of positive mass)
        int lo = edgeOffsets[i] + 1;
        int hi = edgeOffsets[i + 1] - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (below[mid] >= p) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        int e = lo - 1;
        double a = edges[e];
        double b = edges[lo];
        double m = mass[e - i];
        if (m == 0.0) {
            return b;
        }
        double x = a + (p - below[e]) / m * (b - a);
        return Math.min(Math.max(x, a), b);
    }

    @Override
    protected double isfAt(int i, double q) {
        if (q == 0.0) {
            return supportUpperAt(i);
        }
        if (q == 1.0) {
            return supportLowerAt(i);
        }
        // first edge f with above[f] <= q: the quantile lies in the bin ending at f (of positive mass)
        int lo = edgeOffsets[i] + 1;
        int hi = edgeOffsets[i + 1] - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (above[mid] <= q) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        int e = lo - 1;
        double a = edges[e];
        double b = edges[lo];
        double m = mass[e - i];
        if (m == 0.0) {
            return b;
        }
        double x = b - (q - above[lo]) / m * (b - a);
        return Math.min(Math.max(x, a), b);
    }

    @Override
    protected double meanAt(int i) {
        double sum = 0.0;
        for (int e = edgeOffsets[i]; e < edgeOffsets[i + 1] - 1; e++) {
            sum += mass[e - i] * (0.5 * (edges[e] + edges[e + 1]));
        }
        return sum;
    }

    @Override
    protected double varAt(int i) {
        double mean = meanAt(i);
        double sum = 0.0;
        for (int e = edgeOffsets[i]; e < edgeOffsets[i + 1] - 1; e++) {
            double w = edges[e + 1] - edges[e];
            double d = 0.5 * (edges[e] + edges[e + 1]) - mean;
            sum += mass[e - i] * (d * d + w * w / 12.0);
        }
        return sum;
    }

    @Override
    protected double energyAt(int i, double x) {
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        double sum = 0.0;
        for (int e = edgeOffsets[i]; e < edgeOffsets[i + 1] - 1; e++) {
            double a = edges[e];
            double b = edges[e + 1];
            double m = mass[e - i];
            if (x <= a) {
                sum += m * (0.5 * (a + b) - x);
            } else if (x >= b) {
                sum += m * (x - 0.5 * (a + b));
            } else {
                double l = x - a;
                double r = b - x;
                sum += m * ((l * l + r * r) / (2.0 * (b - a)));
            }
        }
        return sum;
    }

    @Override
    protected double energyAt(int i) {
        int last = edgeOffsets[i + 1] - 1;
        double same = 0.0;
        double apart = 0.0;
        for (int e = edgeOffsets[i]; e < last; e++) {
            double m = mass[e - i];
            same += m * m * (edges[e + 1] - edges[e]);
            if (e + 1 < last) {
                // gap between the centres of bins e and e + 1, times mass up to bin e and after it
                double gap = 0.5 * (edges[e + 2] - edges[e]);
                apart += gap * below[e + 1] * above[e + 1];
            }
        }
        return same / 3.0 + 2.0 * apart;
    }
}
