package skpro.regression.ensemble;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import skpro.distributions.Distribution;
import skpro.distributions.Mixture;
import skpro.regression.Params;
import skpro.regression.ProbaModel;
import skpro.regression.ProbaRegressor;
import skpro.regression.internal.DataChecks;
import skpro.regression.internal.Parallel;

/**
 * Voting of heterogeneous probabilistic regressors: each estimator k is fitted on all the data
 * and the prediction is the weighted mixture of their predictive distributions,
 * P(y | x) = sum_k v_k P_k(y | x) with v_k = w_k / sum_j w_j ({@link Mixture}): mean
 * sum_k v_k mu_k(x), variance sum_k v_k (sigma_k^2(x) + (mu_k(x) - mu(x))^2). This is a linear
 * opinion pool; it is wider than its members where they disagree.
 *
 * <p>Parameters: {@code estimators} (a non-empty list of {@link ProbaRegressor}s),
 * {@code weights} (one finite weight &gt;= 0 per estimator, not all zero, normalised to sum 1 when
 * predicting; default all equal), {@code threads} (estimators fitted at once, &gt;= 1, default 1).
 */
public final class VotingProbaRegressor implements ProbaRegressor {
    private final List<ProbaRegressor> estimators;
    private final List<Double> weights;
    private final int threads;

    private VotingProbaRegressor(List<?> estimators, List<?> weights, int threads) {
        this.estimators = Members.regressors("estimators", estimators);
        this.weights = Members.weights(weights, this.estimators.size());
        Sampling.checkThreads(threads);
        this.threads = threads;
    }

    /**
     * @param estimators the members, at least one
     * @return equally weighted voting, one thread
     * @throws IllegalArgumentException if the list is null or empty or holds a null
     */
    public static VotingProbaRegressor of(List<? extends ProbaRegressor> estimators) {
        List<Double> equal = estimators == null ? null : Collections.nCopies(estimators.size(), 1.0);
        return new VotingProbaRegressor(estimators, equal, 1);
    }

    /**
     * @param newWeights one weight per estimator, finite and &gt;= 0, not all zero
     * @return a copy with those (unnormalised) weights
     * @throws IllegalArgumentException if the count differs, a weight is negative or not finite,
     *     or all are zero
     */
    public VotingProbaRegressor withWeights(double... newWeights) {
        List<Double> w = new ArrayList<>();
        if (newWeights != null) {
            for (double v : newWeights) {
                w.add(v);
            }
        }
        return new VotingProbaRegressor(estimators, newWeights == null ? null : w, threads);
    }

    /**
     * @param newThreads the number of estimators fitted at once, &gt;= 1
     * @return a copy with that pool size
     * @throws IllegalArgumentException if threads &lt; 1
     */
    public VotingProbaRegressor withThreads(int newThreads) {
        return new VotingProbaRegressor(estimators, weights, newThreads);
    }

    /** @return the members */
    public List<ProbaRegressor> estimators() {
        return estimators;
    }

    /** @return the weights normalised to sum 1 */
    public double[] normalisedWeights() {
        double sum = 0.0;
        for (double w : weights) {
            sum += w;
        }
        double[] out = new double[weights.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = weights.get(k) / sum;
        }
        return out;
    }

    /** @throws IllegalArgumentException as {@link ProbaRegressor#fit}, or if a member rejects the data */
    @Override
    public ProbaModel fit(double[][] x, double[] y) {
        int p = DataChecks.features(x);
        DataChecks.targets(x, y);
        List<ProbaModel> fitted = Parallel.map(estimators.size(), threads, k -> estimators.get(k).fit(x, y));
        return new Model(this, fitted.toArray(new ProbaModel[0]), p);
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("estimators", estimators, "weights", weights, "threads", threads);
    }

    @Override
    public VotingProbaRegressor withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("VotingProbaRegressor", params(), changes);
        return new VotingProbaRegressor((List<?>) p.get("estimators"), (List<?>) p.get("weights"),
            Params.getInt(p, "threads"));
    }

    /** Value equality: equal members, weights and threads. */
    @Override
    public boolean equals(Object o) {
        return o instanceof VotingProbaRegressor r && r.estimators.equals(estimators) && r.weights.equals(weights)
            && r.threads == threads;
    }

    @Override
    public int hashCode() {
        return Objects.hash(VotingProbaRegressor.class, estimators, weights, threads);
    }

    @Override
    public String toString() {
        return "VotingProbaRegressor" + params();
    }

    /** The fitted members; predicts their weighted mixture. */
    private record Model(VotingProbaRegressor regressor, ProbaModel[] members, int numFeatures)
        implements ProbaModel {

        @Override
        public Distribution predictProba(double[][] x) {
            DataChecks.featuresFor(x, numFeatures);
            List<Distribution> parts = new ArrayList<>(members.length);
            for (ProbaModel member : members) {
                parts.add(DataChecks.validated(x, () -> member.predictProba(x)));
            }
            return Mixture.of(parts, regressor.normalisedWeights());
        }
    }
}
