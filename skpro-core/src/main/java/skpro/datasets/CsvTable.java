package skpro.datasets;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The text of a CSV file split into a header and records (RFC 4180 with minimal quoting), each
 * record remembering the 1-based line on which it starts.
 *
 * <p>Fields are separated by commas and records by LF or CRLF. A field that starts with a double
 * quote is quoted: it ends at the next lone quote, a doubled quote inside stands for one quote, and
 * commas and line breaks inside are part of the field. A quote anywhere else, or text between a
 * closing quote and the next separator, is an error naming the line. Lines that are entirely empty
 * are skipped; a byte-order mark before the header is ignored.
 *
 * <p>Cells are kept as ranges of the text, stripped of surrounding white space; a String is made
 * only for a cell that is asked for as text (a category), and numbers are parsed from the
 * characters directly, which keeps a 50,000-row file to a few allocations.
 */
final class CsvTable {

    /** Powers of ten that a double holds exactly: 10^0 .. 10^22. */
    private static final double[] EXACT_POWERS = new double[23];

    static {
        EXACT_POWERS[0] = 1.0;
        for (int k = 1; k < EXACT_POWERS.length; k++) {
            EXACT_POWERS[k] = EXACT_POWERS[k - 1] * 10.0;
        }
    }

    final String[] header;
    final int numRecords;
    /** The 1-based line on which each record starts. */
    final int[] lines;
    private final char[] text;
    /** Start and end (exclusive) of each stripped cell, record-major: cell (r, j) at 2 (r m + j). */
    private final int[] bounds;
    /** The unescaped, stripped text of the quoted cells, by cell index r m + j. */
    private final Map<Integer, String> quoted;

    private CsvTable(String[] header, int numRecords, int[] lines, char[] text, int[] bounds,
                     Map<Integer, String> quoted) {
        this.header = header;
        this.numRecords = numRecords;
        this.lines = lines;
        this.text = text;
        this.bounds = bounds;
        this.quoted = quoted;
    }

