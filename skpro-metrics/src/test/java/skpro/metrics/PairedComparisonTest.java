package skpro.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static skpro.metrics.StatTestSupport.assertRelative;
import static skpro.metrics.StatTestSupport.over64;
import static skpro.metrics.StatTestSupport.plus;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Hand-checked values. The losses are multiples of 1/64, so the differences are exact and the
 * presence of ties and zeros is by design. Reference values: Python 3, numpy, scipy 1.17.1
 * ({@code scipy.stats.ttest_rel}, {@code scipy.stats.wilcoxon}), and for exact distributions
 * with ties a brute-force enumeration of all 2^m sign vectors over scipy's {@code rankdata}.
 */
class PairedComparisonTest {

    private static final int[] BASE = {58, 24, 97, 49, 60, 83, 45, 44, 79, 39, 61, 81};
    /** Differences A - B in 64ths: distinct absolute values, no zero. W+ = 2 + 1 + 3 = 6. */
    private static final int[] DIFF = {-9, 3, -15, -11, 2, -18, -13, 4, -19, -12, -7, -6};
    private static final double[] A = over64(plus(BASE, DIFF));
    private static final double[] B = over64(BASE);

    @Test
    void meanDifferenceAndIntervalsMatchScipy() {
        PairedComparison c = PairedComparison.of(A, B);
        // d = A - B: d.mean() = -0.13151041666666666, scipy.stats.sem(d) = 0.03569574136097996
        assertThat(c.n()).isEqualTo(12);
        assertRelative(c.meanDifference(), -0.13151041666666666, 1e-15);
        assertRelative(c.standardError(), 0.03569574136097996, 1e-14);
        // mean -+ scipy.stats.t.ppf(0.975, 11) * sem
        ConfidenceInterval t = c.tConfidenceInterval(0.95);
        assertRelative(t.lower(), -0.21007621368065288, 1e-13);
        assertRelative(t.upper(), -0.05294461965268045, 1e-13);
        // mean -+ scipy.stats.norm.ppf(0.975) * sem
        ConfidenceInterval z = c.confidenceInterval(0.95);
        assertRelative(z.lower(), -0.20147278413564415, 1e-13);
        assertRelative(z.upper(), -0.061548049197689164, 1e-13);
        assertThat(c.differences()).containsExactly(over64(DIFF));
    }

    @Test
    void pairedTTestMatchesScipyTtestRel() {
        TTestResult r = PairedComparison.of(A, B).pairedTTest();
        // scipy.stats.ttest_rel(A, B): statistic -3.684204660066943, pvalue 0.003599336100061055, df 11
        assertRelative(r.statistic(), -3.684204660066943, 1e-13);
        assertRelative(r.pValue(), 0.003599336100061055, 1e-12);
        assertThat(r.degreesOfFreedom()).isEqualTo(11);
        assertThat(r).hasToString("t = -3.6842 (df = 11), p = 0.00359934");
    }

    @Test
    void wilcoxonExactMatchesScipyAndTheCount() {
        WilcoxonResult r = PairedComparison.of(A, B).wilcoxonSignedRank();
        // scipy.stats.wilcoxon(A, B, method='exact'): statistic min(W+, W-) = 6, p 0.0068359375;
        // by hand: 14 of the 4096 subsets of {1..12} sum to <= 6, p = 2 * 14 / 4096
        assertThat(r.statistic()).isEqualTo(6.0);
        assertThat(r.negativeRankSum()).isEqualTo(72.0);
        assertThat(r.pValue()).isEqualTo(0.0068359375);
        assertThat(r.method()).isEqualTo(WilcoxonMethod.EXACT);
        assertThat(r.nonZero()).isEqualTo(12);
        assertThat(r.zeros()).isZero();
        assertThat(r.hasTies()).isFalse();
        assertThat(r).hasToString("W+ = 6 (m = 12, 0 zeros discarded, EXACT), p = 0.00683594");
        // swapping A and B mirrors the statistic and keeps the two-sided p-value
        WilcoxonResult swapped = PairedComparison.of(B, A).wilcoxonSignedRank();
        assertThat(swapped.statistic()).isEqualTo(72.0);
        assertThat(swapped.pValue()).isEqualTo(0.0068359375);
    }

    @Test
    void wilcoxonNormalMatchesScipyApproxWithCorrection() {
        WilcoxonResult r = PairedComparison.of(A, B).wilcoxonSignedRank(WilcoxonMethod.NORMAL);
        // scipy.stats.wilcoxon(A, B, method='approx', correction=True).pvalue
        assertRelative(r.pValue(), 0.010787449254670366, 1e-12);
        assertThat(r.statistic()).isEqualTo(6.0);
        assertThat(r.method()).isEqualTo(WilcoxonMethod.NORMAL);
    }

