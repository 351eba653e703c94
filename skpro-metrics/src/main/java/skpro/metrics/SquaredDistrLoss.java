package skpro.metrics;

import skpro.distributions.Distribution;
import skpro.metrics.internal.MetricChecks;
import skpro.metrics.internal.PdfNormSquared;

/**
 * Squared distribution loss (skpro's {@code SquaredDistrLoss}; also quadratic score, continuous
 * Brier loss, Gneiting loss): {@code L(p, y) = -2 p(y) + ||p||^2}, with
 * {@code ||p||^2 = int p(x)^2 dmu(x) = E[p(X)]} the squared L2 norm of the density with respect to
 * the prediction's base measure (for a discrete prediction sum_k p_k^2, so that
 * L + 1 = sum_k (p_k - 1{y = x_k})^2 is the Brier score). Lower is better; strictly proper.
 *
 * <p>The norm is taken in closed form for the common families (Normal 1 / (2 sigma sqrt(pi)),
 * Laplace 1 / (4b), Logistic 1 / (6s), Uniform 1 / (b - a), Exponential rate / 2, Cauchy
 * 1 / (2 pi s), Student t, Gamma, ChiSquared, Beta, LogNormal, Weibull, Pareto, TruncatedNormal,
 * the half-families, Histogram, Gaussian kernel mixtures, mixtures of normals, and exactly as a finite sum
 * for Delta, Categorical and Empirical), where skpro always samples 1000 draws. Other continuous
 * families use tanh-sinh quadrature of int_0^1 p(Q(u)) du (about 1e-13 relative), other discrete
 * families an exact walk over their atoms; see {@code skpro.metrics.internal.PdfNormSquared} for
 * every formula and the accuracy of each fallback. The norm is +inf where p^2 is not
 * integrable (Gamma with alpha &le; 1/2, Beta with a shape &le; 1/2, Weibull with k &le; 1/2), and
 * so is the loss.
 */
public final class SquaredDistrLoss implements ScoringRule {

    private static final SquaredDistrLoss INSTANCE = new SquaredDistrLoss();

    private SquaredDistrLoss() {
    }

    /** @return the squared distribution loss (it has no parameters) */
    public static SquaredDistrLoss of() {
        return INSTANCE;
    }

    /** @return {@code "SquaredDistrLoss"} */
    @Override
    public String name() {
        return "SquaredDistrLoss";
    }

    /** @return true */
    @Override
    public boolean lowerIsBetter() {
        return true;
    }

    /**
     * @param yTrue one finite observation per row
     * @param yPred the predictions
     * @return {@code -2 p_i(y_i) + ||p_i||^2} per row
     * @throws IllegalArgumentException if an argument is null, the lengths differ, an
     *     observation is not finite, or an observation sits on a pole of a density whose squared
     *     norm is infinite (infinity minus infinity)
     */
    @Override
    public double[] evaluateByIndex(double[] yTrue, Distribution yPred) {
        MetricChecks.observations(yTrue, yPred);
        double[] out = PdfNormSquared.of(yPred);
        double[] p = yPred.pdf(yTrue);
        for (int i = 0; i < out.length; i++) {
            if (p[i] == Double.POSITIVE_INFINITY && out[i] == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("SquaredDistrLoss is undefined at row " + i + ": y = " + yTrue[i]
                    + " sits on a pole of the density, whose squared norm is infinite too");
            }
            out[i] -= 2.0 * p[i];
        }
        return out;
    }

    /**
     * @param yPred the predictions
     * @return {@code ||p_i||^2} per row, the expected density E[p_i(X_i)] (may be +inf)
     * @throws IllegalArgumentException if yPred is null
     */
    public double[] pdfNormSquared(Distribution yPred) {
        MetricChecks.notNull("yPred", yPred);
        return PdfNormSquared.of(yPred);
    }

    @Override
    public String toString() {
        return "SquaredDistrLoss()";
    }
}
