package skpro.neural.heads;

import java.util.Arrays;

import org.apache.commons.numbers.gamma.Erfc;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Shape checks, raw-output access and the smooth constraints shared by the heads. */
final class HeadMath {
    /** 1 / sqrt(2 pi). */
    static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2.0 * Math.PI);
    /** log(2 pi) / 2. */
    static final double HALF_LOG_2PI = 0.5 * Math.log(2.0 * Math.PI);
    /** 1 / sqrt(pi). */
    static final double INV_SQRT_PI = 1.0 / Math.sqrt(Math.PI);

    private HeadMath() {
    }

    /**
     * @param raw the raw outputs
     * @param columns the head's number of outputs per row
     * @param head the head's name, for the message
     * @return the number of rows
     * @throws IllegalArgumentException if raw is null, not 2-D, empty, or has another column count
     */
    static int rows(INDArray raw, long columns, String head) {
        if (raw == null) {
            throw new IllegalArgumentException(head + ": raw must not be null");
        }
        long[] shape = raw.shape();
        if (shape.length != 2 || shape[1] != columns || shape[0] < 1) {
            throw new IllegalArgumentException(head + " expects raw outputs [rows >= 1, " + columns + "], got shape "
                + Arrays.toString(shape));
        }
        if (!raw.dataType().isFPType()) {
            throw new IllegalArgumentException(head + " expects floating-point raw outputs, got " + raw.dataType());
        }
        return Math.toIntExact(shape[0]);
    }

    /**
     * @param raw {@code [rows, columns]} raw outputs, already checked by {@link #rows}
     * @return the values, row-major, as doubles
     */
    static double[] values(INDArray raw) {
        return raw.dup('c').reshape(raw.length()).toDoubleVector();
    }

    /**
     * @param y the targets
     * @param rows the raw outputs' row count
     * @param head the head's name, for the message
     * @throws IllegalArgumentException if y is null, of another length, or holds a non-finite value
     */
    static void checkTargets(double[] y, int rows, String head) {
        if (y == null) {
            throw new IllegalArgumentException(head + ": y must not be null");
        }
        if (y.length != rows) {
            throw new IllegalArgumentException(head + ": y has " + y.length + " values but raw has " + rows + " rows");
        }
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException(head + ": y[" + i + "] must be finite, got " + y[i]);
            }
        }
    }

    /**
     * @param head the head
     * @param name its name, for the message
     * @param score the requested score
     * @throws IllegalArgumentException if score is null or not supported by the head
     */
    static void checkScore(DistributionHead head, String name, Score score) {
        if (score == null) {
            throw new IllegalArgumentException(name + ": score must not be null");
        }
        if (!head.supports(score)) {
            throw new IllegalArgumentException(name + " does not support the score " + score);
        }
    }

    /**
     * @param gradient row-major gradient values
     * @param like the raw outputs (shape and data type)
     * @return the gradient as an array shaped and typed as {@code like}
     */
    static INDArray toArray(double[] gradient, INDArray like) {
        INDArray g = Nd4j.createFromArray(gradient).reshape('c', like.shape());
        return like.dataType() == g.dataType() ? g : g.castTo(like.dataType());
    }

    /**
     * @param minScale the scale floor
     * @return minScale
     * @throws IllegalArgumentException if it is not finite and positive
     */
    static double checkMinScale(double minScale) {
        if (!(minScale > 0.0 && minScale < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("minScale must be finite and > 0, got " + minScale);
        }
        return minScale;
    }

    /** @return softplus(s) = log(1 + exp(s)), computed as log1p(exp(-|s|)) + max(s, 0) */
    static double softplus(double s) {
        return Math.log1p(Math.exp(-Math.abs(s))) + Math.max(s, 0.0);
    }

    /** @return sigmoid(s) = 1 / (1 + exp(-s)), the derivative of softplus, without overflow */
    static double sigmoid(double s) {
        if (s >= 0) {
            return 1.0 / (1.0 + Math.exp(-s));
        }
        double e = Math.exp(s);
        return e / (1.0 + e);
    }

    /** @return the standard normal cdf Phi(z) = erfc(-z / sqrt 2) / 2 */
    static double normalCdf(double z) {
        return 0.5 * Erfc.value(-z / Math.sqrt(2.0));
    }

    /**
     * Row-wise log-sum-exp, numerically stable.
     *
     * @param v the values
     * @param from the first index
     * @param count how many
     * @return log(sum exp v[from .. from + count - 1])
     */
    static double logSumExp(double[] v, int from, int count) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = from; j < from + count; j++) {
            max = Math.max(max, v[j]);
        }
        double sum = 0.0;
        for (int j = from; j < from + count; j++) {
            sum += Math.exp(v[j] - max);
        }
        return max + Math.log(sum);
    }
}
