package skpro.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import skpro.metrics.BaselineComparison;
import skpro.metrics.MeanEstimate;
import skpro.metrics.PairedTest;

/**
 * Means, standard errors, ranks, paired tests and verdicts of the comparison table on numbers
 * worked by hand or by scipy 1.17.1 ({@code scipy.stats.ttest_rel}, {@code wilcoxon(...,
 * method='exact')}; the Holm adjustment by its formula).
 */
class ComparisonTableTest {

    // data set d1, n = 8: a is best; b consistently worse; c slightly worse; dummy ignores X
    private static final double[] A = {0.31, 0.42, 0.28, 0.35, 0.40, 0.33, 0.29, 0.38};
    private static final double[] B = {0.36, 0.45, 0.30, 0.41, 0.47, 0.35, 0.30, 0.44};
    private static final double[] C = {0.30, 0.50, 0.27, 0.37, 0.44, 0.31, 0.33, 0.39};
    private static final double[] D = {0.52, 0.61, 0.49, 0.55, 0.66, 0.50, 0.47, 0.58};
    // data set d2: e and dummy f are indistinguishable
    private static final double[] E = {1.02, 1.17, 0.93, 1.08, 1.31, 0.79, 1.06, 0.93};
    private static final double[] F = {1.0, 1.2, 0.9, 1.1, 1.3, 0.8, 1.05, 0.95};

    private static BenchmarkResults fourEstimators() {
        return BenchmarkResults.builder()
            .metric("CRPS", true)
            .estimator("a", false).estimator("b", false).estimator("c", false)
            .estimator("dummy", true)
            .losses("a", "d1", "CRPS", A).losses("b", "d1", "CRPS", B)
            .losses("c", "d1", "CRPS", C).losses("dummy", "d1", "CRPS", D)
            .losses("a", "d2", "CRPS", E).losses("dummy", "d2", "CRPS", F)
            .build();
    }

    @Test
    void cellsAreMeanEstimatesWithSampleStandardErrors() {
        ComparisonTable t = ComparisonTable.of(fourEstimators(), "CRPS");
        assertThat(t.estimators()).containsExactly("a", "b", "c", "dummy");
        assertThat(t.dataSets()).containsExactly("d1", "d2");
        // numpy: mean, std(ddof=1) / sqrt(8)
        MeanEstimate a = t.estimate("a", "d1").orElseThrow();
        assertThat(a.mean()).isCloseTo(0.345, within(1e-15));
        assertThat(a.standardError()).isCloseTo(0.018224786888818675, within(1e-15));
        assertThat(t.estimate("c", "d1").orElseThrow().standardError())
            .isCloseTo(0.027382052255342106, within(1e-15));
        assertThat(t.estimate("dummy", "d2").orElseThrow().standardError())
            .isCloseTo(0.05728219618694799, within(1e-15));
        assertThat(t.estimate("b", "d2")).isEmpty();
        assertThat(t.rank("b", "d2")).isEmpty();
    }

    @Test
    void pairedTTestsAgainstTheBestMatchScipyWithHolm() {
        ComparisonTable t = ComparisonTable.of(fourEstimators(), "CRPS");
        assertThat(t.best("d1")).isEqualTo("a");
        assertThat(t.comparisonWithBest("a", "d1")).isEmpty();
        BaselineComparison b = t.comparisonWithBest("b", "d1").orElseThrow();
        BaselineComparison c = t.comparisonWithBest("c", "d1").orElseThrow();
        BaselineComparison d = t.comparisonWithBest("dummy", "d1").orElseThrow();
        // scipy.stats.ttest_rel(x, a)
        assertThat(b.test().statistic()).isCloseTo(4.988876515698587, within(1e-12));
        assertThat(b.pValue()).isCloseTo(0.0015850266402878076, within(1e-14));
        assertThat(c.pValue()).isCloseTo(0.15814404676591604, within(1e-13));
        assertThat(d.pValue()).isCloseTo(1.3440560677871417e-07, within(1e-18));
        // Holm over 3: sorted d, b, c -> 3 p_d, 2 p_b, max(2 p_b, p_c) = p_c
        assertThat(d.adjustedPValue()).isCloseTo(3 * 1.3440560677871417e-07, within(1e-18));
        assertThat(b.adjustedPValue()).isCloseTo(2 * 0.0015850266402878076, within(1e-14));
        assertThat(c.adjustedPValue()).isCloseTo(0.15814404676591604, within(1e-13));
        assertThat(t.isSignificantlyWorse("b", "d1")).isTrue();
        assertThat(t.isSignificantlyWorse("c", "d1")).isFalse();
        assertThat(t.isSignificantlyWorse("dummy", "d1")).isTrue();
        assertThat(t.isSignificantlyWorse("a", "d1")).isFalse();
    }

