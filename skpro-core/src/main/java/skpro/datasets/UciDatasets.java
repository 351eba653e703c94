package skpro.datasets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loaders for the UCI probabilistic-regression benchmark suite of Hernández-Lobato and Adams
 * (2015) and Gal and Ghahramani (2016), read from a folder (these files are not shipped: they
 * are under CC BY 4.0 and live in the project's shared data folder, {@code shared/data/uci}).
 *
 * <p>For a name with published splits the folder holds {@code NAME.csv} (header row, numbers) and
 * {@code NAME.splits.txt}: three comment lines, the first {@code "# NAME: N rows; K train/test
 * splits ..."} and the third {@code "# feature columns (0-based): 0 1 ...; target column: T"},
 * then one line per split listing that split's 0-based test rows separated by spaces. The feature
 * and target columns are taken from that third line, so a column listed in neither is dropped:
 * naval's target is {@code gt_compressor_decay} (column 16) and its last column
 * {@code gt_turbine_decay} is not a feature. Naval's columns {@code t1} and {@code p1} are
 * constant; they are kept (as in the benchmark), so scale them with a guard against a zero
 * standard deviation (StandardScaler maps them to 0). The row and split counts stated in the
 * header are checked against the data.
 *
 * <p>abalone and wine_quality_white come without splits ({@link SplitDataset#numSplits()} = 0):
 * their target is the last column, every other column a feature, abalone's {@code sex} one-hot
 * encoded ({@code sex_F}, {@code sex_I}, {@code sex_M}).
 *
 * <p>Names (rows x features, splits): boston (506 x 13, 20), concrete (1,030 x 8, 20), energy
 * (768 x 8, 20), naval (11,934 x 16, 20), power (9,568 x 4, 20), protein (45,730 x 9, 5),
 * wine_quality_red (1,599 x 11, 20), yacht (308 x 6, 20), abalone (4,177 x 10), wine_quality_white
 * (4,898 x 11). All data come from the UCI Machine Learning Repository under CC BY 4.0; each
 * data set carries its attribution in {@link Dataset#source()}. Boston's feature {@code B} is
 * ethically problematic (see scikit-learn's removal of {@code load_boston}); it is here only
 * because published benchmarks report on it.
 */
public final class UciDatasets {

    private static final Map<String, String> CITATIONS = Map.of(
        "boston", "Harrison and Rubinfeld (1978), Hedonic prices and the demand for clean air",
        "concrete", "Yeh (1998), Concrete Compressive Strength",
        "energy", "Tsanas and Xifara (2012), Energy Efficiency",
        "naval", "Coraddu et al. (2014), Condition Based Maintenance of Naval Propulsion Plants",
        "power", "Tüfekci (2014), Combined Cycle Power Plant",
        "protein", "Rana (2013), Physicochemical Properties of Protein Tertiary Structure (CASP)",
        "wine_quality_red", "Cortez et al. (2009), Wine Quality (red)",
        "yacht", "Gerritsma et al. (1981), Yacht Hydrodynamics",
        "abalone", "Nash et al. (1994), Abalone",
        "wine_quality_white", "Cortez et al. (2009), Wine Quality (white)");

    private static final List<String> NAMES = List.of("boston", "concrete", "energy", "naval", "power", "protein",
        "wine_quality_red", "yacht", "abalone", "wine_quality_white");

    private static final Pattern COUNTS = Pattern.compile("#\\s*(\\S+):\\s*(\\d+) rows;\\s*(\\d+) train/test splits.*");
    private static final Pattern COLUMNS = Pattern.compile(
        "#\\s*feature columns \\(0-based\\):([\\d ]+);\\s*target column:\\s*(\\d+)\\s*");

    private UciDatasets() {
    }

    /** @return the known names, those with published splits first */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * @param sharedDataDir the folder holding {@code uci/} (such as {@code shared/data}), or the
     *     {@code uci} folder itself
     * @param name one of {@link #names()}
     * @return the data set and its published splits (none for abalone and wine_quality_white)
     * @throws IOException if a file cannot be read
     * @throws IllegalArgumentException if the name is unknown (the message lists the known ones), a
     *     file is missing, or the files break the format above (the message names file and line)
     */
    public static SplitDataset load(Path sharedDataDir, String name) throws IOException {
        if (sharedDataDir == null) {
            throw new IllegalArgumentException("sharedDataDir must not be null");
        }
        if (name == null || !NAMES.contains(name)) {
            throw new IllegalArgumentException("unknown UCI data set '" + name + "'; known: " + NAMES);
        }
        Path dir = Files.isDirectory(sharedDataDir.resolve("uci")) ? sharedDataDir.resolve("uci") : sharedDataDir;
        Path csv = dir.resolve(name + ".csv");
        if (!Files.isRegularFile(csv)) {
            throw new IllegalArgumentException("no file " + csv + " (sharedDataDir must hold uci/" + name + ".csv)");
        }
        String[] header = header(csv);
        Path splitsFile = dir.resolve(name + ".splits.txt");
        boolean hasSplits = !name.equals("abalone") && !name.equals("wine_quality_white");
        if (hasSplits && !Files.isRegularFile(splitsFile)) {
            throw new IllegalArgumentException("no file " + splitsFile + " with the splits of " + name);
        }
        CsvLoader loader = CsvLoader.of(header[header.length - 1]);
        List<String> splitLines = List.of();
        if (hasSplits) {
            splitLines = Files.readAllLines(splitsFile, StandardCharsets.UTF_8);
            loader = columns(loader, header, splitLines, splitsFile);
        }
        Dataset data = loader.load(csv)
            .withName(name)
            .withDescription("UCI regression benchmark data set " + name + (hasSplits
                ? " with the train/test splits of Hernández-Lobato and Adams (2015) / Gal and Ghahramani (2016)"
                : ""))
            .withSource(CITATIONS.get(name) + ", UCI Machine Learning Repository")
            .withLicence("CC BY 4.0 (UCI Machine Learning Repository)");
        if (!hasSplits) {
            return SplitDataset.of(data, List.of());
        }
        List<int[]> tests = splits(splitLines, splitsFile, data.numRows());
        try {
            return SplitDataset.of(data, tests);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(splitsFile + ": " + e.getMessage(), e);
        }
    }

    private static String[] header(Path csv) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            if (first == null) {
                throw new IllegalArgumentException(csv + " is empty: a header row is required");
            }
            return CsvTable.read(new StringReader(first), csv.toString()).header;
        }
    }

    /** The loader for the feature and target columns stated in line 3 of the splits file. */
    private static CsvLoader columns(CsvLoader loader, String[] header, List<String> lines, Path file) {
        Matcher m = lines.size() < 3 ? null : COLUMNS.matcher(lines.get(2));
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException(file + ", line 3: expected '# feature columns (0-based): ...; "
                + "target column: T', got " + (lines.size() < 3 ? "no such line" : "'" + lines.get(2) + "'"));
        }
        int target = Integer.parseInt(m.group(2));
        boolean[] used = new boolean[header.length];
        for (String f : m.group(1).trim().split(" +")) {
            int j = Integer.parseInt(f);
            if (j >= header.length || j == target || used[j]) {
                throw new IllegalArgumentException(file + ", line 3: feature column " + j + " is out of range ("
                    + header.length + " columns), repeated or the target");
            }
            used[j] = true;
        }
        if (target >= header.length) {
            throw new IllegalArgumentException(file + ", line 3: target column " + target + " is out of range ("
                + header.length + " columns)");
        }
        used[target] = true;
        List<String> drop = new ArrayList<>();
        for (int j = 0; j < header.length; j++) {
            if (!used[j]) {
                drop.add(header[j]);
            }
        }
        return loader.withTarget(header[target]).withDropColumns(drop.toArray(new String[0]));
    }

    /** The test rows of every split line, checked against the counts of line 1. */
    private static List<int[]> splits(List<String> lines, Path file, int rows) {
        Matcher m = COUNTS.matcher(lines.get(0));
        if (!m.matches()) {
            throw new IllegalArgumentException(file + ", line 1: expected '# NAME: N rows; K train/test splits', got '"
                + lines.get(0) + "'");
        }
        int statedRows = Integer.parseInt(m.group(2));
        int statedSplits = Integer.parseInt(m.group(3));
        if (statedRows != rows) {
            throw new IllegalArgumentException(file + ", line 1: states " + statedRows + " rows but the data have "
                + rows);
        }
        List<int[]> out = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(" +");
            int[] test = new int[parts.length];
            for (int p = 0; p < parts.length; p++) {
                try {
                    test[p] = Integer.parseInt(parts[p]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(file + ", line " + (k + 1) + ": '" + parts[p]
                        + "' is not a row index", e);
                }
            }
            out.add(test);
        }
        if (out.size() != statedSplits) {
            throw new IllegalArgumentException(file + ": line 1 states " + statedSplits + " splits but "
                + out.size() + " are listed");
        }
        return out;
    }
}
