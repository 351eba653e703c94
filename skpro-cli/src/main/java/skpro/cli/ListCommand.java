package skpro.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import skpro.datasets.Dataset;
import skpro.datasets.Datasets;
import skpro.datasets.UciDatasets;
import skpro.regression.EstimatorRegistry;
import skpro.regression.RegistryEntry;

/** {@code skpro list}: the registered estimators with their examples, the metrics, the data sets. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List estimators (with their numbered examples), metrics, data sets or the benchmark defaults.")
final class ListCommand implements Callable<Integer> {

    /** What to list. */
    enum What { ESTIMATORS, METRICS, DATASETS, DEFAULTS }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", defaultValue = "ESTIMATORS",
        description = "${COMPLETION-CANDIDATES} (case-insensitive; default: ${DEFAULT-VALUE}).")
    What what;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        switch (what) {
            case ESTIMATORS:
                out.println("Probabilistic regressors (use as -e Name or Name#k):");
                for (RegistryEntry<?> e : EstimatorRegistry.probaRegressors()) {
                    list(out, e);
                }
                out.println("Point regressors (as the estimator of a compositor, e.g. estimator=Ridge):");
                for (RegistryEntry<?> e : EstimatorRegistry.regressors()) {
                    list(out, e);
                }
                out.println("Probabilistic classifiers (Java API; the command line benchmarks regressors):");
                for (RegistryEntry<?> e : EstimatorRegistry.probaClassifiers()) {
                    list(out, e);
                }
                break;
            case METRICS:
                for (String m : MetricSpecs.KNOWN) {
                    out.println("  " + m);
                }
                break;
            case DATASETS:
                out.println("Embedded:");
                for (String name : Datasets.names()) {
                    Dataset d = Datasets.byName(name);
                    out.printf("  %-14s %5d x %-3d target %s; %s%n", name, d.numRows(), d.numFeatures(),
                        d.targetName(), d.licence());
                }
                out.println("UCI (uci:NAME, read from --data-dir):");
                out.println("  " + String.join(", ", UciDatasets.names()));
                break;
            default:
                out.println("Estimators: " + String.join("  ", EstimatorSpecs.DEFAULTS));
                out.println("Metrics:    " + String.join("  ", MetricSpecs.DEFAULTS));
                out.println("Splitter:   " + SplitterSpecs.DEFAULT + " (shuffled with --seed)");
                out.println("Data:       every embedded data set");
        }
        out.flush();
        return Skpro.OK;
    }

    private static void list(PrintWriter out, RegistryEntry<?> e) {
        out.println("  " + e.name());
        for (int k = 0; k < e.examples().size(); k++) {
            out.println("    #" + (k + 1) + "  " + e.examples().get(k));
        }
    }
}
