package skpro.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Exact renderings of a 2 x 2 table. On "diabetes" ridge_cv (0.310 ± 0.011) beats the dummy
 * (0.530 ± 0.014; scipy ttest_rel p = 4.2e-6): bold ridge_cv, dagger on the dummy, X helps. On
 * "mpg&co" the dummy's mean 2.233 (se 0.117) is below ridge_cv's 2.242 (se 0.103), p = 0.771:
 * bold dummy, no dagger, no evidence that X helps. Average ranks 1.5 each.
 */
class TableFormatTest {

    private static ComparisonTable twoByTwo() {
        return ComparisonTable.of(BenchmarkResults.builder()
            .metric("CRPS", true)
            .estimator("ridge_cv", false)
            .estimator("dummy", true)
            .losses("ridge_cv", "diabetes", "CRPS", new double[] {0.30, 0.35, 0.28, 0.33, 0.31, 0.29})
            .losses("dummy", "diabetes", "CRPS", new double[] {0.52, 0.55, 0.49, 0.58, 0.50, 0.54})
            .losses("ridge_cv", "mpg&co", "CRPS", new double[] {2.10, 2.45, 1.95, 2.30, 2.60, 2.05})
            .losses("dummy", "mpg&co", "CRPS", new double[] {2.05, 2.50, 1.90, 2.20, 2.65, 2.10})
            .build(), "CRPS");
    }

    private static final String LEGEND_TAIL = "standard error of the per-row CRPS (lower is better); "
        + "in parentheses the rank on the data set (1 = best, ties averaged); bold: best on the data "
        + "set; ";

    private static final String SIGNIFICANCE = "(paired t-test, Holm-adjusted p < 0.05)";

    @Test
    void markdown() {
        assertThat(TableFormat.MARKDOWN.render(twoByTwo())).isEqualTo(
            "| CRPS (lower is better) | diabetes | mpg&co | avg. rank |\n"
            + "|---|---:|---:|---:|\n"
            + "| ridge\\_cv | **0.310 ± 0.011** (1) | 2.24 ± 0.10 (2) | 1.50 |\n"
            + "| dummy (uninformed) | 0.530 ± 0.014 (2)† | **2.23 ± 0.12** (1) | 1.50 |\n"
            + "| X helps? (p < 0.05) | X helps | no evidence that X helps |  |\n"
            + "\n"
            + "Mean ± " + LEGEND_TAIL + "†: significantly worse than the best " + SIGNIFICANCE
            + ". X helps: some estimator that uses X beats the best uninformed baseline, one that"
            + " ignores X " + SIGNIFICANCE + ".\n");
    }

    @Test
    void summaryTableShowsMeansAndStandardErrorsWithoutRanks() {
        // coverage indicators: ridge 5 of 6 covered (mean 0.833, sd 0.408, se 0.167), dummy 6 of 6
        BenchmarkResults r = BenchmarkResults.builder()
            .metric("EmpiricalCoverage", false)
            .estimator("ridge_cv", false)
            .estimator("dummy", true)
            .losses("ridge_cv", "diabetes", "EmpiricalCoverage", new double[] {1, 1, 0, 1, 1, 1})
            .losses("dummy", "diabetes", "EmpiricalCoverage", new double[] {1, 1, 1, 1, 1, 1})
            .build();
        assertThat(TableFormat.MARKDOWN.renderSummary(r, "EmpiricalCoverage", "ideally 0.9")).isEqualTo(
            "| EmpiricalCoverage | diabetes |\n"
            + "|---|---:|\n"
            + "| ridge\\_cv | 0.83 ± 0.17 |\n"
            + "| dummy (uninformed) | 1.000 ± 0.000 |\n"
            + "\n"
            + "Mean ± standard error over the test rows; ideally 0.9.\n");
        assertThat(TableFormat.CSV.renderSummary(r, "EmpiricalCoverage", "ideally 0.9")).startsWith(
            "EmpiricalCoverage,diabetes\nridge_cv,0.83 ± 0.17\n");
        assertThatThrownBy(() -> TableFormat.CSV.renderSummary(r, "CRPS", "x")).hasMessageContaining("'CRPS'");
    }

    @Test
    void csv() {
        assertThat(TableFormat.CSV.render(twoByTwo())).isEqualTo(
            "CRPS (lower is better),diabetes,mpg&co,avg. rank\n"
            + "ridge_cv,0.310 ± 0.011 (1),2.24 ± 0.10 (2),1.50\n"
            + "dummy (uninformed),0.530 ± 0.014 (2)†,2.23 ± 0.12 (1),1.50\n"
            + "X helps? (p < 0.05),X helps,no evidence that X helps,\n");
    }

    @Test
    void html() {
        assertThat(TableFormat.HTML.render(twoByTwo())).isEqualTo(
            "<table>\n<thead>\n"
            + "<tr><th>CRPS (lower is better)</th><th>diabetes</th><th>mpg&amp;co</th>"
            + "<th>avg. rank</th></tr>\n"
            + "</thead>\n<tbody>\n"
            + "<tr><td>ridge_cv</td><td><b>0.310 &plusmn; 0.011</b> (1)</td>"
            + "<td>2.24 &plusmn; 0.10 (2)</td><td>1.50</td></tr>\n"
            + "<tr><td>dummy (uninformed)</td><td>0.530 &plusmn; 0.014 (2)&dagger;</td>"
            + "<td><b>2.23 &plusmn; 0.12</b> (1)</td><td>1.50</td></tr>\n"
            + "</tbody>\n<tfoot>\n"
            + "<tr><td>X helps? (p &lt; 0.05)</td><td>X helps</td>"
            + "<td>no evidence that X helps</td><td></td></tr>\n"
            + "</tfoot>\n</table>\n"
            + "<p>Mean &plusmn; " + LEGEND_TAIL + "&dagger;: significantly worse than the best "
            + SIGNIFICANCE.replace("<", "&lt;") + ". X helps: some estimator that uses X beats the"
            + " best uninformed baseline, one that ignores X " + SIGNIFICANCE.replace("<", "&lt;")
            + ".</p>\n");
    }

