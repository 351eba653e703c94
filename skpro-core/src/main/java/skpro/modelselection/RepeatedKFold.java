package skpro.modelselection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

import skpro.regression.Params;

/**
 * Repeated shuffled k-fold (sklearn's {@code RepeatedKFold}): {@code nRepeats} independent
 * {@link KFold}s with shuffling, one after the other, k * nRepeats splits in all; every row is
 * tested once per repeat.
 *
 * <p>Repeat r (r = 0, 1, ...) is {@code KFold.of(k).withShuffle(s_r)}, where s_0, s_1, ... are
 * the successive {@code nextLong()} values of {@code new SplittableRandom(seed)}: fixed by the
 * seed, different from one repeat to the next.
 *
 * <p>Parameters: {@code nSplits} (k &ge; 2, default 5), {@code nRepeats} (&ge; 1, default 10),
 * {@code seed} (default 0).
 */
public final class RepeatedKFold implements Splitter {

    private final int nSplits;
    private final int nRepeats;
    private final long seed;

    private RepeatedKFold(int nSplits, int nRepeats, long seed) {
        this.nSplits = Splits.atLeast("nSplits", nSplits, 2);
        this.nRepeats = Splits.atLeast("nRepeats", nRepeats, 1);
        this.seed = seed;
    }

    /**
     * @param nSplits the number of folds k per repeat, &ge; 2
     * @param nRepeats the number of repeats, &ge; 1
     * @param seed the seed from which each repeat's seed is derived
     * @return the scheme
     * @throws IllegalArgumentException if k &lt; 2 or nRepeats &lt; 1
     */
    public static RepeatedKFold of(int nSplits, int nRepeats, long seed) {
        return new RepeatedKFold(nSplits, nRepeats, seed);
    }

    /** @return k * nRepeats */
    @Override
    public int numSplits() {
        return nSplits * nRepeats;
    }

    /** @return the number of repeats */
    public int nRepeats() {
        return nRepeats;
    }

    /** @return the seed */
    public long seed() {
        return seed;
    }

    /**
     * @return the seed of each repeat's shuffle, s_r = the r-th {@code nextLong()} of
     *     {@code new SplittableRandom(seed)}
     */
    public long[] repeatSeeds() {
        SplittableRandom root = new SplittableRandom(seed);
        long[] out = new long[nRepeats];
        for (int r = 0; r < nRepeats; r++) {
            out[r] = root.nextLong();
        }
        return out;
    }

    /**
     * @throws IllegalArgumentException if n &lt; k
     */
    @Override
    public List<Split> split(int n) {
        Splits.requireRows(n, nSplits, "RepeatedKFold with nSplits = " + nSplits);
        List<Split> out = new ArrayList<>(numSplits());
        for (long s : repeatSeeds()) {
            out.addAll(KFold.folds(Splits.permutation(n, new SplittableRandom(s)), nSplits));
        }
        return List.copyOf(out);
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("nSplits", nSplits, "nRepeats", nRepeats, "seed", seed);
    }

    @Override
    public RepeatedKFold withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("RepeatedKFold", params(), changes);
        return new RepeatedKFold(Params.getInt(p, "nSplits"), Params.getInt(p, "nRepeats"),
            Params.getLong(p, "seed"));
    }

    /** Value equality: equal parameters. */
    @Override
    public boolean equals(Object o) {
        return o instanceof RepeatedKFold f && f.nSplits == nSplits && f.nRepeats == nRepeats && f.seed == seed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(RepeatedKFold.class, nSplits, nRepeats, seed);
    }

    @Override
    public String toString() {
        return "RepeatedKFold(nSplits=" + nSplits + ", nRepeats=" + nRepeats + ", seed=" + seed + ")";
    }
}
