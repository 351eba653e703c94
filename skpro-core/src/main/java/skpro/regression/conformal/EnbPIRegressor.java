package skpro.regression.conformal;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

import skpro.regression.Params;
import skpro.regression.PointModel;
import skpro.regression.ProbaRegressor;
import skpro.regression.Regressor;
import skpro.regression.internal.DataChecks;

/**
 * EnbPI, ensemble batch prediction intervals (Xu and Xie 2021), for time series and other
 * sequential data: a bootstrap ensemble whose leave-one-out residuals calibrate the intervals,
 * with the residuals updated as new observations arrive and no refitting.
 *
 * <p>Fit on (X, y), n rows in time order: B = {@code nEstimators} members, member b fitted on a
 * bootstrap sample (n rows drawn with replacement by SplittableRandom(seed), members in order).
 * The leave-one-out prediction of row i is the mean of the members whose sample does not contain
 * i, and its residual R_i = |y_i - that mean|; rows in every member's sample (probability about
 * (1 - e^-1)^B each) get no residual. The point prediction at x is the mean of all B members,
 * mu(x), and the interval at coverage c is mu(x) -/+ the ceil((n' + 1) c)-th smallest of the n'
 * residuals of the current window (the finite-sample rank of split conformal; Xu and Xie's
 * empirical (1 - alpha) quantile is one rank lower at most). Coverage needing a rank above n'
 * throws, stating the minimum n' &ge; 1/(1 - c) - 1. The guarantee is approximate (exact for
 * exchangeable data only asymptotically; Xu and Xie bound the gap for strongly mixing errors).
 *
 * <p>{@link EnbPIModel#update} slides the window: the residuals |y_t - mu(x_t)| of new
 * observations enter, as many of the oldest leave, so the window length stays n' (the number
 * of residuals at fit time).
 *
 * <p>{@code predictProba}: per row the {@code Empirical} of the 2n' values mu(x) -/+ R_i, each with
 * weight 1/(2(n' + 1)), the lowest and the highest also carrying the atoms at -inf and +inf: its
 * central interval at every coverage c &le; n'/(n' + 1) is the interval above.
 *
 * <p>Parameters: {@code estimator}, {@code nEstimators} (B &ge; 1, default 20), {@code seed}
 * (default 0).
 */
public final class EnbPIRegressor implements ProbaRegressor {

    private final Regressor estimator;
    private final int nEstimators;
    private final long seed;

    private EnbPIRegressor(Regressor estimator, int nEstimators, long seed) {
        if (estimator == null) {
            throw new IllegalArgumentException("estimator must not be null");
        }
        if (nEstimators < 1) {
            throw new IllegalArgumentException("nEstimators must be at least 1, got " + nEstimators);
        }
        this.estimator = estimator;
        this.nEstimators = nEstimators;
        this.seed = seed;
    }

    /**
     * @param estimator the point regressor of the members
     * @return EnbPI with 20 members, seed 0
     * @throws IllegalArgumentException if estimator is null
     */
    public static EnbPIRegressor of(Regressor estimator) {
        return new EnbPIRegressor(estimator, 20, 0L);
    }

    /**
     * @param newNEstimators the number B of bootstrap members, &ge; 1
     * @return a copy with it
     * @throws IllegalArgumentException if it is below 1
     */
    public EnbPIRegressor withNEstimators(int newNEstimators) {
        return new EnbPIRegressor(estimator, newNEstimators, seed);
    }

    /**
     * @param newSeed the seed of the bootstrap samples
     * @return a copy with it
     */
    public EnbPIRegressor withSeed(long newSeed) {
        return new EnbPIRegressor(estimator, nEstimators, newSeed);
    }

    /** @return the point regressor of the members */
    public Regressor estimator() {
        return estimator;
    }

    /** @return the number of members B */
    public int nEstimators() {
        return nEstimators;
    }

    /** @return the seed of the bootstrap samples */
    public long seed() {
        return seed;
    }

    /**
     * @throws IllegalArgumentException if X is empty, ragged or not finite, y's length differs or
     *     a target is not finite, the estimator rejects a bootstrap sample, or no row is left out
     *     of any member's sample (increase nEstimators)
     * @throws IllegalStateException if a member predicts a non-finite value
     */
    @Override
    public EnbPIModel fit(double[][] x, double[] y) {
        int p = DataChecks.features(x);
        DataChecks.targets(x, y);
        return DataChecks.validated(x, () -> fitValidated(x, y, p));
    }

