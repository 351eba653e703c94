package skpro.smile;

import java.util.Map;
import java.util.Objects;

import skpro.regression.Params;
import skpro.regression.PointModel;
import skpro.regression.Regressor;
import smile.data.Tuple;
import smile.data.type.StructType;
import smile.math.MathEx;
import smile.regression.GradientTreeBoost;

/**
 * Gradient tree boosting (Friedman's stochastic gradient boosting), fitted by Smile's
 * {@code smile.regression.GradientTreeBoost}: F_0 is the loss's best constant (mean for LS,
 * median for LAD and Huber); at step m a regression tree h_m is fitted to the negative gradient
 * of the loss at F_(m-1) on a random {@code subsample} of round(s n) rows drawn without
 * replacement, its leaves are set to the loss's optimal step, and
 * F_m = F_(m-1) + {@code shrinkage} h_m. The prediction is F_M(x), M = {@code ntrees}.
 *
 * <p>Losses ({@link Loss}): LS (squared error), LAD (absolute error), HUBER (squared error for
 * residuals up to the {@code huberQuantile} quantile of the absolute residuals at each step,
 * absolute error beyond). Trees stop splitting at {@code maxDepth}, at {@code maxNodes} leaves
 * (grown best first), or below 2 {@code nodeSize} rows in a node.
 *
 * <p>Determinism: Smile draws the row subsamples from its per-thread generator on the calling
 * thread (the trees themselves search every feature and draw nothing). {@code fit} reseeds that
 * generator with {@code seed} just before fitting, so the same seed gives the same model on any
 * thread; as a side effect the calling thread's Smile generator is left reseeded.
 *
 * <p>Parameters: {@code loss} (default LS), {@code huberQuantile} (in (0, 1), default 0.9, used
 * by HUBER only), {@code ntrees} (&gt;= 1, default 200), {@code maxDepth} (&gt;= 1, default 20),
 * {@code maxNodes} (&gt;= 2, default 6), {@code nodeSize} (&gt;= 1, default 5),
 * {@code shrinkage} (in (0, 1], default 0.05), {@code subsample} (in (0, 1], default 0.7),
 * {@code seed} (default 0).
 */
public final class GradientTreeBoostRegressor implements Regressor {

    /** The loss whose gradient the trees follow. */
    public enum Loss {
        /** Squared error. */
        LS,
        /** Absolute error. */
        LAD,
        /** Huber's loss, quadratic up to the {@code huberQuantile} of the absolute residuals. */
        HUBER
    }

    private final Loss loss;
    private final double huberQuantile;
    private final int ntrees;
    private final int maxDepth;
    private final int maxNodes;
    private final int nodeSize;
    private final double shrinkage;
    private final double subsample;
    private final long seed;

    private GradientTreeBoostRegressor(Loss loss, double huberQuantile, int ntrees, int maxDepth, int maxNodes,
                                       int nodeSize, double shrinkage, double subsample, long seed) {
        if (loss == null) {
            throw new IllegalArgumentException("loss must not be null");
        }
        if (!(huberQuantile > 0.0 && huberQuantile < 1.0)) {
            throw new IllegalArgumentException("huberQuantile must be in (0, 1), got " + huberQuantile);
        }
        Checks.atLeast("ntrees", ntrees, 1);
        Checks.atLeast("maxDepth", maxDepth, 1);
        Checks.atLeast("maxNodes", maxNodes, 2);
        Checks.atLeast("nodeSize", nodeSize, 1);
        Checks.fraction("shrinkage", shrinkage);
        Checks.fraction("subsample", subsample);
        this.loss = loss;
        this.huberQuantile = huberQuantile;
        this.ntrees = ntrees;
        this.maxDepth = maxDepth;
        this.maxNodes = maxNodes;
        this.nodeSize = nodeSize;
        this.shrinkage = shrinkage;
        this.subsample = subsample;
        this.seed = seed;
    }

    /** @return least-squares boosting with the defaults above, seed 0 */
    public static GradientTreeBoostRegressor of() {
        return new GradientTreeBoostRegressor(Loss.LS, 0.9, 200, 20, 6, 5, 0.05, 0.7, 0L);
    }

    /**
     * @param newLoss the loss
     * @return a copy with it
     * @throws IllegalArgumentException if it is null
     */
    public GradientTreeBoostRegressor withLoss(Loss newLoss) {
        return new GradientTreeBoostRegressor(newLoss, huberQuantile, ntrees, maxDepth, maxNodes, nodeSize, shrinkage,
            subsample, seed);
    }

    /**
     * @param q the quantile of the absolute residuals where Huber's loss turns linear, in (0, 1)
     * @return a copy with it
     * @throws IllegalArgumentException if q is not in (0, 1)
     */
    public GradientTreeBoostRegressor withHuberQuantile(double q) {
        return new GradientTreeBoostRegressor(loss, q, ntrees, maxDepth, maxNodes, nodeSize, shrinkage, subsample,
            seed);
    }

    /**
     * @param n the number of trees, &gt;= 1
     * @return a copy with it
     * @throws IllegalArgumentException if n &lt; 1
     */
    public GradientTreeBoostRegressor withNtrees(int n) {
        return new GradientTreeBoostRegressor(loss, huberQuantile, n, maxDepth, maxNodes, nodeSize, shrinkage,
            subsample, seed);
    }

