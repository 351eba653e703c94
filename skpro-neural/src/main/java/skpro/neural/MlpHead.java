package skpro.neural;

/** The predictive law of {@link MLPProbaRegressor}. */
public enum MlpHead {
    /** Normal(mu, sigma), sigma = softplus(raw) + floor; NLL or CRPS. */
    NORMAL,
    /** Student t(mu, sigma, df) with df = 2 + softplus(raw) learned per row; NLL. */
    STUDENT_T,
    /** Laplace(mu, b); NLL or CRPS. */
    LAPLACE,
    /** Mixture of K normals with row-wise weights; NLL. */
    MIXTURE
}
