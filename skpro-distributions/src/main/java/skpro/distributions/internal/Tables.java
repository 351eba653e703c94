package skpro.distributions.internal;

import java.util.Locale;
import java.util.Map;

/** Formats the first rows of per-row values as a small text table, for {@code toString}. */
public final class Tables {

    /** Rows shown before the table is cut. */
    public static final int MAX_ROWS = 5;

    private Tables() {
    }

    /**
     * @param title the distribution's name
     * @param size the number of rows
     * @param columns column name to one value per row (only the first {@link #MAX_ROWS} are read)
     * @return e.g. {@code "Normal (3 rows)\n row  mu  sigma\n   0  0  1\n..."}
     */
    public static String describe(String title, int size, Map<String, double[]> columns) {
        int shown = Math.min(size, MAX_ROWS);
        String[] names = columns.keySet().toArray(new String[0]);
        String[][] cells = new String[shown][names.length];
        int[] width = new int[names.length];
        for (int c = 0; c < names.length; c++) {
            double[] values = columns.get(names[c]);
            width[c] = names[c].length();
            for (int r = 0; r < shown; r++) {
                cells[r][c] = String.format(Locale.ROOT, "%.6g", values[r]);
                width[c] = Math.max(width[c], cells[r][c].length());
            }
        }
        int rowWidth = Math.max(3, Integer.toString(size - 1).length());
        StringBuilder sb = new StringBuilder();
        sb.append(title).append(" (").append(size).append(size == 1 ? " row)" : " rows)").append('\n');
        sb.append(pad("row", rowWidth));
        for (int c = 0; c < names.length; c++) {
            sb.append("  ").append(pad(names[c], width[c]));
        }
        for (int r = 0; r < shown; r++) {
            sb.append('\n').append(pad(Integer.toString(r), rowWidth));
            for (int c = 0; c < names.length; c++) {
                sb.append("  ").append(pad(cells[r][c], width[c]));
            }
        }
        if (size > shown) {
            sb.append("\n... ").append(size - shown).append(" more rows");
        }
        return sb.toString();
    }

    private static String pad(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }
}
