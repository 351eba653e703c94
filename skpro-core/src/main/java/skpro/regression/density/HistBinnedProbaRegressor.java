package skpro.regression.density;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import skpro.classification.ProbaClassifier;
import skpro.classification.ProbaClassifierModel;
import skpro.distributions.Distribution;
import skpro.distributions.Histogram;
import skpro.regression.Params;
import skpro.regression.ProbaModel;
import skpro.regression.ProbaRegressor;
import skpro.regression.internal.DataChecks;

/**
 * Probabilistic regression by classification over bins of y (skpro's
 * {@code HistBinnedProbaRegressor}): y is cut into bins with edges e_0 &lt; e_1 &lt; ... &lt; e_k,
 * a {@link ProbaClassifier} is fitted to the bin index of each row, and the prediction for a row
 * is the {@link Histogram} on those edges whose bin masses are the classifier's probabilities:
 * piecewise-uniform within each bin.
 *
 * <p>Edges ({@link Binning}): QUANTILE (default), e_j = the j/k quantile of the training y
 * (linear interpolation between order statistics, numpy's default), so the bins hold equal
 * shares of the rows; UNIFORM, e_j = min + j (max - min) / k; GIVEN, the edges of the parameter
 * {@code edges}. For QUANTILE and UNIFORM the outer edges are the training minimum and maximum,
 * each moved outwards by {@code margin} (max - min) (default 0: test targets beyond the training
 * range then have density 0, and infinite log-loss); repeated edges (ties in y) are dropped, so
 * there may be fewer than k bins, and a constant y gives the one bin [y - 1/2, y + 1/2]. With
 * GIVEN edges, a training target below e_0 counts in the first bin and one above e_k in the last.
 * Bins are closed on the left, the last one on both sides.
 *
 * <p>A bin holding no training row is not a class of the classifier: its predicted mass is 0.
 * When all rows fall in one bin no classifier is fitted and every prediction puts mass 1 on that
 * bin. The classifier sees the bin indices as Integer labels; it may itself predict probability 0
 * for a bin (a pure tree leaf, for example), which the histogram keeps.
 *
 * <p>Parameters: {@code clf} (the classifier), {@code binning} (default QUANTILE), {@code bins}
 * (k &gt;= 1 for QUANTILE and UNIFORM, default 10), {@code edges} (for GIVEN: at least 2 finite,
 * strictly increasing values; default empty), {@code margin} (finite and &gt;= 0, default 0).
 */
public final class HistBinnedProbaRegressor implements ProbaRegressor {

    /** How the bin edges are chosen. */
    public enum Binning {
        /** Equal-frequency bins: edges at the j/k quantiles of the training y. */
        QUANTILE,
        /** Equal-width bins over the training range. */
        UNIFORM,
        /** The parameter {@code edges}. */
        GIVEN
    }

    private final ProbaClassifier clf;
    private final Binning binning;
    private final int bins;
    private final List<Double> edges;
    private final double margin;

    private HistBinnedProbaRegressor(ProbaClassifier clf, Binning binning, int bins, List<?> edges, double margin) {
        if (clf == null) {
            throw new IllegalArgumentException("clf must not be null");
        }
        if (binning == null) {
            throw new IllegalArgumentException("binning must not be null");
        }
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be >= 1, got " + bins);
        }
        if (!(margin >= 0.0 && margin < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("margin must be finite and >= 0, got " + margin);
        }
        if (edges == null) {
            throw new IllegalArgumentException("edges must not be null (empty when not GIVEN)");
        }
        List<Double> e = new ArrayList<>(edges.size());
        for (int j = 0; j < edges.size(); j++) {
            Object o = edges.get(j);
            if (!(o instanceof Number) || !Double.isFinite(((Number) o).doubleValue())) {
                throw new IllegalArgumentException("edges[" + j + "] must be a finite number, got " + o);
            }
            double v = ((Number) o).doubleValue();
            if (j > 0 && !(v > e.get(j - 1))) {
                throw new IllegalArgumentException("edges[" + j + "] = " + v + " must be > edges[" + (j - 1) + "] = "
                    + e.get(j - 1));
            }
            e.add(v);
        }
        if (binning == Binning.GIVEN && e.size() < 2) {
            throw new IllegalArgumentException("edges must hold at least 2 values for GIVEN binning, got " + e.size());
        }
        this.clf = clf;
        this.binning = binning;
        this.bins = bins;
        this.edges = List.copyOf(e);
        this.margin = margin;
    }

    /**
     * @param clf the classifier of the bins
     * @return 10 equal-frequency bins over the training range, no margin
     * @throws IllegalArgumentException if clf is null
     */
    public static HistBinnedProbaRegressor of(ProbaClassifier clf) {
        return new HistBinnedProbaRegressor(clf, Binning.QUANTILE, 10, List.of(), 0.0);
    }

    /**
     * @param newBinning QUANTILE or UNIFORM (GIVEN needs {@link #withEdges})
     * @param newBins the number of bins k, &gt;= 1
     * @return a copy with those bins
     * @throws IllegalArgumentException if newBinning is null or GIVEN without edges, or k &lt; 1
     */
    public HistBinnedProbaRegressor withBins(Binning newBinning, int newBins) {
        return new HistBinnedProbaRegressor(clf, newBinning, newBins, edges, margin);
    }

    /**
     * @param newEdges the bin edges, at least 2, finite and strictly increasing
     * @return a copy with those edges (binning GIVEN)
     * @throws IllegalArgumentException if the edges are invalid
     */
    public HistBinnedProbaRegressor withEdges(double... newEdges) {
        if (newEdges == null) {
            throw new IllegalArgumentException("edges must not be null");
        }
        List<Double> e = new ArrayList<>(newEdges.length);
        for (double v : newEdges) {
            e.add(v);
        }
        return new HistBinnedProbaRegressor(clf, Binning.GIVEN, bins, e, margin);
    }

