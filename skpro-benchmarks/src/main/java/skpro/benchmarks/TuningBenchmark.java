package skpro.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import skpro.modelselection.GridSearchCV;
import skpro.modelselection.SearchModel;
import skpro.regression.compose.ResidualDouble;
import skpro.regression.compose.ResidualDouble.Family;
import skpro.regression.linear.Ridge;

/**
 * skpro's e.1 / e.2 ({@code shared/peer/timings.md}): GridSearchCV(ResidualDouble(Ridge)) over
 * distribution in {Normal, Laplace} x estimator__alpha in {0.01, 0.1, 1.0}, KFold(5) without
 * shuffling, CRPS, refit of the best on all rows; one thread. {@code dataset=diabetes} reads
 * {@code data/regression/diabetes.csv} (442 x 10) from the shared folder (system property
 * {@code skpro.shared.dir}, default {@code ../shared}); {@code dataset=synthetic} is 20 000 x 8
 * heteroscedastic linear data.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class TuningBenchmark {

    @Param({"diabetes", "synthetic"})
    String dataset;

    double[][] x;
    double[] y;
    GridSearchCV search;

    @Setup
    public void setUp() throws IOException {
        if ("diabetes".equals(dataset)) {
            readDiabetes(Paths.get(System.getProperty("skpro.shared.dir", "../shared"), "data/regression/diabetes.csv"));
        } else {
            SyntheticData d = SyntheticData.heteroscedastic(20_000, 8, 5);
            x = d.x();
            y = d.y();
        }
        search = GridSearchCV.of(ResidualDouble.of(Ridge.of(1.0)), Map.of(
            "distribution", List.of(Family.NORMAL, Family.LAPLACE),
            "estimator__alpha", List.of(0.01, 0.1, 1.0)));
    }

    private void readDiabetes(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException(file + " not found: run from the repository root beside shared/, or set"
                + " -Dskpro.shared.dir");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int n = lines.size() - 1;
        x = new double[n][10];
        y = new double[n];
        for (int i = 0; i < n; i++) {
            String[] t = lines.get(i + 1).split(",");
            for (int j = 0; j < 10; j++) {
                x[i][j] = Double.parseDouble(t[j]);
            }
            y[i] = Double.parseDouble(t[10]);
        }
    }

    /** e.1 (diabetes) / e.2 (synthetic): the whole search, 6 candidates x 5 folds, then the refit. */
    @Benchmark
    public SearchModel gridSearch() {
        return search.fit(x, y);
    }
}
