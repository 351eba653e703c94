package skpro.regression.quantile;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

import skpro.regression.Params;
import skpro.regression.Regressor;
import skpro.regression.internal.DataChecks;
import skpro.regression.tree.DecisionTreeModel;
import skpro.regression.tree.DecisionTreeRegressor;

/**
 * Gradient-boosted regression trees for the q-quantile (Friedman's TreeBoost with the pinball
 * loss, as sklearn's {@code GradientBoostingRegressor(loss="quantile", alpha=q)}): F minimises
 * (1/n) sum_i rho_q(y_i - F(x_i)), rho_q(r) = q r for r &gt;= 0 and (q - 1) r for r &lt; 0.
 *
 * <p>F_0 = the q-quantile of y (the generalised inverse: the ceil(q n)-th smallest value).
 * Stage s = 1..S: draw the in-bag rows (all, or floor(subsample n) of them without replacement
 * when subsample &lt; 1); fit a CART regression tree ({@link DecisionTreeRegressor}, squared
 * error, {@code maxDepth}, {@code minSamplesLeaf}) to the negative gradient
 * g_i = q - 1{y_i &lt; F_(s-1)(x_i)} on the in-bag rows; replace the value of each leaf L by the
 * q-quantile (same definition) of the in-bag residuals y_i - F_(s-1)(x_i), i in L, which is the
 * exact minimiser of the pinball loss over a constant shift of that leaf (the line search of
 * TreeBoost); and set F_s = F_(s-1) + learningRate * tree_s. Since the loss is convex in each
 * leaf's shift and minimised at the full step, with subsample = 1 and learningRate &le; 1 the
 * training loss never increases from one stage to the next ({@code trainLoss()} of the model).
 *
 * <p>Parameters: {@code quantile} (q in (0, 1), default 0.5), {@code learningRate} (in (0, 1],
 * default 0.1), {@code nEstimators} (S &gt;= 1, default 100), {@code maxDepth} (&gt;= 1, default 3),
 * {@code minSamplesLeaf} (&gt;= 1, default 1), {@code subsample} (in (0, 1], default 1),
 * {@code seed} (the row subsampling, default 0).
 */
public final class GradientBoostingQuantileRegressor implements Regressor {
    private final double quantile;
    private final double learningRate;
    private final int nEstimators;
    private final int maxDepth;
    private final int minSamplesLeaf;
    private final double subsample;
    private final long seed;