    /**
     * @param in the text (read to its end, not closed)
     * @param what the origin, for messages
     * @return the header and the records
     * @throws IOException if reading fails
     * @throws IllegalArgumentException if there is no header, the header has a blank or repeated
     *     name, a record's field count differs from the header's, or quoting is malformed
     */
    static CsvTable read(Reader in, String what) throws IOException {
        char[] text = readAll(in);
        Scanner s = new Scanner(text, what);
        if (text.length > 0 && text[0] == '\uFEFF') {
            s.pos = 1;
        }
        s.skipBlankLines();
        if (s.pos >= text.length) {
            throw new IllegalArgumentException(what + " is empty: a header row is required");
        }
        s.record();
        String[] header = new String[s.count];
        for (int j = 0; j < header.length; j++) {
            header[j] = s.cellText(j);
        }
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < header.length; j++) {
            if (header[j].isEmpty()) {
                throw new IllegalArgumentException(what + ", line 1: the name of column " + (j + 1) + " is blank");
            }
            if (!seen.add(header[j])) {
                throw new IllegalArgumentException(what + ", line 1: column name '" + header[j] + "' is repeated");
            }
        }
        int m = header.length;
        int[] bounds = new int[2 * m * 64];
        int[] lines = new int[64];
        Map<Integer, String> quoted = new HashMap<>();
        int n = 0;
        while (true) {
            s.skipBlankLines();
            if (s.pos >= text.length) {
                break;
            }
            int line = s.line;
            s.record();
            if (s.count != m) {
                throw new IllegalArgumentException(what + ", line " + line + ": " + s.count
                    + " fields but the header has " + m);
            }
            if (n == lines.length) {
                lines = Arrays.copyOf(lines, 2 * n);
                bounds = Arrays.copyOf(bounds, 4 * n * m);
            }
            lines[n] = line;
            System.arraycopy(s.bounds, 0, bounds, 2 * n * m, 2 * m);
            for (int j = 0; j < m; j++) {
                if (s.quoted[j] != null) {
                    quoted.put(n * m + j, s.quoted[j]);
                }
            }
            n++;
        }
        return new CsvTable(header, n, Arrays.copyOf(lines, n), text, bounds, quoted);
    }

    private static char[] readAll(Reader in) throws IOException {
        char[] buf = new char[1 << 16];
        int n = 0;
        while (true) {
            if (n == buf.length) {
                buf = Arrays.copyOf(buf, 2 * buf.length);
            }
            int k = in.read(buf, n, buf.length - n);
            if (k < 0) {
                return Arrays.copyOf(buf, n);
            }
            n += k;
        }
    }

    /**
     * @param r a record index
     * @param j a column index
     * @return the cell's text, stripped of surrounding white space
     */
    String cell(int r, int j) {
        int c = r * header.length + j;
        String q = quoted.isEmpty() ? null : quoted.get(c);
        return q != null ? q : new String(text, bounds[2 * c], bounds[2 * c + 1] - bounds[2 * c]);
    }

    /**
     * @param r a record index
     * @param j a column index
     * @param tokens texts that mean missing besides the empty cell
     * @return whether the stripped cell is empty or one of the tokens
     */
    boolean isMissing(int r, int j, String[] tokens) {
        int c = r * header.length + j;
        String q = quoted.isEmpty() ? null : quoted.get(c);
        if (q != null) {
            return q.isEmpty() || Arrays.asList(tokens).contains(q);
        }
        int from = bounds[2 * c];
        int len = bounds[2 * c + 1] - from;
        if (len == 0) {
            return true;
        }
        for (String t : tokens) {
            if (t.length() == len && sameChars(t, from)) {
                return true;
            }
        }
        return false;
    }

    private boolean sameChars(String t, int from) {
        for (int k = 0; k < t.length(); k++) {
            if (text[from + k] != t.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param r a record index
     * @param j a column index
     * @return the cell's value if it is a number in the sense of {@link CsvLoader}, else NaN
     */
    double number(int r, int j) {
        int c = r * header.length + j;
        String q = quoted.isEmpty() ? null : quoted.get(c);
        if (q != null) {
            return parseNumber(q.toCharArray(), 0, q.length());
        }
        return parseNumber(text, bounds[2 * c], bounds[2 * c + 1]);
    }

    /**
     * Parses {@code [sign] digits [. digits] [(e|E) [sign] digits]} (at least one mantissa digit)
     * to the double {@link Double#parseDouble} gives, or NaN for any other text or an infinite
     * value. Up to 15 significant digits and a decimal exponent within +-22 are exact in one
     * multiplication or division of two exact doubles (Clinger's fast path), so correctly rounded;
     * anything else goes through {@link Double#parseDouble}.
     *
     * @param a the characters
     * @param from the first
     * @param to one past the last
     * @return the value, or NaN
     */
    static double parseNumber(char[] a, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (a[i] == '+' || a[i] == '-')) {
            negative = a[i] == '-';
            i++;
        }
        long mantissa = 0;
        int significant = 0;
        int digits = 0;
        int scale = 0;
        for (; i < to && a[i] >= '0' && a[i] <= '9'; i++, digits++) {
            if (significant > 0 || a[i] != '0') {
                significant++;
                mantissa = significant <= 18 ? 10 * mantissa + (a[i] - '0') : mantissa;
            }
        }
        if (i < to && a[i] == '.') {
            for (i++; i < to && a[i] >= '0' && a[i] <= '9'; i++, digits++) {
                if (significant > 0 || a[i] != '0') {
                    significant++;
                    mantissa = significant <= 18 ? 10 * mantissa + (a[i] - '0') : mantissa;
                }
                scale--;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        int exponent = 0;
        if (i < to && (a[i] == 'e' || a[i] == 'E')) {
            i++;
            boolean negExp = false;
            if (i < to && (a[i] == '+' || a[i] == '-')) {
                negExp = a[i] == '-';
                i++;
            }
            int expDigits = 0;
            for (; i < to && a[i] >= '0' && a[i] <= '9'; i++, expDigits++) {
                exponent = exponent < 100_000 ? 10 * exponent + (a[i] - '0') : exponent;
            }
            if (expDigits == 0) {
                return Double.NaN;
            }
            exponent = negExp ? -exponent : exponent;
        }
        if (i != to) {
            return Double.NaN;
        }
        double v;
        int e10 = exponent + scale;
        if (mantissa == 0) {
            v = 0.0;
        } else if (significant <= 15 && e10 >= -22 && e10 <= 22) {
            v = e10 >= 0 ? mantissa * EXACT_POWERS[e10] : mantissa / EXACT_POWERS[-e10];
        } else {
            v = Math.abs(Double.parseDouble(new String(a, from, to - from)));
        }
        if (Double.isInfinite(v)) {
            return Double.NaN;
        }
        return negative ? -v : v;
    }

    /** A cursor over the text: the fields of the current record as stripped ranges. */
    private static final class Scanner {
        private final char[] text;
        private final String what;
        private final StringBuilder buffer = new StringBuilder();
        int[] bounds = new int[64];
        String[] quoted = new String[32];
        int count;
        int pos;
        int line = 1;

        Scanner(char[] text, String what) {
            this.text = text;
            this.what = what;
        }

        String cellText(int j) {
            return quoted[j] != null ? quoted[j] : new String(text, bounds[2 * j], bounds[2 * j + 1] - bounds[2 * j]);
        }

        void skipBlankLines() {
            while (pos < text.length) {
                if (text[pos] == '\n') {
                    pos++;
                    line++;
                } else if (text[pos] == '\r' && pos + 1 < text.length && text[pos + 1] == '\n') {
                    pos += 2;
                    line++;
                } else {
                    return;
                }
            }
        }

        /** Reads one record starting at pos (not at the end of the text), consuming its line break. */
        void record() {
            count = 0;
            int start = line;
            while (true) {
                if (2 * count + 2 > bounds.length) {
                    bounds = Arrays.copyOf(bounds, 2 * bounds.length);
                    quoted = Arrays.copyOf(quoted, bounds.length / 2);
                }
                if (pos < text.length && text[pos] == '"') {
                    quotedField(start);
                } else {
                    plainField();
                }
                count++;
                if (pos >= text.length) {
                    return;
                }
                char c = text[pos];
                if (c == ',') {
                    pos++;
                    continue;
                }
                // a line break: the fields stop only at ',', '\n', "\r\n" or the end
                pos += c == '\r' ? 2 : 1;
                line++;
                return;
            }
        }

        private void plainField() {
            int from = pos;
            while (pos < text.length) {
                char c = text[pos];
                if (c == ',' || c == '\n' || c == '\r' && pos + 1 < text.length && text[pos + 1] == '\n') {
                    break;
                }
                if (c == '"') {
                    throw new IllegalArgumentException(what + ", line " + line + ", field " + (count + 1)
                        + ": a quote inside an unquoted field (quote the whole field and double the quote)");
                }
                pos++;
            }
            int to = pos;
            while (from < to && Character.isWhitespace(text[from])) {
                from++;
            }
            while (to > from && Character.isWhitespace(text[to - 1])) {
                to--;
            }
            bounds[2 * count] = from;
            bounds[2 * count + 1] = to;
            quoted[count] = null;
        }

        private void quotedField(int recordLine) {
            buffer.setLength(0);
            pos++;
            while (true) {
                if (pos >= text.length) {
                    throw new IllegalArgumentException(what + ", line " + recordLine + ", field " + (count + 1)
                        + ": the quoted field is not closed before the end of the text");
                }
                char c = text[pos++];
                if (c == '"') {
                    if (pos < text.length && text[pos] == '"') {
                        buffer.append('"');
                        pos++;
                        continue;
                    }
                    break;
                }
                if (c == '\n') {
                    line++;
                }
                buffer.append(c);
            }
            boolean atEnd = pos >= text.length || text[pos] == ',' || text[pos] == '\n'
                || text[pos] == '\r' && pos + 1 < text.length && text[pos + 1] == '\n';
            if (!atEnd) {
                throw new IllegalArgumentException(what + ", line " + line + ", field " + (count + 1)
                    + ": text after the closing quote of a quoted field");
            }
            bounds[2 * count] = 0;
            bounds[2 * count + 1] = 0;
            quoted[count] = buffer.toString().strip();
        }
    }
}
