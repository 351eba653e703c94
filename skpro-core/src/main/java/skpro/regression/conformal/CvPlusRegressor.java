package skpro.regression.conformal;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

import skpro.regression.Params;
import skpro.regression.PointModel;
import skpro.regression.ProbaRegressor;
import skpro.regression.Regressor;
import skpro.regression.internal.DataChecks;

/**
 * CV+ and jackknife+ (Barber, Candes, Ramdas and Tibshirani 2021): conformal intervals from
 * out-of-fold residuals, using all n rows both to fit and to calibrate.
 *
 * <p>Fit on (X, y), n rows: the rows are permuted by {@code seed} and cut into K = min(folds, n)
 * contiguous folds of sizes differing by at most one; m_{-k} is the estimator fitted without fold
 * k, and R_i = |y_i - m_{-k(i)}(x_i)| the out-of-fold residual of row i. With K = n (folds &ge; n,
 * {@link #jackknifePlus}) this is jackknife+. At coverage c = 1 - alpha the interval at x is
 * <pre>
 *   lower = the floor(alpha (n + 1))-th smallest of  m_{-k(i)}(x) - R_i,
 *   upper = the ceil((1 - alpha)(n + 1))-th smallest of  m_{-k(i)}(x) + R_i,
 * </pre>
 * whenever every m_{-k(i)}(x) - R_i lies below every m_{-k(j)}(x) + R_j (the usual case: the fold
 * models disagree less than the residuals); in general it is the floor(alpha (n + 1))-th smallest
 * and the floor(alpha (n + 1))-th largest of the union of those 2n values, which contains Barber
 * et al.'s interval (and so keeps its guarantee, P(y in interval) &ge; 1 - 2 alpha on exchangeable
 * data, close to 1 - alpha in practice) and is never empty. floor(alpha (n + 1)) = 0 would be an
 * infinite interval: {@code predictInterval} then throws, stating the minimum n &ge; 1/alpha - 1.
 *
 * <p>{@code predictProba} is the {@code Empirical} of those 2n values per row, each with weight
 * 1/(2(n + 1)), the lowest and highest also carrying the 1/(2(n + 1)) of the atoms at -inf and
 * +inf: its central interval at every coverage c &le; n/(n + 1) is the interval above.
 *
 * <p>Parameters: {@code estimator}, {@code folds} (&ge; 2, default 5; values above n mean n),
 * {@code seed} (default 0). Cost: K fits; a prediction evaluates K models and sorts 2n values
 * per row.
 */
public final class CvPlusRegressor implements ProbaRegressor {

    private final Regressor estimator;
    private final int folds;
    private final long seed;

