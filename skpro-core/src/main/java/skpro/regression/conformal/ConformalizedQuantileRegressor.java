package skpro.regression.conformal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import skpro.regression.Params;
import skpro.regression.PointModel;
import skpro.regression.ProbaRegressor;
import skpro.regression.Regressor;
import skpro.regression.internal.DataChecks;
import skpro.regression.linear.QuantileRegressor;

/**
 * Conformalized quantile regression, CQR (Romano, Patterson and Candes 2019): a lower and an
 * upper quantile regression, widened (or narrowed) by a conformal correction computed on held-out
 * rows.
 *
 * <p>Quantile learners: {@code quantileEstimator} with its parameter named {@code levelParameter}
 * set to the level (default: linear {@link QuantileRegressor} with alpha 0, parameter
 * {@code "quantile"}; any regressor with a quantile-level parameter works).
 *
 * <p>Fit on (X, y): the seeded split of {@link SplitConformalRegressor} (a fraction
 * {@code calibrationFraction} of the rows calibrates). The base levels depend on the coverage, so
 * the learners are fitted at fit time at a grid of coverages c_g ({@code coverages}, default
 * 0.5, 0.8, 0.9, 0.95): q_lo^g at (1 - c_g)/2 and q_hi^g at (1 + c_g)/2 on the training part;
 * scores on the n calibration rows E_i^g = max(q_lo^g(x_i) - y_i, y_i - q_hi^g(x_i)).
 *
 * <p>A coverage c (any in (0, 1)) is served by the grid pair g nearest to it (half-way ties go
 * to the smaller c_g) and conformalized at c itself: with b = ceil((n + 1) c), the interval is
 * [q_lo^g(x) - E^g_(b), q_hi^g(x) + E^g_(b)], Romano et al.'s interval, which holds coverage
 * &ge; c on exchangeable data for any pair of learners fitted on the training part, hence for
 * every c, on or off the grid. Two refinements keep intervals nested, as a distribution's must
 * be: where the two ends cross (negative scores make q_lo - E exceed q_hi + E') the ends are
 * order statistics of the union of the 2n values q_lo - E_i, q_hi + E_i as for
 * {@link CvPlusRegressor}, and where switching grid pairs between coverages would shrink an
 * interval, the interval at c is the smallest one containing those of every coverage c' &le; c.
 * Both only widen. b &gt; n would be an infinite interval: {@code predictInterval} then throws,
 * stating the minimum n &ge; 1/(1 - c) - 1.
 *
 * <p>{@code predictProba}: per row the {@code Empirical} whose central interval at every coverage
 * c &le; n/(n + 1) is the interval above (weights as described in the package's models: the
 * coverage axis is cut where b or the grid pair changes, each piece's ends carry half its length).
 *
 * <p>Parameters: {@code quantileEstimator}, {@code levelParameter}, {@code coverages} (a strictly
 * increasing list in (0, 1)), {@code calibrationFraction} (in (0, 1), default 0.5), {@code seed}
 * (default 0). Cost: 2G quantile fits.
 */
public final class ConformalizedQuantileRegressor implements ProbaRegressor {

    private static final List<Double> DEFAULT_COVERAGES = List.of(0.5, 0.8, 0.9, 0.95);

    private final Regressor quantileEstimator;
    private final String levelParameter;
    private final List<Double> coverages;
    private final double calibrationFraction;
    private final long seed;

    private ConformalizedQuantileRegressor(Regressor quantileEstimator, String levelParameter, List<?> coverages,
                                           double calibrationFraction, long seed) {
        if (quantileEstimator == null) {
            throw new IllegalArgumentException("quantileEstimator must not be null");
        }
        if (levelParameter == null) {
            throw new IllegalArgumentException("levelParameter must not be null");
        }
        if (!quantileEstimator.params().containsKey(levelParameter)) {
            throw new IllegalArgumentException("levelParameter '" + levelParameter + "' is not a parameter of "
                + quantileEstimator + "; known: " + quantileEstimator.params().keySet());
        }
        this.quantileEstimator = quantileEstimator;
        this.levelParameter = levelParameter;
        this.coverages = grid(coverages);
        this.calibrationFraction = Rows.fraction(calibrationFraction);
        this.seed = seed;
    }

    private static List<Double> grid(List<?> coverages) {
        if (coverages == null || coverages.isEmpty()) {
            throw new IllegalArgumentException("coverages must not be empty");
        }
        List<Double> out = new ArrayList<>(coverages.size());
        for (int g = 0; g < coverages.size(); g++) {
            Object v = coverages.get(g);
            if (!(v instanceof Number)) {
                throw new IllegalArgumentException("coverages[" + g + "] must be a number, got " + v);
            }
            double c = ((Number) v).doubleValue();
            if (!(c > 0.0 && c < 1.0)) {
                throw new IllegalArgumentException("coverages[" + g + "] must be in (0, 1), got " + c);
            }
            if (g > 0 && !(c > out.get(g - 1))) {
                throw new IllegalArgumentException("coverages must be strictly increasing, got " + c
                    + " after " + out.get(g - 1) + " at index " + g);
            }
            out.add(c);
        }
        return List.copyOf(out);
    }

