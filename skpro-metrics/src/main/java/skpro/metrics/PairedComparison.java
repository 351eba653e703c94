package skpro.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

import skpro.metrics.internal.StatChecks;

/**
 * Paired comparison of two strategies' per-row losses on the same rows: the differences
 * d_i = a_i - b_i (A minus B, so a negative mean says A has the lower losses), their mean with its
 * standard error and confidence intervals, the paired t-test and the Wilcoxon signed-rank test.
 * An immutable value.
 *
 * <p><b>Mean difference</b> mean(d) with se = s_d / sqrt(n), s_d the sample standard deviation of
 * the differences (ddof = 1), as {@link MeanEstimate#of(double[])} of the differences. Intervals:
 * normal approximation mean &plusmn; Phi^{-1}((1 + level)/2) se
 * ({@link #confidenceInterval(double)}) and Student mean &plusmn; t_{n-1}^{-1}((1 + level)/2) se
 * ({@link #tConfidenceInterval(double)}), exact when the differences are normal.
 *
 * <p><b>Paired t-test</b> ({@link #pairedTTest()}): t = mean(d) / se, df = n - 1, two-sided
 * p = 2 P(T_{n-1} &gt;= |t|) from the Student t distribution of Commons Statistics. When the
 * differences are all equal (se = 0) the statistic is 0 with p = 1 if they are all 0, and
 * +-infinity with p = 0 otherwise.
 *
 * <p><b>Wilcoxon signed-rank test</b> ({@link #wilcoxonSignedRank(WilcoxonMethod)}): zero
 * differences are discarded (scipy's default {@code zero_method='wilcox'}; Commons Statistics 1.2
 * instead ranks the zeros with the others and drops their ranks, Pratt's method, so the two differ
 * when there are zeros). The m non-zero |d_i| are ranked 1..m with tied values sharing their mean
 * rank; W+ = sum of the ranks of the positive d_i. Two-sided p-value:
 * <ul>
 * <li>exact: p = min(1, 2 P(W+ &lt;= min(w, m(m+1)/2 - w))) under the null distribution in which
 * each rank is added with probability 1/2 independently (symmetric about m(m+1)/4), computed by
 * dynamic programming over the sums of doubled ranks (integers also with mid-ranks), exactly in
 * binary floating point for m &lt;= 53;</li>
 * <li>normal: mu = m(m+1)/4, sigma^2 = m(m+1)(2m+1)/24 - sum_g (t_g^3 - t_g)/48 over groups of
 * t_g tied |d|, z = max(0, |W+ - mu| - 1/2) / sigma (continuity correction), p = 2 (1 -
 * Phi(z)). This is scipy's {@code wilcoxon(method='approx', correction=True)} and Commons
 * Statistics' asymptotic p-value with continuity correction.</li>
 * </ul>
 * {@link WilcoxonMethod#AUTO} takes the exact p-value for m &lt;= 50 without ties, the normal one
 * otherwise. With all differences 0 (m = 0) W+ = 0 and p = 1.
 *
 * <p>Ties and zeros are decided by exact floating-point equality of the differences as computed,
 * a_i - b_i.
 */
