package skpro.smile;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import skpro.regression.Params;
import skpro.regression.Regressor;
import smile.regression.RandomForest;

/**
 * A random forest of regression trees (Breiman), fitted by Smile's
 * {@code smile.regression.RandomForest}: each of {@code ntrees} CART trees (squared-error
 * splits) is grown on a resample of the rows, searching {@code mtry} randomly drawn features at
 * each split; the forest predicts the mean of the trees, (1/B) sum_b T_b(x).
 *
 * <p>Resampling: with {@code subsample} = 1 each tree sees a bootstrap sample (n draws with
 * replacement); with {@code subsample} = s &lt; 1 it sees round(s n) rows drawn without
 * replacement. A tree stops splitting a node at {@code maxDepth}, when it has {@code maxNodes}
 * leaves (grown best first), or when a node has fewer than 2 {@code nodeSize} rows.
 *
 * <p>Determinism: Smile grows the trees in parallel on the common fork-join pool, each tree on
 * one thread drawing from Smile's per-thread generator, which it reseeds with that tree's seed
 * (only seeds &gt; 1 are honoured). This class derives {@code ntrees} distinct seeds &gt; 1 from
 * {@code seed} with a {@link SplittableRandom}, so the same seed gives identical trees and
 * predictions whichever threads build them. A side effect of Smile's design: fitting reseeds the
 * per-thread Smile generator of the threads that grew trees.
 *
 * <p>Parameters: {@code ntrees} (&gt;= 1, default 100), {@code mtry} (features searched per
 * split; 0, the default, means max(1, floor(p / 3)); a value above p is capped at p),
 * {@code maxDepth} (&gt;= 1, default 20), {@code maxNodes} (maximum leaves per tree, &gt;= 2,
 * default {@link Integer#MAX_VALUE}: unlimited), {@code nodeSize} (&gt;= 1, default 5),
 * {@code subsample} (in (0, 1], default 1: bootstrap), {@code seed} (default 0).
 */
public final class RandomForestRegressor implements Regressor {
    private final int ntrees;
    private final int mtry;
    private final int maxDepth;
    private final int maxNodes;
    private final int nodeSize;
    private final double subsample;
    private final long seed;

    private RandomForestRegressor(int ntrees, int mtry, int maxDepth, int maxNodes, int nodeSize, double subsample,
                                  long seed) {
        Checks.atLeast("ntrees", ntrees, 1);
        Checks.atLeast("mtry", mtry, 0);
        Checks.atLeast("maxDepth", maxDepth, 1);
        Checks.atLeast("maxNodes", maxNodes, 2);
        Checks.atLeast("nodeSize", nodeSize, 1);
        Checks.fraction("subsample", subsample);
        this.ntrees = ntrees;
        this.mtry = mtry;
        this.maxDepth = maxDepth;
        this.maxNodes = maxNodes;
        this.nodeSize = nodeSize;
        this.subsample = subsample;
        this.seed = seed;
    }

    /** @return a forest of 100 bootstrap trees with the defaults above, seed 0 */
    public static RandomForestRegressor of() {
        return new RandomForestRegressor(100, 0, 20, Integer.MAX_VALUE, 5, 1.0, 0L);
    }

    /**
     * @param ntrees the number of trees, &gt;= 1
     * @return a copy with that number
     * @throws IllegalArgumentException if ntrees &lt; 1
     */
    public RandomForestRegressor withNtrees(int ntrees) {
        return new RandomForestRegressor(ntrees, mtry, maxDepth, maxNodes, nodeSize, subsample, seed);
    }

    /**
     * @param mtry the number of features searched per split, &gt;= 1 (capped at p), or 0 for
     *     max(1, floor(p / 3))
     * @return a copy with that number
     * @throws IllegalArgumentException if mtry &lt; 0
     */
    public RandomForestRegressor withMtry(int mtry) {
        return new RandomForestRegressor(ntrees, mtry, maxDepth, maxNodes, nodeSize, subsample, seed);
    }

    /**
     * @param maxDepth the maximum depth of a tree, &gt;= 1
     * @return a copy with that depth
     * @throws IllegalArgumentException if maxDepth &lt; 1
     */
    public RandomForestRegressor withMaxDepth(int maxDepth) {
        return new RandomForestRegressor(ntrees, mtry, maxDepth, maxNodes, nodeSize, subsample, seed);
    }