    /** @return CQR with linear quantile regression (alpha 0), the default grid, fraction 0.5, seed 0 */
    public static ConformalizedQuantileRegressor of() {
        return of(QuantileRegressor.of(0.5).withAlpha(0.0), "quantile");
    }

    /**
     * @param quantileEstimator the quantile learner
     * @param levelParameter the name of its quantile-level parameter
     * @return CQR with the default grid, fraction 0.5, seed 0
     * @throws IllegalArgumentException if an argument is null or the learner has no such parameter
     */
    public static ConformalizedQuantileRegressor of(Regressor quantileEstimator, String levelParameter) {
        return new ConformalizedQuantileRegressor(quantileEstimator, levelParameter, DEFAULT_COVERAGES, 0.5, 0L);
    }

    /**
     * @param newCoverages the grid of coverages c_g whose quantile pairs are fitted
     * @return a copy with it
     * @throws IllegalArgumentException if it is empty, not strictly increasing, or a value is not
     *     in (0, 1)
     */
    public ConformalizedQuantileRegressor withCoverages(double... newCoverages) {
        List<Double> list = new ArrayList<>(newCoverages.length);
        for (double c : newCoverages) {
            list.add(c);
        }
        return new ConformalizedQuantileRegressor(quantileEstimator, levelParameter, list, calibrationFraction, seed);
    }

    /**
     * @param fraction the fraction of rows that calibrate, in (0, 1)
     * @return a copy with it
     * @throws IllegalArgumentException if it is not in (0, 1)
     */
    public ConformalizedQuantileRegressor withCalibrationFraction(double fraction) {
        return new ConformalizedQuantileRegressor(quantileEstimator, levelParameter, coverages, fraction, seed);
    }

    /**
     * @param newSeed the seed of the split
     * @return a copy with it
     */
    public ConformalizedQuantileRegressor withSeed(long newSeed) {
        return new ConformalizedQuantileRegressor(quantileEstimator, levelParameter, coverages, calibrationFraction,
            newSeed);
    }

    /** @return the quantile learner */
    public Regressor quantileEstimator() {
        return quantileEstimator;
    }

    /** @return the name of the learner's level parameter */
    public String levelParameter() {
        return levelParameter;
    }

    /** @return the grid of coverages */
    public List<Double> coverages() {
        return coverages;
    }

    /** @return the calibration fraction */
    public double calibrationFraction() {
        return calibrationFraction;
    }

    /** @return the seed of the split */
    public long seed() {
        return seed;
    }

    /**
     * @throws IllegalArgumentException if X is empty, ragged or not finite, y's length differs or
     *     a target is not finite, either part of the split would be empty, or the learner rejects
     *     the training part
     * @throws IllegalStateException if a quantile model predicts a non-finite value
     */
    @Override
    public CqrModel fit(double[][] x, double[] y) {
        int p = DataChecks.features(x);
        DataChecks.targets(x, y);
        int[][] parts = Rows.split(y.length, calibrationFraction, seed);
        double[][] xTrain = Rows.rows(x, parts[0]);
        double[] yTrain = Rows.values(y, parts[0]);
        double[][] xCal = Rows.rows(x, parts[1]);
        double[] yCal = Rows.values(y, parts[1]);
        int gs = coverages.size();
        PointModel[] lo = new PointModel[gs];
        PointModel[] hi = new PointModel[gs];
        double[][] scores = new double[gs][];
        for (int g = 0; g < gs; g++) {
            double tail = 0.5 * (1.0 - coverages.get(g));
            lo[g] = quantileEstimator.withParam(levelParameter, tail).fit(xTrain, yTrain);
            hi[g] = quantileEstimator.withParam(levelParameter, 1.0 - tail).fit(xTrain, yTrain);
            double[] ql = finite(lo[g].predict(xCal), "lower", g);
            double[] qh = finite(hi[g].predict(xCal), "upper", g);
            double[] e = new double[yCal.length];
            for (int i = 0; i < e.length; i++) {
                e[i] = Math.max(ql[i] - yCal[i], yCal[i] - qh[i]);
            }
            Arrays.sort(e);
            scores[g] = e;
        }
        return new CqrModel(this, p, lo, hi, scores);
    }

    private static double[] finite(double[] q, String which, int g) {
        for (int i = 0; i < q.length; i++) {
            if (!Double.isFinite(q[i])) {
                throw new IllegalStateException("the " + which + " quantile model of grid coverage " + g
                    + " predicted " + q[i] + " for row " + i);
            }
        }
        return q;
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("quantileEstimator", quantileEstimator, "levelParameter", levelParameter, "coverages",
            coverages, "calibrationFraction", calibrationFraction, "seed", seed);
    }

