package skpro.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the distribution benchmarks on one thread and prints each beside the skpro / scipy figure
 * it corresponds to in {@code shared/peer/timings.md} (column "min s"), with the ratio
 * peer / ours (above 1: we are faster). The peer figure is the fastest of 3 runs, so the ratio
 * uses our fastest iteration too; the mean and its error are printed beside it. Three forks:
 * on a shared 2-core virtual machine one JVM in several runs markedly slower (large-array
 * allocation), and the forks show it.
 *
 * <p>Usage: {@code java -cp benchmarks.jar skpro.benchmarks.PeerReport [path/to/timings.md]}
 * (default {@code ../shared/peer/timings.md}).
 */
public final class PeerReport {

    /** Benchmark method to the peer ids whose times add up to the same work. */
    private static final Map<String, List<String>> PEERS = new LinkedHashMap<>();

    static {
        PEERS.put("NormalBenchmark.construct", List.of("b.0"));
        PEERS.put("NormalBenchmark.pdf", List.of("b.1"));
        PEERS.put("NormalBenchmark.cdf", List.of("b.2"));
        PEERS.put("NormalBenchmark.ppf", List.of("b.3"));
        PEERS.put("NormalBenchmark.logPdf", List.of("b.4"));
        PEERS.put("NormalBenchmark.crpsEnergyTerms100k", List.of("a.3"));
        PEERS.put("NormalBenchmark.crpsEnergyTerms", List.of());
        PEERS.put("EmpiricalBenchmark.construct", List.of("d.0"));
        PEERS.put("EmpiricalBenchmark.energySelf", List.of("d.1"));
        PEERS.put("EmpiricalBenchmark.energyAtY", List.of("d.2"));
        PEERS.put("EmpiricalBenchmark.constructAndEnergyAtY", List.of("d.0", "d.2"));
        PEERS.put("EmpiricalBenchmark.crps", List.of("d.3"));
        PEERS.put("MixtureBenchmark.cdf", List.of());
        PEERS.put("MetricsBenchmark.crpsNormal:rows=100000", List.of("a.3"));
        PEERS.put("RegressionBenchmark.fit", List.of("a.1"));
        PEERS.put("RegressionBenchmark.fitPredictProbaCrps", List.of("a.1", "a.5"));
        PEERS.put("MetricsBenchmark.logLossNormal:rows=100000", List.of("a.4"));
        PEERS.put("MetricsBenchmark.crpsEmpirical:rows=100000", List.of("d.3"));
        PEERS.put("TuningBenchmark.gridSearch:dataset=diabetes", List.of("e.1"));
        PEERS.put("TuningBenchmark.gridSearch:dataset=synthetic", List.of("e.2"));
    }

    private PeerReport() {
    }

    /**
     * @param args optional path of timings.md
     * @throws IOException if the peer file cannot be read
     * @throws RunnerException if JMH fails
     */
    public static void main(String[] args) throws IOException, RunnerException {
        Path peerFile = Paths.get(args.length > 0 ? args[0] : "../shared/peer/timings.md");
        Map<String, Double> peer = readPeerMinima(peerFile);
        Options options = new OptionsBuilder()
            .include("skpro\\.benchmarks\\.(Normal|Empirical|Mixture|Metrics|Regression|Tuning)Benchmark\\.")
            .threads(1)
            .forks(3)
            .warmupIterations(3)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(5)
            .measurementTime(TimeValue.seconds(1))
            .build();
        Collection<RunResult> results = new Runner(options).run();
        System.out.println();
        System.out.println("| benchmark | ours min ms | ours mean +- err ms | peer | peer min ms | peer min / ours min |");
        System.out.println("|---|---:|---:|---|---:|---:|");
        for (RunResult r : results) {
            String label = r.getParams().getBenchmark().replace("skpro.benchmarks.", "");
            for (String key : r.getParams().getParamsKeys()) {
                label += ":" + key + "=" + r.getParams().getParam(key);
            }
            double ms = r.getPrimaryResult().getScore();
            double err = r.getPrimaryResult().getScoreError();
            double min = r.getPrimaryResult().getStatistics().getMin();
            List<String> ids = PEERS.getOrDefault(label, List.of());
            double peerMs = 0.0;
            boolean known = !ids.isEmpty();
            for (String id : ids) {
                Double s = peer.get(id);
                if (s == null) {
                    known = false;
                } else {
                    peerMs += 1000.0 * s;
                }
            }
            System.out.println(String.format(Locale.ROOT, "| %s | %.3f | %.3f +- %.3f | %s | %s | %s |", label, min, ms,
                err, ids.isEmpty() ? "-" : String.join(" + ", ids),
                known ? String.format(Locale.ROOT, "%.3f", peerMs) : "-",
                known ? String.format(Locale.ROOT, "%.2f", peerMs / min) : "-"));
        }
    }

    /** Parses the markdown table rows {@code | id | benchmark | min s | median s | ...}. */
    static Map<String, Double> readPeerMinima(Path file) throws IOException {
        Map<String, Double> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            System.err.println("peer timings not found at " + file + "; printing our times only");
            return out;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] cells = line.split("\\|");
            if (cells.length < 5) {
                continue;
            }
            String id = cells[1].trim();
            String min = cells[3].trim();
            if (id.matches("[a-z](\\.\\d+)?") && min.matches("[0-9.]+")) {
                out.put(id, Double.parseDouble(min));
            }
        }
        return out;
    }
}