    /**
     * @param maxNodes the maximum number of leaves of a tree, &gt;= 2
     * @return a copy with that number
     * @throws IllegalArgumentException if maxNodes &lt; 2
     */
    public RandomForestRegressor withMaxNodes(int maxNodes) {
        return new RandomForestRegressor(ntrees, mtry, maxDepth, maxNodes, nodeSize, subsample, seed);
    }

    /**
     * @param nodeSize the minimum number of rows in a leaf, &gt;= 1
     * @return a copy with that size
     * @throws IllegalArgumentException if nodeSize &lt; 1
     */
    public RandomForestRegressor withNodeSize(int nodeSize) {
        return new RandomForestRegressor(ntrees, mtry, maxDepth, maxNodes, nodeSize, subsample, seed);
    }

    /**
     * @param subsample the fraction of rows each tree sees, in (0, 1]; 1 means a bootstrap sample
     * @return a copy with that fraction
     * @throws IllegalArgumentException if subsample is not in (0, 1]
     */
    public RandomForestRegressor withSubsample(double subsample) {
        return new RandomForestRegressor(ntrees, mtry, maxDepth, maxNodes, nodeSize, subsample, seed);
    }

    /**
     * @param seed the seed from which the trees' seeds are derived
     * @return a copy with that seed
     */
    public RandomForestRegressor withSeed(long seed) {
        return new RandomForestRegressor(ntrees, mtry, maxDepth, maxNodes, nodeSize, subsample, seed);
    }

    /** @return the number of trees */
    public int ntrees() {
        return ntrees;
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("ntrees", ntrees, "mtry", mtry, "maxDepth", maxDepth, "maxNodes", maxNodes,
            "nodeSize", nodeSize, "subsample", subsample, "seed", seed);
    }

    @Override
    public RandomForestRegressor withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("RandomForestRegressor", params(), changes);
        return new RandomForestRegressor(Params.getInt(p, "ntrees"), Params.getInt(p, "mtry"),
            Params.getInt(p, "maxDepth"), Params.getInt(p, "maxNodes"), Params.getInt(p, "nodeSize"),
            Params.getDouble(p, "subsample"), Params.getLong(p, "seed"));
    }

    /**
     * @throws IllegalArgumentException as {@link Regressor#fit}, or if there are fewer than 2 rows
     */
    @Override
    public RandomForestModel fit(double[][] x, double[] y) {
        int p = Checks.trainingSet(x, y, 2, "RandomForestRegressor");
        int n = x.length;
        int m = mtry == 0 ? Math.max(1, p / 3) : Math.min(mtry, p);
        RandomForest forest = RandomForest.fit(SmileFrame.formula(), SmileFrame.of(x, y), ntrees, m, maxDepth,
            Math.max(2, Math.min(maxNodes, n)), nodeSize, subsample, LongStream.of(treeSeeds(seed, ntrees)));
        return new RandomForestModel(forest, p);
    }

    /**
     * @param seed the forest's seed
     * @param count the number of trees
     * @return count distinct seeds, each &gt; 1 (Smile ignores seeds &lt;= 1)
     */
    static long[] treeSeeds(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        Set<Long> seen = new HashSet<>();
        long[] seeds = new long[count];
        for (int b = 0; b < count; b++) {
            long s;
            do {
                s = random.nextLong(2L, Long.MAX_VALUE);
            } while (!seen.add(s));
            seeds[b] = s;
        }
        return seeds;
    }

    /** Value equality: equal hyper-parameters. */
    @Override
    public boolean equals(Object o) {
        return o instanceof RandomForestRegressor r && r.ntrees == ntrees && r.mtry == mtry && r.maxDepth == maxDepth
            && r.maxNodes == maxNodes && r.nodeSize == nodeSize && Double.compare(r.subsample, subsample) == 0
            && r.seed == seed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(RandomForestRegressor.class, ntrees, mtry, maxDepth, maxNodes, nodeSize, subsample, seed);
    }

    @Override
    public String toString() {
        return "RandomForestRegressor(ntrees=" + ntrees + ", mtry=" + mtry + ", maxDepth=" + maxDepth + ", maxNodes="
            + maxNodes + ", nodeSize=" + nodeSize + ", subsample=" + subsample + ", seed=" + seed + ")";
    }
}
