package skpro.neural.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Erf;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

import skpro.neural.engine.Context;
import skpro.neural.engine.Flops;
import skpro.neural.engine.Layer;

/**
 * An element-wise activation y = f(x), applied to an input of any rank; its gradient is
 * dL/dx = g ∘ f'(x). Made by one of the factories:
 *
 * <ul>
 *   <li>{@link #relu()}: f(x) = max(x, 0), f'(x) = 1 for x &gt; 0 and 0 otherwise;</li>
 *   <li>{@link #gelu()} (exact, Hendrycks and Gimpel 2016): f(x) = x Φ(x) with Φ(x) = (1 +
 *       erf(x / √2)) / 2 the standard normal cdf, f'(x) = Φ(x) + x φ(x), φ(x) = exp(-x²/2) /
 *       √(2π) the density;</li>
 *   <li>{@link #silu()} (swish): f(x) = x σ(x), f'(x) = σ(x) (1 + x (1 - σ(x)));</li>
 *   <li>{@link #tanh()}: f'(x) = 1 - tanh²(x);</li>
 *   <li>{@link #sigmoid()}: σ(x) = 1 / (1 + exp(-x)), σ'(x) = σ(x) (1 - σ(x)).</li>
 * </ul>
 *
 * <p>The returned output never shares memory with what the layer keeps for its backward pass, so a
 * caller may modify it.
 *
 * <p>FLOPs per element, forward / backward (a transcendental counts 1, the backward includes the
 * product with g and reuses what the forward kept): ReLU 1 / 1; GELU 5 (scale, erf, add, halve,
 * product) / 7 (x², scale, exp, scale for φ; times x, plus Φ, times g); SiLU 5 (σ: negate, exp,
 * add, reciprocal; product) / 5; tanh 1 / 3; sigmoid 4 / 3.
 */
public final class Activation implements Layer {
    private static final double INV_SQRT2 = 1.0 / Math.sqrt(2.0);
    private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2.0 * Math.PI);

    private enum Kind {
        RELU("ReLU", 1, 1), GELU("GELU", 5, 7), SILU("SiLU", 5, 5), TANH("Tanh", 1, 3), SIGMOID("Sigmoid", 4, 3);

        private final String label;
        private final double forwardPerElement;
        private final double backwardPerElement;

        Kind(String label, double forwardPerElement, double backwardPerElement) {
            this.label = label;
            this.forwardPerElement = forwardPerElement;
            this.backwardPerElement = backwardPerElement;
        }
    }

    private final Kind kind;
    private INDArray cachedInput;
    private INDArray cachedAux;

    private Activation(Kind kind) {
        this.kind = kind;
    }

    /** @return the rectified linear unit max(x, 0) */
    public static Activation relu() {
        return new Activation(Kind.RELU);
    }

    /** @return the exact Gaussian error linear unit x Φ(x) */
    public static Activation gelu() {
        return new Activation(Kind.GELU);
    }

    /** @return the sigmoid linear unit (swish) x σ(x) */
    public static Activation silu() {
        return new Activation(Kind.SILU);
    }

    /** @return the hyperbolic tangent */
    public static Activation tanh() {
        return new Activation(Kind.TANH);
    }

    /** @return the logistic sigmoid 1 / (1 + exp(-x)) */
    public static Activation sigmoid() {
        return new Activation(Kind.SIGMOID);
    }

    /** @return "ReLU", "GELU", "SiLU", "Tanh" or "Sigmoid" */
    @Override
    public String name() {
        return kind.label;
    }

    @Override
    public long[] outputShape(long[] inputShape) {
        return inputShape.clone();
    }

    @Override
    public INDArray forward(INDArray input, Context context) {
        INDArray x = input.dup('c');
        INDArray y;
        switch (kind) {
            case RELU:
                y = Transforms.relu(x, true);
                cachedAux = null;
                break;
            case GELU: {
                INDArray phi = x.mul(INV_SQRT2);
                Nd4j.getExecutioner().exec(new Erf(phi, phi));
                phi.addi(1.0).muli(0.5);
                cachedAux = phi;
                y = x.mul(phi);
                break;
            }
            case SILU: {
                INDArray s = Transforms.sigmoid(x, true);
                cachedAux = s;
                y = x.mul(s);
                break;
            }
            case TANH:
                cachedAux = Transforms.tanh(x, true);
                y = cachedAux.dup();
                break;
            default:
                cachedAux = Transforms.sigmoid(x, true);
                y = cachedAux.dup();
                break;
        }
        cachedInput = x;
        return y;
    }

    @Override
    public INDArray backward(INDArray outputGradient) {
        Shapes.requireForward(name(), cachedInput);
        INDArray x = cachedInput;
        INDArray a = cachedAux;
        INDArray derivative;
        switch (kind) {
            case RELU:
                derivative = Transforms.step(x, true);
                break;
            case GELU:
                // Φ(x) + x φ(x)
                derivative = Transforms.exp(x.mul(x).muli(-0.5), false).muli(INV_SQRT_2PI).muli(x).addi(a);
                break;
            case SILU:
                // σ (1 + x (1 - σ))
                derivative = a.rsub(1.0).muli(x).addi(1.0).muli(a);
                break;
            case TANH:
                derivative = a.mul(a).rsubi(1.0);
                break;
            default:
                derivative = a.rsub(1.0).muli(a);
                break;
        }
        return derivative.muli(outputGradient);
    }

    @Override
    public Flops flops(long[] inputShape) {
        double n = Shapes.size(inputShape);
        return Flops.of(kind.forwardPerElement * n, kind.backwardPerElement * n);
    }

    @Override
    public String toString() {
        return "Activation." + kind.name().toLowerCase(java.util.Locale.ROOT) + "()";
    }
}
