package skpro.regression.ensemble;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

import skpro.distributions.Distribution;
import skpro.distributions.Mixture;
import skpro.regression.Params;
import skpro.regression.ProbaModel;
import skpro.regression.ProbaRegressor;
import skpro.regression.internal.DataChecks;
import skpro.regression.internal.Parallel;

/**
 * Bagging of a probabilistic regressor (skpro's {@code BaggingRegressor}): N copies of the
 * estimator, copy m fitted on its own sample of rows and of feature columns; the prediction is
 * the equally weighted mixture of the members' predictive distributions,
 * P(y | x) = (1/N) sum_m P_m(y | x restricted to the columns of m) ({@link Mixture}). Its mean is
 * the average of the members' means and its variance, by the law of total variance, the average
 * member variance plus the variance of the member means.
 *
 * <p>Samples: each member draws k = max(1, ceil(maxSamples n)) of the n rows, uniformly with
 * replacement ({@code bootstrap}, the default) or without; and q = max(1, ceil(maxFeatures p))
 * of the p columns, without replacement (the default) or with ({@code bootstrapFeatures});
 * with maxFeatures = 1 and no feature bootstrap every member sees all columns in their order.
 *
 * <p>Seeding: member m draws its rows and then its columns from the m-th {@code split()} of
 * {@code SplittableRandom(seed)}, all streams built before any member is fitted, so the fit is a
 * function of (data, seed) only, whatever the number of threads. (skpro, given an integer seed,
 * gives every member the same sample, and without one reseeds numpy's global generator; neither
 * is copied.) The estimator's own parameters, seeds included, are used as given in every copy.
 *
 * <p>Parameters: {@code estimator} (nested as {@code estimator__name}), {@code nEstimators}
 * (N &gt;= 1, default 10), {@code maxSamples} and {@code maxFeatures} (fractions in (0, 1],
 * default 1), {@code bootstrap} (default true), {@code bootstrapFeatures} (default false),
 * {@code seed} (default 0), {@code threads} (members fitted at once, &gt;= 1, default 1).
 */
public final class BaggingRegressor implements ProbaRegressor {
    private final ProbaRegressor estimator;
    private final int nEstimators;
    private final double maxSamples;
    private final double maxFeatures;
    private final boolean bootstrap;
    private final boolean bootstrapFeatures;
    private final long seed;
    private final int threads;

    private BaggingRegressor(ProbaRegressor estimator, int nEstimators, double maxSamples, double maxFeatures,
        boolean bootstrap, boolean bootstrapFeatures, long seed, int threads) {
        if (estimator == null) {
            throw new IllegalArgumentException("estimator must not be null");
        }
        Sampling.checkMembers(nEstimators);
        Sampling.checkFraction("maxSamples", maxSamples);
        Sampling.checkFraction("maxFeatures", maxFeatures);
        Sampling.checkThreads(threads);
        this.estimator = estimator;
        this.nEstimators = nEstimators;
        this.maxSamples = maxSamples;
        this.maxFeatures = maxFeatures;
        this.bootstrap = bootstrap;
        this.bootstrapFeatures = bootstrapFeatures;
        this.seed = seed;
        this.threads = threads;
    }

    /**
     * @param estimator the probabilistic regressor to bag
     * @return 10 members on bootstrap samples of all rows, all features, seed 0, one thread
     * @throws IllegalArgumentException if estimator is null
     */
    public static BaggingRegressor of(ProbaRegressor estimator) {
        return new BaggingRegressor(estimator, 10, 1.0, 1.0, true, false, 0L, 1);
    }

    /**
     * @param newNEstimators the number N of members, &gt;= 1
     * @return a copy with N members
     * @throws IllegalArgumentException if N &lt; 1
     */
    public BaggingRegressor withNEstimators(int newNEstimators) {
        return new BaggingRegressor(estimator, newNEstimators, maxSamples, maxFeatures, bootstrap, bootstrapFeatures,
            seed, threads);
    }

    /**
     * @param fraction the fraction of rows each member draws, in (0, 1]
     * @param withReplacement whether rows are drawn with replacement
     * @return a copy with that row sampling
     * @throws IllegalArgumentException if the fraction is not in (0, 1]
     */
    public BaggingRegressor withSamples(double fraction, boolean withReplacement) {
        return new BaggingRegressor(estimator, nEstimators, fraction, maxFeatures, withReplacement,
            bootstrapFeatures, seed, threads);
    }

    /**
     * @param fraction the fraction of columns each member sees, in (0, 1]
     * @param withReplacement whether columns are drawn with replacement
     * @return a copy with that column sampling
     * @throws IllegalArgumentException if the fraction is not in (0, 1]
     */
    public BaggingRegressor withFeatures(double fraction, boolean withReplacement) {
        return new BaggingRegressor(estimator, nEstimators, maxSamples, fraction, bootstrap, withReplacement, seed,
            threads);
    }

