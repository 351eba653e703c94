package skpro.neural.optim;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Gradient clipping on the flat gradient vector. */
public final class GradientClipping {
    private GradientClipping() {
    }

    /**
     * Clips by global norm: with n = ||g||_2 over all entries, if n &gt; maxNorm the gradients are
     * scaled in place by maxNorm / n (so their norm becomes maxNorm); otherwise they are left
     * unchanged. A NaN or infinite norm leaves them unchanged too (the caller sees it in the
     * returned value).
     *
     * @param gradients the gradients, changed in place
     * @param maxNorm the largest allowed norm, finite and &gt; 0
     * @return the norm before clipping
     * @throws IllegalArgumentException if gradients is null or maxNorm is not finite and positive
     */
    public static double clipByGlobalNorm(INDArray gradients, double maxNorm) {
        if (gradients == null) {
            throw new IllegalArgumentException("gradients must not be null");
        }
        StateChecks.positive("maxNorm", maxNorm);
        // in double: the float32 sum of squares overflows for gradients above ~1.8e19
        INDArray g = gradients.dataType() == DataType.DOUBLE ? gradients : gradients.castTo(DataType.DOUBLE);
        double norm = g.norm2Number().doubleValue();
        if (norm > maxNorm && norm < Double.POSITIVE_INFINITY) {
            gradients.muli(maxNorm / norm);
        }
        return norm;
    }
}
