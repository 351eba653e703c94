package skpro.neural.layers;

import java.util.List;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import skpro.neural.engine.Context;
import skpro.neural.engine.Flops;
import skpro.neural.engine.Initializer;
import skpro.neural.engine.Layer;
import skpro.neural.engine.ParamSpec;

/**
 * Block-diagonal (grouped) linear layer on the last axis: the input's in features are split into
 * G contiguous chunks x_g of in/G, each multiplied by its own W_g of shape [in/G, out/G], and the
 * results concatenated, y = [x_1 W_1, ..., x_G W_G] + b. It equals a dense layer whose [in, out]
 * weight is block-diagonal with blocks W_1, ..., W_G (GroupBERT's grouped feed-forward).
 *
 * <p>Parameters: weight [G, in/G, out/G] (Xavier-uniform with fans in/G and out/G; dense: it has no
 * weight mask yet, so it is not declared sparsifiable) and an optional bias [out] (starts at 0).
 *
 * <p>Gradients: dL/dW_g = x_g^T g_g, dL/db = Σ_rows g, dL/dx_g = g_g W_g^T, g_g the output
 * gradient's chunk g.
 *
 * <p>FLOPs on N rows: forward 2 N in out / G (+ N out for the bias); backward 4 N in out / G
 * (input and weight gradients) (+ N out for the bias).
 */
public final class GroupedLinear implements Layer {
    private final long in;
    private final long out;
    private final long groups;
    private final boolean bias;
    private INDArray weight;
    private INDArray weightGrad;
    private INDArray biasValues;
    private INDArray biasGrad;
    private INDArray[] cachedChunks;
    private long[] cachedShape;

    private GroupedLinear(long in, long out, long groups, boolean bias) {
        this.in = in;
        this.out = out;
        this.groups = groups;
        this.bias = bias;
    }

    /**
     * @param in input features, &gt;= 1
     * @param out output features, &gt;= 1
     * @param groups the number of blocks G, &gt;= 1, dividing both in and out
     * @return the layer with bias
     * @throws IllegalArgumentException if a size is below 1 or G divides not both sizes
     */
    public static GroupedLinear of(long in, long out, long groups) {
        if (in < 1 || out < 1 || groups < 1 || in % groups != 0 || out % groups != 0) {
            throw new IllegalArgumentException("GroupedLinear needs sizes >= 1 and groups dividing in and out, got in="
                + in + ", out=" + out + ", groups=" + groups);
        }
        return new GroupedLinear(in, out, groups, true);
    }

    /** @return a copy without bias */
    public GroupedLinear withoutBias() {
        return new GroupedLinear(in, out, groups, false);
    }

    /** @return input features */
    public long inputSize() {
        return in;
    }

    /** @return output features */
    public long outputSize() {
        return out;
    }

    /** @return the number of groups */
    public long groups() {
        return groups;
    }

    @Override
    public List<ParamSpec> params() {
        ParamSpec w = ParamSpec.of("weight", Initializer.xavierUniform(), groups, in / groups, out / groups)
            .withFans(in / groups, out / groups);
        return bias ? List.of(w, ParamSpec.of("bias", Initializer.zeros(), out)) : List.of(w);
    }

    @Override
    public void bind(List<INDArray> values, List<INDArray> gradients) {
        if (weight != null) {
            throw new IllegalStateException("GroupedLinear is already bound to a network");
        }
        weight = values.get(0);
        weightGrad = gradients.get(0);
        if (bias) {
            biasValues = values.get(1);
            biasGrad = gradients.get(1);
        }
    }

    @Override
    public long[] outputShape(long[] inputShape) {
        Shapes.checkLastAxis(inputShape, in, "GroupedLinear");
        return Shapes.withLast(inputShape, out);
    }

    @Override
    public INDArray forward(INDArray input, Context context) {
        if (weight == null) {
            throw new IllegalStateException("GroupedLinear is not bound to parameters (use Network.of)");
        }
        INDArray rows = Shapes.rows(input, in, "GroupedLinear");
        long ki = in / groups;
        long ko = out / groups;
        INDArray y = Nd4j.createUninitialized(rows.dataType(), rows.size(0), out);
        cachedChunks = new INDArray[(int) groups];
        for (int g = 0; g < groups; g++) {
            INDArray chunk = rows.get(NDArrayIndex.all(), NDArrayIndex.interval(g * ki, (g + 1) * ki)).dup('c');
            cachedChunks[g] = chunk;
            y.get(NDArrayIndex.all(), NDArrayIndex.interval(g * ko, (g + 1) * ko)).assign(chunk.mmul(block(weight, g)));
        }
        if (bias) {
            y.addiRowVector(biasValues);
        }
        cachedShape = input.shape();
        return y.reshape('c', Shapes.withLast(cachedShape, out));
    }

    private static INDArray block(INDArray w, int g) {
        return w.get(NDArrayIndex.point(g), NDArrayIndex.all(), NDArrayIndex.all());
    }

    @Override
    public INDArray backward(INDArray outputGradient) {
        Shapes.requireForward("GroupedLinear", cachedChunks);
        INDArray grad = Shapes.rows(outputGradient, out, "GroupedLinear");
        long ki = in / groups;
        long ko = out / groups;
        INDArray gx = Nd4j.createUninitialized(grad.dataType(), grad.size(0), in);
        for (int g = 0; g < groups; g++) {
            INDArray gg = grad.get(NDArrayIndex.all(), NDArrayIndex.interval(g * ko, (g + 1) * ko)).dup('c');
            block(weightGrad, g).addi(cachedChunks[g].transpose().mmul(gg));
            gx.get(NDArrayIndex.all(), NDArrayIndex.interval(g * ki, (g + 1) * ki))
                .assign(gg.mmul(block(weight, g).transpose()));
        }
        if (bias) {
            biasGrad.addi(grad.sum(0));
        }
        return gx.reshape('c', cachedShape);
    }

    @Override
    public Flops flops(long[] inputShape) {
        Shapes.checkLastAxis(inputShape, in, "GroupedLinear");
        double n = Shapes.leading(inputShape);
        double mm = 2.0 * n * in * out / groups;
        double b = bias ? n * out : 0.0;
        return Flops.of(mm + b, 2.0 * mm + b);
    }

    @Override
    public String toString() {
        return "GroupedLinear.of(" + in + ", " + out + ", " + groups + ")" + (bias ? "" : ".withoutBias()");
    }
}
