package skpro.cli;

import java.util.Locale;

import skpro.modelselection.KFold;
import skpro.modelselection.RepeatedKFold;
import skpro.modelselection.ShuffleSplit;
import skpro.modelselection.Splitter;
import skpro.modelselection.TimeSeriesSplit;

/**
 * Splitters named on the command line: {@code kfold:K} (shuffled with the seed),
 * {@code kfold-ordered:K} (no shuffle), {@code repeated:KxR}, {@code shuffle:N:TEST_FRACTION},
 * {@code timeseries:K}. Default {@code kfold:5}. {@code skpro benchmark} also takes
 * {@code published}: each {@code uci:NAME} data set with its published splits.
 */
final class SplitterSpecs {

    static final String DEFAULT = "kfold:5";

    /** The published train/test splits of {@code uci:NAME} data sets (benchmark only). */
    static final String PUBLISHED = "published";

    private SplitterSpecs() {
    }

    /**
     * @param spec the splitter spec
     * @param seed the seed of shuffled splitters
     * @return the splitter
     * @throws IllegalArgumentException if the spec is malformed or a number out of range
     */
    static Splitter parse(String spec, long seed) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("a splitter spec must not be blank");
        }
        String[] parts = spec.trim().toLowerCase(Locale.ROOT).split(":", -1);
        try {
            switch (parts[0]) {
                case "kfold":
                    return KFold.of(arg(parts, 1, spec)).withShuffle(seed);
                case "kfold-ordered":
                    return KFold.of(arg(parts, 1, spec));
                case "repeated": {
                    String[] kr = value(parts, 1, spec).split("x", -1);
                    if (kr.length != 2) {
                        throw new IllegalArgumentException("splitter '" + spec + "': expected repeated:KxR");
                    }
                    return RepeatedKFold.of(Integer.parseInt(kr[0]), Integer.parseInt(kr[1]), seed);
                }
                case "shuffle":
                    return ShuffleSplit.of(arg(parts, 1, spec), Double.parseDouble(value(parts, 2, spec)), seed);
                case "timeseries":
                    return TimeSeriesSplit.of(arg(parts, 1, spec));
                default:
                    throw new IllegalArgumentException("splitter '" + spec + "': unknown; known: kfold:K, "
                        + "kfold-ordered:K, repeated:KxR, shuffle:N:TEST_FRACTION, timeseries:K");
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("splitter '" + spec + "': " + e.getMessage(), e);
        }
    }

    private static String value(String[] parts, int i, String spec) {
        if (parts.length <= i || parts[i].isEmpty()) {
            throw new IllegalArgumentException("splitter '" + spec + "': missing value " + i);
        }
        return parts[i];
    }

    private static int arg(String[] parts, int i, String spec) {
        return Integer.parseInt(value(parts, i, spec));
    }
}
