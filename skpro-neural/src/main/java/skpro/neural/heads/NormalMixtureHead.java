package skpro.neural.heads;

import java.util.ArrayList;
import java.util.List;

import org.nd4j.linalg.api.ndarray.INDArray;

import skpro.distributions.Mixture;
import skpro.distributions.Normal;

/**
 * Mixture of k normals (a mixture density network head): 3k raw outputs per row, in the order k
 * logits l, k means mu, k scale raws s, give weights w = softmax(l), components
 * N(mu_j, sigma_j^2) with sigma_j = softplus(s_j) + minScale (minScale defaults to 1e-6).
 *
 * <p>NLL only: with a_j = l_j + log N(y; mu_j, sigma_j), NLL = LSE(l) - LSE(a) (LSE the stable
 * log-sum-exp); with responsibilities r = softmax(a) and z_j = (y - mu_j) / sigma_j,
 * d/d l_j = w_j - r_j, d/d mu_j = -r_j z_j / sigma_j, d/d sigma_j = r_j (1 - z_j^2) / sigma_j,
 * and d sigma_j / d s_j = sigmoid(s_j). The loss is the mean over rows.
 *
 * <p>Initialisation: identical raw outputs for the k components would give identical gradients,
 * so the components would never separate. A network whose last layer has random weights (as
 * {@link skpro.neural.MLPProbaRegressor}'s) gives each component its own function of x from the
 * start, which breaks the symmetry; this head adds nothing of its own.
 */
public final class NormalMixtureHead implements DistributionHead {
    private static final String NAME = "NormalMixtureHead";
    private final int k;
    private final double minScale;

    private NormalMixtureHead(int k, double minScale) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, got " + k);
        }
        this.k = k;
        this.minScale = HeadMath.checkMinScale(minScale);
    }

    /**
     * @param k the number of components, &gt;= 1
     * @return the head, minScale 1e-6
     * @throws IllegalArgumentException if k &lt; 1
     */
    public static NormalMixtureHead of(int k) {
        return new NormalMixtureHead(k, 1e-6);
    }

    /**
     * @param minScale the floor added to softplus(s), finite and &gt; 0
     * @return a copy
     * @throws IllegalArgumentException if minScale is not finite and positive
     */
    public NormalMixtureHead withMinScale(double minScale) {
        return new NormalMixtureHead(k, minScale);
    }

    /** @return the number of components */
    public int components() {
        return k;
    }

    /** @return the scale floor */
    public double minScale() {
        return minScale;
    }

    @Override
    public int numOutputs() {
        return 3 * k;
    }

    @Override
    public Mixture distribution(INDArray raw) {
        int cols = numOutputs();
        int rows = HeadMath.rows(raw, cols, NAME);
        double[] v = HeadMath.values(raw);
        double[][] weights = new double[rows][k];
        double[][] mu = new double[k][rows];
        double[][] sigma = new double[k][rows];
        for (int i = 0; i < rows; i++) {
            int o = i * cols;
            double lse = HeadMath.logSumExp(v, o, k);
            for (int j = 0; j < k; j++) {
                weights[i][j] = Math.exp(v[o + j] - lse);
                mu[j][i] = v[o + k + j];
                sigma[j][i] = HeadMath.softplus(v[o + 2 * k + j]) + minScale;
            }
        }
        List<Normal> components = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            components.add(Normal.of(mu[j], sigma[j]));
        }
        return Mixture.of(components, weights);
    }

    @Override
    public HeadLoss loss(INDArray raw, double[] y, Score score) {
        int cols = numOutputs();
        int rows = HeadMath.rows(raw, cols, NAME);
        HeadMath.checkTargets(y, rows, NAME);
        HeadMath.checkScore(this, NAME, score);
        double[] v = HeadMath.values(raw);
        double[] grad = new double[v.length];
        double[] a = new double[k];
        double[] sigma = new double[k];
        double[] z = new double[k];
        double inv = 1.0 / rows;
        double total = 0.0;
        for (int i = 0; i < rows; i++) {
            int o = i * cols;
            for (int j = 0; j < k; j++) {
                sigma[j] = HeadMath.softplus(v[o + 2 * k + j]) + minScale;
                z[j] = (y[i] - v[o + k + j]) / sigma[j];
                a[j] = v[o + j] - HeadMath.HALF_LOG_2PI - Math.log(sigma[j]) - 0.5 * z[j] * z[j];
            }
            double lseLogits = HeadMath.logSumExp(v, o, k);
            double lseA = HeadMath.logSumExp(a, 0, k);
            total += lseLogits - lseA;
            for (int j = 0; j < k; j++) {
                double w = Math.exp(v[o + j] - lseLogits);
                double r = Math.exp(a[j] - lseA);
                grad[o + j] = (w - r) * inv;
                grad[o + k + j] = -r * z[j] / sigma[j] * inv;
                grad[o + 2 * k + j] = r * (1.0 - z[j] * z[j]) / sigma[j] * HeadMath.sigmoid(v[o + 2 * k + j]) * inv;
            }
        }
        return new HeadLoss(total * inv, HeadMath.toArray(grad, raw));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NormalMixtureHead h && h.k == k && Double.compare(h.minScale, minScale) == 0;
    }

    @Override
    public int hashCode() {
        return k * 31 + Double.hashCode(minScale);
    }

    @Override
    public String toString() {
        return "NormalMixtureHead(k=" + k + ", minScale=" + minScale + ")";
    }
}
