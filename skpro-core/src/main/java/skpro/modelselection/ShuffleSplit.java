package skpro.modelselection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

import skpro.regression.Params;

/**
 * Random permutation cross-validation (sklearn's {@code ShuffleSplit}): nSplits independent
 * random train/test splits; a row may be tested in several splits or in none.
 *
 * <p>Sizes as sklearn: a size in (0, 1) is a fraction, an integral size &ge; 1 a number of rows.
 * n_test = ceil(testSize * n) for a fraction; n_train = floor(trainSize * n) for a fraction, and
 * n - n_test when trainSize is 0 (the default: the rest). One {@code new SplittableRandom(seed)}
 * draws one Fisher-Yates permutation per split, in order; the first n_test positions are the test
 * rows, the next n_train the training rows.
 *
 * <p>Parameters: {@code nSplits} (&ge; 1, default 10), {@code testSize} (default 0.1),
 * {@code trainSize} (default 0: the complement of the test rows), {@code seed} (default 0).
 */
public final class ShuffleSplit implements Splitter {

    private final int nSplits;
    private final double testSize;
    private final double trainSize;
    private final long seed;

    private ShuffleSplit(int nSplits, double testSize, double trainSize, long seed) {
        this.nSplits = Splits.atLeast("nSplits", nSplits, 1);
        this.testSize = checkSize("testSize", testSize, false);
        this.trainSize = checkSize("trainSize", trainSize, true);
        this.seed = seed;
    }

    private static double checkSize(String name, double v, boolean zeroAllowed) {
        boolean fraction = v > 0.0 && v < 1.0;
        boolean count = v >= 1.0 && v <= Integer.MAX_VALUE && v == Math.floor(v);
        if (!(fraction || count || (zeroAllowed && v == 0.0))) {
            throw new IllegalArgumentException(name + " must be a fraction in (0, 1) or a whole number of rows >= 1"
                + (zeroAllowed ? " (or 0 for the rest)" : "") + ", got " + v);
        }
        return v;
    }

    /**
     * @param nSplits the number of splits, &ge; 1
     * @param testSize a fraction in (0, 1) or a whole number of test rows
     * @param seed the seed of the permutations
     * @return the scheme, training on every row not tested
     * @throws IllegalArgumentException if nSplits &lt; 1 or testSize is neither
     */
    public static ShuffleSplit of(int nSplits, double testSize, long seed) {
        return new ShuffleSplit(nSplits, testSize, 0.0, seed);
    }

    /**
     * @param newTrainSize a fraction in (0, 1), a whole number of rows, or 0 for the rest
     * @return a copy with that training size
     * @throws IllegalArgumentException if it is none of these
     */
    public ShuffleSplit withTrainSize(double newTrainSize) {
        return new ShuffleSplit(nSplits, testSize, newTrainSize, seed);
    }

    @Override
    public int numSplits() {
        return nSplits;
    }

    /** @return the test size, a fraction or a number of rows */
    public double testSize() {
        return testSize;
    }

    /** @return the training size, a fraction, a number of rows, or 0 for the rest */
    public double trainSize() {
        return trainSize;
    }

    /** @return the seed */
    public long seed() {
        return seed;
    }

    /**
     * @param n the number of rows
     * @return {n_test, n_train} for n rows
     * @throws IllegalArgumentException if either is 0 or together they exceed n
     */
    public int[] sizes(int n) {
        Splits.requireRows(n, 2, "ShuffleSplit");
        long nTest = testSize < 1.0 ? (long) Math.ceil(testSize * n) : (long) testSize;
        long nTrain = trainSize == 0.0 ? n - nTest : trainSize < 1.0 ? (long) Math.floor(trainSize * n) : (long) trainSize;
        if (nTrain < 1 || nTest + nTrain > n) {
            throw new IllegalArgumentException("n = " + n + " rows: testSize = " + testSize + " gives " + nTest
                + " test rows and trainSize = " + trainSize + " gives " + nTrain
                + " training rows; both need at least 1 row and together at most n");
        }
        return new int[] {(int) nTest, (int) nTrain};
    }

    /**
     * @throws IllegalArgumentException as {@link #sizes}
     */
    @Override
    public List<Split> split(int n) {
        int[] sizes = sizes(n);
        SplittableRandom rng = new SplittableRandom(seed);
        List<Split> out = new ArrayList<>(nSplits);
        for (int s = 0; s < nSplits; s++) {
            int[] perm = Splits.permutation(n, rng);
            out.add(new Split(Splits.slice(perm, sizes[0], sizes[0] + sizes[1]), Splits.slice(perm, 0, sizes[0])));
        }
        return List.copyOf(out);
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("nSplits", nSplits, "testSize", testSize, "trainSize", trainSize, "seed", seed);
    }

    @Override
    public ShuffleSplit withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("ShuffleSplit", params(), changes);
        return new ShuffleSplit(Params.getInt(p, "nSplits"), Params.getDouble(p, "testSize"),
            Params.getDouble(p, "trainSize"), Params.getLong(p, "seed"));
    }

    /** Value equality: equal parameters. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ShuffleSplit s && s.nSplits == nSplits && Double.compare(s.testSize, testSize) == 0
            && Double.compare(s.trainSize, trainSize) == 0 && s.seed == seed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(ShuffleSplit.class, nSplits, testSize, trainSize, seed);
    }

    @Override
    public String toString() {
        return "ShuffleSplit(nSplits=" + nSplits + ", testSize=" + testSize + ", trainSize=" + trainSize + ", seed="
            + seed + ")";
    }
}
