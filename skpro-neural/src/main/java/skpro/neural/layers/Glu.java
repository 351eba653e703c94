package skpro.neural.layers;

import java.util.Arrays;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

import skpro.neural.engine.Context;
import skpro.neural.engine.Flops;
import skpro.neural.engine.Layer;

/**
 * Gated linear unit on the last axis (Dauphin et al. 2017): an input [..., 2m] is split into its
 * first half a and its second half b, each [..., m], and y = a ∘ σ(b), [..., m], σ the logistic
 * sigmoid.
 *
 * <p>Gradients: dL/da = g ∘ σ(b), dL/db = g ∘ a ∘ σ(b) (1 - σ(b)); dL/dx concatenates them.
 *
 * <p>FLOPs on N rows: forward 5 N m (σ counts 4 per element, the product 1); backward 5 N m
 * (g σ 1; 1 - σ, times σ, times a, times g: 4).
 */
public final class Glu implements Layer {
    private INDArray cachedA;
    private INDArray cachedSigmoid;
    private long[] cachedShape;

    private Glu() {
    }

    /** @return the gated linear unit */
    public static Glu of() {
        return new Glu();
    }

    private static long half(long[] shape) {
        long last = shape.length == 0 ? 0 : shape[shape.length - 1];
        if (shape.length < 2 || shape.length > 3 || last % 2 != 0) {
            throw new IllegalArgumentException("Glu expects input [rows, 2m] or [batch, sequence, 2m] with an even "
                + "last axis, got shape " + Arrays.toString(shape));
        }
        return last / 2;
    }

    @Override
    public long[] outputShape(long[] inputShape) {
        return Shapes.withLast(inputShape, half(inputShape));
    }

    @Override
    public INDArray forward(INDArray input, Context context) {
        long m = half(input.shape());
        INDArray rows = Shapes.rows(input, 2 * m, "Glu");
        INDArray a = rows.get(NDArrayIndex.all(), NDArrayIndex.interval(0, m)).dup('c');
        INDArray s = Transforms.sigmoid(rows.get(NDArrayIndex.all(), NDArrayIndex.interval(m, 2 * m)).dup('c'), false);
        cachedA = a;
        cachedSigmoid = s;
        cachedShape = input.shape();
        return a.mul(s).reshape('c', Shapes.withLast(cachedShape, m));
    }

    @Override
    public INDArray backward(INDArray outputGradient) {
        Shapes.requireForward("Glu", cachedA);
        long m = cachedA.size(1);
        INDArray g = Shapes.rows(outputGradient, m, "Glu");
        INDArray ga = g.mul(cachedSigmoid);
        INDArray gb = cachedSigmoid.rsub(1.0).muli(cachedSigmoid).muli(cachedA).muli(g);
        return Nd4j.hstack(ga, gb).reshape('c', cachedShape);
    }

    @Override
    public Flops flops(long[] inputShape) {
        double elements = Shapes.leading(inputShape) * (double) half(inputShape);
        return Flops.of(5 * elements, 5 * elements);
    }

    @Override
    public String toString() {
        return "Glu.of()";
    }
}
