package skpro.regression.boosting;

import skpro.distributions.Distribution;

/**
 * A distribution family as natural-gradient boosting sees it: p real, unconstrained parameters
 * theta (positive parameters enter through their logarithm), the per-row gradients of a proper
 * scoring rule with respect to theta, and the Riemannian metric of that rule (Duan et al. 2020,
 * NGBoost): for the log score S(theta, y) = -log f(y | theta) the metric is the Fisher information
 * I(theta) = E[grad S grad S^T]; for the CRPS it is U(theta) = 2 int grad F(x) grad F(x)^T dx
 * (Dawid 2007), F the cdf. The natural gradient is metric^-1 grad.
 *
 * <p>Every method works on one row's parameter vector and writes into caller-owned arrays, so the
 * boosting loop allocates nothing per row. A family whose CRPS has no closed-form gradient and
 * metric here answers {@link #hasCrps()} false and supports the log score only.
 */
public interface NgbFamily {

    /** @return a short name for messages, e.g. {@code "Normal"} */
    String name();

    /** @return the number p of parameters */
    int numParams();

    /**
     * @param k a parameter index in [0, p)
     * @return its name, e.g. {@code "log sigma"}
     */
    String paramName(int k);

    /**
     * Checks that every target lies in the family's support.
     *
     * @param y the targets (finite)
     * @throws IllegalArgumentException naming the first row outside the support and its value
     */
    void checkSupport(double[] y);

    /**
     * @param y at least two finite targets in the support, not all equal
     * @return theta0, the maximum-likelihood estimate of the family fitted to y alone (the
     *     marginal), p values
     */
    double[] initialParams(double[] y);

    /**
     * @param theta p columns of n parameter values, theta[k][i] parameter k of row i
     * @return the n distributions
     * @throws IllegalArgumentException if a parameter maps to an invalid value (a scale that
     *     overflows or underflows)
     */
    Distribution distribution(double[][] theta);

    /**
     * @param theta one row's p parameters
     * @param y its target
     * @param grad receives d(-log f(y | theta)) / d theta, p values
     */
    void logScoreGradient(double[] theta, double y, double[] grad);

    /**
     * @param theta one row's p parameters
     * @param metric receives the Fisher information E[grad grad^T], p x p row-major
     */
    void fisherInformation(double[] theta, double[] metric);

    /** @return whether {@link #crpsGradient} and {@link #crpsMetric} are available */
    default boolean hasCrps() {
        return false;
    }

    /**
     * @param theta one row's p parameters
     * @param y its target
     * @param grad receives d CRPS(F_theta, y) / d theta, p values
     * @throws UnsupportedOperationException if {@link #hasCrps()} is false
     */
    default void crpsGradient(double[] theta, double y, double[] grad) {
        throw new UnsupportedOperationException(noCrps());
    }

    /**
     * @param theta one row's p parameters
     * @param metric receives U(theta) = 2 int grad F grad F^T dx, p x p row-major
     * @throws UnsupportedOperationException if {@link #hasCrps()} is false
     */
    default void crpsMetric(double[] theta, double[] metric) {
        throw new UnsupportedOperationException(noCrps());
    }

    /** @return the message for a family without CRPS gradients */
    default String noCrps() {
        return "the CRPS is not available for the " + name() + " family (no closed-form CRPS gradient and "
            + "metric here): use the log score";
    }
}
