package skpro.benchmarking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import skpro.metrics.MeanEstimate;
import skpro.metrics.PairedTest;

/**
 * Renders a {@link ComparisonTable} as text: one row per estimator, one column per data set, an
 * average-rank column, and a footer row with each data set's predictive independence verdict.
 *
 * <p>A cell reads {@code 0.412 ± 0.013 (2)†}: the mean loss and its standard error, the standard
 * error to two significant digits and the mean to the same decimals (with a standard error of 0,
 * the mean to four significant digits); the rank on the data set in parentheses (ties averaged,
 * e.g. {@code (1.5)}); the best estimators of the column in bold (all those tied for rank min); a
 * dagger where the estimator is significantly worse than the best (Holm-adjusted p below the
 * level). {@code n/a} marks an estimator without losses on a data set. Uninformed baselines are
 * named with the suffix {@code (uninformed)}. The average rank has two decimals. Every format but
 * CSV ends with a legend that states the metric, the test and the level.
 *
 * <p>Names (estimators, data sets, the metric) are escaped for the format. Lines end with
 * {@code \n}.
 */
public enum TableFormat {
    /**
     * A GitHub-flavoured Markdown table, the verdicts as its last row, the legend as a paragraph
     * below; bold as {@code **...**}; {@code \ | * _ `} in names escaped with a backslash.
     */
    MARKDOWN("**", "**", " \u00b1 ", "\u2020") {
        @Override
        String replacement(char c) {
            return "\\|*_`".indexOf(c) >= 0 ? "\\" + c : null;
        }

        @Override
        String row(List<String> cells, boolean header) {
            return "| " + String.join(" | ", cells) + " |\n";
        }

        @Override
        String afterHeader(int columns) {
            return "|---" + "|---:".repeat(columns - 1) + "|\n";
        }
    },
    /**
     * Comma-separated values (RFC 4180 quoting: a field holding a comma, a quote or a line break
     * is quoted, its quotes doubled); cells as in the other formats but without bold; the
     * verdicts as the last row; no legend.
     */
    CSV("", "", " \u00b1 ", "\u2020") {
        @Override
        String replacement(char c) {
            return null;
        }

        @Override
        String row(List<String> cells, boolean header) {
            List<String> quoted = new ArrayList<>(cells.size());
            for (String field : cells) {
                boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0
                    || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0;
                quoted.add(quote ? '"' + field.replace("\"", "\"\"") + '"' : field);
            }
            return String.join(",", quoted) + "\n";
        }

        @Override
        String end(String legend) {
            return "";
        }
    },
    /**
     * An HTML {@code <table>} with {@code <thead>}, {@code <tbody>} and {@code <tfoot>} (the
     * verdicts), followed by the legend in a {@code <p>}; bold as {@code <b>}; {@code & < > " '}
     * escaped as entities.
     */
    HTML("<b>", "</b>", " &plusmn; ", "&dagger;") {
        @Override
        String replacement(char c) {
            return switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
        }

        @Override
        String row(List<String> cells, boolean header) {
            String cell = header ? "th" : "td";
            return "<tr><" + cell + ">" + String.join("</" + cell + "><" + cell + ">", cells)
                + "</" + cell + "></tr>\n";
        }

        @Override
        String begin(int columns) {
            return "<table>\n<thead>\n";
        }

        @Override
        String afterHeader(int columns) {
            return "</thead>\n<tbody>\n";
        }

        @Override
        String beforeFooter() {
            return "</tbody>\n<tfoot>\n";
        }

        @Override
        String end(String legend) {
            return "</tfoot>\n</table>\n<p>" + legend + "</p>\n";
        }
    },
    /**
     * A LaTeX {@code tabular} (no packages needed: rules by {@code \hline}) followed by the legend;
     * bold as {@code \textbf}; {@code \ { } $ & % # _ ~ ^ < >} escaped.
     */
    LATEX("\\textbf{", "}", " $\\pm$ ", "$^\\dagger$") {
        @Override
        String replacement(char c) {
            return switch (c) {
                case '\\' -> "\\textbackslash{}";
                case '~' -> "\\textasciitilde{}";
                case '^' -> "\\textasciicircum{}";
                case '<' -> "\\textless{}";
                case '>' -> "\\textgreater{}";
                case '{', '}', '$', '&', '%', '#', '_' -> "\\" + c;
                default -> null;
            };
        }

        @Override
        String row(List<String> cells, boolean header) {
            return String.join(" & ", cells) + " \\\\\n";
        }

        @Override
        String begin(int columns) {
            return "\\begin{tabular}{l" + "r".repeat(columns - 1) + "}\n\\hline\n";
        }

        @Override
        String afterHeader(int columns) {
            return "\\hline\n";
        }

        @Override
        String beforeFooter() {
            return "\\hline\n";
        }

        @Override
        String end(String legend) {
            return "\\hline\n\\end{tabular}\n\n" + legend + "\n";
        }
    };

