package skpro.neural.layers;

import java.util.SplittableRandom;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import skpro.neural.engine.Context;
import skpro.neural.engine.Flops;
import skpro.neural.engine.Layer;

/**
 * Inverted dropout (Srivastava et al. 2014) with rate p: in training, y = x ∘ m with independent
 * m_i = 1 / (1 - p) with probability 1 - p and 0 otherwise, so E[y] = x; at inference y = x.
 *
 * <p>The mask is drawn, in row-major order, from {@link Context#random(Layer)} only, so the same
 * step seed and network give the same mask (the backward pass, gradient checks and resumed
 * training see the forward's mask). Gradient: dL/dx = g ∘ m (g at inference).
 *
 * <p>FLOPs, counted for a training pass on N elements: forward N, backward N (one product each);
 * 0 when p = 0.
 */
public final class Dropout implements Layer {
    private final double rate;
    private INDArray cachedMask;
    private boolean forwarded;

    private Dropout(double rate) {
        this.rate = rate;
    }

    /**
     * @param rate the probability p of dropping an element, 0 &lt;= p &lt; 1
     * @return the layer
     * @throws IllegalArgumentException if rate is outside [0, 1)
     */
    public static Dropout of(double rate) {
        if (!(rate >= 0.0 && rate < 1.0)) {
            throw new IllegalArgumentException("Dropout rate must be in [0, 1), got " + rate);
        }
        return new Dropout(rate);
    }

    /** @return the drop probability */
    public double rate() {
        return rate;
    }

    @Override
    public long[] outputShape(long[] inputShape) {
        return inputShape.clone();
    }

    @Override
    public INDArray forward(INDArray input, Context context) {
        forwarded = true;
        if (!context.isTraining() || rate == 0.0) {
            cachedMask = null;
            return input.dup('c');
        }
        SplittableRandom random = context.random(this);
        double keep = 1.0 - rate;
        double scale = 1.0 / keep;
        double[] m = new double[Math.toIntExact(input.length())];
        for (int i = 0; i < m.length; i++) {
            m[i] = random.nextDouble() < keep ? scale : 0.0;
        }
        cachedMask = Nd4j.createFromArray(m).castTo(input.dataType()).reshape('c', input.shape());
        return input.mul(cachedMask);
    }

    @Override
    public INDArray backward(INDArray outputGradient) {
        if (!forwarded) {
            throw new IllegalStateException("Dropout.backward called without a preceding forward");
        }
        return cachedMask == null ? outputGradient.dup('c') : outputGradient.mul(cachedMask);
    }

    @Override
    public Flops flops(long[] inputShape) {
        if (rate == 0.0) {
            return Flops.ZERO;
        }
        double n = Shapes.size(inputShape);
        return Flops.of(n, n);
    }

    @Override
    public String toString() {
        return "Dropout.of(" + rate + ")";
    }
}
