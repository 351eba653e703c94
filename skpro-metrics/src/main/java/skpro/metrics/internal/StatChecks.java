package skpro.metrics.internal;

/**
 * Argument validation for the statistics of per-row losses (mean estimates, bootstrap, paired
 * tests). Every method throws {@link IllegalArgumentException} whose message names the argument,
 * and the row and the value where one is at fault.
 */
public final class StatChecks {

    private StatChecks() {
    }

    /**
     * @param name the argument's name, for the message
     * @param values the array
     * @throws IllegalArgumentException if the array is null or empty
     */
    public static void notEmpty(String name, double[] values) {
        if (values == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (values.length == 0) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
    }

    /**
     * @param name the argument's name, for the message
     * @param value the reference
     * @param <T> its type
     * @return {@code value}
     * @throws IllegalArgumentException if the reference is null
     */
    public static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    /**
     * @param name the argument's name, for the message
     * @param values the array
     * @throws IllegalArgumentException if the array is null or empty, or a value is NaN or
     *     infinite (naming its row)
     */
    public static void finite(String name, double[] values) {
        notEmpty(name, values);
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(
                    name + "[" + i + "] must be finite, got " + values[i]);
            }
        }
    }

    /**
     * @param name the argument's name, for the message
     * @param values the array
     * @param min the least number of rows
     * @throws IllegalArgumentException if the array is null or has fewer than {@code min} rows
     */
    public static void minLength(String name, double[] values, int min) {
        notEmpty(name, values);
        if (values.length < min) {
            throw new IllegalArgumentException(
                name + " needs at least " + min + " rows, got " + values.length);
        }
    }

    /**
     * @param name1 the first argument's name
     * @param a the first array
     * @param name2 the second argument's name
     * @param b the second array
     * @throws IllegalArgumentException if either array is null or empty, or the lengths differ
     */
    public static void sameLength(String name1, double[] a, String name2, double[] b) {
        notEmpty(name1, a);
        notEmpty(name2, b);
        if (a.length != b.length) {
            throw new IllegalArgumentException(
                name1 + " has " + a.length + " rows but " + name2 + " has " + b.length);
        }
    }

    /**
     * Sample weights: one per row, finite, non-negative, with a positive sum.
     *
     * @param name the weights' name, for the message
     * @param weights the weights
     * @param rows the number of rows they must have
     * @return the sum of the weights
     * @throws IllegalArgumentException if {@code weights} is null, its length is not
     *     {@code rows}, a weight is NaN, infinite or negative (naming the row), or the weights
     *     sum to 0
     */
    public static double weights(String name, double[] weights, int rows) {
        if (weights == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (weights.length != rows) {
            throw new IllegalArgumentException(
                name + " must have one value per row (" + rows + " rows), got " + weights.length);
        }
        double sum = 0.0;
        for (int i = 0; i < weights.length; i++) {
            double w = weights[i];
            if (!(w >= 0.0 && w < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException(
                    name + "[" + i + "] must be finite and >= 0, got " + w);
            }
            sum += w;
        }
        if (!(sum > 0.0)) {
            throw new IllegalArgumentException(name + " must not sum to 0");
        }
        if (sum == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + " sum to infinity");
        }
        return sum;
    }

    /**
     * @param name the argument's name, for the message
     * @param level a confidence level
     * @throws IllegalArgumentException if {@code level} is not in the open interval (0, 1)
     */
    public static void level(String name, double level) {
        if (!(level > 0.0 && level < 1.0)) {
            throw new IllegalArgumentException(name + " must be in (0, 1), got " + level);
        }
    }

    /**
     * @param name the argument's name, for the message
     * @param value the value
     * @param min its least allowed value
     * @throws IllegalArgumentException if {@code value < min}
     */
    public static void atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", got " + value);
        }
    }

    /**
     * @param name the argument's name, for the message
     * @param values probabilities
     * @throws IllegalArgumentException if the array is null or empty, or a value is NaN or
     *     outside [0, 1] (naming its row)
     */
    public static void probabilities(String name, double[] values) {
        notEmpty(name, values);
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] >= 0.0 && values[i] <= 1.0)) {
                throw new IllegalArgumentException(
                    name + "[" + i + "] must be in [0, 1], got " + values[i]);
            }
        }
    }
}
