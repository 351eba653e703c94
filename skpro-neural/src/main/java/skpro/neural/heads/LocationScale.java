package skpro.neural.heads;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The shared loop of the two-output location-scale heads: raw (m, s) per row, location mu = m and
 * scale = softplus(s) + minScale; the per-row score and its partial derivatives come from a
 * {@link Kernel}, the chain rule through softplus (derivative sigmoid(s)) and the mean over rows
 * are applied here.
 */
final class LocationScale {
    private LocationScale() {
    }

    /** A per-row score and its derivatives with respect to the location and the scale. */
    @FunctionalInterface
    interface Kernel {
        /**
         * @param y the target
         * @param mu the location
         * @param scale the scale, &gt; 0
         * @param score the score
         * @param out out[0] = d/d(mu), out[1] = d/d(scale)
         * @return the row's score
         */
        double evaluate(double y, double mu, double scale, Score score, double[] out);
    }

    /**
     * @param raw {@code [rows, 2]}
     * @param minScale the scale floor
     * @param head the head's name, for messages
     * @return {location[], scale[]}
     */
    static double[][] parameters(INDArray raw, double minScale, String head) {
        int rows = HeadMath.rows(raw, 2, head);
        double[] v = HeadMath.values(raw);
        double[] mu = new double[rows];
        double[] scale = new double[rows];
        for (int i = 0; i < rows; i++) {
            mu[i] = v[2 * i];
            scale[i] = HeadMath.softplus(v[2 * i + 1]) + minScale;
        }
        return new double[][] {mu, scale};
    }

    /**
     * @param head the head, for its supported scores
     * @param name its name, for messages
     * @param raw {@code [rows, 2]}
     * @param y the targets
     * @param score the score
     * @param minScale the scale floor
     * @param kernel the per-row score
     * @return the mean score and its gradient
     */
    static HeadLoss loss(DistributionHead head, String name, INDArray raw, double[] y, Score score, double minScale,
        Kernel kernel) {
        int rows = HeadMath.rows(raw, 2, name);
        HeadMath.checkTargets(y, rows, name);
        HeadMath.checkScore(head, name, score);
        double[] v = HeadMath.values(raw);
        double[] grad = new double[v.length];
        double[] d = new double[2];
        double total = 0.0;
        double inv = 1.0 / rows;
        for (int i = 0; i < rows; i++) {
            double s = v[2 * i + 1];
            double scale = HeadMath.softplus(s) + minScale;
            total += kernel.evaluate(y[i], v[2 * i], scale, score, d);
            grad[2 * i] = d[0] * inv;
            grad[2 * i + 1] = d[1] * HeadMath.sigmoid(s) * inv;
        }
        return new HeadLoss(total * inv, HeadMath.toArray(grad, raw));
    }
}