    @Override
    public ConformalizedQuantileRegressor withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("ConformalizedQuantileRegressor", params(), changes);
        return new ConformalizedQuantileRegressor((Regressor) p.get("quantileEstimator"),
            (String) p.get("levelParameter"), (List<?>) p.get("coverages"), Params.getDouble(p, "calibrationFraction"),
            Params.getLong(p, "seed"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConformalizedQuantileRegressor r && r.quantileEstimator.equals(quantileEstimator)
            && r.levelParameter.equals(levelParameter) && r.coverages.equals(coverages)
            && Double.compare(r.calibrationFraction, calibrationFraction) == 0 && r.seed == seed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(ConformalizedQuantileRegressor.class, quantileEstimator, levelParameter, coverages,
            calibrationFraction, seed);
    }

    @Override
    public String toString() {
        return "ConformalizedQuantileRegressor" + params();
    }

    /** A fitted CQR model: the quantile pairs of the grid and their calibration scores. */
    public static final class CqrModel extends ConformalModel {
        private final PointModel[] lo;
        private final PointModel[] hi;
        private final double[][] sortedScores;
        /** Per piece: the grid pair serving it. */
        private final int[] pieceGrid;
        /** Per piece: b, the rank of the score. */
        private final int[] pieceRank;

        private CqrModel(ConformalizedQuantileRegressor regressor, int numFeatures, PointModel[] lo, PointModel[] hi,
                         double[][] sortedScores) {
            this(regressor, numFeatures, lo, hi, sortedScores, pieces(regressor.coverages, sortedScores[0].length));
        }

        private CqrModel(ConformalizedQuantileRegressor regressor, int numFeatures, PointModel[] lo, PointModel[] hi,
                         double[][] sortedScores, double[] ends) {
            super(regressor, numFeatures, ends, sortedScores[0].length, "calibration scores");
            this.lo = lo;
            this.hi = hi;
            this.sortedScores = sortedScores;
            int n = sortedScores[0].length;
            List<Double> grid = regressor.coverages;
            pieceGrid = new int[ends.length];
            pieceRank = new int[ends.length];
            for (int k = 0; k < ends.length; k++) {
                pieceRank[k] = (int) Math.ceil(ends[k] * (n + 1) - 1e-9);
                int g = 0;
                while (g + 1 < grid.size() && ends[k] > 0.5 * (grid.get(g) + grid.get(g + 1))) {
                    g++;
                }
                pieceGrid[k] = g;
            }
        }

        /**
         * The piece ends: b/(n + 1), b = 1..n, and the half-way points between grid coverages
         * below n/(n + 1) (unless within 1e-8 of one of the former).
         */
        private static double[] pieces(List<Double> grid, int n) {
            double[] ends = orderStatisticEnds(n);
            double[] out = Arrays.copyOf(ends, n + grid.size());
            int k = n;
            for (int g = 0; g + 1 < grid.size(); g++) {
                double mid = 0.5 * (grid.get(g) + grid.get(g + 1));
                double b = mid * (n + 1);
                if (mid < ends[n - 1] && Math.abs(b - Math.rint(b)) > 1e-8 * (n + 1)) {
                    out[k++] = mid;
                }
            }
            out = Arrays.copyOf(out, k);
            Arrays.sort(out);
            return out;
        }

        /** @return the grid of coverages whose quantile pairs were fitted */
        public List<Double> coverages() {
            return ((ConformalizedQuantileRegressor) regressor()).coverages;
        }

        /**
         * @param g a grid index
         * @return the calibration scores of grid pair g, ascending (a copy)
         */
        public double[] calibrationScores(int g) {
            return sortedScores[g].clone();
        }

        @Override
        Bands bands(double[][] x) {
            int gs = lo.length;
            int n = sortedScores[0].length;
            double[][] ql = new double[gs][];
            double[][] qh = new double[gs][];
            for (int g = 0; g < gs; g++) {
                ql[g] = finite(lo[g].predict(x), "lower", g);
                qh[g] = finite(hi[g].predict(x), "upper", g);
            }
            double[][] merged = new double[gs][2 * n];
            return (i, lower, upper) -> {
                for (int g = 0; g < gs; g++) {
                    merge(ql[g][i], qh[g][i], sortedScores[g], merged[g]);
                }
                for (int k = 0; k < lower.length; k++) {
                    double[] m = merged[pieceGrid[k]];
                    lower[k] = m[n - pieceRank[k]];
                    upper[k] = m[n + pieceRank[k] - 1];
                }
            };
        }

        /** The sorted union of q_lo - E_i and q_hi + E_i, by merging the two sorted runs. */
        private static void merge(double qlo, double qhi, double[] e, double[] out) {
            int n = e.length;
            int a = n - 1;
            int b = 0;
            for (int k = 0; k < 2 * n; k++) {
                if (b == n || (a >= 0 && qlo - e[a] <= qhi + e[b])) {
                    out[k] = qlo - e[a--];
                } else {
                    out[k] = qhi + e[b++];
                }
            }
        }
    }
}
