package skpro.cli;

import java.util.List;

import skpro.metrics.AUCalibration;
import skpro.metrics.CRPS;
import skpro.metrics.DawidSebastiani;
import skpro.metrics.EmpiricalCoverage;
import skpro.metrics.IntervalScore;
import skpro.metrics.IntervalWidth;
import skpro.metrics.LinearizedLogLoss;
import skpro.metrics.LogLoss;
import skpro.metrics.PinballLoss;
import skpro.metrics.ScoringRule;
import skpro.metrics.SquaredDistrLoss;

/**
 * Metrics named on the command line: {@code Name} or {@code Name:v1,v2,...} where the values are
 * the coverages of an interval metric or the alphas of the pinball loss (default 0.9, and 0.1,
 * 0.5, 0.9). Names are case-insensitive.
 */
final class MetricSpecs {

    /** The metrics {@code skpro benchmark} reports when none is named. */
    static final List<String> DEFAULTS = List.of("CRPS", "LogLoss", "IntervalScore:0.9", "EmpiricalCoverage:0.9");

    /** The names {@link #parse} knows, with the form of their values. */
    static final List<String> KNOWN = List.of("CRPS", "LogLoss", "LinearizedLogLoss", "SquaredDistrLoss",
        "DawidSebastiani", "AUCalibration", "PinballLoss[:alphas]", "IntervalScore[:coverages]",
        "IntervalWidth[:coverages]", "EmpiricalCoverage[:coverages]");

    private MetricSpecs() {
    }

    /**
     * @param spec a metric spec
     * @return the scoring rule
     * @throws IllegalArgumentException if the name is unknown or a value is not a number in (0, 1)
     */
    static ScoringRule parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("a metric spec must not be blank");
        }
        int colon = spec.indexOf(':');
        String name = (colon < 0 ? spec : spec.substring(0, colon)).trim().toLowerCase(java.util.Locale.ROOT);
        double[] values = colon < 0 ? null : numbers(spec, spec.substring(colon + 1));
        switch (name) {
            case "crps":
                return plain(spec, values, CRPS.of());
            case "logloss":
                return plain(spec, values, LogLoss.of());
            case "linearizedlogloss":
                return plain(spec, values, LinearizedLogLoss.of());
            case "squareddistrloss":
                return plain(spec, values, SquaredDistrLoss.of());
            case "dawidsebastiani":
                return plain(spec, values, DawidSebastiani.of());
            case "aucalibration":
                return plain(spec, values, AUCalibration.of());
            case "pinballloss":
                return PinballLoss.of(values == null ? new double[] {0.1, 0.5, 0.9} : values);
            case "intervalscore":
                return IntervalScore.of(values == null ? new double[] {0.9} : values);
            case "intervalwidth":
                return IntervalWidth.of(values == null ? new double[] {0.9} : values);
            case "empiricalcoverage":
                return EmpiricalCoverage.of(values == null ? new double[] {0.9} : values);
            default:
                throw new IllegalArgumentException("metric '" + spec + "': unknown name; known: " + KNOWN);
        }
    }

    /** @return whether the metric is a coverage: reported beside the ranked tables, not ranked */
    static boolean isCoverage(ScoringRule rule) {
        return rule instanceof EmpiricalCoverage;
    }

    private static ScoringRule plain(String spec, double[] values, ScoringRule rule) {
        if (values != null) {
            throw new IllegalArgumentException("metric '" + spec + "': " + rule.name() + " takes no values");
        }
        return rule;
    }

    private static double[] numbers(String spec, String list) {
        String[] parts = list.split(",", -1);
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("metric '" + spec + "': '" + parts[i] + "' is not a number", e);
            }
        }
        return out;
    }
}
