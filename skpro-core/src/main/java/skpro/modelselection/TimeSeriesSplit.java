package skpro.modelselection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import skpro.regression.Params;

/**
 * Forward-chaining splits for rows in time order (sklearn's {@code TimeSeriesSplit}): every
 * training set precedes its test set, and the training sets grow.
 *
 * <p>With k = nSplits, test size t (the parameter, or floor(n / (k + 1)) when it is 0) and gap g,
 * the test sets start at s_i = n - (k - i) t for i = 0..k-1; split i tests rows [s_i, s_i + t)
 * and trains on rows [max(0, e_i - m), e_i) with e_i = s_i - g, m = maxTrainSize (0: no limit).
 * Needs n &ge; k + 1 and n - g - k t &gt; 0, so the first training set is not empty.
 *
 * <p>Parameters: {@code nSplits} (&ge; 2, default 5), {@code maxTrainSize} (&ge; 0, 0 = no
 * limit), {@code testSize} (&ge; 0, 0 = n / (nSplits + 1)), {@code gap} (&ge; 0, default 0).
 */
public final class TimeSeriesSplit implements Splitter {

    private final int nSplits;
    private final int maxTrainSize;
    private final int testSize;
    private final int gap;

    private TimeSeriesSplit(int nSplits, int maxTrainSize, int testSize, int gap) {
        this.nSplits = Splits.atLeast("nSplits", nSplits, 2);
        this.maxTrainSize = Splits.atLeast("maxTrainSize", maxTrainSize, 0);
        this.testSize = Splits.atLeast("testSize", testSize, 0);
        this.gap = Splits.atLeast("gap", gap, 0);
    }

    /**
     * @param nSplits the number of splits, &ge; 2
     * @return the scheme with no training limit, the default test size and no gap
     * @throws IllegalArgumentException if nSplits &lt; 2
     */
    public static TimeSeriesSplit of(int nSplits) {
        return new TimeSeriesSplit(nSplits, 0, 0, 0);
    }

    /**
     * @param newMaxTrainSize the most training rows (the latest ones), 0 for no limit
     * @return a copy with that limit
     * @throws IllegalArgumentException if it is negative
     */
    public TimeSeriesSplit withMaxTrainSize(int newMaxTrainSize) {
        return new TimeSeriesSplit(nSplits, newMaxTrainSize, testSize, gap);
    }

    /**
     * @param newTestSize the rows per test set, 0 for n / (nSplits + 1)
     * @return a copy with that test size
     * @throws IllegalArgumentException if it is negative
     */
    public TimeSeriesSplit withTestSize(int newTestSize) {
        return new TimeSeriesSplit(nSplits, maxTrainSize, newTestSize, gap);
    }

    /**
     * @param newGap the rows left out between each training set and its test set
     * @return a copy with that gap
     * @throws IllegalArgumentException if it is negative
     */
    public TimeSeriesSplit withGap(int newGap) {
        return new TimeSeriesSplit(nSplits, maxTrainSize, testSize, newGap);
    }

    @Override
    public int numSplits() {
        return nSplits;
    }

    /**
     * @throws IllegalArgumentException if n &lt; nSplits + 1, or n - gap - nSplits * testSize &le; 0
     */
    @Override
    public List<Split> split(int n) {
        Splits.requireRows(n, nSplits + 1, "TimeSeriesSplit with nSplits = " + nSplits);
        long t = testSize > 0 ? testSize : n / (nSplits + 1);
        long firstTrainEnd = n - gap - nSplits * t;
        if (t < 1 || firstTrainEnd <= 0) {
            throw new IllegalArgumentException("n = " + n + " rows: TimeSeriesSplit with nSplits = " + nSplits
                + ", testSize = " + t + " and gap = " + gap + " leaves " + firstTrainEnd
                + " rows for the first training set; it needs at least 1");
        }
        List<Split> out = new ArrayList<>(nSplits);
        for (int i = 0; i < nSplits; i++) {
            int start = (int) (n - (nSplits - i) * t);
            int end = start - gap;
            int from = maxTrainSize > 0 ? Math.max(0, end - maxTrainSize) : 0;
            out.add(new Split(Splits.range(from, end), Splits.range(start, (int) (start + t))));
        }
        return List.copyOf(out);
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("nSplits", nSplits, "maxTrainSize", maxTrainSize, "testSize", testSize, "gap", gap);
    }

    @Override
    public TimeSeriesSplit withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("TimeSeriesSplit", params(), changes);
        return new TimeSeriesSplit(Params.getInt(p, "nSplits"), Params.getInt(p, "maxTrainSize"),
            Params.getInt(p, "testSize"), Params.getInt(p, "gap"));
    }

    /** Value equality: equal parameters. */
    @Override
    public boolean equals(Object o) {
        return o instanceof TimeSeriesSplit s && s.nSplits == nSplits && s.maxTrainSize == maxTrainSize
            && s.testSize == testSize && s.gap == gap;
    }

    @Override
    public int hashCode() {
        return Objects.hash(TimeSeriesSplit.class, nSplits, maxTrainSize, testSize, gap);
    }

    @Override
    public String toString() {
        return "TimeSeriesSplit(nSplits=" + nSplits + ", maxTrainSize=" + maxTrainSize + ", testSize=" + testSize
            + ", gap=" + gap + ")";
    }
}
