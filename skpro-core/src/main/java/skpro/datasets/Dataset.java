package skpro.datasets;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A regression data set: an immutable value holding the n x p feature matrix X, the n targets y,
 * the p feature names, the target's name, and optional provenance (description, source, licence).
 *
 * <p>X may hold NaN, which marks a missing value (what {@link CsvLoader.MissingPolicy#KEEP_NAN}
 * produces, for a {@code SimpleImputer} downstream); it never holds an infinity. Every target is
 * finite. Arrays are copied on the way in and on the way out ({@link #x()}, {@link #y()}), so a
 * data set can be shared between threads; {@link #value(int, int)} and {@link #target(int)} read
 * one entry without copying.
 */
public final class Dataset {

    private final String name;
    private final double[][] x;
    private final double[] y;
    private final String[] featureNames;
    private final String targetName;
    private final String description;
    private final String source;
    private final String licence;

    private Dataset(String name, double[][] x, double[] y, String[] featureNames, String targetName,
                    String description, String source, String licence) {
        this.name = name;
        this.x = x;
        this.y = y;
        this.featureNames = featureNames;
        this.targetName = targetName;
        this.description = description;
        this.source = source;
        this.licence = licence;
    }

    /**
     * A data set without provenance (see {@link #withDescription}, {@link #withSource},
     * {@link #withLicence}).
     *
     * @param name a short name, not blank
     * @param x the n x p features, n &ge; 1 and p &ge; 1, rectangular; NaN (missing) allowed,
     *     infinities not
     * @param y the n targets, all finite
     * @param featureNames p distinct, non-blank names
     * @param targetName the target's name, not blank and not one of the feature names
     * @return the data set (the arrays are copied)
     * @throws IllegalArgumentException if an argument is null or blank, X is empty or ragged or
     *     holds an infinity (the message names row and column), a target is not finite (its row),
     *     the lengths disagree, or a name is repeated
     */
    public static Dataset of(String name, double[][] x, double[] y, String[] featureNames, String targetName) {
        return build(name, x, y, featureNames, targetName, true);
    }

    /** As {@link #of}, but taking ownership of the arrays (the caller must not keep or change them). */
    static Dataset adopt(String name, double[][] x, double[] y, String[] featureNames, String targetName) {
        return build(name, x, y, featureNames, targetName, false);
    }

    private static Dataset build(String name, double[][] x, double[] y, String[] featureNames, String targetName,
                                 boolean copy) {
        requireText("name", name);
        requireText("targetName", targetName);
        if (x == null) {
            throw new IllegalArgumentException("x must not be null");
        }
        if (y == null) {
            throw new IllegalArgumentException("y must not be null");
        }
        if (featureNames == null) {
            throw new IllegalArgumentException("featureNames must not be null");
        }
        if (x.length == 0) {
            throw new IllegalArgumentException("x must have at least one row");
        }
        int p = featureNames.length;
        if (p == 0) {
            throw new IllegalArgumentException("featureNames must name at least one feature");
        }
        if (y.length != x.length) {
            throw new IllegalArgumentException("x has " + x.length + " rows but y has " + y.length + " values");
        }
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < p; j++) {
            requireText("featureNames[" + j + "]", featureNames[j]);
            if (!seen.add(featureNames[j])) {
                throw new IllegalArgumentException("featureNames[" + j + "] repeats '" + featureNames[j] + "'");
            }
        }
        if (seen.contains(targetName)) {
            throw new IllegalArgumentException("targetName '" + targetName + "' is also a feature name");
        }
        double[][] xs = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            double[] row = x[i];
            if (row == null || row.length != p) {
                throw new IllegalArgumentException("x[" + i + "] has " + (row == null ? "no array" : row.length
                    + " columns") + " but there are " + p + " feature names");
            }
            for (int j = 0; j < p; j++) {
                if (Double.isInfinite(row[j])) {
                    throw new IllegalArgumentException("x[" + i + "][" + j + "] (" + featureNames[j]
                        + ") must not be infinite, got " + row[j]);
                }
            }
            xs[i] = copy ? row.clone() : row;
        }
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("y[" + i + "] (" + targetName + ") must be finite, got " + y[i]);
            }
        }
        return copy ? new Dataset(name, xs, y.clone(), featureNames.clone(), targetName, "", "", "")
            : new Dataset(name, xs, y, featureNames, targetName, "", "", "");
    }

    private static void requireText(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank, got " + (value == null ? "null" : "'"
                + value + "'"));
        }
    }

    private static String requireNonNull(String what, String value) {
        if (value == null) {
            throw new IllegalArgumentException(what + " must not be null (use \"\" for none)");
        }
        return value;
    }

    /**
     * @param text what the data are (free text; "" for none)
     * @return a copy with that description
     * @throws IllegalArgumentException if text is null
     */
    public Dataset withDescription(String text) {
        return new Dataset(name, x, y, featureNames, targetName, requireNonNull("description", text), source,
            licence);
    }

    /**
     * @param text where the data come from (free text; "" for none)
     * @return a copy with that source
     * @throws IllegalArgumentException if text is null
     */
    public Dataset withSource(String text) {
        return new Dataset(name, x, y, featureNames, targetName, description, requireNonNull("source", text),
            licence);
    }

    /**
     * @param text the data's licence (free text; "" for none)
     * @return a copy with that licence
     * @throws IllegalArgumentException if text is null
     */
    public Dataset withLicence(String text) {
        return new Dataset(name, x, y, featureNames, targetName, description, source,
            requireNonNull("licence", text));
    }

    /**
     * @param newName a short name, not blank
     * @return a copy with that name
     * @throws IllegalArgumentException if newName is null or blank
     */
    public Dataset withName(String newName) {
        requireText("name", newName);
        return new Dataset(newName, x, y, featureNames, targetName, description, source, licence);
    }

    /**
     * The rows asked for, in the order asked (a row may repeat, as in a bootstrap sample), with the
     * same names and provenance.
     *
     * @param rows 0-based row indices, at least one
     * @return the sub-data set
     * @throws IllegalArgumentException if rows is null or empty or an index is out of [0, n)
     */
    public Dataset select(int[] rows) {
        if (rows == null) {
            throw new IllegalArgumentException("rows must not be null");
        }
        if (rows.length == 0) {
            throw new IllegalArgumentException("rows must select at least one row");
        }
        double[][] xs = new double[rows.length][];
        double[] ys = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            int i = rows[k];
            if (i < 0 || i >= x.length) {
                throw new IllegalArgumentException("rows[" + k + "] must be in [0, " + x.length + "), got " + i);
            }
            xs[k] = x[i].clone();
            ys[k] = y[i];
        }
        return new Dataset(name, xs, ys, featureNames, targetName, description, source, licence);
    }

    /** @return the short name */
    public String name() {
        return name;
    }

    /** @return n, the number of rows */
    public int numRows() {
        return x.length;
    }

    /** @return p, the number of features */
    public int numFeatures() {
        return featureNames.length;
    }

    /** @return a copy of the n x p features (NaN = missing) */
    public double[][] x() {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i].clone();
        }
        return out;
    }

    /** @return a copy of the n targets */
    public double[] y() {
        return y.clone();
    }

    /**
     * @param row a row index in [0, n)
     * @param column a feature index in [0, p)
     * @return X[row][column], without copying anything
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public double value(int row, int column) {
        return x[row][column];
    }

    /**
     * @param row a row index in [0, n)
     * @return y[row]
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public double target(int row) {
        return y[row];
    }

    /** @return a copy of the p feature names, in column order */
    public String[] featureNames() {
        return featureNames.clone();
    }

    /**
     * @param featureName a feature's name
     * @return its column index
     * @throws IllegalArgumentException if no feature has that name (the message lists them)
     */
    public int featureIndex(String featureName) {
        for (int j = 0; j < featureNames.length; j++) {
            if (featureNames[j].equals(featureName)) {
                return j;
            }
        }
        throw new IllegalArgumentException("no feature named '" + featureName + "' in " + name + "; features: "
            + Arrays.toString(featureNames));
    }

    /** @return the target's name */
    public String targetName() {
        return targetName;
    }

    /** @return the description, "" if none */
    public String description() {
        return description;
    }

    /** @return the source, "" if none */
    public String source() {
        return source;
    }

    /** @return the licence, "" if none */
    public String licence() {
        return licence;
    }

    /** @return the number of missing (NaN) feature values */
    public int numMissing() {
        int count = 0;
        for (double[] row : x) {
            for (double v : row) {
                if (v != v) {
                    count++;
                }
            }
        }
        return count;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset d && d.name.equals(name) && d.targetName.equals(targetName)
            && Arrays.equals(d.featureNames, featureNames) && Arrays.equals(d.y, y) && Arrays.deepEquals(d.x, x)
            && d.description.equals(description) && d.source.equals(source) && d.licence.equals(licence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, targetName, Arrays.hashCode(featureNames), Arrays.hashCode(y),
            Arrays.deepHashCode(x), description, source, licence);
    }

    /** @return a one-line summary: name, shape, target, feature names (the first 8), missing count */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Dataset[").append(name).append(": ").append(x.length)
            .append(" rows x ").append(featureNames.length).append(" features, target ").append(targetName)
            .append(", features [");
        int shown = Math.min(8, featureNames.length);
        for (int j = 0; j < shown; j++) {
            s.append(j == 0 ? "" : ", ").append(featureNames[j]);
        }
        if (shown < featureNames.length) {
            s.append(", ... ").append(featureNames.length - shown).append(" more");
        }
        s.append(']');
        int missing = numMissing();
        if (missing > 0) {
            s.append(", ").append(missing).append(" missing");
        }
        return s.append(']').toString();
    }
}
