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
import skpro.datasets.Dataset;
import skpro.metrics.MeanEstimate;
import skpro.metrics.ScoringRule;
import skpro.modelselection.ErrorPolicy;
import skpro.modelselection.Evaluation;
import skpro.modelselection.EvaluationResult;
import skpro.modelselection.FoldResult;
import skpro.modelselection.Splitter;
import skpro.regression.ProbaRegressor;

/**
 * {@code skpro evaluate}: one estimator on one data set, fold by fold (skpro's {@code evaluate}),
 * as a Markdown table: per fold the sizes, times and mean losses, then the pooled mean ± SE.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Cross-validate one estimator on one data set: per-fold scores and times, pooled mean ± SE.")
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    OneEstimatorOptions one;

    @Option(names = {"-m", "--metric"}, paramLabel = "SPEC", description = "Repeatable; default CRPS and LogLoss.")
    List<String> metrics = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        ProbaRegressor r = Usage.value(spec, "--estimator", () -> EstimatorSpecs.proba(one.estimator));
        Dataset d = Usage.parse(spec, "--data", () -> DataSpecs.parse(one.data, common.dataDir()));
        Splitter splitter = Usage.value(spec, "--splitter", () -> SplitterSpecs.parse(common.splitter, common.seed));
        List<ScoringRule> rules = new ArrayList<>();
        for (String m : metrics.isEmpty() ? List.of("CRPS", "LogLoss") : metrics) {
            rules.add(Usage.value(spec, "--metric", () -> MetricSpecs.parse(m)));
        }
        Evaluation evaluation = Usage.value(spec, "--threads",
            () -> Evaluation.of().withThreads(common.threads).withErrorPolicy(ErrorPolicy.RECORD));
        EvaluationResult result = Usage.value(spec, "--metric",
            () -> evaluation.run(r, splitter, d.x(), d.y(), rules.toArray(new ScoringRule[0])));
        common.emit(render(result, d), spec.commandLine().getOut());
        for (FoldResult f : result.folds()) {
            if (!f.succeeded()) {
                spec.commandLine().getErr().println("warning: fold " + f.index() + " failed: " + f.errorClass() + ": "
                    + f.errorMessage());
            }
        }
        spec.commandLine().getErr().flush();
        return result.numFailed() == 0 ? Skpro.OK : Skpro.FAILED;
    }

    private String render(EvaluationResult result, Dataset d) {
        StringBuilder sb = new StringBuilder();
        sb.append("Estimator: ").append(one.estimator).append("\nData: ").append(d.name()).append(" (")
            .append(d.numRows()).append(" x ").append(d.numFeatures()).append(")\n\n");
        List<String> names = result.metricNames();
        sb.append("| fold | train | test | fit s | predict s |");
        for (String m : names) {
            sb.append(' ').append(m).append(" |");
        }
        sb.append("\n|---:|---:|---:|---:|---:|").append("---:|".repeat(names.size())).append('\n');
        for (FoldResult f : result.folds()) {
            sb.append(String.format(Locale.ROOT, "| %d | %d | %d | %.4f | %.4f |", f.index(), f.trainSize(),
                f.testSize(), f.fitSeconds(), f.predictSeconds()));
            for (String m : names) {
                sb.append(f.succeeded() ? String.format(Locale.ROOT, " %.4f |", f.score(m)) : " failed |");
            }
            sb.append('\n');
        }
        sb.append("\n| metric | pooled mean ± SE (rows) | mean ± SE over folds |\n|---|---:|---:|\n");
        if (result.numFailed() < result.folds().size()) {
            for (String m : names) {
                MeanEstimate p = result.pooledEstimate(m);
                MeanEstimate f = result.foldEstimate(m);
                sb.append(String.format(Locale.ROOT, "| %s | %.4f ± %.4f (%d) | %.4f ± %.4f |%n", m, p.mean(),
                    p.standardError(), p.n(), f.mean(), f.standardError()));
            }
        }
        return sb.toString();
    }
}
