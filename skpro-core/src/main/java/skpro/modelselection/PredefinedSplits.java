package skpro.modelselection;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import skpro.regression.Params;

/**
 * Fixed, published splits (sklearn's {@code PredefinedSplit}, given as test sets): split k tests
 * the rows of the k-th list and trains on every other row of the data set.
 *
 * <p>{@link #read(Path)} reads the {@code NAME.splits.txt} files of the UCI regression
 * benchmarks (Hernández-Lobato and Adams 2015; Gal and Ghahramani 2016) in
 * {@code shared/data/uci}: lines starting with {@code #} are comments (those files have three),
 * blank lines are skipped, and every other line lists the 0-based test rows of one split,
 * separated by white space.
 *
 * <p>Parameters: {@code testIndices} (a list of {@code int[]}, one per split).
 */
public final class PredefinedSplits implements Splitter {

    private final List<int[]> testIndices;

    private PredefinedSplits(List<int[]> testIndices) {
        this.testIndices = testIndices;
    }

    /**
     * @param testIndices the test rows of each split: at least one split, each a non-empty set of
     *     distinct non-negative rows
     * @return the splits
     * @throws IllegalArgumentException if the list is null or empty, or a set is null, empty, has
     *     a negative or repeated row (naming the split and the row)
     */
    public static PredefinedSplits of(List<int[]> testIndices) {
        if (testIndices == null || testIndices.isEmpty()) {
            throw new IllegalArgumentException("testIndices must hold at least one split");
        }
        List<int[]> copy = new ArrayList<>(testIndices.size());
        for (int k = 0; k < testIndices.size(); k++) {
            int[] rows = testIndices.get(k);
            if (rows == null || rows.length == 0) {
                throw new IllegalArgumentException("testIndices[" + k + "] must hold at least one row");
            }
            int[] sorted = rows.clone();
            Arrays.sort(sorted);
            for (int i = 0; i < sorted.length; i++) {
                if (sorted[i] < 0 || (i > 0 && sorted[i] == sorted[i - 1])) {
                    throw new IllegalArgumentException("testIndices[" + k + "] holds "
                        + (sorted[i] < 0 ? "the negative row " : "twice the row ") + sorted[i]);
                }
            }
            copy.add(sorted);
        }
        return new PredefinedSplits(copy);
    }

    /**
     * Reads a splits file: {@code #} comment lines, then one line of 0-based test rows per split.
     *
     * @param file the file, UTF-8
     * @return its splits
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if a token is not a non-negative integer, a line repeats a
     *     row (naming the file, the 1-based line and token), or the file holds no split
     */
    public static PredefinedSplits read(Path file) throws IOException {
        List<int[]> tests = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                tests.add(parseLine(file, lineNo, s));
            }
        }
        if (tests.isEmpty()) {
            throw new IllegalArgumentException(file + ": no split found (only comments or blank lines)");
        }
        return new PredefinedSplits(tests);
    }

    private static int[] parseLine(Path file, int lineNo, String s) {
        String[] tokens = s.split("\\s+");
        int[] rows = new int[tokens.length];
        for (int t = 0; t < tokens.length; t++) {
            int v;
            try {
                v = Integer.parseInt(tokens[t]);
            } catch (NumberFormatException e) {
                v = -1;
            }
            if (v < 0) {
                throw new IllegalArgumentException(file + " line " + lineNo + ", token " + (t + 1) + ": '" + tokens[t]
                    + "' is not a non-negative integer row index");
            }
            rows[t] = v;
        }
        int[] sorted = rows.clone();
        Arrays.sort(sorted);
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                throw new IllegalArgumentException(file + " line " + lineNo + ": row " + sorted[i] + " is listed twice");
            }
        }
        return sorted;
    }

    @Override
    public int numSplits() {
        return testIndices.size();
    }

    /**
     * @param k the split, 0-based
     * @return its test rows, sorted (a copy)
     * @throws IndexOutOfBoundsException if k is not a split
     */
    public int[] testIndices(int k) {
        return testIndices.get(k).clone();
    }

    /**
     * @throws IllegalArgumentException if a test row is &ge; n (naming the split and the row), or
     *     a split tests every row, leaving none to train on
     */
    @Override
    public List<Split> split(int n) {
        List<Split> out = new ArrayList<>(testIndices.size());
        for (int k = 0; k < testIndices.size(); k++) {
            int[] test = testIndices.get(k);
            int last = test[test.length - 1];
            if (last >= n) {
                throw new IllegalArgumentException("n = " + n + " rows: split " + k + " tests row " + last);
            }
            if (test.length == n) {
                throw new IllegalArgumentException("n = " + n + " rows: split " + k + " tests every row");
            }
            out.add(new Split(Splits.complement(n, test), test));
        }
        return List.copyOf(out);
    }

    /** @return {@code testIndices}: an unmodifiable list of copies of the sorted test rows */
    @Override
    public Map<String, Object> params() {
        List<int[]> copies = new ArrayList<>(testIndices.size());
        for (int[] t : testIndices) {
            copies.add(t.clone());
        }
        return Params.of("testIndices", List.copyOf(copies));
    }

    /**
     * @throws IllegalArgumentException as {@link Splitter#withParams}, or if an element of
     *     {@code testIndices} is not an {@code int[]}, or as {@link #of}
     */
    @Override
    public PredefinedSplits withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("PredefinedSplits", params(), changes);
        List<?> raw = (List<?>) p.get("testIndices");
        List<int[]> tests = new ArrayList<>(raw.size());
        for (int k = 0; k < raw.size(); k++) {
            if (!(raw.get(k) instanceof int[] rows)) {
                throw new IllegalArgumentException("testIndices[" + k + "] must be an int[], got " + raw.get(k));
            }
            tests.add(rows);
        }
        return of(tests);
    }

    /** Value equality: the same test rows in the same order of splits. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PredefinedSplits s) || s.testIndices.size() != testIndices.size()) {
            return false;
        }
        for (int k = 0; k < testIndices.size(); k++) {
            if (!Arrays.equals(testIndices.get(k), s.testIndices.get(k))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = PredefinedSplits.class.hashCode();
        for (int[] t : testIndices) {
            h = 31 * h + Arrays.hashCode(t);
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("PredefinedSplits(").append(testIndices.size()).append(" splits, test sizes ");
        for (int k = 0; k < testIndices.size(); k++) {
            sb.append(k == 0 ? "" : ", ").append(testIndices.get(k).length);
        }
        return sb.append(')').toString();
    }
}