    private GradientBoostingQuantileRegressor(double quantile, double learningRate, int nEstimators, int maxDepth,
        int minSamplesLeaf, double subsample, long seed) {
        if (!(quantile > 0.0 && quantile < 1.0)) {
            throw new IllegalArgumentException("quantile must be in (0, 1), got " + quantile);
        }
        if (!(learningRate > 0.0 && learningRate <= 1.0)) {
            throw new IllegalArgumentException("learningRate must be in (0, 1], got " + learningRate);
        }
        if (nEstimators < 1) {
            throw new IllegalArgumentException("nEstimators must be >= 1, got " + nEstimators);
        }
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be >= 1, got " + maxDepth);
        }
        if (minSamplesLeaf < 1) {
            throw new IllegalArgumentException("minSamplesLeaf must be >= 1, got " + minSamplesLeaf);
        }
        if (!(subsample > 0.0 && subsample <= 1.0)) {
            throw new IllegalArgumentException("subsample must be in (0, 1], got " + subsample);
        }
        this.quantile = quantile;
        this.learningRate = learningRate;
        this.nEstimators = nEstimators;
        this.maxDepth = maxDepth;
        this.minSamplesLeaf = minSamplesLeaf;
        this.subsample = subsample;
        this.seed = seed;
    }

    /**
     * @param quantile the level q in (0, 1)
     * @return boosting for that quantile with sklearn's defaults (100 stages, learning rate 0.1,
     *     depth 3, no subsampling)
     * @throws IllegalArgumentException if q is not in (0, 1)
     */
    public static GradientBoostingQuantileRegressor of(double quantile) {
        return new GradientBoostingQuantileRegressor(quantile, 0.1, 100, 3, 1, 1.0, 0L);
    }

    /**
     * @param newQuantile the level q in (0, 1)
     * @return a copy for that quantile
     * @throws IllegalArgumentException if q is not in (0, 1)
     */
    public GradientBoostingQuantileRegressor withQuantile(double newQuantile) {
        return new GradientBoostingQuantileRegressor(newQuantile, learningRate, nEstimators, maxDepth, minSamplesLeaf,
            subsample, seed);
    }

    /**
     * @param newNEstimators the number of stages, &gt;= 1
     * @param newLearningRate the shrinkage, in (0, 1]
     * @return a copy with those
     * @throws IllegalArgumentException if a value is out of range
     */
    public GradientBoostingQuantileRegressor withStages(int newNEstimators, double newLearningRate) {
        return new GradientBoostingQuantileRegressor(quantile, newLearningRate, newNEstimators, maxDepth,
            minSamplesLeaf, subsample, seed);
    }

    /**
     * @param newMaxDepth the trees' maximum depth, &gt;= 1
     * @param newMinSamplesLeaf the trees' minimum leaf size, &gt;= 1
     * @return a copy with those trees
     * @throws IllegalArgumentException if a value is &lt; 1
     */
    public GradientBoostingQuantileRegressor withTrees(int newMaxDepth, int newMinSamplesLeaf) {
        return new GradientBoostingQuantileRegressor(quantile, learningRate, nEstimators, newMaxDepth,
            newMinSamplesLeaf, subsample, seed);
    }

    /**
     * @param newSubsample the fraction of rows each stage sees, in (0, 1]
     * @param newSeed the seed of the row draws
     * @return a copy with stochastic boosting
     * @throws IllegalArgumentException if the fraction is not in (0, 1]
     */
    public GradientBoostingQuantileRegressor withSubsample(double newSubsample, long newSeed) {
        return new GradientBoostingQuantileRegressor(quantile, learningRate, nEstimators, maxDepth, minSamplesLeaf,
            newSubsample, newSeed);
    }

    /** @return the quantile level q */
    public double quantile() {
        return quantile;
    }

    /** @throws IllegalArgumentException as {@link Regressor#fit} */
    @Override
    public GradientBoostingQuantileModel fit(double[][] x, double[] y) {
        int p = DataChecks.features(x);
        DataChecks.targets(x, y);
        int n = y.length;
        double init = quantileOf(y.clone(), quantile);
        double[] f = new double[n];
        Arrays.fill(f, init);
        double[] loss = new double[nEstimators + 1];
        loss[0] = pinball(y, f, quantile);
        DecisionTreeRegressor learner = DecisionTreeRegressor.of().withMaxDepth(maxDepth)
            .withMinSamplesLeaf(minSamplesLeaf);
        SplittableRandom rng = new SplittableRandom(seed);
        int inBag = subsample < 1.0 ? Math.max(1, (int) Math.floor(subsample * n)) : n;
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        DecisionTreeModel[] trees = new DecisionTreeModel[nEstimators];
        double[][] leafValues = new double[nEstimators][];
        for (int s = 0; s < nEstimators; s++) {
            int[] rows = inBag == n ? all : draw(rng, n, inBag);
            double[][] xs = new double[rows.length][];
            double[] g = new double[rows.length];
            for (int k = 0; k < rows.length; k++) {
                int i = rows[k];
                xs[k] = x[i];
                g[k] = y[i] < f[i] ? quantile - 1.0 : quantile;
            }
            DecisionTreeModel tree = learner.fit(xs, g);
            int[] leaf = tree.apply(xs);
            double[] values = leafQuantiles(tree.numNodes(), leaf, rows, y, f);
            int[] leafAll = rows == all ? leaf : tree.apply(x);
            for (int i = 0; i < n; i++) {
                f[i] += learningRate * values[leafAll[i]];
            }
            trees[s] = tree;
            leafValues[s] = values;
            loss[s + 1] = pinball(y, f, quantile);
        }
        return new GradientBoostingQuantileModel(init, trees, leafValues, learningRate, p, loss);
    }

    /** @return per node, the q-quantile of the residuals y - f of the rows in that leaf (0 elsewhere) */
    private double[] leafQuantiles(int nodes, int[] leaf, int[] rows, double[] y, double[] f) {
        int[] count = new int[nodes + 1];
        for (int l : leaf) {
            count[l + 1]++;
        }
        for (int k = 0; k < nodes; k++) {
            count[k + 1] += count[k];
        }
        double[] residual = new double[leaf.length];
        int[] next = Arrays.copyOf(count, nodes);
        for (int k = 0; k < leaf.length; k++) {
            int i = rows[k];
            residual[next[leaf[k]]++] = y[i] - f[i];
        }
        double[] out = new double[nodes];
        for (int node = 0; node < nodes; node++) {
            int from = count[node];
            int to = count[node + 1];
            if (to > from) {
                Arrays.sort(residual, from, to);
                out[node] = residual[from + rank(to - from, quantile)];
            }
        }
        return out;
    }

    /** @return the 0-based rank ceil(q m) - 1 of the generalised-inverse q-quantile of m sorted values */
    private static int rank(int m, double q) {
        return Math.min(m - 1, Math.max(0, (int) Math.ceil(q * m - 1e-12) - 1));
    }

    /** The q-quantile of v (sorted in place), as in the class comment. */
    static double quantileOf(double[] v, double q) {
        Arrays.sort(v);
        return v[rank(v.length, q)];
    }

    /** @return the mean pinball loss (1/n) sum rho_q(y_i - f_i) */
    static double pinball(double[] y, double[] f, double q) {
        double sum = 0.0;
        for (int i = 0; i < y.length; i++) {
            double r = y[i] - f[i];
            sum += r >= 0 ? q * r : (q - 1.0) * r;
        }
        return sum / y.length;
    }

    /** @return k distinct rows of 0..n-1 in increasing order */
    private static int[] draw(SplittableRandom rng, int n, int k) {
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + rng.nextInt(n - i);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        int[] out = Arrays.copyOf(perm, k);
        Arrays.sort(out);
        return out;
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("quantile", quantile, "learningRate", learningRate, "nEstimators", nEstimators,
            "maxDepth", maxDepth, "minSamplesLeaf", minSamplesLeaf, "subsample", subsample, "seed", seed);
    }

    @Override
    public GradientBoostingQuantileRegressor withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("GradientBoostingQuantileRegressor", params(), changes);
        return new GradientBoostingQuantileRegressor(Params.getDouble(p, "quantile"),
            Params.getDouble(p, "learningRate"), Params.getInt(p, "nEstimators"), Params.getInt(p, "maxDepth"),
            Params.getInt(p, "minSamplesLeaf"), Params.getDouble(p, "subsample"), Params.getLong(p, "seed"));
    }

    /** Value equality: equal hyper-parameters. */
    @Override
    public boolean equals(Object o) {
        return o instanceof GradientBoostingQuantileRegressor r && Double.compare(r.quantile, quantile) == 0
            && Double.compare(r.learningRate, learningRate) == 0 && r.nEstimators == nEstimators
            && r.maxDepth == maxDepth && r.minSamplesLeaf == minSamplesLeaf
            && Double.compare(r.subsample, subsample) == 0 && r.seed == seed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(GradientBoostingQuantileRegressor.class, quantile, learningRate, nEstimators, maxDepth,
            minSamplesLeaf, subsample, seed);
    }

    @Override
    public String toString() {
        return "GradientBoostingQuantileRegressor" + params();
    }
}