    @Test
    void independenceVerdictBothWays() {
        ComparisonTable t = ComparisonTable.of(fourEstimators(), "CRPS");
        // d1: every X-using estimator beats the dummy; scipy.stats.ttest_rel(x, dummy)
        assertThat(t.bestBaseline("d1")).contains("dummy");
        assertThat(t.comparisonWithBaseline("dummy", "d1")).isEmpty();
        BaselineComparison c = t.comparisonWithBaseline("c", "d1").orElseThrow();
        assertThat(c.pValue()).isCloseTo(3.937385020082036e-06, within(1e-17));
        // Holm over a, b, c: sorted b, a, c -> 3 p_b, 2 p_a, p_c
        assertThat(t.comparisonWithBaseline("b", "d1").orElseThrow().adjustedPValue())
            .isCloseTo(2.1108222445018833e-07, within(1e-18));
        assertThat(t.comparisonWithBaseline("a", "d1").orElseThrow().adjustedPValue())
            .isCloseTo(2.6881121355742835e-07, within(1e-18));
        assertThat(t.verdict("d1")).isEqualTo(IndependenceVerdict.X_HELPS);
        // d2: t = -0.16314, p = 0.87502
        BaselineComparison e = t.comparisonWithBaseline("a", "d2").orElseThrow();
        assertThat(e.test().statistic()).isCloseTo(-0.1631440148511385, within(1e-12));
        assertThat(e.pValue()).isCloseTo(0.875015132633676, within(1e-12));
        assertThat(e.adjustedPValue()).isEqualTo(e.pValue());
        assertThat(t.verdict("d2")).isEqualTo(IndependenceVerdict.NO_EVIDENCE);
        assertThat(t.verdict("d2").label()).isEqualTo("no evidence that X helps");
    }

    @Test
    void significantlyBetterThanTheBaselineInTheWrongDirectionIsNoEvidence() {
        // the X-using estimator is significantly *worse* than the dummy
        BenchmarkResults r = BenchmarkResults.builder().metric("CRPS", true)
            .estimator("x", false).estimator("dummy", true)
            .losses("x", "d", "CRPS", D).losses("dummy", "d", "CRPS", A).build();
        ComparisonTable t = ComparisonTable.of(r, "CRPS");
        assertThat(t.comparisonWithBaseline("x", "d").orElseThrow().adjustedPValue())
            .isLessThan(1e-6);
        assertThat(t.verdict("d")).isEqualTo(IndependenceVerdict.NO_EVIDENCE);
        // higher is better: now the same losses mean x beats the dummy
        BenchmarkResults h = BenchmarkResults.builder().metric("score", false)
            .estimator("x", false).estimator("dummy", true)
            .losses("x", "d", "score", D).losses("dummy", "d", "score", A).build();
        ComparisonTable ht = ComparisonTable.of(h, "score");
        assertThat(ht.verdict("d")).isEqualTo(IndependenceVerdict.X_HELPS);
        assertThat(ht.best("d")).isEqualTo("x");
        assertThat(ht.isSignificantlyWorse("dummy", "d")).isTrue();
    }

    @Test
    void verdictNeedsBothSides() {
        BenchmarkResults r = BenchmarkResults.builder().metric("CRPS", true)
            .estimator("x", false).estimator("y", false).estimator("dummy", true)
            .losses("x", "only informed", "CRPS", A).losses("y", "only informed", "CRPS", B)
            .losses("dummy", "only dummy", "CRPS", D).build();
        ComparisonTable t = ComparisonTable.of(r, "CRPS");
        assertThat(t.verdict("only informed")).isEqualTo(IndependenceVerdict.NO_BASELINE);
        assertThat(t.bestBaseline("only informed")).isEmpty();
        assertThat(t.verdict("only dummy")).isEqualTo(IndependenceVerdict.NO_X_USING_ESTIMATOR);
        assertThat(t.comparisonWithBest("dummy", "only dummy")).isEmpty();
    }

