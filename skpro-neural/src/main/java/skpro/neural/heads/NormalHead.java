package skpro.neural.heads;

import org.nd4j.linalg.api.ndarray.INDArray;

import skpro.distributions.Normal;

/**
 * Normal head: two raw outputs (m, s) per row give N(mu, sigma^2) with mu = m and
 * sigma = softplus(s) + minScale (softplus(s) = log(1 + e^s), computed stably; minScale defaults
 * to 1e-6 and keeps sigma away from 0).
 *
 * <p>Scores, with z = (y - mu) / sigma, phi and Phi the standard normal density and cdf:
 * <ul>
 *   <li>NLL = log(2 pi) / 2 + log sigma + z^2 / 2; d/d mu = -z / sigma,
 *       d/d sigma = (1 - z^2) / sigma;</li>
 *   <li>CRPS = sigma (z (2 Phi(z) - 1) + 2 phi(z) - 1 / sqrt(pi)); d/d mu = -(2 Phi(z) - 1),
 *       d/d sigma = 2 phi(z) - 1 / sqrt(pi).</li>
 * </ul>
 * d sigma / d s = sigmoid(s). The loss is the mean over rows.
 */
public final class NormalHead implements DistributionHead {
    private static final String NAME = "NormalHead";
    private final double minScale;

    private NormalHead(double minScale) {
        this.minScale = HeadMath.checkMinScale(minScale);
    }

    /** @return a normal head with minScale 1e-6 */
    public static NormalHead of() {
        return new NormalHead(1e-6);
    }

    /**
     * @param minScale the floor added to softplus(s), finite and &gt; 0
     * @return a copy
     * @throws IllegalArgumentException if minScale is not finite and positive
     */
    public NormalHead withMinScale(double minScale) {
        return new NormalHead(minScale);
    }

    /** @return the scale floor */
    public double minScale() {
        return minScale;
    }

    @Override
    public int numOutputs() {
        return 2;
    }

    @Override
    public boolean supports(Score score) {
        return score == Score.NLL || score == Score.CRPS;
    }

    @Override
    public Normal distribution(INDArray raw) {
        double[][] p = LocationScale.parameters(raw, minScale, NAME);
        return Normal.of(p[0], p[1]);
    }

    @Override
    public HeadLoss loss(INDArray raw, double[] y, Score score) {
        return LocationScale.loss(this, NAME, raw, y, score, minScale, NormalHead::row);
    }

    private static double row(double y, double mu, double sigma, Score score, double[] d) {
        double z = (y - mu) / sigma;
        if (score == Score.NLL) {
            d[0] = -z / sigma;
            d[1] = (1.0 - z * z) / sigma;
            return HeadMath.HALF_LOG_2PI + Math.log(sigma) + 0.5 * z * z;
        }
        double centred = 2.0 * HeadMath.normalCdf(z) - 1.0;
        double density = 2.0 * HeadMath.INV_SQRT_2PI * Math.exp(-0.5 * z * z) - HeadMath.INV_SQRT_PI;
        d[0] = -centred;
        d[1] = density;
        return sigma * (z * centred + density);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NormalHead h && Double.compare(h.minScale, minScale) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(minScale) * 31 + NAME.hashCode();
    }

    @Override
    public String toString() {
        return "NormalHead(minScale=" + minScale + ")";
    }
}
