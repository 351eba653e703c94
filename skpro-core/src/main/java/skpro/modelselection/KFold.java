package skpro.modelselection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

import skpro.regression.Params;

/**
 * K-fold cross-validation (sklearn's {@code KFold}): the rows are cut into k consecutive folds,
 * each the test set once while the other k - 1 form the training set.
 *
 * <p>Fold sizes as sklearn: with q = floor(n / k) and r = n mod k, the first r folds hold q + 1
 * rows and the others q, so fold f covers positions [start_f, start_f + size_f) of the order.
 * Without shuffling the order is 0..n-1 (fold 0 = the first rows); with shuffling it is a
 * uniformly random permutation drawn from {@code new SplittableRandom(seed)} by Fisher-Yates (the
 * same folds for the same seed and n; not numpy's permutation). Every row is tested exactly once.
 *
 * <p>Parameters: {@code nSplits} (k &ge; 2, default 5), {@code shuffle} (default false) and
 * {@code seed} (used only when shuffling, default 0).
 */
public final class KFold implements Splitter {

    private final int nSplits;
    private final boolean shuffle;
    private final long seed;

    private KFold(int nSplits, boolean shuffle, long seed) {
        this.nSplits = Splits.atLeast("nSplits", nSplits, 2);
        this.shuffle = shuffle;
        this.seed = seed;
    }

    /**
     * @param nSplits the number of folds k, &ge; 2
     * @return k folds of consecutive rows, not shuffled
     * @throws IllegalArgumentException if k &lt; 2
     */
    public static KFold of(int nSplits) {
        return new KFold(nSplits, false, 0L);
    }

    /**
     * @param newSeed the seed of the permutation
     * @return a copy that shuffles the rows with that seed before cutting the folds
     */
    public KFold withShuffle(long newSeed) {
        return new KFold(nSplits, true, newSeed);
    }

    /** @return the number of folds */
    @Override
    public int numSplits() {
        return nSplits;
    }

    /** @return whether rows are shuffled before the folds are cut */
    public boolean shuffle() {
        return shuffle;
    }

    /** @return the seed of the shuffle */
    public long seed() {
        return seed;
    }

    /**
     * @throws IllegalArgumentException if n &lt; k
     */
    @Override
    public List<Split> split(int n) {
        Splits.requireRows(n, nSplits, "KFold with nSplits = " + nSplits);
        int[] order = shuffle ? Splits.permutation(n, new SplittableRandom(seed)) : Splits.range(0, n);
        return folds(order, nSplits);
    }

    /** The k folds of consecutive positions of {@code order}, the first n mod k one row longer. */
    static List<Split> folds(int[] order, int k) {
        int n = order.length;
        int q = n / k;
        int r = n % k;
        List<Split> out = new ArrayList<>(k);
        int start = 0;
        for (int f = 0; f < k; f++) {
            int size = f < r ? q + 1 : q;
            int[] test = Splits.slice(order, start, start + size);
            out.add(new Split(Splits.complement(n, test), test));
            start += size;
        }
        return List.copyOf(out);
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("nSplits", nSplits, "shuffle", shuffle, "seed", seed);
    }

    @Override
    public KFold withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("KFold", params(), changes);
        return new KFold(Params.getInt(p, "nSplits"), (Boolean) p.get("shuffle"), Params.getLong(p, "seed"));
    }

    /** Value equality: equal parameters. */
    @Override
    public boolean equals(Object o) {
        return o instanceof KFold f && f.nSplits == nSplits && f.shuffle == shuffle && f.seed == seed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(KFold.class, nSplits, shuffle, seed);
    }

    @Override
    public String toString() {
        return "KFold(nSplits=" + nSplits + ", shuffle=" + shuffle + ", seed=" + seed + ")";
    }
}
