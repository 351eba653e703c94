package skpro.distributions;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;

import skpro.distributions.internal.Check;

/**
 * Quantile-parametrised empirical distributions, skpro's {@code QPD_Empirical}: row i is given by
 * its quantiles q_i1 &le; ... &le; q_iN at common levels 0 &lt; p_1 &lt; ... &lt; p_N &lt; 1, and is
 * the discrete distribution on those quantiles whose quantile function takes, at every level p,
 * the quantile of the nearest given level.
 *
 * <p>Weights (as skpro): w_j = (p_(j+1) - p_(j-1)) / 2 with p_0 = -p_1 and p_(N+1) = 2 - p_N, i.e.
 * w_1 = (p_1 + p_2) / 2, w_N = 1 - (p_(N-1) + p_N) / 2 (w_1 = 1 when N = 1); the cumulative
 * weight after q_j is the midpoint (p_j + p_(j+1)) / 2, so {@code ppf(p) = q_j} for p in
 * ((p_(j-1) + p_j) / 2, (p_j + p_(j+1)) / 2]. Tied quantiles pool their weights.
 *
 * <p>Everything else is that of {@link Empirical} with these samples and weights (discrete
 * measure; pdf is the mass at a quantile; mean sum w q; variance with ddof = 0;
 * E|X - x| = sum_j w_j |q_j - x|; E|X - X'| = 2 sum_j C_j (1 - C_j) (q_(j+1) - q_j) with C_j the
 * cumulative weight), all in closed form. The quantiles are already sorted, so no sort is ever
 * needed.
 */
public final class QpdEmpirical extends AbstractDistribution {

    private final double[] alphas;
    private final double[] quantiles;
    private final Empirical empirical;

    private QpdEmpirical(double[] alphas, double[] quantiles, Empirical empirical) {
        super(empirical.size());
        this.alphas = alphas;
        this.quantiles = quantiles;
        this.empirical = empirical;
    }

    /**
     * @param quantiles rows x levels: {@code quantiles[i][j]} is row i's quantile at
     *     {@code alphas[j]}; finite and non-decreasing along each row
     * @param alphas the levels, strictly increasing, each in (0, 1)
     * @return the distribution
     * @throws IllegalArgumentException if an array is null or empty, a row's length differs from
     *     the number of levels, a level is outside (0, 1) or not above its predecessor, or a
     *     quantile is not finite or below its predecessor in the row
     */
    public static QpdEmpirical of(double[][] quantiles, double[] alphas) {
        Check.notEmpty("alphas", alphas);
        for (int j = 0; j < alphas.length; j++) {
            if (!(alphas[j] > 0.0 && alphas[j] < 1.0)) {
                throw new IllegalArgumentException("alphas[" + j + "] must be in (0, 1), got " + alphas[j]);
            }
            if (j > 0 && !(alphas[j] > alphas[j - 1])) {
                throw new IllegalArgumentException("alphas[" + j + "] = " + alphas[j] + " must be > alphas["
                    + (j - 1) + "] = " + alphas[j - 1]);
            }
        }
        if (quantiles == null || quantiles.length == 0) {
            throw new IllegalArgumentException("quantiles must not be " + (quantiles == null ? "null" : "empty"));
        }
        int levels = alphas.length;
        int n = quantiles.length;
        double[] flat = new double[Check.tableSize("quantiles", n, levels)];
        for (int i = 0; i < n; i++) {
            double[] row = quantiles[i];
            if (row == null || row.length != levels) {
                throw new IllegalArgumentException("quantiles[" + i + "] must have one value per level (" + levels
                    + "), got " + (row == null ? "null" : row.length));
            }
            for (int j = 0; j < levels; j++) {
                if (!Double.isFinite(row[j])) {
                    throw new IllegalArgumentException("quantiles[" + i + "][" + j + "] must be finite, got " + row[j]);
                }
                if (j > 0 && row[j] < row[j - 1]) {
                    throw new IllegalArgumentException("quantiles[" + i + "][" + j + "] = " + row[j]
                        + " must be >= quantiles[" + i + "][" + (j - 1) + "] = " + row[j - 1]);
                }
                flat[i * levels + j] = row[j];
            }
        }
        return build(alphas.clone(), flat);
    }

    /**
     * @param quantiles the quantiles of the one row at {@code alphas}
     * @param alphas the levels
     * @return a one-row distribution
     * @throws IllegalArgumentException as {@link #of(double[][], double[])}
     */
    public static QpdEmpirical of(double[] quantiles, double[] alphas) {
        return of(new double[][] {quantiles}, alphas);
    }

