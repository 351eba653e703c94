package skpro.distributions.testing;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One column of a distribution spec from {@code shared/reference/distributions.json}: the class
 * name, its parameters, and the row count. skpro specs are 2-D (rows x columns); this project's
 * distributions are one column, so a spec is read column by column.
 *
 * @param node the spec object ({@code class}, {@code params}, optional {@code index})
 * @param column the column read
 * @param rows the number of rows of the case
 */
public record Spec(JsonNode node, int column, int rows) {

    /** @return the skpro class name */
    public String className() {
        return node.get("class").asText();
    }

    /** @return the raw parameter node, or null */
    public JsonNode param(String name) {
        return node.get("params").get(name);
    }

    /** @return whether the parameter is present and not null */
    public boolean has(String name) {
        JsonNode p = node.get("params").get(name);
        return p != null && !p.isNull();
    }

    /**
     * A per-row parameter: a scalar broadcast to every row, or the column of a rows x columns
     * nested list.
     */
    public double[] column(String name) {
        JsonNode p = param(name);
        double[] out = new double[rows];
        for (int r = 0; r < rows; r++) {
            out[r] = p.isArray() ? number(p.get(r).isArray() ? p.get(r).get(column) : p.get(r)) : number(p);
        }
        return out;
    }

    /** A flat list parameter (e.g. mixture weights). */
    public double[] list(String name) {
        JsonNode p = param(name);
        double[] out = new double[p.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = number(p.get(k));
        }
        return out;
    }

    /** A scalar parameter. */
    public double scalar(String name) {
        return number(param(name));
    }

    /** @return a nested spec (composite distributions), same column and rows */
    public Spec nested(JsonNode child) {
        return new Spec(child, column, rows);
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
}