    @Test
    void bestBaselineIsTheBestUninformedEstimator() {
        BenchmarkResults r = BenchmarkResults.builder().metric("CRPS", true)
            .estimator("x", false).estimator("poor dummy", true).estimator("good dummy", true)
            .losses("x", "d", "CRPS", B).losses("poor dummy", "d", "CRPS", D)
            .losses("good dummy", "d", "CRPS", A).build();
        ComparisonTable t = ComparisonTable.of(r, "CRPS");
        assertThat(t.bestBaseline("d")).contains("good dummy");
        // x beats the poor dummy by far, but not the good one: x is worse than it
        assertThat(t.verdict("d")).isEqualTo(IndependenceVerdict.NO_EVIDENCE);
        assertThat(t.comparisonWithBaseline("poor dummy", "d")).isEmpty();
        assertThat(t.comparisonWithBaseline("x", "d").orElseThrow().meanDifference())
            .isCloseTo(0.04, within(1e-15));
    }

    /** Means chosen so that ranks tie; n = 2 rows {mu - 1, mu + 1}, exact in binary. */
    private static BenchmarkResults tiedMeans(boolean lowerIsBetter) {
        double[][] mu = {
            {1, 2, 2, 3}, // d1: a 1, b 2.5, c 2.5, d 4
            {2, 1, 3, 3}, // d2: a 2, b 1, c 3.5, d 3.5
            {5, 5, 5, 5}, // d3: all 2.5
        };
        String[] names = {"a", "b", "c", "d"};
        BenchmarkResults.Builder b = BenchmarkResults.builder().metric("m", lowerIsBetter);
        for (String n : names) {
            b.estimator(n, false);
        }
        for (int j = 0; j < 3; j++) {
            for (int e = 0; e < 4; e++) {
                b.losses(names[e], "d" + (j + 1), "m", new double[] {mu[j][e] - 1, mu[j][e] + 1});
            }
        }
        return b.build();
    }

    @Test
    void tiedMeansShareTheAverageRank() {
        ComparisonTable t = ComparisonTable.of(tiedMeans(true), "m");
        assertThat(ranks(t, "d1")).containsExactly(1.0, 2.5, 2.5, 4.0);
        assertThat(ranks(t, "d2")).containsExactly(2.0, 1.0, 3.5, 3.5);
        assertThat(ranks(t, "d3")).containsExactly(2.5, 2.5, 2.5, 2.5);
        // (1 + 2 + 2.5) / 3, (2.5 + 1 + 2.5) / 3, (2.5 + 3.5 + 2.5) / 3, (4 + 3.5 + 2.5) / 3
        assertThat(t.averageRank("a")).isCloseTo(5.5 / 3, within(1e-15));
        assertThat(t.averageRank("b")).isCloseTo(2.0, within(1e-15));
        assertThat(t.averageRank("c")).isCloseTo(8.5 / 3, within(1e-15));
        assertThat(t.averageRank("d")).isCloseTo(10.0 / 3, within(1e-15));
        assertThat(t.rankedDataSets("d")).isEqualTo(3);
        // the first of the tied best is the reference of the tests; all tied are bold
        assertThat(t.best("d3")).isEqualTo("a");
        assertThat(t.isBestAt(1, 2)).isTrue();
        assertThat(t.isBestAt(1, 0)).isFalse();
        // identical differences of 0: t = 0, p = 1
        assertThat(t.comparisonWithBest("b", "d3").orElseThrow().pValue()).isEqualTo(1.0);
    }

    @Test
    void higherIsBetterReversesTheRanks() {
        ComparisonTable t = ComparisonTable.of(tiedMeans(false), "m");
        assertThat(ranks(t, "d1")).containsExactly(4.0, 2.5, 2.5, 1.0);
        assertThat(ranks(t, "d2")).containsExactly(3.0, 4.0, 1.5, 1.5);
        assertThat(t.best("d2")).isEqualTo("c");
        assertThat(t.averageRank("a")).isCloseTo((4 + 3 + 2.5) / 3, within(1e-15));
    }

    @Test
    void missingCellsAreNotRanked() {
        BenchmarkResults r = BenchmarkResults.builder().metric("m", true)
            .estimator("a", false).estimator("b", false).estimator("c", false)
            .losses("a", "d1", "m", new double[] {1, 3}).losses("b", "d1", "m", new double[] {2, 4})
            .losses("c", "d1", "m", new double[] {0, 8})
            .losses("a", "d2", "m", new double[] {5, 5}).losses("b", "d2", "m", new double[] {1, 1})
            .build();
        ComparisonTable t = ComparisonTable.of(r, "m");
        assertThat(ranks(t, "d1")).containsExactly(1.0, 2.0, 3.0);
        assertThat(t.rank("c", "d2")).isEmpty();
        assertThat(t.rank("a", "d2")).hasValue(2.0);
        assertThat(t.averageRank("a")).isEqualTo(1.5);
        assertThat(t.averageRank("c")).isEqualTo(3.0);
        assertThat(t.rankedDataSets("c")).isEqualTo(1);
        assertThat(t.comparisonWithBest("c", "d2")).isEmpty();
    }

