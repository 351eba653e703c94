package skpro.neural.engine;

/**
 * Floating-point operations of one layer on one input shape, counted analytically: a
 * multiply-add counts 2, an element-wise operation 1 (transcendental functions too), a reduction
 * over m values m. {@code forward} is the forward pass, {@code backward} the backward pass (the
 * gradient with respect to the input plus the gradients of the parameters); a training step costs
 * {@code forward + backward}, typically {@code backward ~ 2 forward} for matrix products.
 *
 * <p>Sparse-aware: a layer whose weights are masked counts only the products of its active
 * weights (see {@link skpro.neural.layers.Linear#density()}).
 *
 * @param forward forward-pass operations, at least 0
 * @param backward backward-pass operations, at least 0
 */
public record Flops(double forward, double backward) {

    /** No operations. */
    public static final Flops ZERO = new Flops(0, 0);

    /**
     * @throws IllegalArgumentException if a count is negative or not finite
     */
    public Flops {
        if (!(forward >= 0) || Double.isInfinite(forward)) {
            throw new IllegalArgumentException("forward must be finite and >= 0, got " + forward);
        }
        if (!(backward >= 0) || Double.isInfinite(backward)) {
            throw new IllegalArgumentException("backward must be finite and >= 0, got " + backward);
        }
    }

    /**
     * @param forward forward operations
     * @param backward backward operations
     * @return the count
     * @throws IllegalArgumentException if a count is negative or not finite
     */
    public static Flops of(double forward, double backward) {
        return new Flops(forward, backward);
    }

    /**
     * @param other another count
     * @return the element-wise sum
     */
    public Flops plus(Flops other) {
        return new Flops(forward + other.forward, backward + other.backward);
    }

    /** @return forward + backward: one training step's operations */
    public double training() {
        return forward + backward;
    }
}
