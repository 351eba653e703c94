package skpro.distributions;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import skpro.distributions.internal.Check;

/**
 * Categorical distributions over K class labels l_0 &lt; l_1 &lt; ... &lt; l_{K-1} (finite reals,
 * shared by all rows), one probability vector per row: the prediction type of probabilistic
 * classifiers.
 *
 * <p>Discrete: pdf(l_k) = p_k (the mass), 0 off the labels. F(x) = sum_{l_k &le; x} p_k, summed
 * from the bottom; S(x) = sum_{l_k &gt; x} p_k, summed from the top, so both tails keep their
 * relative accuracy. The quantile is the generalised inverse, the smallest label with
 * F &ge; p (for p &gt; 1/2: the smallest label with S &le; 1 - p); ppf(0) and ppf(1) are the
 * smallest and largest labels of positive probability. E X = sum p_k l_k,
 * Var X = sum p_k (l_k - E X)^2, E|X - x| = sum p_k |l_k - x|, and
 * E|X - X'| = sum_j sum_k p_j p_k |l_j - l_k| = 2 sum_{k &lt; K-1} F_k S_k (l_{k+1} - l_k) in O(K)
 * (F_k summed from the bottom while F_k &le; 1/2, S_k from the top beyond). All methods are
 * exact finite sums; draws are by inversion.
 *
 * <p>Probabilities are stored in one row-major array; each row is divided by its sum at
 * construction.
 */
public final class Categorical extends AbstractDistribution {

    /** Allowed distance of a row's sum from 1. */
    public static final double SUM_TOLERANCE = 1e-9;

    private final double[] labels;
    /** Row-major: row i, class k at {@code i * K + k}. */
    private final double[] prob;
    private final int classes;

    private Categorical(double[] labels, double[] prob) {
        super(prob.length / labels.length);
        this.labels = labels;
        this.prob = prob;
        this.classes = labels.length;
    }

    /**
     * @param probabilities one row per distribution, each of length {@code labels.length}, with
     *     finite non-negative entries summing to 1 within {@link #SUM_TOLERANCE}
     * @param labels the class labels, finite, strictly increasing, at least one
     * @return the distribution (each row normalised by its sum)
     * @throws IllegalArgumentException if an array is null or empty, the labels are not finite
     *     and strictly increasing, a row has the wrong length, an entry is negative or not
     *     finite, or a row does not sum to 1 within the tolerance
     */
    public static Categorical of(double[][] probabilities, double[] labels) {
        Check.finite("labels", labels);
        for (int k = 1; k < labels.length; k++) {
            if (!(labels[k] > labels[k - 1])) {
                throw new IllegalArgumentException("labels must be strictly increasing: labels[" + k + "] = "
                    + labels[k] + " <= labels[" + (k - 1) + "] = " + labels[k - 1]);
            }
        }
        if (probabilities == null) {
            throw new IllegalArgumentException("probabilities must not be null");
        }
        if (probabilities.length == 0) {
            throw new IllegalArgumentException("probabilities must not be empty");
        }
        int classes = labels.length;
        double[] flat = new double[Check.tableSize("probabilities", probabilities.length, classes)];
        for (int i = 0; i < probabilities.length; i++) {
            double[] row = probabilities[i];
            if (row == null || row.length != classes) {
                throw new IllegalArgumentException("probabilities[" + i + "] must have one value per label ("
                    + classes + "), got " + (row == null ? "null" : row.length));
            }
            double sum = 0.0;
            for (int k = 0; k < classes; k++) {
                if (!(row[k] >= 0.0 && row[k] < Double.POSITIVE_INFINITY)) {
                    throw new IllegalArgumentException("probabilities[" + i + "][" + k
                        + "] must be finite and >= 0, got " + row[k]);
                }
                sum += row[k];
            }
            if (!(Math.abs(sum - 1.0) <= SUM_TOLERANCE)) {
                throw new IllegalArgumentException("probabilities[" + i + "] must sum to 1 (within "
                    + SUM_TOLERANCE + "), got " + sum);
            }
            for (int k = 0; k < classes; k++) {
                flat[i * classes + k] = row[k] / sum;
            }
        }
        double[] sortedLabels = labels.clone();
        for (int k = 0; k < sortedLabels.length; k++) {
            sortedLabels[k] += 0.0; // -0.0 becomes 0.0, as the lookups map their points
        }
        return new Categorical(sortedLabels, flat);
    }

    /**
     * @param probabilities the probabilities of one row, one per label
     * @param labels the class labels, finite, strictly increasing
     * @return a one-row distribution
     * @throws IllegalArgumentException as {@link #of(double[][], double[])}
     */
    public static Categorical of(double[] probabilities, double[] labels) {
        return of(new double[][] {probabilities}, labels);
    }

    /** @return the class labels (a copy) */
    public double[] labels() {
        return labels.clone();
    }

    /** @return the number of classes K */
    public int numClasses() {
        return classes;
    }

    /** @return the probabilities as a {@code size() x K} array (a copy) */
    public double[][] probabilities() {
        double[][] out = new double[size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = Arrays.copyOfRange(prob, i * classes, (i + 1) * classes);
        }
        return out;
    }

    /**
     * @param row the row, in [0, size())
     * @param classIndex the class index, in [0, K)
     * @return the probability of label {@code labels()[classIndex]} in that row
     * @throws IllegalArgumentException if an index is out of range
     */
    public double probability(int row, int classIndex) {
        if (row < 0 || row >= size()) {
            throw new IllegalArgumentException("row = " + row + " is out of range [0, " + size() + ")");
        }
        if (classIndex < 0 || classIndex >= classes) {
            throw new IllegalArgumentException("classIndex = " + classIndex + " is out of range [0, " + classes + ")");
        }
        return prob[row * classes + classIndex];
    }

