package skpro.modelselection;

import java.util.List;

import skpro.regression.Parameterized;

/**
 * A cross-validation scheme (sklearn's and skpro's splitters): for a data set of n rows, a fixed
 * list of train/test {@link Split}s. Splitters are immutable descriptions; any randomness comes
 * from an explicit seed among their parameters, so the same splitter gives the same splits for
 * the same n, on every thread and every run.
 *
 * <p>Parameters are readable and replaceable by name ({@link Parameterized}), so a command line
 * can print them and a search can nest them ({@code cv__nSplits}).
 */
public interface Splitter extends Parameterized<Splitter> {

    /**
     * @param n the number of rows, &ge; 1
     * @return the splits, in order; every index is in [0, n)
     * @throws IllegalArgumentException if n is too small for this scheme (the message names n and
     *     what the scheme needs)
     */
    List<Split> split(int n);

    /** @return the number of splits {@link #split} returns (for any valid n) */
    int numSplits();
}
