package skpro.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import skpro.datasets.CsvLoader;
import skpro.datasets.Dataset;
import skpro.datasets.Datasets;
import skpro.datasets.SplitDataset;
import skpro.datasets.UciDatasets;

/**
 * Data sets named on the command line: an embedded name ({@code diabetes}, {@code penguins},
 * ...), {@code uci:NAME} (read from the UCI folder under the data directory), or
 * {@code FILE.csv:TARGET} (a CSV file with a header; non-numeric columns one-hot encoded, rows
 * with a missing value dropped).
 */
final class DataSpecs {

    private DataSpecs() {
    }

    /**
     * @param spec the data spec
     * @param dataDir the folder holding {@code uci/} for {@code uci:} specs
     * @return the data set
     * @throws IllegalArgumentException if the name is unknown, a file is missing, or the CSV is
     *     malformed (the loader names line and column)
     * @throws IOException if a file cannot be read
     */
    static Dataset parse(String spec, Path dataDir) throws IOException {
        if (spec != null && spec.startsWith("uci:")) {
            return uci(spec, dataDir).dataset();
        }
        return parseOther(spec, dataDir);
    }

    /**
     * @param spec {@code uci:NAME}
     * @param dataDir the folder holding {@code uci/}
     * @return the UCI data set with its published splits
     * @throws IllegalArgumentException if the name is unknown or a file missing
     * @throws IOException if a file cannot be read
     */
    static SplitDataset uci(String spec, Path dataDir) throws IOException {
        return UciDatasets.load(dataDir, spec.substring(4));
    }

    private static Dataset parseOther(String spec, Path dataDir) throws IOException {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("a data spec must not be blank");
        }
        int colon = spec.lastIndexOf(':');
        if (colon > 0 && spec.substring(0, colon).toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            Path file = Path.of(spec.substring(0, colon));
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("data '" + spec + "': no file " + file.toAbsolutePath());
            }
            return CsvLoader.of(spec.substring(colon + 1)).withMissing(CsvLoader.MissingPolicy.DROP_ROWS)
                .withMissingTarget(CsvLoader.MissingTarget.DROP_ROWS).load(file);
        }
        if (spec.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            throw new IllegalArgumentException("data '" + spec + "': name the target column as FILE.csv:TARGET");
        }
        return Datasets.byName(spec);
    }
}
