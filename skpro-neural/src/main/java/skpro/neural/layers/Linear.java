package skpro.neural.layers;

import java.util.List;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import skpro.neural.engine.Context;
import skpro.neural.engine.Flops;
import skpro.neural.engine.Initializer;
import skpro.neural.engine.ParamSpec;

/**
 * Fully connected layer on the last axis: y = x (W ∘ M) + b, with W of shape [in, out], bias b of
 * length out (optional) and an optional fixed 0/1 mask M (all ones when absent). The mask is how
 * sparsity plugs in: masked weights take no part in the output (the product uses W ∘ M, whatever
 * the inactive entries hold) and get zero gradient; they are also zeroed in the flat parameter
 * buffer when the layer is bound, and this module's optimisers leave a zero weight with zero
 * gradient at zero.
 *
 * <p>Gradients: dL/dW = (x^T g) ∘ M, dL/db = sum over rows of g, dL/dx = g (W ∘ M)^T.
 *
 * <p>FLOPs on N rows, density f = nnz(M) / (in out): forward 2 N in out f (+ N out for the
 * bias); backward 4 N in out f (input and weight gradients) (+ N out for the bias).
 *
 * <p>The weight is declared sparsifiable; default initialisation Xavier-uniform weights and zero
 * bias.
 */
public final class Linear implements skpro.neural.engine.Layer {
    private final long in;
    private final long out;
    private final boolean bias;
    private final Initializer weightInit;
    private final boolean[] mask;
    private final double density;
    private INDArray weight;
    private INDArray biasValues;
    private INDArray weightGrad;
    private INDArray biasGrad;
    private INDArray maskArray;
    private INDArray cachedRows;
    private long[] cachedShape;

    private Linear(long in, long out, boolean bias, Initializer weightInit, boolean[] mask) {
        if (in < 1 || out < 1) {
            throw new IllegalArgumentException("Linear sizes must be >= 1, got in=" + in + ", out=" + out);
        }
        if (weightInit == null) {
            throw new IllegalArgumentException("weightInit must not be null");
        }
        this.in = in;
        this.out = out;
        this.bias = bias;
        this.weightInit = weightInit;
        this.mask = mask;
        if (mask == null) {
            density = 1.0;
        } else {
            if (mask.length != in * out) {
                throw new IllegalArgumentException("mask must have in*out = " + in * out + " entries, got "
                    + mask.length);
            }
            long active = 0;
            for (boolean m : mask) {
                active += m ? 1 : 0;
            }
            density = (double) active / mask.length;
        }
    }

    /**
     * @param in input features, &gt;= 1
     * @param out output features, &gt;= 1
     * @return a dense layer with bias
     * @throws IllegalArgumentException if a size is below 1
     */
    public static Linear of(long in, long out) {
        return new Linear(in, out, true, Initializer.xavierUniform(), null);
    }

    /** @return a copy without bias */
    public Linear withoutBias() {
        return new Linear(in, out, false, weightInit, mask);
    }

    /**
     * @param init the weights' initialiser
     * @return a copy
     * @throws IllegalArgumentException if init is null
     */
    public Linear withWeightInit(Initializer init) {
        return new Linear(in, out, bias, init, mask);
    }

    /**
     * @param activeWeights row-major [in, out] flags, true where the weight is active
     * @return a copy with this fixed mask
     * @throws IllegalArgumentException if the length is not in * out
     */
    public Linear withMask(boolean[] activeWeights) {
        if (activeWeights == null) {
            throw new IllegalArgumentException("activeWeights must not be null");
        }
        return new Linear(in, out, bias, weightInit, activeWeights.clone());
    }

    /** @return the fraction of active weights (1 without a mask) */
    public double density() {
        return density;
    }

    /** @return input features */
    public long inputSize() {
        return in;
    }

    /** @return output features */
    public long outputSize() {
        return out;
    }

    @Override
    public List<ParamSpec> params() {
        ParamSpec w = ParamSpec.of("weight", weightInit, in, out).sparsifiable();
        return bias ? List.of(w, ParamSpec.of("bias", Initializer.zeros(), out)) : List.of(w);
    }

    @Override
    public void bind(List<INDArray> values, List<INDArray> gradients) {
        if (weight != null) {
            throw new IllegalStateException("Linear is already bound to a network");
        }
        weight = values.get(0);
        weightGrad = gradients.get(0);
        if (bias) {
            biasValues = values.get(1);
            biasGrad = gradients.get(1);
        }
        if (mask != null) {
            double[] m = new double[mask.length];
            for (int i = 0; i < m.length; i++) {
                m[i] = mask[i] ? 1.0 : 0.0;
            }
            maskArray = Nd4j.createFromArray(m).reshape('c', in, out).castTo(weight.dataType());
            weight.muli(maskArray);
        }
    }

    @Override
    public long[] outputShape(long[] inputShape) {
        Shapes.checkLastAxis(inputShape, in, "Linear");
        return Shapes.withLast(inputShape, out);
    }

    /** W ∘ M: the layer is a function of the active weights only, whatever the inactive entries hold. */
    private INDArray effectiveWeight() {
        return maskArray == null ? weight : weight.mul(maskArray);
    }

    @Override
    public INDArray forward(INDArray input, Context context) {
        if (weight == null) {
            throw new IllegalStateException("Linear must be bound to a network (Network.of) before forward");
        }
        INDArray rows = Shapes.rows(input, in, "Linear");
        INDArray y = rows.mmul(effectiveWeight());
        if (bias) {
            y.addiRowVector(biasValues);
        }
        cachedRows = rows;
        cachedShape = input.shape();
        return y.reshape('c', Shapes.withLast(cachedShape, out));
    }

    @Override
    public INDArray backward(INDArray outputGradient) {
        Shapes.requireForward("Linear", cachedRows);
        Shapes.requireGradientShape("Linear", outputGradient, Shapes.withLast(cachedShape, out));
        INDArray g = Shapes.rows(outputGradient, out, "Linear");
        if (maskArray == null) {
            // weightGrad += rows^T g in one BLAS call, straight into the gradient view
            Nd4j.gemm(cachedRows, g, weightGrad, true, false, 1.0, 1.0);
        } else {
            weightGrad.addi(cachedRows.transpose().mmul(g).muli(maskArray));
        }
        if (bias) {
            biasGrad.addi(g.sum(0));
        }
        INDArray gx = g.mmul(effectiveWeight().transpose());
        return gx.reshape('c', cachedShape);
    }

    @Override
    public Flops flops(long[] inputShape) {
        Shapes.checkLastAxis(inputShape, in, "Linear");
        double n = Shapes.leading(inputShape);
        double mm = 2.0 * n * in * out * density;
        double b = bias ? n * out : 0.0;
        return Flops.of(mm + b, 2.0 * mm + b);
    }
}
