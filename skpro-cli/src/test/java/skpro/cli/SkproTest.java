package skpro.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import skpro.benchmarking.BenchmarkResults;

/** The command line run in-process: outputs, exit codes and messages a script relies on. */
class SkproTest {

    /** stdout, stderr and the exit code of one run. */
    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Skpro.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void benchmarkPrintsRankedTablesWithVerdictsAndACoverageTable() {
        Result r = run("benchmark", "-d", "diabetes", "-s", "kfold:3",
            "-e", "DummyProbaRegressor:strategy=NORMAL", "-e", "ResidualDouble:estimator=LinearRegression",
            "-m", "CRPS", "-m", "EmpiricalCoverage:0.9");
        assertThat(r.code).as(r.err).isEqualTo(Skpro.OK);
        assertThat(r.out).startsWith("## CRPS\n\n| CRPS (lower is better) | diabetes | avg. rank |")
            .contains("| **ResidualDouble:estimator=LinearRegression** |".replace("| **", "| ").replace("** |", " |"))
            .contains("DummyProbaRegressor:strategy=NORMAL (uninformed)")
            .contains("| X helps? (p < 0.05) | X helps |")
            .contains("## EmpiricalCoverage\n\n| EmpiricalCoverage | diabetes |");
        assertThat(r.err).contains("done    ResidualDouble:estimator=LinearRegression on diabetes (442 rows")
            .contains("benchmark: 2 estimators x 1 data sets in");
    }

    @Test
    void jsonOutputRoundTripsAndResultsDoNotDependOnThreads(@TempDir Path dir) throws IOException {
        Path one = dir.resolve("one.json");
        Path two = dir.resolve("two.json");
        String[] common = {"benchmark", "-q", "-d", "penguins", "-s", "kfold:4", "--seed", "7", "-f", "json",
            "-e", "DummyProbaRegressor", "-e", "ResidualDouble:estimator=Ridge", "-m", "CRPS"};
        assertThat(run(concat(common, "-o", one.toString())).code).isZero();
        assertThat(run(concat(common, "-o", two.toString(), "--threads", "2")).code).isZero();
        BenchmarkResults a = BenchmarkResults.fromJson(Files.readString(one));
        assertThat(a.losses("ResidualDouble:estimator=Ridge", "penguins", "CRPS"))
            .containsExactly(BenchmarkResults.fromJson(Files.readString(two))
                .losses("ResidualDouble:estimator=Ridge", "penguins", "CRPS"));
    }

