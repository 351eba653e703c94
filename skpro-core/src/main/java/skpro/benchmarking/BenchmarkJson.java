package skpro.benchmarking;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import skpro.benchmarking.BenchmarkResults.Cell;
import skpro.benchmarking.BenchmarkResults.Run;

/**
 * The JSON form of {@link BenchmarkResults}, through Jackson's tree model (no reflection on our
 * classes, so the module opens nothing). Every reading error names the path of the offending
 * value, e.g. {@code cells[3].losses[7]}.
 */
final class BenchmarkJson {

    static final String FORMAT = "skpro4j.benchmark/1";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BenchmarkJson() {
    }

    static String write(Map<String, Boolean> metrics, Map<String, Boolean> estimators,
                        Map<Cell, double[]> losses, Map<Run, double[]> times) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode m = root.putArray("metrics");
        metrics.forEach((name, lower) -> m.addObject().put("name", name)
            .put("lowerIsBetter", lower));
        ArrayNode e = root.putArray("estimators");
        estimators.forEach((name, uninformed) -> e.addObject().put("name", name)
            .put("uninformed", uninformed));
        ArrayNode c = root.putArray("cells");
        losses.forEach((key, l) -> {
            ObjectNode cell = c.addObject().put("estimator", key.estimator())
                .put("dataSet", key.dataSet()).put("metric", key.metric());
            ArrayNode values = cell.putArray("losses");
            for (double v : l) {
                values.add(v);
            }
        });
        ArrayNode t = root.putArray("times");
        times.forEach((key, s) -> t.addObject().put("estimator", key.estimator())
            .put("dataSet", key.dataSet()).put("fitSeconds", s[0]).put("predictSeconds", s[1]));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException ex) {
            // a tree of strings, booleans and finite doubles always serialises
            throw new IllegalStateException("cannot write benchmark results as JSON", ex);
        }
    }

    static BenchmarkResults read(String json) {
        if (json == null) {
            throw new IllegalArgumentException("json must not be null");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException ex) {
            throw new IllegalArgumentException("json is not valid JSON: "
                + ex.getOriginalMessage(), ex);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("json must be an object");
        }
        fields(root, "json", Set.of("format", "metrics", "estimators", "cells", "times"));
        String format = text(root, "json", "format");
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException(
                "json.format must be '" + FORMAT + "', got '" + format + "'");
        }
        BenchmarkResults.Builder b = BenchmarkResults.builder();
        JsonNode metrics = array(root, "metrics");
        for (int i = 0; i < metrics.size(); i++) {
            JsonNode m = element(metrics, "metrics", i, Set.of("name", "lowerIsBetter"));
            b.metric(text(m, "metrics[" + i + "]", "name"),
                bool(m, "metrics[" + i + "]", "lowerIsBetter"));
        }
        JsonNode estimators = array(root, "estimators");
        for (int i = 0; i < estimators.size(); i++) {
            JsonNode e = element(estimators, "estimators", i, Set.of("name", "uninformed"));
            b.estimator(text(e, "estimators[" + i + "]", "name"),
                bool(e, "estimators[" + i + "]", "uninformed"));
        }
        JsonNode cells = array(root, "cells");
        for (int i = 0; i < cells.size(); i++) {
            String path = "cells[" + i + "]";
            JsonNode c = element(cells, "cells", i,
                Set.of("estimator", "dataSet", "metric", "losses"));
            JsonNode values = c.get("losses");
            if (values == null || !values.isArray()) {
                throw new IllegalArgumentException(path + ".losses must be an array of numbers");
            }
            double[] l = new double[values.size()];
            for (int r = 0; r < l.length; r++) {
                l[r] = number(values.get(r), path + ".losses[" + r + "]");
            }
            b.losses(text(c, path, "estimator"), text(c, path, "dataSet"), text(c, path, "metric"),
                l);
        }
        JsonNode times = array(root, "times");
        for (int i = 0; i < times.size(); i++) {
            String path = "times[" + i + "]";
            JsonNode t = element(times, "times", i,
                Set.of("estimator", "dataSet", "fitSeconds", "predictSeconds"));
            b.times(text(t, path, "estimator"), text(t, path, "dataSet"),
                number(t.get("fitSeconds"), path + ".fitSeconds"),
                number(t.get("predictSeconds"), path + ".predictSeconds"));
        }
        return b.build();
    }

    private static JsonNode array(JsonNode root, String field) {
        JsonNode a = root.get(field);
        if (a == null || !a.isArray()) {
            throw new IllegalArgumentException("json." + field + " must be an array");
        }
        return a;
    }

    private static JsonNode element(JsonNode array, String field, int i, Set<String> allowed) {
        JsonNode e = array.get(i);
        String path = field + "[" + i + "]";
        if (!e.isObject()) {
            throw new IllegalArgumentException(path + " must be an object");
        }
        fields(e, path, allowed);
        return e;
    }

    private static void fields(JsonNode object, String path, Set<String> allowed) {
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                throw new IllegalArgumentException(path + " has an unknown field '" + name
                    + "'; allowed: " + new TreeSet<>(allowed));
            }
        }
    }

    private static String text(JsonNode object, String path, String field) {
        JsonNode v = object.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException(path + "." + field + " must be a string");
        }
        return v.textValue();
    }

    private static boolean bool(JsonNode object, String path, String field) {
        JsonNode v = object.get(field);
        if (v == null || !v.isBoolean()) {
            throw new IllegalArgumentException(path + "." + field + " must be true or false");
        }
        return v.booleanValue();
    }

    private static double number(JsonNode v, String path) {
        if (v == null || !v.isNumber()) {
            throw new IllegalArgumentException(path + " must be a number, got " + v);
        }
        return v.doubleValue();
    }
}