    @Test
    void zerosAreDiscardedLikeScipyWilcox() {
        // DIFF with two zeros inserted: m = 12 non-zero differences, the same ranks as DIFF
        int[] base = {58, 24, 97, 49, 60, 83, 45, 44, 79, 39, 61, 81, 50, 70};
        int[] diff = {-9, 3, -15, -11, 2, 0, -18, -13, 4, -19, -12, 0, -7, -6};
        PairedComparison c = PairedComparison.of(over64(plus(base, diff)), over64(base));
        WilcoxonResult r = c.wilcoxonSignedRank();
        // scipy.stats.wilcoxon(A3, B3, zero_method='wilcox', method='exact'): 6.0, 0.0068359375
        assertThat(r.statistic()).isEqualTo(6.0);
        assertThat(r.pValue()).isEqualTo(0.0068359375);
        assertThat(r.zeros()).isEqualTo(2);
        assertThat(r.nonZero()).isEqualTo(12);
        // method='approx', zero_method='wilcox', correction=True
        assertRelative(c.wilcoxonSignedRank(WilcoxonMethod.NORMAL).pValue(), 0.010787449254670366, 1e-12);
    }

    @Test
    void tiesUseTheNormalApproximationWithTieCorrection() {
        // 14 rows, two zeros, |d| tied at 3 (x2) and 9 (x3); mid-ranks by scipy.stats.rankdata:
        // [7, 2.5, 11, 7, 1, 10, 2.5, 12, 9, 5, 7, 4]; W+ = 2.5 + 1 + 2.5 + 7 = 13
        int[] base = {58, 24, 97, 49, 60, 83, 45, 44, 79, 39, 61, 81, 50, 70};
        int[] diff = {-9, 3, -15, -9, 2, 0, -13, 3, -19, -12, -7, 9, 0, -6};
        PairedComparison c = PairedComparison.of(over64(plus(base, diff)), over64(base));
        WilcoxonResult r = c.wilcoxonSignedRank();
        assertThat(r.statistic()).isEqualTo(13.0);
        assertThat(r.hasTies()).isTrue();
        assertThat(r.zeros()).isEqualTo(2);
        assertThat(r.method()).isEqualTo(WilcoxonMethod.NORMAL);
        // scipy.stats.wilcoxon(A2, B2, method='approx', correction=True).pvalue
        assertRelative(r.pValue(), 0.045044078801708354, 1e-12);
        // exact conditional distribution: enumeration of 2^12 sign vectors on the mid-ranks,
        // 2 * #{sum <= 13} / 4096 = 0.03955078125
        WilcoxonResult exact = c.wilcoxonSignedRank(WilcoxonMethod.EXACT);
        assertThat(exact.pValue()).isEqualTo(0.03955078125);
        assertThat(exact.method()).isEqualTo(WilcoxonMethod.EXACT);
    }

    @Test
    void exactWithTiesMatchesScipyPermutation() {
        // differences with many ties; scipy 1.17.1 wilcoxon(..., method='auto') switches to the
        // exact permutation distribution here (p = 0.23486328125), confirmed by enumeration
        int[] diff = {2, -1, 3, 5, -4, 1, 6, -2, 3, 1, -3, 4};
        PairedComparison c = PairedComparison.of(over64(plus(BASE, diff)), over64(BASE));
        WilcoxonResult r = c.wilcoxonSignedRank(WilcoxonMethod.EXACT);
        assertThat(r.statistic()).isEqualTo(55.0);
        assertThat(r.pValue()).isEqualTo(0.23486328125);
        // method='approx', correction=True
        assertRelative(c.wilcoxonSignedRank().pValue(), 0.2222284878020142, 1e-12);
    }

    @Test
    void identicalStrategiesShowNoDifference() {
        PairedComparison c = PairedComparison.of(A, A.clone());
        assertThat(c.meanDifference()).isZero();
        assertThat(c.pairedTTest().statistic()).isZero();
        assertThat(c.pairedTTest().pValue()).isEqualTo(1.0);
        WilcoxonResult w = c.wilcoxonSignedRank();
        assertThat(w.statistic()).isZero();
        assertThat(w.pValue()).isEqualTo(1.0);
        assertThat(w.zeros()).isEqualTo(12);
        assertThat(w.nonZero()).isZero();
    }