    /**
     * @param newMargin the fraction of the training range added below the minimum and above the
     *     maximum (QUANTILE and UNIFORM), finite and &gt;= 0
     * @return a copy with that margin
     * @throws IllegalArgumentException if the margin is negative or not finite
     */
    public HistBinnedProbaRegressor withMargin(double newMargin) {
        return new HistBinnedProbaRegressor(clf, binning, bins, edges, newMargin);
    }

    /** @return the classifier of the bins */
    public ProbaClassifier clf() {
        return clf;
    }

    /** @return how the edges are chosen */
    public Binning binning() {
        return binning;
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("clf", clf, "binning", binning, "bins", bins, "edges", edges, "margin", margin);
    }

    @Override
    public HistBinnedProbaRegressor withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("HistBinnedProbaRegressor", params(), changes);
        return new HistBinnedProbaRegressor((ProbaClassifier) p.get("clf"), (Binning) p.get("binning"),
            Params.getInt(p, "bins"), (List<?>) p.get("edges"), Params.getDouble(p, "margin"));
    }

    /**
     * @param y training targets, finite, at least one
     * @return the bin edges this regressor uses for them, strictly increasing
     * @throws IllegalArgumentException if y is null or empty
     */
    public double[] edgesFor(double[] y) {
        if (y == null || y.length == 0) {
            throw new IllegalArgumentException("y must hold at least one value");
        }
        if (binning == Binning.GIVEN) {
            double[] out = new double[edges.size()];
            for (int j = 0; j < out.length; j++) {
                out[j] = edges.get(j);
            }
            return out;
        }
        double[] sorted = y.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double lo = sorted[0];
        double hi = sorted[n - 1];
        if (lo == hi) {
            return new double[] {lo - 0.5, lo + 0.5};
        }
        double[] e = new double[bins + 1];
        for (int j = 0; j <= bins; j++) {
            if (binning == Binning.UNIFORM) {
                e[j] = lo + j * (hi - lo) / bins;
            } else {
                double h = (n - 1) * (double) j / bins;
                int i = (int) Math.floor(h);
                e[j] = i + 1 < n ? sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]) : sorted[n - 1];
            }
        }
        e[0] = lo - margin * (hi - lo);
        e[bins] = hi + margin * (hi - lo);
        int kept = 1;
        for (int j = 1; j <= bins; j++) {
            if (e[j] > e[kept - 1]) {
                e[kept++] = e[j];
            }
        }
        return Arrays.copyOf(e, kept);
    }

    /** @return the bin of v: j with e_j &lt;= v &lt; e_(j+1), clamped to the first and last bin */
    static int binOf(double[] e, double v) {
        int k = e.length - 1;
        int lo = 0;
        int hi = k - 1;
        // largest j in [0, k - 1] with e_j <= v, or 0
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (e[mid] <= v) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** @throws IllegalArgumentException as {@link ProbaRegressor#fit}, or as the classifier's fit */
    @Override
    public ProbaModel fit(double[][] x, double[] y) {
        int p = DataChecks.features(x);
        DataChecks.targets(x, y);
        double[] e = edgesFor(y);
        int k = e.length - 1;
        List<Integer> label = new ArrayList<>(y.length);
        boolean[] occupied = new boolean[k];
        int distinct = 0;
        for (double v : y) {
            int b = binOf(e, v);
            label.add(b);
            if (!occupied[b]) {
                occupied[b] = true;
                distinct++;
            }
        }
        if (distinct == 1) {
            return new Model(this, e, new int[] {label.get(0)}, null, p);
        }
        ProbaClassifierModel<Integer> model = DataChecks.validated(x, () -> clf.fit(x, label));
        List<Integer> classes = model.classes();
        int[] binOfClass = new int[classes.size()];
        for (int c = 0; c < binOfClass.length; c++) {
            binOfClass[c] = classes.get(c);
        }
        return new Model(this, e, binOfClass, model, p);
    }

    /** Value equality: equal classifier and parameters. */
    @Override
    public boolean equals(Object o) {
        return o instanceof HistBinnedProbaRegressor r && r.clf.equals(clf) && r.binning == binning && r.bins == bins
            && r.edges.equals(edges) && Double.compare(r.margin, margin) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(HistBinnedProbaRegressor.class, clf, binning, bins, edges, margin);
    }

    @Override
    public String toString() {
        return "HistBinnedProbaRegressor" + params();
    }

    /** The edges, the bin of each class, and the fitted classifier (null when one bin is occupied). */
    private record Model(HistBinnedProbaRegressor regressor, double[] edges, int[] binOfClass,
                         ProbaClassifierModel<Integer> classifier, int numFeatures) implements ProbaModel {

        @Override
        public Distribution predictProba(double[][] x) {
            DataChecks.featuresFor(x, numFeatures);
            int m = x.length;
            int k = edges.length - 1;
            double[][] prob = classifier == null ? null
                : DataChecks.validated(x, () -> classifier.predictProbaMatrix(x));
            double[][] e = new double[m][];
            double[][] mass = new double[m][];
            for (int i = 0; i < m; i++) {
                e[i] = edges;
                double[] row = new double[k];
                if (prob == null) {
                    row[binOfClass[0]] = 1.0;
                } else {
                    for (int c = 0; c < binOfClass.length; c++) {
                        row[binOfClass[c]] = prob[i][c];
                    }
                }
                mass[i] = row;
            }
            return Histogram.of(e, mass);
        }
    }
}