    /** @return one column per label, named {@code p(label)} */
    @Override
    public Map<String, double[]> parameters() {
        Map<String, double[]> out = new LinkedHashMap<>();
        int n = size();
        for (int k = 0; k < classes; k++) {
            double[] column = new double[n];
            for (int i = 0; i < n; i++) {
                column[i] = prob[i * classes + k];
            }
            out.put("p(" + String.format(Locale.ROOT, "%.6g", labels[k]) + ")", column);
        }
        return out;
    }

    @Override
    public Categorical select(int... rows) {
        Check.rows(rows, size());
        double[] picked = new double[rows.length * classes];
        for (int j = 0; j < rows.length; j++) {
            System.arraycopy(prob, rows[j] * classes, picked, j * classes, classes);
        }
        return new Categorical(labels, picked);
    }

    /** @return {@link MeasureType#DISCRETE}: the pdf is the mass at the labels */
    @Override
    public MeasureType measureType() {
        return MeasureType.DISCRETE;
    }

    // ---------------------------------------------------------------- row primitives

    /** @return the number of labels &le; x */
    private int countAtOrBelow(double x) {
        int pos = Arrays.binarySearch(labels, x + 0.0); // + 0.0 maps -0.0 to 0.0
        return pos >= 0 ? pos + 1 : -pos - 1;
    }

    @Override
    protected double cdfAt(int i, double x) {
        int m = countAtOrBelow(x);
        if (m == classes) {
            return 1.0;
        }
        double sum = 0.0;
        for (int k = i * classes, end = k + m; k < end; k++) {
            sum += prob[k];
        }
        return Math.min(sum, 1.0);
    }

    @Override
    protected double survivalAt(int i, double x) {
        int m = countAtOrBelow(x);
        if (m == 0) {
            return 1.0;
        }
        double sum = 0.0;
        for (int k = (i + 1) * classes - 1, end = i * classes + m; k >= end; k--) {
            sum += prob[k];
        }
        return Math.min(sum, 1.0);
    }

    @Override
    protected double pdfAt(int i, double x) {
        int pos = Arrays.binarySearch(labels, x + 0.0); // + 0.0 maps -0.0 to 0.0
        return pos >= 0 ? prob[i * classes + pos] : 0.0;
    }

    @Override
    protected double logPdfAt(int i, double x) {
        return Math.log(pdfAt(i, x));
    }

    /** @return the smallest label of positive probability */
    @Override
    protected double supportLowerAt(int i) {
        int base = i * classes;
        for (int k = 0; k < classes; k++) {
            if (prob[base + k] > 0.0) {
                return labels[k];
            }
        }
        return labels[0];
    }

    /** @return the largest label of positive probability */
    @Override
    protected double supportUpperAt(int i) {
        int base = i * classes;
        for (int k = classes - 1; k >= 0; k--) {
            if (prob[base + k] > 0.0) {
                return labels[k];
            }
        }
        return labels[classes - 1];
    }

    @Override
    protected double ppfAt(int i, double p) {
        if (p > 0.5) {
            return isfAt(i, 1.0 - p);
        }
        if (p == 0.0) {
            return supportLowerAt(i);
        }
        int base = i * classes;
        double sum = 0.0;
        for (int k = 0; k < classes; k++) {
            sum += prob[base + k];
            if (sum >= p) {
                return labels[k];
            }
        }
        return supportUpperAt(i);
    }

    @Override
    protected double isfAt(int i, double q) {
        if (q == 1.0) {
            return supportLowerAt(i);
        }
        int base = i * classes;
        // smallest k with S_k = sum_{j > k} p_j <= q: walk down while S_{k-1} = S_k + p_k <= q
        double s = 0.0;
        int k = classes - 1;
        while (k > 0) {
            double next = s + prob[base + k];
            if (next > q) {
                break;
            }
            s = next;
            k--;
        }
        return labels[k];
    }

    @Override
    protected double meanAt(int i) {
        int base = i * classes;
        double sum = 0.0;
        for (int k = 0; k < classes; k++) {
            sum += prob[base + k] * labels[k];
        }
        return sum;
    }

    @Override
    protected double varAt(int i) {
        double mean = meanAt(i);
        int base = i * classes;
        double sum = 0.0;
        for (int k = 0; k < classes; k++) {
            double d = labels[k] - mean;
            sum += prob[base + k] * d * d;
        }
        return sum;
    }

    @Override
    protected double energyAt(int i, double x) {
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        int base = i * classes;
        double sum = 0.0;
        for (int k = 0; k < classes; k++) {
            sum += prob[base + k] * Math.abs(labels[k] - x);
        }
        return sum;
    }

    /** 2 sum_k F_k S_k (l_{k+1} - l_k), each of F_k, S_k = 1 - F_k summed from its own side. */
    @Override
    protected double energyAt(int i) {
        int base = i * classes;
        double sum = 0.0;
        double f = 0.0;
        int split = classes - 1; // points k < split use F from the bottom
        for (int k = 0; k < classes - 1; k++) {
            f += prob[base + k];
            if (f > 0.5) {
                split = k;
                break;
            }
            sum += f * (1.0 - f) * (labels[k + 1] - labels[k]);
        }
        double s = 0.0;
        for (int k = classes - 2; k >= split; k--) {
            s += prob[base + k + 1];
            sum += (1.0 - s) * s * (labels[k + 1] - labels[k]);
        }
        return 2.0 * sum;
    }
}
