package skpro.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Options every data-reading command shares (a picocli mixin). */
final class CommonOptions {

    @Option(names = "--seed", defaultValue = "0", description = "Seed of shuffled splits (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", defaultValue = "1",
        description = "Folds evaluated at once; results do not depend on it (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = {"-s", "--splitter"}, defaultValue = SplitterSpecs.DEFAULT,
        description = "kfold:K, kfold-ordered:K, repeated:KxR, shuffle:N:TEST_FRACTION, timeseries:K, or "
            + "(benchmark, uci:NAME data) published (default: ${DEFAULT-VALUE}).")
    String splitter;

    @Option(names = "--data-dir", description = "Folder holding uci/ for uci:NAME data "
        + "(default: $SKPRO_DATA_DIR, else ../shared/data).")
    Path dataDir;

    @Option(names = {"-o", "--output"}, description = "Write the result to this file instead of stdout.")
    Path output;

    /** @return the data directory: the option, else $SKPRO_DATA_DIR, else ../shared/data */
    Path dataDir() {
        if (dataDir != null) {
            return dataDir;
        }
        String env = System.getenv("SKPRO_DATA_DIR");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of("..", "shared", "data");
    }

    /**
     * Writes the text to the output file, or to {@code out} when none is given.
     *
     * @throws IOException if the file cannot be written
     */
    void emit(String text, PrintWriter out) throws IOException {
        if (output == null) {
            out.print(text);
            out.flush();
        } else {
            Files.writeString(output, text, StandardCharsets.UTF_8);
        }
    }
}
