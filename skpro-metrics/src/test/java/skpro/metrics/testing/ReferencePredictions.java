package skpro.metrics.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import skpro.distributions.Distribution;
import skpro.distributions.Empirical;
import skpro.distributions.Normal;

/**
 * Builds this project's predictions from the specs of {@code shared/reference/metrics.json}:
 * distribution specs (one {@link Distribution} per column, as the distributions module's
 * reference test reads them), quantile tables with columns {@code (var, alpha)} and interval
 * tables with columns {@code (var, coverage, lower|upper)}.
 */
public final class ReferencePredictions {

    private ReferencePredictions() {
    }

    /** @return a JSON number or one of the strings "inf", "-inf", "nan" as a double */
    public static double number(JsonNode v) {
        if (v.isNumber()) {
            return v.asDouble();
        }
        switch (v.asText()) {
            case "inf":
                return Double.POSITIVE_INFINITY;
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            case "nan":
                return Double.NaN;
            default:
                throw new IllegalArgumentException("not a number: " + v);
        }
    }

    /** @return a rows x columns array of numbers */
    public static double[][] matrix(JsonNode rows) {
        double[][] out = new double[rows.size()][];
        for (int i = 0; i < out.length; i++) {
            JsonNode row = rows.get(i);
            out[i] = new double[row.size()];
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] = number(row.get(j));
            }
        }
        return out;
    }

    /** @return one distribution per column of a spec with {@code rows} rows */
    public static List<Distribution> distributions(JsonNode spec, int rows, int columns) {
        List<Distribution> out = new ArrayList<>();
        for (int j = 0; j < columns; j++) {
            out.add(distribution(spec, rows, j));
        }
        return out;
    }

    /** @return column {@code column} of the spec as a distribution */
    public static Distribution distribution(JsonNode spec, int rows, int column) {
        String cls = spec.get("class").asText();
        JsonNode params = spec.get("params");
        switch (cls) {
            case "Normal":
                return Normal.of(column(params.get("mu"), rows, column), column(params.get("sigma"), rows, column));
            case "Empirical":
                return Empirical.of(empiricalSamples(spec, column));
            default:
                throw new IllegalStateException("no builder for " + cls);
        }
    }

    private static double[] column(JsonNode p, int rows, int column) {
        double[] out = new double[rows];
        for (int r = 0; r < rows; r++) {
            out[r] = p.isArray() ? number(p.get(r).isArray() ? p.get(r).get(column) : p.get(r)) : number(p);
        }
        return out;
    }

    /**
     * skpro's long format: entry r of {@code spl} is a sample of instance {@code instance[r]},
     * one value per column; rows in the order of the spec's index. Only unweighted specs occur.
     */
    public static double[][] empiricalSamples(JsonNode spec, int column) {
        JsonNode params = spec.get("params");
        if (params.get("weights") != null && !params.get("weights").isNull()) {
            throw new IllegalStateException("weighted Empirical specs are not used by metrics.json");
        }
        JsonNode spl = params.get("spl");
        JsonNode instance = spl.get("instance");
        JsonNode values = spl.get("values");
        Map<String, List<Double>> byInstance = new LinkedHashMap<>();
        for (JsonNode label : spec.get("index")) {
            byInstance.put(label.asText(), new ArrayList<>());
        }
        for (int r = 0; r < instance.size(); r++) {
            byInstance.get(instance.get(r).asText()).add(number(values.get(r).get(column)));
        }
        double[][] out = new double[byInstance.size()][];
        int i = 0;
        for (List<Double> row : byInstance.values()) {
            out[i] = new double[row.size()];
            for (int k = 0; k < row.size(); k++) {
                out[i][k] = row.get(k);
            }
            i++;
        }
        return out;
    }

    /**
     * The columns of a quantile or interval table that belong to variable {@code var}: their
     * positions, in table order.
     */
    public static List<Integer> columnsOf(JsonNode table, String var) {
        List<Integer> out = new ArrayList<>();
        JsonNode cols = table.get("columns");
        for (int c = 0; c < cols.size(); c++) {
            if (cols.get(c).get(0).asText().equals(var)) {
                out.add(c);
            }
        }
        return out;
    }

    /** @return the distinct levels (second column level) of variable var, in table order */
    public static double[] levels(JsonNode table, String var) {
        List<Double> out = new ArrayList<>();
        for (int c : columnsOf(table, var)) {
            double level = table.get("columns").get(c).get(1).asDouble();
            if (!out.contains(level)) {
                out.add(level);
            }
        }
        double[] a = new double[out.size()];
        for (int k = 0; k < a.length; k++) {
            a[k] = out.get(k);
        }
        return a;
    }

    /** @return the n x k quantile table of variable var at the given levels */
    public static double[][] quantiles(JsonNode table, String var, double[] alphas) {
        double[][] values = matrix(table.get("values"));
        double[][] out = new double[values.length][alphas.length];
        for (int j = 0; j < alphas.length; j++) {
            int col = find(table, var, alphas[j], null);
            for (int i = 0; i < values.length; i++) {
                out[i][j] = values[i][col];
            }
        }
        return out;
    }

    /** @return one n x 2 interval table per coverage, for variable var */
    public static double[][][] intervals(JsonNode table, String var, double[] coverages) {
        double[][] values = matrix(table.get("values"));
        double[][][] out = new double[coverages.length][values.length][2];
        for (int j = 0; j < coverages.length; j++) {
            int lo = find(table, var, coverages[j], "lower");
            int hi = find(table, var, coverages[j], "upper");
            for (int i = 0; i < values.length; i++) {
                out[j][i][0] = values[i][lo];
                out[j][i][1] = values[i][hi];
            }
        }
        return out;
    }

    private static int find(JsonNode table, String var, double level, String side) {
        JsonNode cols = table.get("columns");
        for (int c = 0; c < cols.size(); c++) {
            JsonNode col = cols.get(c);
            if (col.get(0).asText().equals(var) && col.get(1).asDouble() == level
                && (side == null || col.get(2).asText().equals(side))) {
                return c;
            }
        }
        throw new IllegalStateException("no column (" + var + ", " + level + ", " + side + ")");
    }
}
