package skpro.neural.engine;

import java.util.SplittableRandom;

/**
 * How a parameter tensor starts: fills its values (in row-major order) from a generator that
 * {@link Parameters#allocate} derives from the model's seed and the tensor's position, so the
 * same seed gives the same weights whatever else is allocated around them.
 *
 * <ul>
 *   <li>{@link #zeros()}, {@link #constant(double)};</li>
 *   <li>{@link #normal(double)}: N(0, std^2);</li>
 *   <li>{@link #truncatedNormal(double)}: N(0, std^2) redrawn outside [-2 std, 2 std] (BERT's
 *       initialiser, std 0.02);</li>
 *   <li>{@link #xavierUniform()}: U(-a, a) with a = sqrt(6 / (fanIn + fanOut)) (Glorot and Bengio
 *       2010);</li>
 *   <li>{@link #kaimingNormal()}: N(0, 2 / fanIn) (He et al. 2015, for ReLU);</li>
 *   <li>{@link #uniform(double)}: U(-a, a).</li>
 * </ul>
 */
@FunctionalInterface
public interface Initializer {

    /**
     * Fills {@code values}.
     *
     * @param values the tensor's values in row-major order, overwritten
     * @param fanIn the tensor's fan-in
     * @param fanOut the tensor's fan-out
     * @param random the generator for this tensor
     */
    void fill(double[] values, long fanIn, long fanOut, SplittableRandom random);

    /** @return all zeros */
    static Initializer zeros() {
        return constant(0.0);
    }

    /**
     * @param value the value of every entry
     * @return the constant initialiser
     * @throws IllegalArgumentException if value is not finite
     */
    static Initializer constant(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite, got " + value);
        }
        return (v, in, out, r) -> java.util.Arrays.fill(v, value);
    }

    /**
     * @param std standard deviation, &gt; 0
     * @return N(0, std^2)
     * @throws IllegalArgumentException if std is not positive and finite
     */
    static Initializer normal(double std) {
        checkPositive("std", std);
        return (v, in, out, r) -> {
            for (int i = 0; i < v.length; i++) {
                v[i] = std * r.nextGaussian();
            }
        };
    }

    /**
     * @param std standard deviation of the untruncated normal, &gt; 0
     * @return N(0, std^2) truncated to two standard deviations by redrawing
     * @throws IllegalArgumentException if std is not positive and finite
     */
    static Initializer truncatedNormal(double std) {
        checkPositive("std", std);
        return (v, in, out, r) -> {
            for (int i = 0; i < v.length; i++) {
                double z;
                do {
                    z = r.nextGaussian();
                } while (Math.abs(z) > 2.0);
                v[i] = std * z;
            }
        };
    }

    /**
     * @param bound the half-width a, &gt; 0
     * @return U(-a, a)
     * @throws IllegalArgumentException if bound is not positive and finite
     */
    static Initializer uniform(double bound) {
        checkPositive("bound", bound);
        return (v, in, out, r) -> {
            for (int i = 0; i < v.length; i++) {
                v[i] = bound * (2.0 * r.nextDouble() - 1.0);
            }
        };
    }

    /** @return Glorot's uniform initialiser, U(-a, a) with a = sqrt(6 / (fanIn + fanOut)) */
    static Initializer xavierUniform() {
        return (v, in, out, r) -> {
            double a = Math.sqrt(6.0 / (in + out));
            for (int i = 0; i < v.length; i++) {
                v[i] = a * (2.0 * r.nextDouble() - 1.0);
            }
        };
    }

    /** @return He's normal initialiser, N(0, 2 / fanIn) */
    static Initializer kaimingNormal() {
        return (v, in, out, r) -> {
            double s = Math.sqrt(2.0 / in);
            for (int i = 0; i < v.length; i++) {
                v[i] = s * r.nextGaussian();
            }
        };
    }

    private static void checkPositive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be positive and finite, got " + value);
        }
    }
}
