package skpro.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import skpro.benchmarking.Benchmark;
import skpro.benchmarking.BenchmarkResults;
import skpro.benchmarking.ComparisonTable;
import skpro.benchmarking.TableFormat;
import skpro.datasets.Dataset;
import skpro.datasets.Datasets;
import skpro.datasets.SplitDataset;
import skpro.metrics.PairedTest;
import skpro.metrics.ScoringRule;
import skpro.modelselection.PredefinedSplits;
import skpro.modelselection.Splitter;
import skpro.regression.ProbaRegressor;

/**
 * {@code skpro benchmark}: estimators x data sets x metrics, then one comparison table per proper
 * metric (mean ± SE, ranks, paired tests, the independence verdict) and a coverage table.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
    description = {"Compare estimators on data sets with proper scoring rules.",
        "Defaults: the embedded data sets, a set of baselines and residual models, CRPS, LogLoss, "
            + "IntervalScore and EmpiricalCoverage at 90 %%, 5-fold CV."})
final class BenchmarkCommand implements Callable<Integer> {

    /** Output formats: the table renderers, or the raw results as JSON. */
    enum Format { MARKDOWN, CSV, HTML, LATEX, JSON }

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = {"-d", "--data"}, paramLabel = "DATA",
        description = "An embedded name (see 'skpro list datasets'), uci:NAME or FILE.csv:TARGET; repeatable. "
            + "Default: every embedded data set.")
    List<String> data = new ArrayList<>();

    @Option(names = {"-e", "--estimator"}, paramLabel = "SPEC",
        description = "Name[#k][:param=value,...] from 'skpro list estimators'; repeatable.")
    List<String> estimators = new ArrayList<>();

    @Option(names = {"-b", "--baseline"}, paramLabel = "SPEC",
        description = "An estimator that ignores X (a reference of the independence verdict); repeatable. "
            + "DummyProbaRegressor is always one.")
    List<String> baselines = new ArrayList<>();

    @Option(names = {"-m", "--metric"}, paramLabel = "SPEC",
        description = "CRPS, LogLoss, IntervalScore:0.9, EmpiricalCoverage:0.9, ... (see 'skpro list metrics'); "
            + "repeatable.")
    List<String> metrics = new ArrayList<>();

    @Option(names = {"-f", "--format"}, defaultValue = "MARKDOWN",
        description = "${COMPLETION-CANDIDATES} (case-insensitive; default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--test", defaultValue = "T_TEST",
        description = "Paired test: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    PairedTest test;

    @Option(names = "--level", defaultValue = "0.05", description = "Significance level (default: ${DEFAULT-VALUE}).")
    double level;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        if (!(level > 0.0 && level < 1.0)) {
            Usage.value(spec, "--level", () -> {
                throw new IllegalArgumentException("must be in (0, 1), got " + level);
            });
        }
        boolean published = common.splitter.trim().equalsIgnoreCase(SplitterSpecs.PUBLISHED);
        Splitter splitter = Usage.value(spec, "--splitter", () -> SplitterSpecs.parse(
            published ? SplitterSpecs.DEFAULT : common.splitter, common.seed));
        List<ScoringRule> rules = new ArrayList<>();
        for (String m : metrics.isEmpty() ? MetricSpecs.DEFAULTS : metrics) {
            rules.add(Usage.value(spec, "--metric", () -> MetricSpecs.parse(m)));
        }
        Benchmark benchmark = Usage.value(spec, "--metric",
            () -> Benchmark.of(splitter, rules.toArray(new ScoringRule[0])));
        for (String e : estimators.isEmpty() ? EstimatorSpecs.DEFAULTS : estimators) {
            ProbaRegressor r = Usage.value(spec, "--estimator", () -> EstimatorSpecs.proba(e));
            Benchmark b = benchmark;
            benchmark = Usage.value(spec, "--estimator", () -> EstimatorSpecs.isUninformed(r)
                ? b.withBaseline(e, r) : b.withEstimator(e, r));
        }
        for (String e : baselines) {
            ProbaRegressor r = Usage.value(spec, "--baseline", () -> EstimatorSpecs.proba(e));
            Benchmark b = benchmark;
            benchmark = Usage.value(spec, "--baseline", () -> b.withBaseline(e, r));
        }
        List<Dataset> sets = new ArrayList<>();
        if (data.isEmpty()) {
            sets.addAll(Datasets.embedded());
        }
        for (String d : data) {
            if (published) {
                if (!d.startsWith("uci:")) {
                    Usage.value(spec, "--splitter", () -> {
                        throw new IllegalArgumentException("'published' needs uci:NAME data sets, got '" + d + "'");
                    });
                }
                SplitDataset u = Usage.parse(spec, "--data", () -> DataSpecs.uci(d, common.dataDir()));
                if (u.numSplits() == 0) {
                    Usage.value(spec, "--splitter", () -> {
                        throw new IllegalArgumentException(d + " has no published splits");
                    });
                }
                Benchmark b = benchmark;
                benchmark = b.withSplits(u.dataset().name(), PredefinedSplits.of(u.splits()));
                sets.add(u.dataset());
            } else {
                sets.add(Usage.parse(spec, "--data", () -> DataSpecs.parse(d, common.dataDir())));
            }
        }
        if (published && data.isEmpty()) {
            Usage.value(spec, "--splitter", () -> {
                throw new IllegalArgumentException("'published' needs uci:NAME data sets (-d uci:concrete ...)");
            });
        }
        java.io.PrintWriter err = spec.commandLine().getErr();
        if (!quiet) {
            benchmark = benchmark.withProgress(line -> {
                err.println(line);
                err.flush();
            });
        }
        Benchmark.Run run = benchmark.withThreads(Usage.value(spec, "--threads", () -> positive(common.threads)))
            .run(sets);
        common.emit(render(run.results(), rules), spec.commandLine().getOut());
        for (String f : run.failures()) {
            err.println("warning: " + f);
        }
        if (!quiet) {
            err.printf(Locale.ROOT, "benchmark: %d estimators x %d data sets in %.1f s%n",
                run.results().estimators().size(), sets.size(), (System.nanoTime() - start) / 1e9);
        }
        err.flush();
        return run.failures().isEmpty() ? Skpro.OK : Skpro.PARTIAL;
    }

    private static int positive(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("must be >= 1, got " + threads);
        }
        return threads;
    }

    private String render(BenchmarkResults results, List<ScoringRule> rules) {
        if (format == Format.JSON) {
            return results.toJson() + "\n";
        }
        TableFormat tf = TableFormat.valueOf(format.name());
        StringBuilder out = new StringBuilder();
        for (ScoringRule r : rules) {
            if (!anyCell(results, r.name())) {
                out.append(heading(tf, r.name())).append(tf == TableFormat.CSV ? "" : "No estimator has a finite "
                    + r.name() + " on any data set (see the warnings on stderr).\n").append('\n');
            } else if (MetricSpecs.isCoverage(r)) {
                double[] c = ((skpro.metrics.IntervalMetric) r).coverages();
                out.append(heading(tf, r.name())).append(tf.renderSummary(results, r.name(),
                    "the share of test rows inside the central interval(s) of nominal coverage "
                        + java.util.Arrays.toString(c) + ", which it should match (not ranked)")).append('\n');
            } else {
                out.append(heading(tf, r.name())).append(tf.render(ComparisonTable.of(results, r.name(), test, level)))
                    .append('\n');
            }
        }
        return out.toString();
    }

    private static boolean anyCell(BenchmarkResults results, String metric) {
        for (String e : results.estimators()) {
            for (String d : results.dataSets()) {
                if (results.has(e, d, metric)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String heading(TableFormat tf, String metric) {
        switch (tf) {
            case MARKDOWN:
                return "## " + metric + "\n\n";
            case HTML:
                return "<h2>" + metric + "</h2>\n";
            case LATEX:
                return "% " + metric + "\n";
            default:
                return "";
        }
    }
}
