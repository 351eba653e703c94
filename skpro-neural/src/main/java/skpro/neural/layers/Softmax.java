package skpro.neural.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

import skpro.neural.engine.Context;
import skpro.neural.engine.Flops;
import skpro.neural.engine.Layer;

/**
 * Softmax over the last axis: s_i = exp(x_i - max x) / Σ_j exp(x_j - max x) (subtracting the row
 * maximum changes nothing mathematically and keeps exp from overflowing).
 *
 * <p>Gradient: dL/dx = s ∘ (g - Σ_j g_j s_j), row by row.
 *
 * <p>FLOPs per row of length k: forward 5 k (max, subtract, exp, sum, divide); backward 4 k
 * (product, sum, subtract, product).
 */
public final class Softmax implements Layer {
    private INDArray cachedSoftmax;
    private long[] cachedShape;

    private Softmax() {
    }

    /** @return softmax over the last axis */
    public static Softmax of() {
        return new Softmax();
    }

    @Override
    public long[] outputShape(long[] inputShape) {
        SoftmaxRows.lastAxis(inputShape, "Softmax");
        return inputShape.clone();
    }

    @Override
    public INDArray forward(INDArray input, Context context) {
        INDArray e = Transforms.exp(SoftmaxRows.shifted(input, "Softmax"), false);
        cachedSoftmax = e.diviColumnVector(e.sum(1));
        cachedShape = input.shape();
        return cachedSoftmax.dup().reshape('c', cachedShape);
    }

    @Override
    public INDArray backward(INDArray outputGradient) {
        Shapes.requireForward("Softmax", cachedSoftmax);
        Shapes.requireGradientShape("Softmax", outputGradient, cachedShape);
        INDArray g = Shapes.rows(outputGradient, cachedSoftmax.size(1), "Softmax");
        INDArray dot = g.mul(cachedSoftmax).sum(1);
        return g.subColumnVector(dot).muli(cachedSoftmax).reshape('c', cachedShape);
    }

    @Override
    public Flops flops(long[] inputShape) {
        double[] nk = SoftmaxRows.rowsAndLength(inputShape, "Softmax");
        double elements = nk[0] * nk[1];
        return Flops.of(5 * elements, 4 * elements);
    }

    @Override
    public String toString() {
        return "Softmax.of()";
    }
}