    private static QpdEmpirical build(double[] alphas, double[] flat) {
        int levels = alphas.length;
        int n = flat.length / levels;
        double[] w = levelWeights(alphas);
        int[] offsets = new int[n + 1];
        double[] weights = new double[flat.length];
        for (int i = 0; i < n; i++) {
            offsets[i + 1] = (i + 1) * levels;
            System.arraycopy(w, 0, weights, i * levels, levels);
        }
        return new QpdEmpirical(alphas, flat, Empirical.ofSortedRows(flat, offsets, weights));
    }

    /** skpro's level weights: half the distance between the neighbouring levels, reflected at 0 and 1. */
    static double[] levelWeights(double[] p) {
        int n = p.length;
        double[] w = new double[n];
        if (n == 1) {
            w[0] = 1.0;
            return w;
        }
        w[0] = 0.5 * (p[0] + p[1]);
        for (int j = 1; j < n - 1; j++) {
            w[j] = 0.5 * (p[j + 1] - p[j - 1]);
        }
        w[n - 1] = 1.0 - 0.5 * (p[n - 2] + p[n - 1]);
        double sum = 0.0;
        for (double v : w) {
            sum += v;
        }
        for (int j = 0; j < n; j++) {
            w[j] /= sum; // the weights sum to 1 up to rounding; make it exact for the cumulative weights
        }
        return w;
    }

    /** @return the levels (a copy) */
    public double[] alphas() {
        return alphas.clone();
    }

    /** @return the quantiles, rows x levels (copies) */
    public double[][] quantiles() {
        int levels = alphas.length;
        double[][] out = new double[size()][levels];
        for (int i = 0; i < out.length; i++) {
            System.arraycopy(quantiles, i * levels, out[i], 0, levels);
        }
        return out;
    }

    /** @return the probability mass of each level's quantile (the same for every row) */
    public double[] levelWeights() {
        return levelWeights(alphas);
    }

    /** @return the same distribution as a weighted {@link Empirical} */
    public Empirical toEmpirical() {
        return Empirical.of(quantiles(), empirical.weights());
    }

    @Override
    public Map<String, double[]> parameters() {
        Map<String, double[]> out = new LinkedHashMap<>();
        int levels = alphas.length;
        for (int j = 0; j < levels; j++) {
            double[] col = new double[size()];
            for (int i = 0; i < col.length; i++) {
                col[i] = quantiles[i * levels + j];
            }
            out.put(String.format(Locale.ROOT, "q(%s)", alphas[j]), col);
        }
        return out;
    }

    @Override
    public QpdEmpirical select(int... rows) {
        Check.rows(rows, size());
        int levels = alphas.length;
        double[] flat = new double[rows.length * levels];
        for (int j = 0; j < rows.length; j++) {
            System.arraycopy(quantiles, rows[j] * levels, flat, j * levels, levels);
        }
        return build(alphas, flat);
    }

    @Override
    public MeasureType measureType() {
        return MeasureType.DISCRETE;
    }

    // ---------------------------------------------------------------- row primitives (delegated)

    @Override
    protected double cdfAt(int i, double x) {
        return empirical.cdfAt(i, x);
    }

    @Override
    protected double survivalAt(int i, double x) {
        return empirical.survivalAt(i, x);
    }

    @Override
    protected double pdfAt(int i, double x) {
        return empirical.pdfAt(i, x);
    }

    @Override
    protected double logPdfAt(int i, double x) {
        return empirical.logPdfAt(i, x);
    }

    @Override
    protected double ppfAt(int i, double p) {
        return empirical.ppfAt(i, p);
    }

    @Override
    protected double isfAt(int i, double q) {
        return empirical.isfAt(i, q);
    }

    @Override
    protected double supportLowerAt(int i) {
        return empirical.supportLowerAt(i);
    }

    @Override
    protected double supportUpperAt(int i) {
        return empirical.supportUpperAt(i);
    }

    @Override
    protected double meanAt(int i) {
        return empirical.meanAt(i);
    }

    @Override
    protected double varAt(int i) {
        return empirical.varAt(i);
    }

    @Override
    protected double energyAt(int i) {
        return empirical.energyAt(i);
    }

    @Override
    protected double energyAt(int i, double x) {
        return empirical.energyAt(i, x);
    }

    @Override
    protected double sampleAt(int i, RandomGenerator rng) {
        return empirical.sampleAt(i, rng);
    }
}
