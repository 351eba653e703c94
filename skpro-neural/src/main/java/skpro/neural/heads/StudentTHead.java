package skpro.neural.heads;

import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogGamma;
import org.nd4j.linalg.api.ndarray.INDArray;

import skpro.distributions.TDistribution;

/**
 * Student's t head: three raw outputs (m, s, d) per row give t(mu, sigma, nu) with mu = m,
 * sigma = softplus(s) + minScale and nu = 2 + softplus(d), so nu &gt; 2 and the predictive
 * variance sigma^2 nu / (nu - 2) exists. With {@link #withFixedDf} the head takes two raw outputs
 * (m, s) and nu is the given constant.
 *
 * <p>NLL only (the t CRPS has no cheap closed form here): with z = (y - mu) / sigma and
 * q = 1 + z^2 / nu,
 * NLL = log Gamma(nu/2) - log Gamma((nu+1)/2) + log(nu pi) / 2 + log sigma + (nu+1)/2 log q;
 * d/d mu = -(nu+1) z / (sigma (nu + z^2)); d/d sigma = 1/sigma - (nu+1) z^2 / (sigma (nu + z^2));
 * d/d nu = psi(nu/2)/2 - psi((nu+1)/2)/2 + 1/(2 nu) + log(q)/2 - (nu+1) z^2 / (2 nu (nu + z^2)),
 * psi the digamma function. d sigma / d s = sigmoid(s), d nu / d d = sigmoid(d). The loss is the
 * mean over rows.
 */
public final class StudentTHead implements DistributionHead {
    private static final String NAME = "StudentTHead";
    private static final double HALF_LOG_PI = 0.5 * Math.log(Math.PI);
    private final double minScale;
    /** The fixed degrees of freedom, or NaN when learned. */
    private final double fixedDf;

    private StudentTHead(double minScale, double fixedDf) {
        this.minScale = HeadMath.checkMinScale(minScale);
        this.fixedDf = fixedDf;
    }

    /** @return a head learning nu = 2 + softplus(d), minScale 1e-6 */
    public static StudentTHead of() {
        return new StudentTHead(1e-6, Double.NaN);
    }

    /**
     * @param minScale the floor added to softplus(s), finite and &gt; 0
     * @return a copy
     * @throws IllegalArgumentException if minScale is not finite and positive
     */
    public StudentTHead withMinScale(double minScale) {
        return new StudentTHead(minScale, fixedDf);
    }

    /**
     * @param df the degrees of freedom, finite and &gt; 0 (the variance exists only for df &gt; 2)
     * @return a copy with two raw outputs and this fixed df
     * @throws IllegalArgumentException if df is not finite and positive
     */
    public StudentTHead withFixedDf(double df) {
        if (!(df > 0.0 && df < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("df must be finite and > 0, got " + df);
        }
        return new StudentTHead(minScale, df);
    }

    /** @return the scale floor */
    public double minScale() {
        return minScale;
    }

    /** @return the fixed degrees of freedom, or NaN when they are learned */
    public double fixedDf() {
        return fixedDf;
    }

    private boolean learnsDf() {
        return Double.isNaN(fixedDf);
    }

    @Override
    public int numOutputs() {
        return learnsDf() ? 3 : 2;
    }

    @Override
    public TDistribution distribution(INDArray raw) {
        int cols = numOutputs();
        int rows = HeadMath.rows(raw, cols, NAME);
        double[] v = HeadMath.values(raw);
        double[] mu = new double[rows];
        double[] sigma = new double[rows];
        double[] df = new double[rows];
        for (int i = 0; i < rows; i++) {
            int o = i * cols;
            mu[i] = v[o];
            sigma[i] = HeadMath.softplus(v[o + 1]) + minScale;
            df[i] = learnsDf() ? 2.0 + HeadMath.softplus(v[o + 2]) : fixedDf;
        }
        return TDistribution.of(mu, sigma, df);
    }

    @Override
    public HeadLoss loss(INDArray raw, double[] y, Score score) {
        int cols = numOutputs();
        int rows = HeadMath.rows(raw, cols, NAME);
        HeadMath.checkTargets(y, rows, NAME);
        HeadMath.checkScore(this, NAME, score);
        boolean learn = learnsDf();
        double[] v = HeadMath.values(raw);
        double[] grad = new double[v.length];
        double inv = 1.0 / rows;
        double total = 0.0;
        for (int i = 0; i < rows; i++) {
            int o = i * cols;
            double s = v[o + 1];
            double sigma = HeadMath.softplus(s) + minScale;
            double nu = learn ? 2.0 + HeadMath.softplus(v[o + 2]) : fixedDf;
            double z = (y[i] - v[o]) / sigma;
            double z2 = z * z;
            double logQ = Math.log1p(z2 / nu);
            double ratio = (nu + 1.0) / (nu + z2);
            total += LogGamma.value(0.5 * nu) - LogGamma.value(0.5 * (nu + 1.0)) + 0.5 * Math.log(nu) + HALF_LOG_PI
                + Math.log(sigma) + 0.5 * (nu + 1.0) * logQ;
            grad[o] = -ratio * z / sigma * inv;
            grad[o + 1] = (1.0 - ratio * z2) / sigma * HeadMath.sigmoid(s) * inv;
            if (learn) {
                double dNu = 0.5 * (Digamma.value(0.5 * nu) - Digamma.value(0.5 * (nu + 1.0))) + 0.5 / nu + 0.5 * logQ
                    - 0.5 * ratio * z2 / nu;
                grad[o + 2] = dNu * HeadMath.sigmoid(v[o + 2]) * inv;
            }
        }
        return new HeadLoss(total * inv, HeadMath.toArray(grad, raw));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StudentTHead h && Double.compare(h.minScale, minScale) == 0
            && Double.compare(h.fixedDf, fixedDf) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(minScale) * 31 + Double.hashCode(fixedDf);
    }

    @Override
    public String toString() {
        return learnsDf() ? "StudentTHead(minScale=" + minScale + ", df=2+softplus)"
            : "StudentTHead(minScale=" + minScale + ", fixedDf=" + fixedDf + ")";
    }
}