public final class PairedComparison {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0.0, 1.0);
    /** The largest m for which the auto method uses the exact distribution. */
    private static final int EXACT_AUTO_LIMIT = 50;
    /** The largest m for which the exact distribution may be asked for. */
    private static final int EXACT_LIMIT = 1000;

    private final double[] differences;
    private final MeanEstimate estimate;

    private PairedComparison(double[] differences, MeanEstimate estimate) {
        this.differences = differences;
        this.estimate = estimate;
    }

    /**
     * @param lossesA strategy A's per-row losses
     * @param lossesB strategy B's per-row losses on the same rows, in the same order
     * @return the comparison of A with B (differences A - B)
     * @throws IllegalArgumentException if an array is null or empty, the lengths differ, there are
     *     fewer than two rows, a loss is NaN or infinite (naming the array and the row), or a
     *     difference overflows
     */
    public static PairedComparison of(double[] lossesA, double[] lossesB) {
        StatChecks.sameLength("lossesA", lossesA, "lossesB", lossesB);
        StatChecks.minLength("lossesA", lossesA, 2);
        StatChecks.finite("lossesA", lossesA);
        StatChecks.finite("lossesB", lossesB);
        int n = lossesA.length;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = lossesA[i] - lossesB[i];
            if (!Double.isFinite(d[i])) {
                throw new IllegalArgumentException("lossesA[" + i + "] - lossesB[" + i
                    + "] overflows: " + lossesA[i] + " - " + lossesB[i]);
            }
        }
        return new PairedComparison(d, MeanEstimate.of(d));
    }

    /**
     * Compares several strategies with one baseline on the same rows: each strategy k is paired
     * with the baseline (A = strategy k, B = baseline), tested with {@code test}, and the p-values
     * of all the strategies are adjusted together by {@link Holm#adjust(double[])}.
     *
     * @param baseline the baseline's per-row losses
     * @param others the other strategies' per-row losses, one array per strategy, each with the
     *     baseline's rows
     * @param test the paired test
     * @return one comparison per strategy, in the order of {@code others} (an unmodifiable list)
     * @throws IllegalArgumentException if {@code others} is null or empty, {@code test} is null,
     *     the baseline has fewer than two rows, a strategy's losses are null or of another length
     *     than the baseline's, or a loss is NaN or infinite (the message names the array, e.g.
     *     {@code others[2][7]}, and the value)
     */
    public static List<BaselineComparison> againstBaseline(double[] baseline, double[][] others,
                                                           PairedTest test) {
        StatChecks.notNull("test", test);
        StatChecks.notNull("others", others);
        if (others.length == 0) {
            throw new IllegalArgumentException("others must not be empty");
        }
        StatChecks.minLength("baseline", baseline, 2);
        StatChecks.finite("baseline", baseline);
        int k = others.length;
        for (int s = 0; s < k; s++) {
            String name = "others[" + s + "]";
            StatChecks.sameLength(name, others[s], "baseline", baseline);
            StatChecks.finite(name, others[s]);
        }
        PairedComparison[] comparisons = new PairedComparison[k];
        SignificanceResult[] results = new SignificanceResult[k];
        double[] p = new double[k];
        for (int s = 0; s < k; s++) {
            try {
                comparisons[s] = of(others[s], baseline);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                    "others[" + s + "] against baseline: " + e.getMessage(), e);
            }
            results[s] = test.apply(comparisons[s]);
            p[s] = results[s].pValue();
        }
        double[] adjusted = Holm.adjust(p);
        List<BaselineComparison> out = new ArrayList<>(k);
        for (int s = 0; s < k; s++) {
            out.add(BaselineComparison.of(s, comparisons[s], results[s], adjusted[s]));
        }
        return Collections.unmodifiableList(out);
    }

    /** @return the number of rows n */
    public int n() {
        return differences.length;
    }

    /** @return a copy of the differences a_i - b_i */
    public double[] differences() {
        return differences.clone();
    }

    /** @return mean(a - b) */
    public double meanDifference() {
        return estimate.mean();
    }

    /** @return the standard error of the mean difference, s_d / sqrt(n) */
    public double standardError() {
        return estimate.standardError();
    }

    /** @return the mean difference with its standard error, as a {@link MeanEstimate} */
    public MeanEstimate meanEstimate() {
        return estimate;
    }

    /**
     * The normal-approximation interval mean(d) &plusmn; Phi^{-1}((1 + level)/2) se.
     *
     * @param level the confidence level, in (0, 1)
     * @return the interval
     * @throws IllegalArgumentException if {@code level} is not in (0, 1)
     */
    public ConfidenceInterval confidenceInterval(double level) {
        return estimate.confidenceInterval(level);
    }

    /**
     * The Student interval mean(d) &plusmn; q se with q the (1 + level)/2 quantile of the t
     * distribution with n - 1 degrees of freedom (exact for normal differences).
     *
     * @param level the confidence level, in (0, 1)
     * @return the interval
     * @throws IllegalArgumentException if {@code level} is not in (0, 1)
     */
    public ConfidenceInterval tConfidenceInterval(double level) {
        StatChecks.level("level", level);
        double q = TDistribution.of(n() - 1.0).inverseSurvivalProbability(0.5 * (1.0 - level));
        double m = estimate.mean();
        double se = estimate.standardError();
        return ConfidenceInterval.of(m - q * se, m + q * se, level);
    }

    /**
     * The paired t-test of H0: E(a - b) = 0 against the two-sided alternative.
     *
     * @return t = mean(d) / se, df = n - 1, p = 2 P(T_{n-1} &gt;= |t|)
     */
    public TTestResult pairedTTest() {
        int df = n() - 1;
        double m = estimate.mean();
        double se = estimate.standardError();
        if (se == 0.0) {
            return m == 0.0
                ? TTestResult.of(0.0, df, 1.0)
                : TTestResult.of(Math.copySign(Double.POSITIVE_INFINITY, m), df, 0.0);
        }
        double t = m / se;
        double p = 2.0 * TDistribution.of(df).survivalProbability(Math.abs(t));
        return TTestResult.of(t, df, Math.min(1.0, p));
    }

    /**
     * The Wilcoxon signed-rank test with {@link WilcoxonMethod#AUTO}: exact for at most 50
     * non-zero differences without ties, normal approximation (tie and continuity corrected)
     * otherwise.
     *
     * @return W+ and its two-sided p-value
     */
    public WilcoxonResult wilcoxonSignedRank() {
        return wilcoxonSignedRank(WilcoxonMethod.AUTO);
    }

    /**
     * The Wilcoxon signed-rank test of H0: the differences are symmetric about 0, zero differences
     * discarded (see the class description for the statistic and the p-values).
     *
     * @param method how the p-value is computed
     * @return W+ and its two-sided p-value
     * @throws IllegalArgumentException if {@code method} is null, or is EXACT with more than 1000
     *     non-zero differences
     */
    public WilcoxonResult wilcoxonSignedRank(WilcoxonMethod method) {
        StatChecks.notNull("method", method);
        int n = differences.length;
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (differences[i] != 0.0) {
                m++;
            }
        }
        int zeros = n - m;
        if (m == 0) {
            return WilcoxonResult.of(0.0, 1.0, 0, zeros, false, WilcoxonMethod.EXACT);
        }
        double[] abs = new double[m];
        for (int i = 0, k = 0; i < n; i++) {
            if (differences[i] != 0.0) {
                abs[k++] = Math.abs(differences[i]);
            }
        }
        Arrays.sort(abs);
        // doubled mid-rank of a group occupying sorted positions [s, e): s + e + 1 (integer)
        int[] rank2 = new int[m];
        double tieSum = 0.0;
        boolean ties = false;
        for (int s = 0; s < m; ) {
            int e = s + 1;
            while (e < m && abs[e] == abs[s]) {
                e++;
            }
            int t = e - s;
            if (t > 1) {
                ties = true;
                tieSum += (double) t * t * t - t;
            }
            for (int j = s; j < e; j++) {
                rank2[j] = s + e + 1;
            }
            s = e;
        }
        long w2 = 0;
        for (int i = 0; i < n; i++) {
            double d = differences[i];
            if (d > 0.0) {
                w2 += rank2[Arrays.binarySearch(abs, d)];
            }
        }
        double wPlus = 0.5 * w2;
        WilcoxonMethod used = method;
        if (method == WilcoxonMethod.AUTO) {
            used = m <= EXACT_AUTO_LIMIT && !ties ? WilcoxonMethod.EXACT : WilcoxonMethod.NORMAL;
        } else if (method == WilcoxonMethod.EXACT && m > EXACT_LIMIT) {
            throw new IllegalArgumentException("the exact Wilcoxon distribution is limited to "
                + EXACT_LIMIT + " non-zero differences, got " + m + "; use AUTO or NORMAL");
        }
        double p = used == WilcoxonMethod.EXACT
            ? exactPValue(rank2, w2, (long) m * (m + 1))
            : normalPValue(wPlus, m, tieSum);
        return WilcoxonResult.of(wPlus, p, m, zeros, ties, used);
    }

    /**
     * Two-sided exact p-value 2 P(W2 &lt;= k), k = min(w2, total2 - w2), W2 the sum of a random
     * subset of the doubled ranks (each in with probability 1/2). The distribution is symmetric
     * about total2 / 2, so the lower tail serves both sides. f[s] = P(partial sum = s) over the
     * items seen so far, kept only for s &lt;= k; halving is exact in binary floating point.
     */
    static double exactPValue(int[] rank2, long w2, long total2) {
        int k = (int) Math.min(w2, total2 - w2);
        double[] f = new double[k + 1];
        f[0] = 1.0;
        for (int r : rank2) {
            for (int s = k; s >= r; s--) {
                f[s] = 0.5 * (f[s] + f[s - r]);
            }
            for (int s = Math.min(r - 1, k); s >= 0; s--) {
                f[s] *= 0.5;
            }
        }
        double tail = 0.0;
        for (int s = 0; s <= k; s++) {
            tail += f[s];
        }
        return Math.min(1.0, 2.0 * tail);
    }

    /** Two-sided normal-approximation p-value with tie and continuity corrections. */
    static double normalPValue(double wPlus, int m, double tieSum) {
        double mm = m;
        double mu = 0.25 * mm * (mm + 1.0);
        double var = mm * (mm + 1.0) * (2.0 * mm + 1.0) / 24.0 - tieSum / 48.0;
        double z = Math.max(0.0, Math.abs(wPlus - mu) - 0.5) / Math.sqrt(var);
        return Math.min(1.0, 2.0 * STANDARD_NORMAL.survivalProbability(z));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PairedComparison c && Arrays.equals(differences, c.differences);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(differences);
    }

    /**
     * @return e.g. {@code A - B: -0.0312 ± 0.0101 (95% CI -0.0510 .. -0.0114, n = 10)}, the mean
     *     difference as {@link MeanEstimate#toString()}
     */
    @Override
    public String toString() {
        return "A - B: " + estimate;
    }
}
