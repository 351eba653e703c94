package skpro.modelselection;

import java.util.Arrays;

/**
 * One train/test split of the rows 0..n-1: two disjoint sets of row indices, each held sorted
 * ascending and without repeats. An immutable value (arrays are copied in and out).
 *
 * <p>Both index sets are sorted, whatever order the splitter drew them in. sklearn's
 * {@code KFold} also returns sorted indices; its {@code ShuffleSplit} keeps the permutation's
 * order. The sets are the same, and sorted rows make per-row losses line up with the data.
 *
 * @param train the training rows: non-empty, non-negative, distinct
 * @param test the test rows: non-empty, non-negative, distinct, none of them a training row
 */
public record Split(int[] train, int[] test) {

    /**
     * Validates and copies the indices, sorting each set.
     *
     * @throws IllegalArgumentException if an array is null or empty, an index is negative, an
     *     index repeats within a set, or a row is in both sets (naming the row)
     */
    public Split {
        train = sortedCopy("train", train);
        test = sortedCopy("test", test);
        int i = 0;
        int j = 0;
        while (i < train.length && j < test.length) {
            if (train[i] == test[j]) {
                throw new IllegalArgumentException("row " + train[i] + " is in both train and test");
            }
            if (train[i] < test[j]) {
                i++;
            } else {
                j++;
            }
        }
    }

    /**
     * @param train the training rows
     * @param test the test rows
     * @return the split
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static Split of(int[] train, int[] test) {
        return new Split(train, test);
    }

    private static int[] sortedCopy(String name, int[] rows) {
        if (rows == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (rows.length == 0) {
            throw new IllegalArgumentException(name + " must hold at least one row");
        }
        int[] out = rows.clone();
        Arrays.sort(out);
        if (out[0] < 0) {
            throw new IllegalArgumentException(name + " holds the negative row " + out[0]);
        }
        for (int k = 1; k < out.length; k++) {
            if (out[k] == out[k - 1]) {
                throw new IllegalArgumentException(name + " holds row " + out[k] + " twice");
            }
        }
        return out;
    }

    /** @return the training rows, sorted ascending (a copy) */
    @Override
    public int[] train() {
        return train.clone();
    }

    /** @return the test rows, sorted ascending (a copy) */
    @Override
    public int[] test() {
        return test.clone();
    }

    /** @return the number of training rows */
    public int trainSize() {
        return train.length;
    }

    /** @return the number of test rows */
    public int testSize() {
        return test.length;
    }

    /** @return the largest row index in either set */
    public int maxRow() {
        return Math.max(train[train.length - 1], test[test.length - 1]);
    }

    /** Value equality: the same rows in both sets. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Split s && Arrays.equals(train, s.train) && Arrays.equals(test, s.test);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(train) + Arrays.hashCode(test);
    }

    /** @return e.g. {@code Split(train=[0, 1, 3], test=[2])}; long sets are abbreviated by their size */
    @Override
    public String toString() {
        return "Split(train=" + show(train) + ", test=" + show(test) + ")";
    }

    private static String show(int[] rows) {
        if (rows.length <= 20) {
            return Arrays.toString(rows);
        }
        return rows.length + " rows [" + rows[0] + ", " + rows[1] + ", ..., " + rows[rows.length - 1] + "]";
    }
}
