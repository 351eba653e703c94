package skpro.neural.layers;

import java.util.List;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

import skpro.neural.engine.Context;
import skpro.neural.engine.Flops;
import skpro.neural.engine.Initializer;
import skpro.neural.engine.Layer;
import skpro.neural.engine.ParamSpec;

/**
 * Layer normalisation over the last axis (Ba et al. 2016): for each row x of length k,
 * μ = Σ x_i / k, σ² = Σ (x_i - μ)² / k (biased), r = 1 / sqrt(σ² + ε), x̂ = (x - μ) r and
 * y = x̂ ∘ γ + β, with learnable gain γ (starts at 1) and bias β (starts at 0), both of length k.
 *
 * <p>Gradients, h = g ∘ γ: dL/dγ = Σ_rows g ∘ x̂, dL/dβ = Σ_rows g, and through μ and σ,
 * dL/dx = r (h - mean(h) - x̂ mean(h ∘ x̂)), means over the row.
 *
 * <p>FLOPs per row: forward 7 k + 5 (mean k + 1, centre k, variance 2 k + 1, r 3, x̂ k, gain and
 * bias 2 k); backward 11 k + 2 (γ gradient 2 k, β gradient k, h k, the input gradient 7 k + 2).
 * Neither tensor is sparsifiable.
 */
public final class LayerNorm implements Layer {
    private final long features;
    private final double epsilon;
    private INDArray gain;
    private INDArray gainGrad;
    private INDArray biasGrad;
    private INDArray bias;
    private INDArray cachedNormalised;
    private INDArray cachedInvStd;
    private long[] cachedShape;

    private LayerNorm(long features, double epsilon) {
        if (features < 1) {
            throw new IllegalArgumentException("LayerNorm features must be >= 1, got " + features);
        }
        if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("LayerNorm epsilon must be positive and finite, got " + epsilon);
        }
        this.features = features;
        this.epsilon = epsilon;
    }

    /**
     * @param features the last axis' length k, &gt;= 1
     * @return layer normalisation with ε = 1e-5
     * @throws IllegalArgumentException if features is below 1
     */
    public static LayerNorm of(long features) {
        return new LayerNorm(features, 1e-5);
    }

    /**
     * @param eps the variance offset ε, &gt; 0
     * @return a copy with this ε
     * @throws IllegalArgumentException if eps is not positive and finite
     */
    public LayerNorm withEpsilon(double eps) {
        return new LayerNorm(features, eps);
    }

    /** @return the last axis' length */
    public long features() {
        return features;
    }

    /** @return ε */
    public double epsilon() {
        return epsilon;
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(ParamSpec.of("gain", Initializer.constant(1.0), features),
            ParamSpec.of("bias", Initializer.zeros(), features));
    }

    @Override
    public void bind(List<INDArray> values, List<INDArray> gradients) {
        if (gain != null) {
            throw new IllegalStateException("LayerNorm is already bound to a network");
        }
        gain = values.get(0);
        bias = values.get(1);
        gainGrad = gradients.get(0);
        biasGrad = gradients.get(1);
    }

    @Override
    public long[] outputShape(long[] inputShape) {
        Shapes.checkLastAxis(inputShape, features, "LayerNorm");
        return inputShape.clone();
    }

    @Override
    public INDArray forward(INDArray input, Context context) {
        if (gain == null) {
            throw new IllegalStateException("LayerNorm is not bound to parameters (use Network.of)");
        }
        INDArray rows = Shapes.rows(input, features, "LayerNorm");
        INDArray centred = rows.subColumnVector(rows.mean(1));
        INDArray variance = centred.mul(centred).mean(1);
        INDArray invStd = Transforms.pow(variance.addi(epsilon), -0.5, false);
        INDArray normalised = centred.muliColumnVector(invStd);
        cachedNormalised = normalised;
        cachedInvStd = invStd;
        cachedShape = input.shape();
        return normalised.mulRowVector(gain).addiRowVector(bias).reshape('c', cachedShape);
    }

    @Override
    public INDArray backward(INDArray outputGradient) {
        Shapes.requireForward("LayerNorm", cachedNormalised);
        INDArray g = Shapes.rows(outputGradient, features, "LayerNorm");
        INDArray xhat = cachedNormalised;
        gainGrad.addi(g.mul(xhat).sum(0));
        biasGrad.addi(g.sum(0));
        INDArray h = g.mulRowVector(gain);
        INDArray meanH = h.mean(1);
        INDArray meanHx = h.mul(xhat).mean(1);
        INDArray gx = h.subiColumnVector(meanH).subi(xhat.mulColumnVector(meanHx)).muliColumnVector(cachedInvStd);
        return gx.reshape('c', cachedShape);
    }

    @Override
    public Flops flops(long[] inputShape) {
        Shapes.checkLastAxis(inputShape, features, "LayerNorm");
        double n = Shapes.leading(inputShape);
        return Flops.of(n * (7.0 * features + 5), n * (11.0 * features + 2));
    }

    @Override
    public String toString() {
        return "LayerNorm.of(" + features + ").withEpsilon(" + epsilon + ")";
    }
}
