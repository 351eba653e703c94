package skpro.regression.quantile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import skpro.distributions.Distribution;
import skpro.distributions.QpdEmpirical;
import skpro.regression.Params;
import skpro.regression.PointModel;
import skpro.regression.ProbaModel;
import skpro.regression.ProbaRegressor;
import skpro.regression.Regressor;
import skpro.regression.internal.DataChecks;
import skpro.regression.internal.Parallel;

/**
 * One quantile learner per level (skpro's {@code MultipleQuantileRegressor}): for each level
 * a_1 &lt; ... &lt; a_K a copy of the point regressor {@code estimator} with its parameter
 * {@code alphaName} set to a_k (as skpro's {@code alpha_name}; "quantile" for
 * {@link skpro.regression.linear.QuantileRegressor} and {@link GradientBoostingQuantileRegressor})
 * is fitted on all the data.
 *
 * <p>Prediction for row x: the K predicted quantiles, sorted ascending (monotone rearrangement:
 * separately fitted learners may cross, and sorting a row's predictions is the repair that never
 * increases any pinball loss summed over the levels), become skpro's QPD_Empirical
 * ({@link QpdEmpirical}) at the levels a_k. Its quantile function is a step function: at a level
 * p it returns the (sorted) prediction of the nearest trained level, the lower one where p is
 * midway between two, a_1's below a_1 and a_K's above a_K. {@code predictQuantiles} and
 * {@code predictInterval} serve any level this way (nearest trained level, as skpro serves
 * levels it was not trained on), so they agree exactly with {@code predictProba}; at the
 * trained levels they return the (sorted) learners' predictions. Mean and variance are the
 * QPD_Empirical's (weights (a_(k+1) - a_(k-1)) / 2 on the quantiles, see {@link QpdEmpirical}).
 * Intervals are only as fine as the levels: train the levels you want to predict.
 *
 * <p>Parameters: {@code estimator} (nested as {@code estimator__name}), {@code alphaName}
 * (default "quantile"), {@code alphas} (a non-empty list of distinct levels in (0, 1), any
 * order), {@code threads} (learners fitted at once, &gt;= 1, default 1).
 */
public final class MultipleQuantileRegressor implements ProbaRegressor {
    private final Regressor estimator;
    private final String alphaName;
    private final List<Double> alphas;
    private final int threads;
    private final double[] sortedAlphas;

