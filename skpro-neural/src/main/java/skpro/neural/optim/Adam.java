package skpro.neural.optim;

import skpro.neural.engine.Parameters;

/**
 * Adam ({@code torch.optim.Adam}): bias-corrected first and second moments; weight decay lambda
 * (0 by default) is L2 added to the gradient, g = grad + lambda theta, before the moments. The
 * decoupled variant ({@link AdamW#of()}, {@code torch.optim.AdamW}) instead shrinks
 * theta = theta (1 - eta lambda) before the Adam step on the raw gradient.
 * Defaults beta1 = 0.9, beta2 = 0.999, eps = 1e-8. With rate eta and t counted from 1:
 * m = beta1 m + (1 - beta1) g, v = beta2 v + (1 - beta2) g^2,
 * theta = theta - (eta / (1 - beta1^t)) m / (sqrt(v) / sqrt(1 - beta2^t) + eps).
 * The state holds the buffers m and v, in that order.
 */
public final class Adam implements Optimizer {
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double weightDecay;
    private final boolean decoupled;

    private Adam(double beta1, double beta2, double epsilon, double weightDecay, boolean decoupled) {
        AdamState.hyper(beta1, beta2, epsilon, weightDecay);
        this.decoupled = decoupled;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.weightDecay = weightDecay;
    }

    /** @return Adam with beta1 0.9, beta2 0.999, epsilon 1e-8, weight decay 0.0 */
    public static Adam of() {
        return new Adam(0.9, 0.999, 1e-8, 0.0, false);
    }

    /** @return AdamW's defaults: decoupled weight decay 0.01 */
    static Adam decoupledDefaults() {
        return new Adam(0.9, 0.999, 1e-8, 0.01, true);
    }

    /**
     * @param beta1 the first moment's decay, in [0, 1)
     * @param beta2 the second moment's decay, in [0, 1)
     * @return a copy
     * @throws IllegalArgumentException if a beta is outside [0, 1)
     */
    public Adam withBetas(double beta1, double beta2) {
        return new Adam(beta1, beta2, epsilon, weightDecay, decoupled);
    }

    /**
     * @param epsilon added to the denominator, finite and &gt; 0
     * @return a copy
     * @throws IllegalArgumentException if epsilon is not finite and positive
     */
    public Adam withEpsilon(double epsilon) {
        return new Adam(beta1, beta2, epsilon, weightDecay, decoupled);
    }

    /**
     * @param weightDecay lambda, finite and &gt;= 0
     * @return a copy
     * @throws IllegalArgumentException if weightDecay is negative or not finite
     */
    public Adam withWeightDecay(double weightDecay) {
        return new Adam(beta1, beta2, epsilon, weightDecay, decoupled);
    }

    /** @return beta1 */
    public double beta1() {
        return beta1;
    }

    /** @return beta2 */
    public double beta2() {
        return beta2;
    }

    /** @return epsilon */
    public double epsilon() {
        return epsilon;
    }

    /** @return the weight decay lambda */
    public double weightDecay() {
        return weightDecay;
    }

    /** @return whether the weight decay is decoupled (AdamW) rather than L2 in the gradient */
    public boolean decoupled() {
        return decoupled;
    }

    @Override
    public OptimizerState start(Parameters parameters) {
        return new AdamState(decoupled ? "AdamW" : "Adam", AdamState.hyper(beta1, beta2, epsilon, weightDecay),
            decoupled, StateChecks.zeros(parameters));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Adam a && Double.compare(a.beta1, beta1) == 0 && Double.compare(a.beta2, beta2) == 0
            && Double.compare(a.epsilon, epsilon) == 0 && Double.compare(a.weightDecay, weightDecay) == 0
            && a.decoupled == decoupled;
    }

    @Override
    public int hashCode() {
        return ((Double.hashCode(beta1) * 31 + Double.hashCode(beta2)) * 31 + Double.hashCode(epsilon)) * 31
            + Double.hashCode(weightDecay) + Boolean.hashCode(decoupled);
    }

    @Override
    public String toString() {
        return (decoupled ? "AdamW" : "Adam") + "(beta1=" + beta1 + ", beta2=" + beta2 + ", epsilon=" + epsilon
            + ", weightDecay=" + weightDecay + ")";
    }
}
