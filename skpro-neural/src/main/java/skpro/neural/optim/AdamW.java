package skpro.neural.optim;

/**
 * AdamW ({@code torch.optim.AdamW}): {@link Adam} with decoupled weight decay. Per step with rate
 * eta, theta = theta (1 - eta lambda), then the Adam step on the raw gradient (no L2 term in the
 * moments). Defaults beta1 = 0.9, beta2 = 0.999, eps = 1e-8, lambda = 0.01; the returned
 * {@link Adam}'s {@code withX} copies keep the decay decoupled.
 */
public final class AdamW {
    private AdamW() {
    }

    /** @return Adam with decoupled weight decay 0.01 and the default betas and epsilon */
    public static Adam of() {
        return Adam.decoupledDefaults();
    }
}
