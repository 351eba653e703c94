package skpro.datasets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A data set with published train/test splits: split k is given by its test rows (0-based,
 * distinct, in [0, n)); its train rows are all the others. An immutable value: the index arrays
 * are copied in and out.
 */
public final class SplitDataset {

    private final Dataset dataset;
    private final List<int[]> testRows;

    private SplitDataset(Dataset dataset, List<int[]> testRows) {
        this.dataset = dataset;
        this.testRows = testRows;
    }

    /**
     * @param dataset the data
     * @param testRows the test rows of each split (possibly no split at all)
     * @return the value
     * @throws IllegalArgumentException if an argument is null, a split is empty or holds every
     *     row, or an index is out of [0, n) or repeated within its split (the message names the
     *     split and the position)
     */
    public static SplitDataset of(Dataset dataset, List<int[]> testRows) {
        if (dataset == null) {
            throw new IllegalArgumentException("dataset must not be null");
        }
        if (testRows == null) {
            throw new IllegalArgumentException("testRows must not be null");
        }
        int n = dataset.numRows();
        List<int[]> copies = new ArrayList<>(testRows.size());
        boolean[] seen = new boolean[n];
        for (int k = 0; k < testRows.size(); k++) {
            int[] rows = testRows.get(k);
            if (rows == null || rows.length == 0) {
                throw new IllegalArgumentException("split " + k + " has no test rows");
            }
            if (rows.length >= n) {
                throw new IllegalArgumentException("split " + k + " tests " + rows.length + " rows of " + n
                    + ", leaving none to train on");
            }
            Arrays.fill(seen, false);
            for (int m = 0; m < rows.length; m++) {
                int i = rows[m];
                if (i < 0 || i >= n) {
                    throw new IllegalArgumentException("split " + k + ", position " + m + ": test row " + i
                        + " is out of [0, " + n + ")");
                }
                if (seen[i]) {
                    throw new IllegalArgumentException("split " + k + ", position " + m + ": test row " + i
                        + " is repeated");
                }
                seen[i] = true;
            }
            copies.add(rows.clone());
        }
        return new SplitDataset(dataset, Collections.unmodifiableList(copies));
    }

    /** @return the data */
    public Dataset dataset() {
        return dataset;
    }

    /** @return the number of splits (0 when the data come without published splits) */
    public int numSplits() {
        return testRows.size();
    }

    /** @return a copy of the test rows of every split, in order */
    public List<int[]> splits() {
        List<int[]> out = new ArrayList<>(testRows.size());
        for (int[] rows : testRows) {
            out.add(rows.clone());
        }
        return out;
    }

    /**
     * @param split a split index in [0, numSplits())
     * @return a copy of its test rows, in the published order
     * @throws IllegalArgumentException if split is out of range
     */
    public int[] testRows(int split) {
        return testRows.get(checkSplit(split)).clone();
    }

    /**
     * @param split a split index in [0, numSplits())
     * @return its train rows: every row not tested, ascending
     * @throws IllegalArgumentException if split is out of range
     */
    public int[] trainRows(int split) {
        int[] test = testRows.get(checkSplit(split));
        boolean[] tested = new boolean[dataset.numRows()];
        for (int i : test) {
            tested[i] = true;
        }
        int[] train = new int[tested.length - test.length];
        for (int i = 0, k = 0; i < tested.length; i++) {
            if (!tested[i]) {
                train[k++] = i;
            }
        }
        return train;
    }

    private int checkSplit(int split) {
        if (split < 0 || split >= testRows.size()) {
            throw new IllegalArgumentException("split must be in [0, " + testRows.size() + "), got " + split);
        }
        return split;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SplitDataset s) || !s.dataset.equals(dataset) || s.testRows.size() != testRows.size()) {
            return false;
        }
        for (int k = 0; k < testRows.size(); k++) {
            if (!Arrays.equals(s.testRows.get(k), testRows.get(k))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = dataset.hashCode();
        for (int[] rows : testRows) {
            h = 31 * h + Arrays.hashCode(rows);
        }
        return h;
    }

    @Override
    public String toString() {
        return "SplitDataset[" + dataset + ", " + testRows.size() + " splits]";
    }
}