    /**
     * @param depth the maximum depth of a tree, &gt;= 1
     * @return a copy with it
     * @throws IllegalArgumentException if depth &lt; 1
     */
    public GradientTreeBoostRegressor withMaxDepth(int depth) {
        return new GradientTreeBoostRegressor(loss, huberQuantile, ntrees, depth, maxNodes, nodeSize, shrinkage,
            subsample, seed);
    }

    /**
     * @param nodes the maximum number of leaves of a tree, &gt;= 2
     * @return a copy with it
     * @throws IllegalArgumentException if nodes &lt; 2
     */
    public GradientTreeBoostRegressor withMaxNodes(int nodes) {
        return new GradientTreeBoostRegressor(loss, huberQuantile, ntrees, maxDepth, nodes, nodeSize, shrinkage,
            subsample, seed);
    }

    /**
     * @param size the minimum number of rows in a leaf, &gt;= 1
     * @return a copy with it
     * @throws IllegalArgumentException if size &lt; 1
     */
    public GradientTreeBoostRegressor withNodeSize(int size) {
        return new GradientTreeBoostRegressor(loss, huberQuantile, ntrees, maxDepth, maxNodes, size, shrinkage,
            subsample, seed);
    }

    /**
     * @param rate the learning rate, in (0, 1]
     * @return a copy with it
     * @throws IllegalArgumentException if rate is not in (0, 1]
     */
    public GradientTreeBoostRegressor withShrinkage(double rate) {
        return new GradientTreeBoostRegressor(loss, huberQuantile, ntrees, maxDepth, maxNodes, nodeSize, rate,
            subsample, seed);
    }

    /**
     * @param fraction the fraction of rows each tree sees, in (0, 1]
     * @return a copy with it
     * @throws IllegalArgumentException if fraction is not in (0, 1]
     */
    public GradientTreeBoostRegressor withSubsample(double fraction) {
        return new GradientTreeBoostRegressor(loss, huberQuantile, ntrees, maxDepth, maxNodes, nodeSize, shrinkage,
            fraction, seed);
    }

    /**
     * @param newSeed the seed of the row subsampling
     * @return a copy with it
     */
    public GradientTreeBoostRegressor withSeed(long newSeed) {
        return new GradientTreeBoostRegressor(loss, huberQuantile, ntrees, maxDepth, maxNodes, nodeSize, shrinkage,
            subsample, newSeed);
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("loss", loss, "huberQuantile", huberQuantile, "ntrees", ntrees, "maxDepth", maxDepth,
            "maxNodes", maxNodes, "nodeSize", nodeSize, "shrinkage", shrinkage, "subsample", subsample, "seed", seed);
    }

    @Override
    public GradientTreeBoostRegressor withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("GradientTreeBoostRegressor", params(), changes);
        return new GradientTreeBoostRegressor((Loss) p.get("loss"), Params.getDouble(p, "huberQuantile"),
            Params.getInt(p, "ntrees"), Params.getInt(p, "maxDepth"), Params.getInt(p, "maxNodes"),
            Params.getInt(p, "nodeSize"), Params.getDouble(p, "shrinkage"), Params.getDouble(p, "subsample"),
            Params.getLong(p, "seed"));
    }

    /**
     * @throws IllegalArgumentException as {@link Regressor#fit}, or if there are fewer than 2 rows
     */
    @Override
    public PointModel fit(double[][] x, double[] y) {
        int p = Checks.trainingSet(x, y, 2, "GradientTreeBoostRegressor");
        smile.base.cart.Loss smileLoss = switch (loss) {
            case LS -> smile.base.cart.Loss.ls();
            case LAD -> smile.base.cart.Loss.lad();
            case HUBER -> smile.base.cart.Loss.huber(huberQuantile);
        };
        MathEx.setSeed(seed);
        GradientTreeBoost boost = GradientTreeBoost.fit(SmileFrame.formula(), SmileFrame.of(x, y), smileLoss, ntrees,
            maxDepth, Math.max(2, Math.min(maxNodes, x.length)), nodeSize, shrinkage, subsample);
        StructType schema = SmileFrame.featureSchema(p);
        return new RowwiseModel(p, row -> boost.predict(Tuple.of(row, schema)));
    }

    /** Value equality: equal hyper-parameters. */
    @Override
    public boolean equals(Object o) {
        return o instanceof GradientTreeBoostRegressor r && r.loss == loss
            && Double.compare(r.huberQuantile, huberQuantile) == 0 && r.ntrees == ntrees && r.maxDepth == maxDepth
            && r.maxNodes == maxNodes && r.nodeSize == nodeSize && Double.compare(r.shrinkage, shrinkage) == 0
            && Double.compare(r.subsample, subsample) == 0 && r.seed == seed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(GradientTreeBoostRegressor.class, loss, huberQuantile, ntrees, maxDepth, maxNodes,
            nodeSize, shrinkage, subsample, seed);
    }

    @Override
    public String toString() {
        return "GradientTreeBoostRegressor(loss=" + loss + ", huberQuantile=" + huberQuantile + ", ntrees=" + ntrees
            + ", maxDepth=" + maxDepth + ", maxNodes=" + maxNodes + ", nodeSize=" + nodeSize + ", shrinkage="
            + shrinkage + ", subsample=" + subsample + ", seed=" + seed + ")";
    }
}
