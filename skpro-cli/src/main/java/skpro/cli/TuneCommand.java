package skpro.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import skpro.datasets.Dataset;
import skpro.metrics.ScoringRule;
import skpro.modelselection.CandidateResult;
import skpro.modelselection.GridSearchCV;
import skpro.modelselection.RandomizedSearchCV;
import skpro.modelselection.SearchModel;
import skpro.modelselection.Splitter;
import skpro.regression.ProbaRegressor;

/**
 * {@code skpro tune}: grid (or randomized) search over named parameters, printing every
 * candidate's mean score ± SE over folds, its rank and times, and the best parameters.
 */
@Command(name = "tune", mixinStandardHelpOptions = true,
    description = "Grid or randomized search of an estimator's parameters by cross-validation.")
final class TuneCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    OneEstimatorOptions one;

    @Option(names = {"-g", "--grid"}, required = true, paramLabel = "PARAM=V1|V2|...",
        description = "Values of one parameter (nested names with __); repeatable.")
    List<String> grid = new ArrayList<>();

    @Option(names = "--scoring", defaultValue = "CRPS", description = "The metric (default: ${DEFAULT-VALUE}).")
    String scoring;

    @Option(names = "--random", paramLabel = "N",
        description = "Randomized search: N candidates drawn (with the seed) from the grid's values.")
    Integer random;

    @Override
    public Integer call() throws IOException {
        ProbaRegressor base = Usage.value(spec, "--estimator", () -> EstimatorSpecs.proba(one.estimator));
        Map<String, List<Object>> values = new LinkedHashMap<>();
        for (String g : grid) {
            int eq = g.indexOf('=');
            if (eq <= 0) {
                Usage.value(spec, "--grid", () -> {
                    throw new IllegalArgumentException("'" + g + "' is not of the form PARAM=V1|V2|...");
                });
            }
            String param = g.substring(0, eq).trim();
            List<Object> list = new ArrayList<>();
            for (String v : g.substring(eq + 1).split("\\|", -1)) {
                list.add(Usage.value(spec, "--grid", () -> EstimatorSpecs.value(base, param, v)));
            }
            values.put(param, list);
        }
        Dataset d = Usage.parse(spec, "--data", () -> DataSpecs.parse(one.data, common.dataDir()));
        Splitter cv = Usage.value(spec, "--splitter", () -> SplitterSpecs.parse(common.splitter, common.seed));
        ScoringRule rule = Usage.value(spec, "--scoring", () -> MetricSpecs.parse(scoring));
        ProbaRegressor search = Usage.value(spec, "--grid", () -> random == null
            ? GridSearchCV.of(base, values).withCv(cv).withScoring(rule).withThreads(common.threads)
            : RandomizedSearchCV.of(base, values, random, common.seed).withCv(cv).withScoring(rule)
                .withThreads(common.threads));
        SearchModel model = (SearchModel) search.fit(d.x(), d.y());
        common.emit(render(model, rule), spec.commandLine().getOut());
        return Skpro.OK;
    }

    private static String render(SearchModel model, ScoringRule rule) {
        StringBuilder sb = new StringBuilder();
        sb.append("| rank | params | ").append(rule.name()).append(" mean ± SE (folds) | fit s | score s |\n")
            .append("|---:|---|---:|---:|---:|\n");
        List<CandidateResult> sorted = new ArrayList<>(model.results().candidates());
        sorted.sort((a, b) -> Integer.compare(a.rank(), b.rank()));
        for (CandidateResult c : sorted) {
            sb.append(String.format(Locale.ROOT, "| %d | %s | %.4f ± %.4f | %.4f | %.4f |%n", c.rank(), c.params(),
                c.meanScore(), c.standardError(), c.meanFitSeconds(), c.meanScoreSeconds()));
        }
        sb.append("\nBest: ").append(model.bestParams()).append(String.format(Locale.ROOT, " (%s %.4f ± %.4f)%n",
            rule.name(), model.bestScore().mean(), model.bestScore().standardError()));
        return sb.toString();
    }
}