    private MultipleQuantileRegressor(Regressor estimator, String alphaName, List<?> alphas, int threads) {
        if (estimator == null) {
            throw new IllegalArgumentException("estimator must not be null");
        }
        if (alphaName == null || !estimator.params().containsKey(alphaName)) {
            throw new IllegalArgumentException("alphaName '" + alphaName + "' is not a parameter of "
                + estimator.getClass().getSimpleName() + "; its parameters are " + estimator.params().keySet());
        }
        if (alphas == null || alphas.isEmpty()) {
            throw new IllegalArgumentException("alphas must hold at least one level, got "
                + (alphas == null ? "null" : "an empty list"));
        }
        List<Double> levels = new ArrayList<>(alphas.size());
        for (int k = 0; k < alphas.size(); k++) {
            Object o = alphas.get(k);
            double a = o instanceof Number num ? num.doubleValue() : Double.NaN;
            if (!(a > 0.0 && a < 1.0)) {
                throw new IllegalArgumentException("alphas[" + k + "] must be in (0, 1), got " + o);
            }
            levels.add(a);
        }
        double[] sorted = new double[levels.size()];
        for (int k = 0; k < sorted.length; k++) {
            sorted[k] = levels.get(k);
        }
        Arrays.sort(sorted);
        for (int k = 1; k < sorted.length; k++) {
            if (sorted[k] == sorted[k - 1]) {
                throw new IllegalArgumentException("alphas must be distinct, " + sorted[k] + " appears twice in "
                    + levels);
            }
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        // a level the learner rejects is named now, not at fit
        estimator.withParam(alphaName, sorted[0]);
        this.estimator = estimator;
        this.alphaName = alphaName;
        this.alphas = List.copyOf(levels);
        this.threads = threads;
        this.sortedAlphas = sorted;
    }

    /**
     * @param estimator the quantile learner, with a parameter "quantile"
     * @param alphas the levels, distinct, in (0, 1)
     * @return one learner per level, one thread
     * @throws IllegalArgumentException if estimator is null or has no parameter "quantile", no
     *     level is given, a level is outside (0, 1), or two are equal
     */
    public static MultipleQuantileRegressor of(Regressor estimator, double... alphas) {
        return new MultipleQuantileRegressor(estimator, "quantile", boxed(alphas), 1);
    }

    private static List<Double> boxed(double[] v) {
        if (v == null) {
            return null;
        }
        List<Double> out = new ArrayList<>(v.length);
        for (double a : v) {
            out.add(a);
        }
        return out;
    }

    /**
     * @param newAlphaName the estimator's parameter that sets the level
     * @return a copy using it
     * @throws IllegalArgumentException if the estimator has no such parameter
     */
    public MultipleQuantileRegressor withAlphaName(String newAlphaName) {
        return new MultipleQuantileRegressor(estimator, newAlphaName, alphas, threads);
    }

    /**
     * @param newAlphas the levels, distinct, in (0, 1)
     * @return a copy with them
     * @throws IllegalArgumentException as {@link #of}
     */
    public MultipleQuantileRegressor withAlphas(double... newAlphas) {
        return new MultipleQuantileRegressor(estimator, alphaName, boxed(newAlphas), threads);
    }

    /**
     * @param newThreads the number of learners fitted at once, &gt;= 1
     * @return a copy with that pool size
     * @throws IllegalArgumentException if threads &lt; 1
     */
    public MultipleQuantileRegressor withThreads(int newThreads) {
        return new MultipleQuantileRegressor(estimator, alphaName, alphas, newThreads);
    }

    /** @return the trained levels in increasing order (a copy) */
    public double[] levels() {
        return sortedAlphas.clone();
    }

    /** @throws IllegalArgumentException as {@link ProbaRegressor#fit}, or if a learner rejects the data */
    @Override
    public ProbaModel fit(double[][] x, double[] y) {
        int p = DataChecks.features(x);
        DataChecks.targets(x, y);
        List<PointModel> learners = Parallel.map(sortedAlphas.length, threads,
            k -> estimator.withParam(alphaName, sortedAlphas[k]).fit(x, y));
        return new Model(this, learners.toArray(new PointModel[0]), p);
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("estimator", estimator, "alphaName", alphaName, "alphas", alphas, "threads", threads);
    }

    @Override
    public MultipleQuantileRegressor withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("MultipleQuantileRegressor", params(), changes);
        return new MultipleQuantileRegressor((Regressor) p.get("estimator"), (String) p.get("alphaName"),
            (List<?>) p.get("alphas"), Params.getInt(p, "threads"));
    }

    /** Value equality: equal parameters (the levels in the order given). */
    @Override
    public boolean equals(Object o) {
        return o instanceof MultipleQuantileRegressor r && r.estimator.equals(estimator)
            && r.alphaName.equals(alphaName) && r.alphas.equals(alphas) && r.threads == threads;
    }

    @Override
    public int hashCode() {
        return Objects.hash(MultipleQuantileRegressor.class, estimator, alphaName, alphas, threads);
    }

    @Override
    public String toString() {
        return "MultipleQuantileRegressor" + params();
    }

    /** One fitted learner per sorted level; predicts the QPD_Empirical of the sorted predictions. */
    private record Model(MultipleQuantileRegressor regressor, PointModel[] learners, int numFeatures)
        implements ProbaModel {

        /** @throws IllegalStateException if a learner predicts a non-finite value (level and row named) */
        @Override
        public Distribution predictProba(double[][] x) {
            DataChecks.featuresFor(x, numFeatures);
            int m = x.length;
            int k = learners.length;
            double[][] q = new double[m][k];
            DataChecks.validated(x, () -> {
                for (int j = 0; j < k; j++) {
                    double[] pred = learners[j].predict(x);
                    for (int i = 0; i < m; i++) {
                        if (!Double.isFinite(pred[i])) {
                            throw new IllegalStateException("the learner at level " + regressor.sortedAlphas[j]
                                + " predicted " + pred[i] + " for row " + i);
                        }
                        q[i][j] = pred[i];
                    }
                }
                return q;
            });
            for (double[] row : q) {
                Arrays.sort(row);
            }
            return QpdEmpirical.of(q, regressor.sortedAlphas);
        }
    }
}
