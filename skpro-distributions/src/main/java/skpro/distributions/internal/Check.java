package skpro.distributions.internal;

/**
 * Argument validation shared by every public entry point. Each method throws
 * {@link IllegalArgumentException} whose message names the argument, the row and the value.
 */
public final class Check {

    private Check() {
    }

    /** @throws IllegalArgumentException if the array is null or empty */
    public static void notEmpty(String name, double[] values) {
        if (values == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (values.length == 0) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
    }

    /** @throws IllegalArgumentException if the array is null or empty */
    public static void notEmpty(String name, int[] values) {
        if (values == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (values.length == 0) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
    }

    /** @throws IllegalArgumentException if the reference is null */
    public static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    /** @throws IllegalArgumentException if either array is null or empty, or the lengths differ */
    public static void sameLength(String name1, double[] a, String name2, double[] b) {
        notEmpty(name1, a);
        notEmpty(name2, b);
        if (a.length != b.length) {
            throw new IllegalArgumentException(name1 + " has " + a.length + " rows but " + name2
                + " has " + b.length);
        }
    }

    /** @throws IllegalArgumentException if the array is null, or its length is not {@code size} */
    public static void length(String name, double[] values, int size) {
        if (values == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (values.length != size) {
            throw new IllegalArgumentException(name + " must have one value per row (" + size
                + " rows), got " + values.length);
        }
    }

    /** @throws IllegalArgumentException if a value is NaN or infinite */
    public static void finite(String name, double[] values) {
        notEmpty(name, values);
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must be finite, got " + values[i]);
            }
        }
    }

    /** @throws IllegalArgumentException if a value is not finite and strictly positive */
    public static void positive(String name, double[] values) {
        notEmpty(name, values);
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] > 0.0 && values[i] < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException(name + "[" + i + "] must be finite and > 0, got " + values[i]);
            }
        }
    }

    /** @throws IllegalArgumentException if a value is negative, NaN or infinite */
    public static void nonNegative(String name, double[] values) {
        notEmpty(name, values);
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] >= 0.0 && values[i] < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException(name + "[" + i + "] must be finite and >= 0, got " + values[i]);
            }
        }
    }

    /** @throws IllegalArgumentException if a value is outside [lower, upper] or NaN */
    public static void inRange(String name, double[] values, double lower, double upper) {
        notEmpty(name, values);
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] >= lower && values[i] <= upper)) {
                throw new IllegalArgumentException(name + "[" + i + "] must be in [" + lower + ", " + upper
                    + "], got " + values[i]);
            }
        }
    }

    /** @throws IllegalArgumentException if {@code lower[i] >= upper[i]} for some row */
    public static void ordered(String lowerName, double[] lower, String upperName, double[] upper) {
        for (int i = 0; i < lower.length; i++) {
            if (!(lower[i] < upper[i])) {
                throw new IllegalArgumentException(lowerName + "[" + i + "] = " + lower[i] + " must be < "
                    + upperName + "[" + i + "] = " + upper[i]);
            }
        }
    }

    /** @throws IllegalArgumentException if the scalar is not finite and strictly positive */
    public static double positive(String name, double value) {
        if (!(value > 0.0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, got " + value);
        }
        return value;
    }

    /** @throws IllegalArgumentException if the scalar is NaN or infinite */
    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, got " + value);
        }
        return value;
    }

    /** @throws IllegalArgumentException if {@code n < 1} */
    public static int atLeastOne(String name, int n) {
        if (n < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, got " + n);
        }
        return n;
    }

    /**
     * Validates points of evaluation: one per row, none NaN (infinities are allowed).
     *
     * @throws IllegalArgumentException if the length is wrong or a point is NaN
     */
    public static void points(String name, double[] x, int size) {
        length(name, x, size);
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must not be NaN");
            }
        }
    }

    /**
     * Validates probabilities: one per row, each in [0, 1].
     *
     * @throws IllegalArgumentException if the length is wrong or a value is outside [0, 1]
     */
    public static void probabilities(String name, double[] p, int size) {
        length(name, p, size);
        for (int i = 0; i < p.length; i++) {
            if (!(p[i] >= 0.0 && p[i] <= 1.0)) {
                throw new IllegalArgumentException(name + "[" + i + "] must be in [0, 1], got " + p[i]);
            }
        }
    }

    /** @throws IllegalArgumentException if {@code p} is outside [0, 1] */
    public static double probability(String name, int index, double p) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException(name + "[" + index + "] must be in [0, 1], got " + p);
        }
        return p;
    }

    /**
     * Validates row indices for {@code select}.
     *
     * @throws IllegalArgumentException if empty or an index is outside [0, size)
     */
    public static void rows(int[] rows, int size) {
        notEmpty("rows", rows);
        for (int j = 0; j < rows.length; j++) {
            if (rows[j] < 0 || rows[j] >= size) {
                throw new IllegalArgumentException("rows[" + j + "] = " + rows[j] + " is out of range [0, "
                    + size + ")");
            }
        }
    }

    /** @return an array of {@code size} copies of {@code value}, after checking it is not NaN */
    public static double[] broadcast(String name, double value, int size) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException(name + " must not be NaN");
        }
        double[] out = new double[size];
        java.util.Arrays.fill(out, value);
        return out;
    }

    /** @return an array of {@code size} copies of {@code value} (no check) */
    public static double[] fill(double value, int size) {
        double[] out = new double[size];
        java.util.Arrays.fill(out, value);
        return out;
    }

    /** @return the elements of {@code values} at {@code rows}, in that order */
    public static double[] pick(double[] values, int[] rows) {
        double[] out = new double[rows.length];
        for (int j = 0; j < rows.length; j++) {
            out[j] = values[rows[j]];
        }
        return out;
    }

    /**
     * The size of a flat rows x columns table, checked against the largest Java array.
     *
     * @throws IllegalArgumentException if rows * columns exceeds Integer.MAX_VALUE - 8
     */
    public static int tableSize(String name, int rows, int columns) {
        long total = (long) rows * columns;
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(name + " has " + rows + " x " + columns + " = " + total
                + " values, more than one array can hold");
        }
        return (int) total;
    }
}