    @Test
    void wilcoxonOptionMatchesScipyExact() {
        double[] base = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        double[] dB = {1, 2, 3, -4, 5, 6, 7, -8, 9, 10};
        double[] dC = {1, -2, 3, -4, 5, -6, 7, -8, 9, 10};
        double[] b = new double[10];
        double[] c = new double[10];
        for (int i = 0; i < 10; i++) {
            b[i] = base[i] + dB[i];
            c[i] = base[i] + dC[i];
        }
        BenchmarkResults r = BenchmarkResults.builder().metric("m", true)
            .estimator("a", false).estimator("b", false).estimator("c", false)
            .losses("a", "d", "m", base).losses("b", "d", "m", b).losses("c", "d", "m", c).build();
        ComparisonTable t = ComparisonTable.of(r, "m", PairedTest.WILCOXON, 0.05);
        BaselineComparison wb = t.comparisonWithBest("b", "d").orElseThrow();
        BaselineComparison wc = t.comparisonWithBest("c", "d").orElseThrow();
        // scipy.stats.wilcoxon(d, method='exact'): p = 0.130859375 (W- = 12), 0.4921875 (W- = 20)
        assertThat(wb.test().statistic()).isEqualTo(43.0);
        assertThat(wb.pValue()).isEqualTo(0.130859375);
        assertThat(wc.pValue()).isEqualTo(0.4921875);
        // Holm: 2 x 0.130859375 = 0.26171875; max(0.26171875, 0.4921875)
        assertThat(wb.adjustedPValue()).isEqualTo(0.26171875);
        assertThat(wc.adjustedPValue()).isEqualTo(0.4921875);
        assertThat(t.test()).isEqualTo(PairedTest.WILCOXON);
    }

    @Test
    void levelDecidesSignificance() {
        // c against a: Holm p = 0.158; significant at 0.2, not at 0.05
        assertThat(ComparisonTable.of(fourEstimators(), "CRPS", PairedTest.T_TEST, 0.2)
            .isSignificantlyWorse("c", "d1")).isTrue();
        assertThat(ComparisonTable.of(fourEstimators(), "CRPS", PairedTest.T_TEST, 0.15)
            .isSignificantlyWorse("c", "d1")).isFalse();
    }

    @Test
    void allMakesOneTablePerMetricWithLosses() {
        BenchmarkResults r = fourEstimators().toBuilder().metric("unused", true)
            .metric("coverage", false).losses("b", "d3", "coverage", new double[] {1, 0, 1, 1, 0, 1, 1, 1})
            .build();
        List<ComparisonTable> all = ComparisonTable.all(r);
        assertThat(all).extracting(ComparisonTable::metric).containsExactly("CRPS", "coverage");
        assertThat(all.get(1).estimators()).containsExactly("b");
        assertThat(all.get(1).dataSets()).containsExactly("d3");
        assertThat(all.get(1).verdict("d3")).isEqualTo(IndependenceVerdict.NO_BASELINE);
        assertThat(all.get(0)).isEqualTo(ComparisonTable.of(r, "CRPS"))
            .hasSameHashCodeAs(ComparisonTable.of(r, "CRPS"))
            .hasToString("ComparisonTable(CRPS, 4 estimators x 2 data sets, T_TEST, level 0.05)");
    }

    @Test
    void badArgumentsAreRejected() {
        BenchmarkResults r = fourEstimators().toBuilder().metric("unused", true).build();
        assertThatThrownBy(() -> ComparisonTable.of(r, "NLL"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown metric 'NLL'");
        assertThatThrownBy(() -> ComparisonTable.of(r, "unused"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("no losses for metric 'unused'");
        assertThatThrownBy(() -> ComparisonTable.of(r, "CRPS", PairedTest.T_TEST, 1.0))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("level must be in (0, 1), got 1.0");
        assertThatThrownBy(() -> ComparisonTable.of(r, "CRPS", null, 0.05))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("test");
        assertThatThrownBy(() -> ComparisonTable.of(null, "CRPS"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("results");
        ComparisonTable t = ComparisonTable.of(r, "CRPS");
        assertThatThrownBy(() -> t.rank("knn", "d1"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("estimator 'knn' is not a row of the CRPS table");
        assertThatThrownBy(() -> t.verdict("d9"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("data set 'd9' is not a column");
    }

    private static double[] ranks(ComparisonTable t, String dataSet) {
        return t.estimators().stream()
            .mapToDouble(e -> t.rank(e, dataSet).orElseThrow()).toArray();
    }
}
