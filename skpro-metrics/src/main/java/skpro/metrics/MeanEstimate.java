package skpro.metrics;

import org.apache.commons.statistics.distribution.NormalDistribution;

import skpro.metrics.internal.StatChecks;

/**
 * The average of per-row losses with its standard error: the uncertainty of an aggregate score
 * such as the mean CRPS over a test set. An immutable value.
 *
 * <p><b>Unweighted</b> ({@link #of(double[])}), for losses x_1 .. x_n:
 * <pre>
 *   mean = (1/n) sum x_i
 *   s^2  = sum (x_i - mean)^2 / (n - 1)          (sample variance, ddof = 1)
 *   se   = s / sqrt(n)
 * </pre>
 *
 * <p><b>Weighted</b> ({@link #of(double[], double[])}), weights w_i &gt;= 0 with W = sum w_i and
 * V = sum w_i^2; the effective sample size is n_eff = W^2 / V (Kish). The weighted mean
 * sum w_i x_i / W of independent rows with common variance sigma^2 has variance sigma^2 / n_eff;
 * sigma^2 is estimated without bias by the reliability-weighted sample variance:
 * <pre>
 *   mean   = sum w_i x_i / W
 *   s_w^2  = sum w_i (x_i - mean)^2 / (W - V / W)  =  [sum w_i (x_i - mean)^2 / W] n_eff / (n_eff - 1)
 *   se     = s_w / sqrt(n_eff)
 * </pre>
 * With equal weights this is exactly the unweighted estimate (n_eff = n). Scaling all weights by
 * one constant changes nothing. Rows of weight 0 count in {@link #n()} but not in n_eff.
 *
 * <p><b>Confidence interval</b> by the normal approximation (central limit theorem):
 * mean &plusmn; z se with z = Phi^{-1}((1 + level) / 2), the standard normal quantile (Commons
 * Statistics {@code NormalDistribution}). For small n the t-based interval of
 * {@link PairedComparison#tConfidenceInterval(double)} is the more conservative choice.
 *
 * <p>Sums are taken in two passes around the mean, with the first-order correction of the
 * corrected two-pass algorithm, so the variance stays accurate when the losses are large compared
 * with their spread.
 */