    @Test
    void publishedSplitsOfUciDataSetsAreUsedWhenAsked(@TempDir Path dir) throws IOException {
        Path data = Path.of(System.getProperty("skpro.shared.dir", "../../shared")).resolve("data");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(data.resolve("uci/yacht.splits.txt")),
            "shared/data/uci is absent: skipping the published-splits check");
        Path out = dir.resolve("yacht.json");
        Result r = run("benchmark", "-q", "--data-dir", data.toString(), "-d", "uci:yacht", "-s", "published",
            "-e", "DummyProbaRegressor:strategy=NORMAL", "-e", "ResidualDouble:estimator=Ridge", "-m", "CRPS",
            "-f", "json", "-o", out.toString());
        assertThat(r.code).as(r.err).isZero();
        int tested = 0;
        for (int[] split : skpro.datasets.UciDatasets.load(data, "yacht").splits()) {
            tested += split.length;
        }
        assertThat(BenchmarkResults.fromJson(Files.readString(out))
            .losses("ResidualDouble:estimator=Ridge", "yacht", "CRPS")).hasSize(tested);
        Result embedded = run("benchmark", "-d", "diabetes", "-s", "published");
        assertThat(embedded.code).isEqualTo(Skpro.USAGE);
        assertThat(embedded.err).contains("'--splitter'").contains("needs uci:NAME");
    }

    @Test
    void failedCellsGiveExitCodeThreeAndAWarning() {
        Result r = run("benchmark", "-q", "-d", "diabetes", "-s", "kfold:3", "-e", "DeltaPointRegressor",
            "-e", "DummyProbaRegressor:strategy=NORMAL", "-m", "LogLoss");
        assertThat(r.code).isEqualTo(Skpro.PARTIAL);
        assertThat(r.err).contains("warning: DeltaPointRegressor on diabetes: LogLoss is Infinity");
        assertThat(r.out).contains("DummyProbaRegressor:strategy=NORMAL (uninformed)")
            .doesNotContain("| DeltaPointRegressor |");
    }

    @Test
    void badOptionsAreUsageErrorsNamingTheOption() {
        Result unknown = run("benchmark", "-e", "NoSuchRegressor");
        assertThat(unknown.code).isEqualTo(Skpro.USAGE);
        assertThat(unknown.err).contains("Invalid value for option '--estimator'").contains("unknown name 'NoSuchRegressor'")
            .contains("ResidualDouble");
        Result param = run("benchmark", "-e", "ResidualDouble:minScale=abc");
        assertThat(param.code).isEqualTo(Skpro.USAGE);
        assertThat(param.err).contains("parameter 'minScale' takes a Double, got 'abc'");
        Result metric = run("benchmark", "-m", "Brier");
        assertThat(metric.code).isEqualTo(Skpro.USAGE);
        assertThat(metric.err).contains("'--metric'").contains("unknown name");
        Result data = run("benchmark", "-d", "nowhere.csv:y");
        assertThat(data.code).isEqualTo(Skpro.USAGE);
        assertThat(data.err).contains("'--data'").contains("no file");
        Result option = run("benchmark", "--no-such-option");
        assertThat(option.code).isEqualTo(Skpro.USAGE);
        assertThat(option.err).contains("Unknown option: '--no-such-option'");
        assertThat(run().code).isEqualTo(Skpro.USAGE);
        assertThat(run("benchmark", "--level", "2").err).contains("'--level'");
    }

    @Test
    void evaluateShowsFoldsAndPooledEstimatesFromACsvFile(@TempDir Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("a,group,y\n");
        for (int i = 0; i < 60; i++) {
            csv.append(i % 7).append(',').append(i % 2 == 0 ? "red" : "blue").append(',')
                .append(2.0 * (i % 7) + (i % 2) + 0.1 * Math.sin(i)).append('\n');
        }
        csv.append("3,,1.0\n");
        Path file = dir.resolve("toy.csv");
        Files.writeString(file, csv);
        Result r = run("evaluate", "-e", "ResidualDouble:estimator=Ridge", "-d", file + ":y",
            "-s", "kfold:5");
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.out).contains("Data: toy (60 x 3)").contains("| 4 | 48 | 12 |")
            .contains("| CRPS | ").contains("(60) |");
    }

    @Test
    void tuneFindsTheBetterFamilyAndListsCandidatesByRank() {
        Result r = run("tune", "-e", "ResidualDouble:estimator=Ridge", "-d", "diabetes", "-s", "kfold:5",
            "-g", "distribution=NORMAL|LAPLACE", "-g", "estimator__alpha=0.01|0.1|1.0");
        assertThat(r.code).as(r.err).isZero();
        // skpro's own grid search picks Laplace with alpha 0.01 on diabetes (peer timings e.1)
        assertThat(r.out).contains("Best: {distribution=LAPLACE, estimator__alpha=0.01}")
            .contains("| 1 | {distribution=LAPLACE, estimator__alpha=0.01} |");
        assertThat(run("tune", "-e", "ResidualDouble", "-d", "diabetes", "-g", "distribution=WEIBULL").err)
            .contains("'--grid'").contains("takes one of [NORMAL, LAPLACE, T, CAUCHY, MEAN_SCALE]");
    }

    @Test
    void listNamesEstimatorsWithNumberedExamplesMetricsAndDataSets() {
        assertThat(run("list").out).contains("  ResidualDouble\n    #1  ResidualDouble{").contains("  Ridge\n")
            .contains("Probabilistic classifiers").contains("  LogisticRegression\n");
        assertThat(run("list", "metrics").out).contains("IntervalScore[:coverages]");
        assertThat(run("list", "DATASETS").out).contains("diamonds").contains("uci:NAME");
        assertThat(run("list", "defaults").out).contains("kfold:5");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