    private CvPlusRegressor(Regressor estimator, int folds, long seed) {
        if (estimator == null) {
            throw new IllegalArgumentException("estimator must not be null");
        }
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be at least 2, got " + folds);
        }
        this.estimator = estimator;
        this.folds = folds;
        this.seed = seed;
    }

    /**
     * @param estimator the point regressor
     * @return CV+ with 5 folds, seed 0
     * @throws IllegalArgumentException if estimator is null
     */
    public static CvPlusRegressor of(Regressor estimator) {
        return new CvPlusRegressor(estimator, 5, 0L);
    }

    /**
     * @param estimator the point regressor
     * @return jackknife+: one fold per row (folds = Integer.MAX_VALUE, capped at n when fitting)
     * @throws IllegalArgumentException if estimator is null
     */
    public static CvPlusRegressor jackknifePlus(Regressor estimator) {
        return new CvPlusRegressor(estimator, Integer.MAX_VALUE, 0L);
    }

    /**
     * @param newFolds the number of folds, &ge; 2 (values above n mean n: jackknife+)
     * @return a copy with it
     * @throws IllegalArgumentException if it is below 2
     */
    public CvPlusRegressor withFolds(int newFolds) {
        return new CvPlusRegressor(estimator, newFolds, seed);
    }

    /**
     * @param newSeed the seed of the fold assignment
     * @return a copy with it
     */
    public CvPlusRegressor withSeed(long newSeed) {
        return new CvPlusRegressor(estimator, folds, newSeed);
    }

    /** @return the point regressor */
    public Regressor estimator() {
        return estimator;
    }

    /** @return the number of folds (Integer.MAX_VALUE for jackknife+) */
    public int folds() {
        return folds;
    }

    /** @return the seed of the fold assignment */
    public long seed() {
        return seed;
    }

    /**
     * @throws IllegalArgumentException if X is empty, ragged or not finite, y's length differs or
     *     a target is not finite, there are fewer than 2 rows, or the estimator rejects a fold
     * @throws IllegalStateException if a fold model predicts a non-finite value
     */
    @Override
    public CvPlusModel fit(double[][] x, double[] y) {
        int p = DataChecks.features(x);
        DataChecks.targets(x, y);
        int n = y.length;
        if (n < 2) {
            throw new IllegalArgumentException("CV+ needs at least 2 rows, X has " + n);
        }
        return DataChecks.validated(x, () -> fitValidated(x, y, p));
    }

    private CvPlusModel fitValidated(double[][] x, double[] y, int p) {
        int n = y.length;
        int k = Math.min(folds, n);
        int[] perm = Rows.permutation(n, seed);
        int[] foldOf = new int[n];
        double[] residuals = new double[n];
        PointModel[] models = new PointModel[k];
        for (int f = 0; f < k; f++) {
            int lo = (int) ((long) f * n / k);
            int hi = (int) ((long) (f + 1) * n / k);
            int[] train = new int[n - (hi - lo)];
            System.arraycopy(perm, 0, train, 0, lo);
            System.arraycopy(perm, hi, train, lo, n - hi);
            int[] held = Arrays.copyOfRange(perm, lo, hi);
            models[f] = estimator.fit(Rows.rows(x, train), Rows.values(y, train));
            double[] pred = models[f].predict(Rows.rows(x, held));
            for (int q = 0; q < held.length; q++) {
                int i = held[q];
                if (!Double.isFinite(pred[q])) {
                    throw new IllegalStateException("fold model " + f + " predicted " + pred[q] + " for row " + i);
                }
                foldOf[i] = f;
                residuals[i] = Math.abs(y[i] - pred[q]);
            }
        }
        return new CvPlusModel(this, p, models, foldOf, residuals);
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("estimator", estimator, "folds", folds, "seed", seed);
    }

    @Override
    public CvPlusRegressor withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("CvPlusRegressor", params(), changes);
        return new CvPlusRegressor((Regressor) p.get("estimator"), Params.getInt(p, "folds"),
            Params.getLong(p, "seed"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CvPlusRegressor r && r.estimator.equals(estimator) && r.folds == folds && r.seed == seed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(CvPlusRegressor.class, estimator, folds, seed);
    }

    @Override
    public String toString() {
        return "CvPlusRegressor" + params();
    }

    /** A fitted CV+ (or jackknife+) model: the fold models and the out-of-fold residuals. */
    public static final class CvPlusModel extends ConformalModel {
        private final PointModel[] models;
        private final int[] foldOf;
        private final double[] residuals;

        private CvPlusModel(CvPlusRegressor regressor, int numFeatures, PointModel[] models, int[] foldOf,
                            double[] residuals) {
            super(regressor, numFeatures, orderStatisticEnds(residuals.length), residuals.length,
                "out-of-fold residuals");
            this.models = models;
            this.foldOf = foldOf;
            this.residuals = residuals;
        }

        /** @return the number of fold models K */
        public int numFolds() {
            return models.length;
        }

        /** @return the out-of-fold residuals R_i, in row order (a copy) */
        public double[] residuals() {
            return residuals.clone();
        }

        @Override
        Bands bands(double[][] x) {
            double[][] pred = new double[models.length][];
            for (int f = 0; f < models.length; f++) {
                pred[f] = models[f].predict(x);
                for (int i = 0; i < x.length; i++) {
                    if (!Double.isFinite(pred[f][i])) {
                        throw new IllegalStateException("fold model " + f + " predicted " + pred[f][i] + " for row "
                            + i);
                    }
                }
            }
            int n = residuals.length;
            double[] merged = new double[2 * n];
            return new Bands() {
                private void candidates(int i) {
                    for (int j = 0; j < n; j++) {
                        double m = pred[foldOf[j]][i];
                        merged[j] = m - residuals[j];
                        merged[n + j] = m + residuals[j];
                    }
                }

                @Override
                public void fill(int i, double[] lower, double[] upper) {
                    candidates(i);
                    Arrays.sort(merged);
                    Rows.fillFromMerged(merged, lower, upper);
                }

                @Override
                public boolean piece(int i, int k, double[] out) {
                    candidates(i);
                    out[0] = Rows.select(merged, n - 1 - k);
                    out[1] = Rows.select(merged, n + k);
                    return true;
                }
            };
        }
    }
}