    @Test
    void constantNonZeroDifferenceIsInfinitelySignificant() {
        double[] b = {1.0, 2.0, 3.0};
        double[] a = {1.5, 2.5, 3.5};
        TTestResult t = PairedComparison.of(a, b).pairedTTest();
        assertThat(t.statistic()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(t.pValue()).isZero();
        // three tied positive differences: exact conditional p = 2 * P(all signs +) = 2 / 8
        WilcoxonResult w = PairedComparison.of(a, b).wilcoxonSignedRank(WilcoxonMethod.EXACT);
        assertThat(w.statistic()).isEqualTo(6.0);
        assertThat(w.pValue()).isEqualTo(0.25);
    }

    @Test
    void severalStrategiesAgainstOneBaselineGetHolmAdjustedPValues() {
        double[][] others = {
            over64(plus(BASE, DIFF)),
            over64(plus(BASE, new int[] {2, -1, 3, 5, -4, 1, 6, -2, 3, 1, -3, 4})),
            over64(plus(BASE, new int[] {-4, 1, -6, 2, -5, -3, 1, -7, -2, 3, -8, -1})),
        };
        List<BaselineComparison> list = PairedComparison.againstBaseline(B, others, PairedTest.T_TEST);
        assertThat(list).hasSize(3);
        // scipy.stats.ttest_rel(other_k, base).pvalue
        double[] raw = {0.003599336100061055, 0.2024319358581255, 0.043899758550504216};
        // Holm by hand: sorted p 0.0036 (x3), 0.0439 (x2), 0.2024 (x1), running maximum
        double[] holm = {3 * raw[0], raw[1], 2 * raw[2]};
        double[] meanDiff = {-0.13151041666666666, 0.01953125, -0.037760416666666664};
        for (int k = 0; k < 3; k++) {
            BaselineComparison b = list.get(k);
            assertThat(b.strategy()).isEqualTo(k);
            assertRelative(b.pValue(), raw[k], 1e-12);
            assertRelative(b.adjustedPValue(), holm[k], 1e-12);
            assertRelative(b.meanDifference(), meanDiff[k], 1e-15);
            assertThat(b.test()).isInstanceOf(TTestResult.class);
            assertThat(b.comparison()).isEqualTo(PairedComparison.of(others[k], B));
        }
        assertThat(list.get(1)).hasToString(
            "strategy 1: mean difference 0.0195313, t = 1.35551 (df = 11), p = 0.202432, Holm p = 0.202432");
        List<BaselineComparison> wil = PairedComparison.againstBaseline(B, others, PairedTest.WILCOXON);
        assertThat(wil.get(0).pValue()).isEqualTo(0.0068359375);
        double[] rawW = {wil.get(0).pValue(), wil.get(1).pValue(), wil.get(2).pValue()};
        double[] adj = Holm.adjust(rawW);
        for (int k = 0; k < 3; k++) {
            assertThat(wil.get(k).adjustedPValue()).isEqualTo(adj[k]);
            assertThat(wil.get(k).test()).isInstanceOf(WilcoxonResult.class);
        }
        assertThatThrownBy(() -> list.add(list.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> PairedComparison.of(new double[] {1, 2, 3}, new double[] {1, 2}))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("lossesA has 3 rows but lossesB has 2");
        assertThatThrownBy(() -> PairedComparison.of(new double[] {1}, new double[] {2}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2 rows");
        assertThatThrownBy(() -> PairedComparison.of(new double[0], new double[0]))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> PairedComparison.of(new double[] {1, 2}, new double[] {1, Double.NaN}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lossesB[1]");
        assertThatThrownBy(() -> PairedComparison.of(new double[] {Double.POSITIVE_INFINITY, 2}, new double[] {1, 2}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lossesA[0]");
        assertThatThrownBy(() -> PairedComparison.of(new double[] {Double.MAX_VALUE, 2}, new double[] {-Double.MAX_VALUE, 2}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overflows");
        PairedComparison c = PairedComparison.of(A, B);
        assertThatThrownBy(() -> c.tConfidenceInterval(1.0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("level");
        assertThatThrownBy(() -> c.confidenceInterval(0.0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("level");
        assertThatThrownBy(() -> c.wilcoxonSignedRank(null))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("method");
        assertThatThrownBy(() -> PairedComparison.againstBaseline(B, new double[][] {A, {1.0, 2.0}}, PairedTest.T_TEST))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("others[1] has 2 rows but baseline has 12");
        double[] nan = A.clone();
        nan[7] = Double.NaN;
        assertThatThrownBy(() -> PairedComparison.againstBaseline(B, new double[][] {A, nan}, PairedTest.WILCOXON))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("others[1][7]");
        assertThatThrownBy(() -> PairedComparison.againstBaseline(nan, new double[][] {A}, PairedTest.WILCOXON))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseline[7]");
        assertThatThrownBy(() -> PairedComparison.againstBaseline(B, new double[0][], PairedTest.T_TEST))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("others");
        assertThatThrownBy(() -> PairedComparison.againstBaseline(B, new double[][] {A}, null))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("test");
        double[] big = StatTestSupport.normal(1001, 0.0, 1.0, 3);
        assertThatThrownBy(() -> PairedComparison.of(big, new double[1001]).wilcoxonSignedRank(WilcoxonMethod.EXACT))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1000");
    }
}