    /**
     * @param newSeed the seed of the samples
     * @return a copy with that seed
     */
    public BaggingRegressor withSeed(long newSeed) {
        return new BaggingRegressor(estimator, nEstimators, maxSamples, maxFeatures, bootstrap, bootstrapFeatures,
            newSeed, threads);
    }

    /**
     * @param newThreads the number of members fitted at once, &gt;= 1 (the result does not depend on it)
     * @return a copy with that pool size
     * @throws IllegalArgumentException if threads &lt; 1
     */
    public BaggingRegressor withThreads(int newThreads) {
        return new BaggingRegressor(estimator, nEstimators, maxSamples, maxFeatures, bootstrap, bootstrapFeatures,
            seed, newThreads);
    }

    /** @return the member regressor */
    public ProbaRegressor estimator() {
        return estimator;
    }

    /** @return the number of members */
    public int nEstimators() {
        return nEstimators;
    }

    /** @throws IllegalArgumentException as {@link ProbaRegressor#fit}, or if a member rejects its sample */
    @Override
    public ProbaModel fit(double[][] x, double[] y) {
        int p = DataChecks.features(x);
        DataChecks.targets(x, y);
        int n = y.length;
        int k = Sampling.count(maxSamples, n);
        int q = Sampling.count(maxFeatures, p);
        boolean allColumns = q == p && !bootstrapFeatures;
        SplittableRandom[] streams = Sampling.streams(seed, nEstimators);
        int[][] rows = new int[nEstimators][];
        int[][] columns = new int[nEstimators][];
        for (int m = 0; m < nEstimators; m++) {
            SplittableRandom rng = streams[m];
            rows[m] = bootstrap ? Sampling.withReplacement(rng, n, k) : Sampling.withoutReplacement(rng, n, k);
            columns[m] = allColumns ? null
                : bootstrapFeatures ? Sampling.withReplacement(rng, p, q) : Sampling.withoutReplacement(rng, p, q);
        }
        List<ProbaModel> members = Parallel.map(nEstimators, threads,
            m -> estimator.fit(Sampling.rows(x, rows[m], columns[m]), Sampling.pick(y, rows[m])));
        return new Model(this, members.toArray(new ProbaModel[0]), columns, p);
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("estimator", estimator, "nEstimators", nEstimators, "maxSamples", maxSamples,
            "maxFeatures", maxFeatures, "bootstrap", bootstrap, "bootstrapFeatures", bootstrapFeatures, "seed", seed,
            "threads", threads);
    }

    @Override
    public BaggingRegressor withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("BaggingRegressor", params(), changes);
        return new BaggingRegressor((ProbaRegressor) p.get("estimator"), Params.getInt(p, "nEstimators"),
            Params.getDouble(p, "maxSamples"), Params.getDouble(p, "maxFeatures"), (Boolean) p.get("bootstrap"),
            (Boolean) p.get("bootstrapFeatures"), Params.getLong(p, "seed"), Params.getInt(p, "threads"));
    }

    /** Value equality: equal parameters (threads included). */
    @Override
    public boolean equals(Object o) {
        return o instanceof BaggingRegressor r && r.estimator.equals(estimator) && r.nEstimators == nEstimators
            && Double.compare(r.maxSamples, maxSamples) == 0 && Double.compare(r.maxFeatures, maxFeatures) == 0
            && r.bootstrap == bootstrap && r.bootstrapFeatures == bootstrapFeatures && r.seed == seed
            && r.threads == threads;
    }

    @Override
    public int hashCode() {
        return Objects.hash(BaggingRegressor.class, estimator, nEstimators, maxSamples, maxFeatures, bootstrap,
            bootstrapFeatures, seed, threads);
    }

    @Override
    public String toString() {
        return "BaggingRegressor" + params();
    }

    /** The fitted members and their columns (null: all); predicts their equal-weight mixture. */
    private record Model(BaggingRegressor regressor, ProbaModel[] members, int[][] columns, int numFeatures)
        implements ProbaModel {

        @Override
        public Distribution predictProba(double[][] x) {
            DataChecks.featuresFor(x, numFeatures);
            List<Distribution> parts = new ArrayList<>(members.length);
            for (int m = 0; m < members.length; m++) {
                ProbaModel member = members[m];
                double[][] xm = columns[m] == null ? x : Sampling.columns(x, columns[m]);
                parts.add(DataChecks.validated(x, () -> member.predictProba(xm)));
            }
            double[] weights = new double[members.length];
            Arrays.fill(weights, 1.0);
            return Mixture.of(parts, weights);
        }
    }
}
