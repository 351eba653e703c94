package skpro.neural;

/** The hidden-layer activation of the MLP estimators. */
public enum MlpActivation {
    /** max(0, x). */
    RELU,
    /** tanh(x). */
    TANH,
    /** x Φ(x). */
    GELU,
    /** x σ(x) (swish). */
    SILU
}
