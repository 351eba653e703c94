package skpro.neural.heads;

/**
 * The training loss of a {@link DistributionHead}, averaged over rows.
 *
 * <ul>
 *   <li>{@link #NLL}: negative log-likelihood -log p(y | theta) (log-pmf for categorical heads);</li>
 *   <li>{@link #CRPS}: continuous ranked probability score E|Y - y| - E|Y - Y'| / 2, closed form for
 *       the Normal and Laplace heads only.</li>
 * </ul>
 */
public enum Score {
    /** Negative log-likelihood. */
    NLL,
    /** Continuous ranked probability score. */
    CRPS
}
