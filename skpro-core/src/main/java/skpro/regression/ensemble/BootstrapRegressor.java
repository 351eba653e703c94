package skpro.regression.ensemble;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

import skpro.distributions.Distribution;
import skpro.distributions.Empirical;
import skpro.regression.Params;
import skpro.regression.PointModel;
import skpro.regression.ProbaModel;
import skpro.regression.ProbaRegressor;
import skpro.regression.Regressor;
import skpro.regression.internal.DataChecks;
import skpro.regression.internal.Parallel;

/**
 * Bootstrap of a point regressor (skpro's {@code BootstrapRegressor}): N copies of the point
 * estimator, copy m fitted on a bootstrap sample of the n training rows (n rows drawn uniformly
 * with replacement); the prediction for row x is the empirical distribution of the N point
 * predictions, (1/N) sum_m delta(mhat_m(x)) ({@link Empirical}, equal weights).
 *
 * <p>The predictive spread is the sampling variability of the point estimate, not the noise of
 * y: its intervals are confidence intervals for the regression function and cover new
 * observations far less often than their nominal level.
 *
 * <p>Seeding: member m draws its rows from the m-th {@code split()} of
 * {@code SplittableRandom(seed)}, all streams built before any member is fitted, so the fit is
 * a function of (data, seed) only (not of the number of threads; skpro reseeds numpy's global
 * generator instead). The estimator's own parameters are used as given in every copy.
 *
 * <p>Parameters: {@code estimator} (nested as {@code estimator__name}), {@code nEstimators}
 * (N &gt;= 1, default 100), {@code seed} (default 0), {@code threads} (members fitted at once,
 * &gt;= 1, default 1).
 */
public final class BootstrapRegressor implements ProbaRegressor {
    private final Regressor estimator;
    private final int nEstimators;
    private final long seed;
    private final int threads;

    private BootstrapRegressor(Regressor estimator, int nEstimators, long seed, int threads) {
        if (estimator == null) {
            throw new IllegalArgumentException("estimator must not be null");
        }
        Sampling.checkMembers(nEstimators);
        Sampling.checkThreads(threads);
        this.estimator = estimator;
        this.nEstimators = nEstimators;
        this.seed = seed;
        this.threads = threads;
    }

    /**
     * @param estimator the point regressor to bootstrap
     * @return 100 bootstrap copies, seed 0, one thread
     * @throws IllegalArgumentException if estimator is null
     */
    public static BootstrapRegressor of(Regressor estimator) {
        return new BootstrapRegressor(estimator, 100, 0L, 1);
    }

    /**
     * @param newNEstimators the number N of bootstrap copies, &gt;= 1
     * @return a copy with N members
     * @throws IllegalArgumentException if N &lt; 1
     */
    public BootstrapRegressor withNEstimators(int newNEstimators) {
        return new BootstrapRegressor(estimator, newNEstimators, seed, threads);
    }

    /**
     * @param newSeed the seed of the bootstrap samples
     * @return a copy with that seed
     */
    public BootstrapRegressor withSeed(long newSeed) {
        return new BootstrapRegressor(estimator, nEstimators, newSeed, threads);
    }

    /**
     * @param newThreads the number of members fitted at once, &gt;= 1 (the result does not depend on it)
     * @return a copy with that pool size
     * @throws IllegalArgumentException if threads &lt; 1
     */
    public BootstrapRegressor withThreads(int newThreads) {
        return new BootstrapRegressor(estimator, nEstimators, seed, newThreads);
    }

    /** @return the point regressor */
    public Regressor estimator() {
        return estimator;
    }

    /** @return the number of bootstrap copies */
    public int nEstimators() {
        return nEstimators;
    }

    /** @return the seed */
    public long seed() {
        return seed;
    }

    /** @return the number of threads */
    public int threads() {
        return threads;
    }

    /** @throws IllegalArgumentException as {@link ProbaRegressor#fit}, or if a member rejects its sample */
    @Override
    public ProbaModel fit(double[][] x, double[] y) {
        int p = DataChecks.features(x);
        DataChecks.targets(x, y);
        int n = y.length;
        SplittableRandom[] streams = Sampling.streams(seed, nEstimators);
        List<PointModel> members = Parallel.map(nEstimators, threads, m -> {
            int[] rows = Sampling.withReplacement(streams[m], n, n);
            return estimator.fit(Sampling.rows(x, rows, null), Sampling.pick(y, rows));
        });
        return new Model(this, members.toArray(new PointModel[0]), p);
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("estimator", estimator, "nEstimators", nEstimators, "seed", seed, "threads", threads);
    }

    @Override
    public BootstrapRegressor withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("BootstrapRegressor", params(), changes);
        return new BootstrapRegressor((Regressor) p.get("estimator"), Params.getInt(p, "nEstimators"),
            Params.getLong(p, "seed"), Params.getInt(p, "threads"));
    }

    /** Value equality: equal parameters (threads included). */
    @Override
    public boolean equals(Object o) {
        return o instanceof BootstrapRegressor r && r.estimator.equals(estimator) && r.nEstimators == nEstimators
            && r.seed == seed && r.threads == threads;
    }

    @Override
    public int hashCode() {
        return Objects.hash(BootstrapRegressor.class, estimator, nEstimators, seed, threads);
    }

    @Override
    public String toString() {
        return "BootstrapRegressor" + params();
    }

    /** The fitted members; row i predicts the Empirical of their N predictions. */
    private record Model(BootstrapRegressor regressor, PointModel[] members, int numFeatures) implements ProbaModel {

        /** @throws IllegalStateException if a member predicts a non-finite value (member and row named) */
        @Override
        public Distribution predictProba(double[][] x) {
            DataChecks.featuresFor(x, numFeatures);
            int m = x.length;
            int k = members.length;
            double[][] samples = new double[m][k];
            DataChecks.validated(x, () -> {
                for (int j = 0; j < k; j++) {
                    double[] pred = members[j].predict(x);
                    for (int i = 0; i < m; i++) {
                        if (!Double.isFinite(pred[i])) {
                            throw new IllegalStateException("bootstrap member " + j + " predicted " + pred[i]
                                + " for row " + i);
                        }
                        samples[i][j] = pred[i];
                    }
                }
                return samples;
            });
            return Empirical.of(samples);
        }
    }
}
