package skpro.distributions.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import skpro.distributions.*;

/** Reference-file builders for the families of {@link ExamplesEmpirical}. */
final class SpecsEmpirical {

    private SpecsEmpirical() {
    }

    static void register(Map<String, SpecBuilder> builders) {
        builders.put("Empirical", SpecsEmpirical::empirical);
        builders.put("Histogram", s -> Histogram.of(nested(s, "bins"), nested(s, "bin_mass")));
    }

    /**
     * skpro's long format: entry r of {@code spl} is sample {@code sample[r]} of instance
     * {@code instance[r]}, one value per column; rows follow the order of the spec's index.
     * {@code weights}, when present, is one weight per long-format entry.
     */
    private static Distribution empirical(Spec s) {
        JsonNode spl = s.param("spl");
        JsonNode instance = spl.get("instance");
        JsonNode values = spl.get("values");
        JsonNode weights = s.param("weights");
        boolean weighted = weights != null && !weights.isNull();
        Map<String, List<double[]>> byInstance = new LinkedHashMap<>();
        for (JsonNode label : s.node().get("index")) {
            byInstance.put(label.asText(), new ArrayList<>());
        }
        for (int r = 0; r < instance.size(); r++) {
            double v = Spec.number(values.get(r).get(s.column()));
            double w = weighted ? Spec.number(weights.get(r)) : 1.0;
            byInstance.get(instance.get(r).asText()).add(new double[] {v, w});
        }
        double[][] samples = new double[byInstance.size()][];
        double[][] w = new double[byInstance.size()][];
        int i = 0;
        for (List<double[]> row : byInstance.values()) {
            samples[i] = new double[row.size()];
            w[i] = new double[row.size()];
            for (int k = 0; k < row.size(); k++) {
                samples[i][k] = row.get(k)[0];
                w[i][k] = row.get(k)[1];
            }
            i++;
        }
        return weighted ? Empirical.of(samples, w) : Empirical.of(samples);
    }

    /** A per-row list parameter: {@code param[row][column]} is a list of numbers. */
    private static double[][] nested(Spec s, String name) {
        JsonNode p = s.param(name);
        double[][] out = new double[s.rows()][];
        for (int r = 0; r < s.rows(); r++) {
            JsonNode list = p.get(r).get(s.column());
            out[r] = new double[list.size()];
            for (int k = 0; k < list.size(); k++) {
                out[r][k] = Spec.number(list.get(k));
            }
        }
        return out;
    }
}
