package skpro.neural.engine;

import java.util.Arrays;

/**
 * The declaration of one trainable tensor of a layer: its name, shape, initialiser and whether a
 * sparsity method may mask it (fully connected weights; not embeddings, biases or LayerNorm).
 * {@link Parameters#allocate} gives every declared tensor a view into the model's flat buffer.
 *
 * <p>The initialiser receives fan-in and fan-out; by default fan-in is {@code shape[0]} (for a 1-D
 * tensor its length) and fan-out {@code shape[1]} (or the length).
 */
public final class ParamSpec {
    private final String name;
    private final long[] shape;
    private final Initializer initializer;
    private final boolean sparsifiable;
    private final long fanIn;
    private final long fanOut;

    private ParamSpec(String name, long[] shape, Initializer initializer, boolean sparsifiable, long fanIn,
                      long fanOut) {
        this.name = name;
        this.shape = shape;
        this.initializer = initializer;
        this.sparsifiable = sparsifiable;
        this.fanIn = fanIn;
        this.fanOut = fanOut;
    }

    /**
     * @param name the tensor's name within its layer (e.g. "weight")
     * @param initializer how its values start
     * @param shape its shape, each dimension at least 1
     * @return a dense, not sparsifiable declaration
     * @throws IllegalArgumentException if name or initializer is null, or the shape is empty or has
     *     a dimension below 1
     */
    public static ParamSpec of(String name, Initializer initializer, long... shape) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("name must be a non-empty string, got " + name);
        }
        if (initializer == null) {
            throw new IllegalArgumentException("initializer of " + name + " must not be null");
        }
        if (shape == null || shape.length == 0) {
            throw new IllegalArgumentException("shape of " + name + " must have at least one dimension");
        }
        for (long d : shape) {
            if (d < 1) {
                throw new IllegalArgumentException("shape of " + name + " must be positive, got "
                    + Arrays.toString(shape));
            }
        }
        long[] s = shape.clone();
        long in = s[0];
        long out = s.length > 1 ? s[1] : s[0];
        return new ParamSpec(name, s, initializer, false, in, out);
    }

    /** @return a copy declaring that sparsity methods may mask this tensor */
    public ParamSpec sparsifiable() {
        return new ParamSpec(name, shape, initializer, true, fanIn, fanOut);
    }

    /**
     * @param in fan-in passed to the initialiser
     * @param out fan-out passed to the initialiser
     * @return a copy with these fans
     * @throws IllegalArgumentException if a fan is below 1
     */
    public ParamSpec withFans(long in, long out) {
        if (in < 1 || out < 1) {
            throw new IllegalArgumentException("fans of " + name + " must be >= 1, got " + in + ", " + out);
        }
        return new ParamSpec(name, shape, initializer, sparsifiable, in, out);
    }

    /** @return the name */
    public String name() {
        return name;
    }

    /** @return a copy of the shape */
    public long[] shape() {
        return shape.clone();
    }

    /** @return the number of values */
    public long length() {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }

    /** @return the initialiser */
    public Initializer initializer() {
        return initializer;
    }

    /** @return whether a sparsity method may mask this tensor */
    public boolean isSparsifiable() {
        return sparsifiable;
    }

    /** @return fan-in for the initialiser */
    public long fanIn() {
        return fanIn;
    }

    /** @return fan-out for the initialiser */
    public long fanOut() {
        return fanOut;
    }

    @Override
    public String toString() {
        return name + Arrays.toString(shape);
    }
}
