package skpro.neural.heads;

import org.nd4j.linalg.api.ndarray.INDArray;

import skpro.distributions.Laplace;

/**
 * Laplace head: two raw outputs (m, s) per row give Laplace(mu, b) with mu = m and
 * b = softplus(s) + minScale (minScale defaults to 1e-6).
 *
 * <p>Scores, with z = (y - mu) / b:
 * <ul>
 *   <li>NLL = log(2b) + |z|; d/d mu = -sign(z) / b, d/d b = (1 - |z|) / b;</li>
 *   <li>CRPS = E|Y - y| - E|Y - Y'| / 2 = b (|z| + exp(-|z|) - 3/4) (from E|Y - y| =
 *       b (|z| + exp(-|z|)) and E|Y - Y'| = 3b / 2); d/d mu = -sign(z) (1 - exp(-|z|)),
 *       d/d b = (1 + |z|) exp(-|z|) - 3/4.</li>
 * </ul>
 * d b / d s = sigmoid(s). Both scores have a kink at y = mu (the NLL's gradient jumps there; the
 * CRPS is differentiable). The loss is the mean over rows.
 */
public final class LaplaceHead implements DistributionHead {
    private static final String NAME = "LaplaceHead";
    private final double minScale;

    private LaplaceHead(double minScale) {
        this.minScale = HeadMath.checkMinScale(minScale);
    }

    /** @return a Laplace head with minScale 1e-6 */
    public static LaplaceHead of() {
        return new LaplaceHead(1e-6);
    }

    /**
     * @param minScale the floor added to softplus(s), finite and &gt; 0
     * @return a copy
     * @throws IllegalArgumentException if minScale is not finite and positive
     */
    public LaplaceHead withMinScale(double minScale) {
        return new LaplaceHead(minScale);
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
    public Laplace distribution(INDArray raw) {
        double[][] p = LocationScale.parameters(raw, minScale, NAME);
        return Laplace.of(p[0], p[1]);
    }

    @Override
    public HeadLoss loss(INDArray raw, double[] y, Score score) {
        return LocationScale.loss(this, NAME, raw, y, score, minScale, LaplaceHead::row);
    }

    private static double row(double y, double mu, double b, Score score, double[] d) {
        double z = (y - mu) / b;
        double a = Math.abs(z);
        double sign = Math.signum(z);
        if (score == Score.NLL) {
            d[0] = -sign / b;
            d[1] = (1.0 - a) / b;
            return Math.log(2.0 * b) + a;
        }
        double e = Math.exp(-a);
        d[0] = -sign * (1.0 - e);
        d[1] = (1.0 + a) * e - 0.75;
        return b * (a + e - 0.75);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LaplaceHead h && Double.compare(h.minScale, minScale) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(minScale) * 31 + NAME.hashCode();
    }

    @Override
    public String toString() {
        return "LaplaceHead(minScale=" + minScale + ")";
    }
}