public final class MeanEstimate {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0.0, 1.0);

    private final double mean;
    private final double standardDeviation;
    private final double standardError;
    private final int n;
    private final double effectiveSampleSize;

    private MeanEstimate(double mean, double standardDeviation, double standardError, int n,
                         double effectiveSampleSize) {
        this.mean = mean;
        this.standardDeviation = standardDeviation;
        this.standardError = standardError;
        this.n = n;
        this.effectiveSampleSize = effectiveSampleSize;
    }

    /**
     * The mean of the losses and its standard error s / sqrt(n), s the sample standard deviation
     * with ddof = 1.
     *
     * @param losses per-row losses, at least two, all finite
     * @return the estimate
     * @throws IllegalArgumentException if {@code losses} is null, has fewer than two rows, or holds
     *     NaN or an infinity (naming the row)
     */
    public static MeanEstimate of(double[] losses) {
        StatChecks.minLength("losses", losses, 2);
        StatChecks.finite("losses", losses);
        int n = losses.length;
        double mean = mean(losses);
        double ss = 0.0;
        double comp = 0.0;
        for (int i = 0; i < n; i++) {
            double d = losses[i] - mean;
            ss += d * d;
            comp += d;
        }
        ss -= comp * comp / n;
        double var = Math.max(0.0, ss) / (n - 1);
        double sd = Math.sqrt(var);
        double se = Math.sqrt(var / n);
        if (!Double.isFinite(se)) {
            throw new IllegalArgumentException(
                "losses: the spread overflows a double (standard error " + se + ")");
        }
        return new MeanEstimate(mean, sd, se, n, n);
    }

    /**
     * The weighted mean of the losses and its standard error s_w / sqrt(n_eff), with the
     * effective sample size n_eff = (sum w)^2 / sum w^2 and the reliability-weighted sample
     * variance s_w^2 (see the class description).
     *
     * @param losses per-row losses, all finite
     * @param weights per-row weights, finite and &gt;= 0, at least two of them positive
     * @return the estimate
     * @throws IllegalArgumentException if an array is null or empty, the lengths differ, a loss is
     *     NaN or infinite, a weight is NaN, infinite or negative (naming the row), the weights sum
     *     to 0, or fewer than two weights are positive
     */
    public static MeanEstimate of(double[] losses, double[] weights) {
        StatChecks.finite("losses", losses);
        int n = losses.length;
        StatChecks.weights("weights", weights, n);
        // Normalise by the largest weight so that sum w^2 can neither overflow nor underflow.
        double maxW = 0.0;
        int positive = 0;
        for (int i = 0; i < n; i++) {
            double w = weights[i];
            if (w > 0.0) {
                positive++;
                if (w > maxW) {
                    maxW = w;
                }
            }
        }
        if (positive < 2) {
            throw new IllegalArgumentException(
                "weights: at least two rows need a positive weight, got " + positive);
        }
        double sw = 0.0;
        double sw2 = 0.0;
        double swx = 0.0;
        for (int i = 0; i < n; i++) {
            double w = weights[i] / maxW;
            sw += w;
            sw2 += w * w;
            swx += w * losses[i];
        }
        double mean0 = swx / sw;
        // second pass: correction of the mean and the weighted sum of squares around it
        double ss = 0.0;
        double comp = 0.0;
        for (int i = 0; i < n; i++) {
            double w = weights[i] / maxW;
            double d = losses[i] - mean0;
            comp += w * d;
            ss += w * d * d;
        }
        double mean = mean0 + comp / sw;
        ss -= comp * comp / sw;
        double denom = sw - sw2 / sw;
        if (!(denom > 0.0)) {
            throw new IllegalArgumentException(
                "weights: fewer than two effective rows (effective sample size "
                    + (sw * sw / sw2) + ")");
        }
        double nEff = sw * sw / sw2;
        double var = Math.max(0.0, ss) / denom;
        double sd = Math.sqrt(var);
        double se = Math.sqrt(var / nEff);
        if (!Double.isFinite(se) || !Double.isFinite(mean)) {
            throw new IllegalArgumentException(
                "losses: the weighted spread overflows a double (standard error " + se + ")");
        }
        return new MeanEstimate(mean, sd, se, n, nEff);
    }

    /** Mean with the first-order correction of a second pass; finite input of at least one row. */
    static double mean(double[] x) {
        int n = x.length;
        double s = 0.0;
        for (int i = 0; i < n; i++) {
            s += x[i];
        }
        double m = s / n;
        if (!Double.isFinite(m)) {
            // the plain sum overflowed: average the scaled values instead
            m = 0.0;
            for (int i = 0; i < n; i++) {
                m += x[i] / n;
            }
            return m;
        }
        double c = 0.0;
        for (int i = 0; i < n; i++) {
            c += x[i] - m;
        }
        return m + c / n;
    }

    /** @return the (weighted) mean of the losses */
    public double mean() {
        return mean;
    }

    /** @return the standard error of the mean, s / sqrt(n) (or s_w / sqrt(n_eff) with weights) */
    public double standardError() {
        return standardError;
    }

    /** @return the sample standard deviation of the losses, s (ddof = 1), or s_w with weights */
    public double standardDeviation() {
        return standardDeviation;
    }

    /** @return the number of rows, including rows of weight 0 */
    public int n() {
        return n;
    }

    /** @return the effective sample size (sum w)^2 / sum w^2; n without weights */
    public double effectiveSampleSize() {
        return effectiveSampleSize;
    }

    /**
     * The normal-approximation interval mean &plusmn; z se, z = Phi^{-1}((1 + level) / 2).
     *
     * @param level the confidence level, in (0, 1), e.g. 0.95
     * @return the interval
     * @throws IllegalArgumentException if {@code level} is not in (0, 1)
     */
    public ConfidenceInterval confidenceInterval(double level) {
        StatChecks.level("level", level);
        double z = normalQuantile(level);
        return ConfidenceInterval.of(mean - z * standardError, mean + z * standardError, level);
    }

    /** z = Phi^{-1}((1 + level) / 2), taken from the upper tail to keep its precision near 1. */
    static double normalQuantile(double level) {
        return STANDARD_NORMAL.inverseSurvivalProbability(0.5 * (1.0 - level));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MeanEstimate m
            && Double.compare(mean, m.mean) == 0
            && Double.compare(standardDeviation, m.standardDeviation) == 0
            && Double.compare(standardError, m.standardError) == 0
            && n == m.n
            && Double.compare(effectiveSampleSize, m.effectiveSampleSize) == 0;
    }

    @Override
    public int hashCode() {
        int h = Double.hashCode(mean);
        h = 31 * h + Double.hashCode(standardDeviation);
        h = 31 * h + Double.hashCode(standardError);
        h = 31 * h + n;
        return 31 * h + Double.hashCode(effectiveSampleSize);
    }

    /**
     * @return e.g. {@code 0.4847 ± 0.0312 (95% CI 0.4236 .. 0.5458, n = 10)}: the standard error
     *     to three significant digits, the mean and the 95% normal interval to the same decimals;
     *     with weights the effective sample size follows n
     */
    @Override
    public String toString() {
        int d = ConfidenceInterval.Formats.decimalsFor(standardError);
        ConfidenceInterval ci = confidenceInterval(0.95);
        StringBuilder sb = new StringBuilder()
            .append(ConfidenceInterval.Formats.fixed(mean, d)).append(" \u00b1 ")
            .append(ConfidenceInterval.Formats.fixed(standardError, d))
            .append(" (95% CI ").append(ConfidenceInterval.Formats.fixed(ci.lower(), d))
            .append(" .. ").append(ConfidenceInterval.Formats.fixed(ci.upper(), d))
            .append(", n = ").append(n);
        if (effectiveSampleSize != n) {
            sb.append(", effective n = ")
                .append(ConfidenceInterval.Formats.fixed(effectiveSampleSize, 1));
        }
        return sb.append(')').toString();
    }
}
