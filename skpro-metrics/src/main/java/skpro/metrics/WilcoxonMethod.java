package skpro.metrics;

/**
 * How {@link PairedComparison#wilcoxonSignedRank(WilcoxonMethod)} computes its p-value. In every
 * case zero differences are discarded first (scipy's default {@code zero_method='wilcox'}) and m
 * denotes the number of non-zero differences.
 */
public enum WilcoxonMethod {
    /**
     * {@link #EXACT} when m &lt;= 50 and no two absolute differences are tied, {@link #NORMAL}
     * otherwise (the rule of Commons Statistics). Zero differences, already discarded, do not
     * change the choice; scipy 1.13 and later switch to the normal approximation when there were
     * zeros, so p-values differ from scipy's there.
     */
    AUTO,
    /**
     * The exact null distribution of W+ given the ranks (each non-zero difference positive or
     * negative with probability 1/2, independently): with tied absolute differences this is the
     * exact conditional (permutation) distribution on the mid-ranks. Allowed for m &lt;= 1000;
     * cost O(m^3) at worst.
     */
    EXACT,
    /**
     * The normal approximation with the tie correction of the variance and a continuity
     * correction of 1/2 (as Commons Statistics and Hipparchus; scipy applies none unless asked
     * with {@code correction=True}).
     */
    NORMAL
}