    private final String boldOpen;
    private final String boldClose;
    private final String plusMinus;
    private final String dagger;

    TableFormat(String boldOpen, String boldClose, String plusMinus, String dagger) {
        this.boldOpen = boldOpen;
        this.boldClose = boldClose;
        this.plusMinus = plusMinus;
        this.dagger = dagger;
    }

    /** The escaped form of a character of plain text, or null to keep it. */
    abstract String replacement(char c);

    /** One row of escaped cells, with its line end. */
    abstract String row(List<String> cells, boolean header);

    /** What precedes the header row of a table with {@code columns} columns. */
    String begin(int columns) {
        return "";
    }

    /** What follows the header row. */
    String afterHeader(int columns) {
        return "";
    }

    /** What precedes the footer row (the verdicts). */
    String beforeFooter() {
        return "";
    }

    /** What follows the footer row: the legend, by default as a paragraph below the table. */
    String end(String legend) {
        return "\n" + legend + "\n";
    }

    /** Plain text (a name, a label) escaped for the format. */
    String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = replacement(c);
            if (r == null) {
                sb.append(c);
            } else {
                sb.append(r);
            }
        }
        return sb.toString();
    }

    /**
     * @param table the table
     * @return the table in this format
     * @throws IllegalArgumentException if {@code table} is null
     */
    public String render(ComparisonTable table) {
        if (table == null) {
            throw new IllegalArgumentException("table must not be null");
        }
        int k = table.rows();
        int m = table.columns();
        List<String> names = table.estimators();
        List<String> dataSets = table.dataSets();
        String level = BigDecimal.valueOf(table.level()).stripTrailingZeros().toPlainString();

        List<String> header = new ArrayList<>(m + 2);
        header.add(escape(table.metric() + (table.lowerIsBetter() ? " (lower is better)"
            : " (higher is better)")));
        for (String d : dataSets) {
            header.add(escape(d));
        }
        header.add(escape("avg. rank"));

        List<List<String>> body = new ArrayList<>(k);
        for (int e = 0; e < k; e++) {
            List<String> r = new ArrayList<>(m + 2);
            r.add(escape(names.get(e) + (table.uninformedAt(e) ? " (uninformed)" : "")));
            for (int j = 0; j < m; j++) {
                r.add(cell(table, e, j));
            }
            r.add(String.format(Locale.ROOT, "%.2f", table.averageRankAt(e)));
            body.add(r);
        }

        List<String> footer = new ArrayList<>(m + 2);
        footer.add(escape("X helps? (p < " + level + ")"));
        for (int j = 0; j < m; j++) {
            footer.add(escape(table.verdictAt(j).label()));
        }
        footer.add("");

        String testName = table.test() == PairedTest.T_TEST ? "paired t-test"
            : "Wilcoxon signed-rank test";
        String significance = " (" + testName + ", Holm-adjusted p < " + level + ")";
        String legend = escape("Mean") + plusMinus
            + escape("standard error of the per-row " + table.metric() + " ("
                + (table.lowerIsBetter() ? "lower" : "higher") + " is better); in parentheses the "
                + "rank on the data set (1 = best, ties averaged); bold: best on the data set; ")
            + dagger + escape(": significantly worse than the best" + significance
                + ". X helps: some estimator that uses X beats the best uninformed baseline, one"
                + " that ignores X" + significance + ".");

        int columns = header.size();
        StringBuilder sb = new StringBuilder(begin(columns)).append(row(header, true))
            .append(afterHeader(columns));
        for (List<String> r : body) {
            sb.append(row(r, false));
        }
        sb.append(beforeFooter()).append(row(footer, false)).append(end(legend));
        return sb.toString();
    }

    /**
     * An unranked table of one metric that is reported, not optimised, such as the empirical
     * coverage of an interval: mean ± standard error per estimator and data set, no ranks, bold
     * or tests, and a legend stating the target.
     *
     * @param results the benchmark's losses
     * @param metric a metric of {@code results}
     * @param legend what the values mean and what they should be, e.g. "coverage of the central
     *     90 % interval: ideally 0.9"
     * @return the table in this format
     * @throws IllegalArgumentException if an argument is null or the metric is unknown
     */
    public String renderSummary(BenchmarkResults results, String metric, String legend) {
        if (results == null || legend == null) {
            throw new IllegalArgumentException("results and legend must not be null");
        }
        if (!results.metrics().contains(metric)) {
            throw new IllegalArgumentException("metric '" + metric + "' is not among " + results.metrics());
        }
        List<String> dataSets = results.dataSets();
        List<String> header = new ArrayList<>(dataSets.size() + 1);
        header.add(escape(metric));
        for (String d : dataSets) {
            header.add(escape(d));
        }
        int columns = header.size();
        StringBuilder sb = new StringBuilder(begin(columns)).append(row(header, true)).append(afterHeader(columns));
        for (String e : results.estimators()) {
            List<String> r = new ArrayList<>(columns);
            r.add(escape(e + (results.isUninformed(e) ? " (uninformed)" : "")));
            for (String d : dataSets) {
                if (!results.has(e, d, metric)) {
                    r.add(escape("n/a"));
                    continue;
                }
                MeanEstimate c = MeanEstimate.of(results.losses(e, d, metric));
                int dec = decimals(c.mean(), c.standardError());
                r.add(fixed(c.mean(), dec) + plusMinus + fixed(c.standardError(), dec));
            }
            sb.append(row(r, false));
        }
        String note = escape("Mean") + plusMinus + escape("standard error over the test rows; " + legend + ".");
        return sb.append(end(note)).toString();
    }

    /** {@code mean ± se (rank)}, bold when best, with a dagger when significantly worse. */
    private String cell(ComparisonTable table, int e, int j) {
        MeanEstimate c = table.cell(e, j);
        if (c == null) {
            return escape("n/a");
        }
        int d = decimals(c.mean(), c.standardError());
        String v = fixed(c.mean(), d) + plusMinus + fixed(c.standardError(), d);
        if (table.isBestAt(e, j)) {
            v = boldOpen + v + boldClose;
        }
        double r = table.rankAt(e, j);
        v += " (" + (r == Math.rint(r) ? Integer.toString((int) r)
            : String.format(Locale.ROOT, "%.1f", r)) + ")";
        return table.worse(e, j) ? v + dagger : v;
    }

    /**
     * Decimals that show the standard error with two significant digits; with a standard error of
     * 0, the mean with four; within [0, 15].
     */
    static int decimals(double mean, double standardError) {
        int d;
        if (standardError > 0.0) {
            d = 1 - (int) Math.floor(Math.log10(standardError));
        } else if (mean != 0.0) {
            d = 3 - (int) Math.floor(Math.log10(Math.abs(mean)));
        } else {
            d = 0;
        }
        return Math.max(0, Math.min(15, d));
    }

    /** Fixed notation without a minus sign on a value that rounds to zero. */
    static String fixed(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        return s.startsWith("-") && s.chars().noneMatch(ch -> ch >= '1' && ch <= '9')
            ? s.substring(1) : s;
    }
}