    private EnbPIModel fitValidated(double[][] x, double[] y, int p) {
        int n = y.length;
        SplittableRandom rng = new SplittableRandom(seed);
        PointModel[] members = new PointModel[nEstimators];
        double[] oobSum = new double[n];
        int[] oobCount = new int[n];
        boolean[] inBag = new boolean[n];
        double[][] xb = new double[n][];
        double[] yb = new double[n];
        for (int b = 0; b < nEstimators; b++) {
            Arrays.fill(inBag, false);
            for (int k = 0; k < n; k++) {
                int i = rng.nextInt(n);
                inBag[i] = true;
                xb[k] = x[i];
                yb[k] = y[i];
            }
            members[b] = estimator.fit(xb, yb);
            double[] pred = members[b].predict(x);
            for (int i = 0; i < n; i++) {
                if (!inBag[i]) {
                    if (!Double.isFinite(pred[i])) {
                        throw new IllegalStateException("member " + b + " predicted " + pred[i] + " for row " + i);
                    }
                    oobSum[i] += pred[i];
                    oobCount[i]++;
                }
            }
        }
        double[] window = new double[n];
        int w = 0;
        for (int i = 0; i < n; i++) {
            if (oobCount[i] > 0) {
                window[w++] = Math.abs(y[i] - oobSum[i] / oobCount[i]);
            }
        }
        if (w == 0) {
            throw new IllegalArgumentException("no row of the " + n + " is left out of any of the " + nEstimators
                + " bootstrap samples, so there is no residual; increase nEstimators");
        }
        return new EnbPIModel(this, p, members, Arrays.copyOf(window, w));
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("estimator", estimator, "nEstimators", nEstimators, "seed", seed);
    }

    @Override
    public EnbPIRegressor withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("EnbPIRegressor", params(), changes);
        return new EnbPIRegressor((Regressor) p.get("estimator"), Params.getInt(p, "nEstimators"),
            Params.getLong(p, "seed"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnbPIRegressor r && r.estimator.equals(estimator) && r.nEstimators == nEstimators
            && r.seed == seed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(EnbPIRegressor.class, estimator, nEstimators, seed);
    }

    @Override
    public String toString() {
        return "EnbPIRegressor" + params();
    }

    /**
     * A fitted EnbPI model: the B members and the window of residuals (oldest first), immutable;
     * {@link #update} returns a new model.
     */
    public static final class EnbPIModel extends ConformalModel {
        private final PointModel[] members;
        private final double[] window;
        private final double[] sortedWindow;

        private EnbPIModel(EnbPIRegressor regressor, int numFeatures, PointModel[] members, double[] window) {
            super(regressor, numFeatures, orderStatisticEnds(window.length), window.length, "residuals");
            this.members = members;
            this.window = window;
            this.sortedWindow = window.clone();
            Arrays.sort(sortedWindow);
        }

        /** @return the residual window, oldest first (a copy); its length n' never changes */
        public double[] residuals() {
            return window.clone();
        }

        /**
         * Slides the residual window over new observations (no refitting): their residuals
         * |y_t - mu(x_t)| are appended in order and the same number of the oldest residuals leave
         * (all of them, if there are at least n' new rows: the window is then the last n').
         *
         * @param xNew new features, in time order
         * @param yNew their observed targets
         * @return a new model with the slid window; this one is unchanged
         * @throws IllegalArgumentException if xNew is empty, ragged, not finite or of another
         *     width, or yNew's length differs or a value is not finite
         */
        public EnbPIModel update(double[][] xNew, double[] yNew) {
            DataChecks.featuresFor(xNew, numFeatures());
            DataChecks.targets(xNew, yNew);
            double[] mu = DataChecks.validated(xNew, () -> center(xNew));
            int n = window.length;
            int m = yNew.length;
            double[] next = new double[n];
            int keep = Math.max(0, n - m);
            System.arraycopy(window, n - keep, next, 0, keep);
            for (int t = Math.max(0, m - n); t < m; t++) {
                next[keep++] = Math.abs(yNew[t] - mu[t]);
            }
            return new EnbPIModel((EnbPIRegressor) regressor(), numFeatures(), members, next);
        }

        /** @return the ensemble mean mu(x) per row */
        private double[] center(double[][] x) {
            double[] mu = new double[x.length];
            for (int b = 0; b < members.length; b++) {
                double[] pred = members[b].predict(x);
                for (int i = 0; i < mu.length; i++) {
                    if (!Double.isFinite(pred[i])) {
                        throw new IllegalStateException("member " + b + " predicted " + pred[i] + " for row " + i);
                    }
                    mu[i] += pred[i];
                }
            }
            for (int i = 0; i < mu.length; i++) {
                mu[i] /= members.length;
            }
            return mu;
        }

        @Override
        Bands bands(double[][] x) {
            double[] mu = center(x);
            return Rows.symmetric(mu, null, sortedWindow);
        }
    }
}
