package skpro.metrics;

import skpro.distributions.Distribution;
import skpro.metrics.internal.MetricChecks;

/**
 * Dawid-Sebastiani score (Dawid and Sebastiani 1999; Gneiting and Raftery 2007, eq. 27): with
 * the prediction's mean mu and variance sigma^2,
 * <pre>
 *   DSS(F, y) = (y - mu)^2 / sigma^2 + log sigma^2 = ((y - mu) / sigma)^2 + 2 log sigma.
 * </pre>
 * It depends on the prediction only through its first two moments (proper, not strictly proper);
 * for a normal prediction it is 2 LogLoss - log(2 pi). Lower is better. Not in skpro.
 *
 * <p>A prediction with an infinite variance and a finite mean scores +inf. A prediction whose
 * mean is not finite (Cauchy: undefined; Pareto with alpha &le; 1: +inf) or whose variance is 0
 * (Delta) has no score: {@link IllegalArgumentException} naming the row.
 */
public final class DawidSebastiani implements ScoringRule {

    private static final DawidSebastiani INSTANCE = new DawidSebastiani();

    private DawidSebastiani() {
    }

    /** @return the score (it has no parameters) */
    public static DawidSebastiani of() {
        return INSTANCE;
    }

    /** @return {@code "DawidSebastiani"} */
    @Override
    public String name() {
        return "DawidSebastiani";
    }

    /** @return true */
    @Override
    public boolean lowerIsBetter() {
        return true;
    }

    /**
     * @param yTrue one finite observation per row
     * @param yPred the predictions
     * @return {@code (y_i - mu_i)^2 / sigma_i^2 + log sigma_i^2} per row
     * @throws IllegalArgumentException if an argument is null, the lengths differ, an
     *     observation is not finite, or a row's mean is not finite or its variance is not positive
     */
    @Override
    public double[] evaluateByIndex(double[] yTrue, Distribution yPred) {
        MetricChecks.observations(yTrue, yPred);
        double[] mean = yPred.mean();
        double[] var = yPred.var();
        double[] out = new double[mean.length];
        for (int i = 0; i < out.length; i++) {
            double m = mean[i];
            double v = var[i];
            if (!Double.isFinite(m)) {
                throw new IllegalArgumentException("yPred row " + i + " has no finite mean (" + m
                    + "); the Dawid-Sebastiani score needs one");
            }
            if (!(v > 0.0)) {
                throw new IllegalArgumentException("yPred row " + i + " has variance " + v
                    + "; the Dawid-Sebastiani score needs a positive one");
            }
            double e = yTrue[i] - m;
            out[i] = v == Double.POSITIVE_INFINITY ? Double.POSITIVE_INFINITY : e * e / v + Math.log(v);
        }
        return out;
    }

    @Override
    public String toString() {
        return "DawidSebastiani()";
    }
}