    @Test
    void latex() {
        String sig = "(paired t-test, Holm-adjusted p \\textless{} 0.05)";
        assertThat(TableFormat.LATEX.render(twoByTwo())).isEqualTo(
            "\\begin{tabular}{lrrr}\n\\hline\n"
            + "CRPS (lower is better) & diabetes & mpg\\&co & avg. rank \\\\\n"
            + "\\hline\n"
            + "ridge\\_cv & \\textbf{0.310 $\\pm$ 0.011} (1) & 2.24 $\\pm$ 0.10 (2) & 1.50 \\\\\n"
            + "dummy (uninformed) & 0.530 $\\pm$ 0.014 (2)$^\\dagger$ & \\textbf{2.23 $\\pm$ 0.12} (1)"
            + " & 1.50 \\\\\n"
            + "\\hline\n"
            + "X helps? (p \\textless{} 0.05) & X helps & no evidence that X helps &  \\\\\n"
            + "\\hline\n\\end{tabular}\n\n"
            + "Mean $\\pm$ " + LEGEND_TAIL + "$^\\dagger$: significantly worse than the best " + sig
            + ". X helps: some estimator that uses X beats the best uninformed baseline, one that"
            + " ignores X " + sig + ".\n");
    }

    @Test
    void namesAreEscapedForEachFormat() {
        String name = "a_b%c&d#e$f{g}~h^i\\j|k*l<m>n\"o'p,q";
        assertThat(TableFormat.LATEX.escape(name)).isEqualTo(
            "a\\_b\\%c\\&d\\#e\\$f\\{g\\}\\textasciitilde{}h\\textasciicircum{}i\\textbackslash{}j"
            + "|k*l\\textless{}m\\textgreater{}n\"o'p,q");
        assertThat(TableFormat.HTML.escape(name))
            .isEqualTo("a_b%c&amp;d#e$f{g}~h^i\\j|k*l&lt;m&gt;n&quot;o&#39;p,q");
        assertThat(TableFormat.MARKDOWN.escape(name))
            .isEqualTo("a\\_b%c&d#e$f{g}~h^i\\\\j\\|k\\*l<m>n\"o'p,q");
        // CSV quotes the whole field and doubles its quotes
        ComparisonTable t = ComparisonTable.of(BenchmarkResults.builder().metric("m", false)
            .estimator("x", false).estimator(name, false)
            .losses("x", "d", "m", new double[] {1, 2}).losses(name, "d", "m", new double[] {1, 3})
            .build(), "m");
        assertThat(TableFormat.CSV.render(t)).isEqualTo(
            "m (higher is better),d,avg. rank\n"
            + "x,1.50 ± 0.50 (2),2.00\n"
            + "\"a_b%c&d#e$f{g}~h^i\\j|k*l<m>n\"\"o'p,q\",2.0 ± 1.0 (1),1.00\n"
            + "X helps? (p < 0.05),not tested: no uninformed baseline,\n");
    }

    @Test
    void digitsFollowTheStandardError() {
        assertThat(TableFormat.decimals(0.412, 0.0131)).isEqualTo(3);
        assertThat(TableFormat.decimals(412.0, 13.1)).isEqualTo(0);
        assertThat(TableFormat.decimals(412.0, 1310.0)).isEqualTo(0);
        assertThat(TableFormat.decimals(0.5, 0.1)).isEqualTo(2);
        assertThat(TableFormat.decimals(0.5, 0.099)).isEqualTo(3);
        assertThat(TableFormat.decimals(1234.5, 0.0)).isEqualTo(0);
        assertThat(TableFormat.decimals(0.012345, 0.0)).isEqualTo(5);
        assertThat(TableFormat.decimals(0.0, 0.0)).isEqualTo(0);
        assertThat(TableFormat.decimals(1.0, 1e-30)).isEqualTo(15);
        assertThat(TableFormat.fixed(-0.0004, 3)).isEqualTo("0.000");
        assertThat(TableFormat.fixed(-0.0005, 3)).isEqualTo("-0.001");
        assertThat(TableFormat.fixed(-12.25, 1)).isEqualTo("-12.3");
    }

    @Test
    void missingCellsAndHalfRanks() {
        ComparisonTable t = ComparisonTable.of(BenchmarkResults.builder().metric("m", true)
            .estimator("a", false).estimator("b", false).estimator("c", false)
            .losses("a", "d1", "m", new double[] {1, 3}).losses("b", "d1", "m", new double[] {0, 4})
            .losses("c", "d2", "m", new double[] {1, 1})
            .build(), "m");
        assertThat(TableFormat.CSV.render(t)).isEqualTo(
            "m (lower is better),d1,d2,avg. rank\n"
            + "a,2.0 ± 1.0 (1.5),n/a,1.50\n"
            + "b,2.0 ± 2.0 (1.5),n/a,1.50\n"
            + "c,n/a,1.000 ± 0.000 (1),1.00\n"
            + "X helps? (p < 0.05),not tested: no uninformed baseline,"
            + "not tested: no uninformed baseline,\n");
    }

    @Test
    void nullTableIsRejected() {
        assertThatThrownBy(() -> TableFormat.HTML.render(null))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("table");
    }
}
