package skpro.neural.layers;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.List;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import skpro.neural.engine.Context;
import skpro.neural.engine.Flops;
import skpro.neural.engine.Initializer;
import skpro.neural.engine.Layer;
import skpro.neural.engine.ParamSpec;

/**
 * Token embedding: a table W of shape [vocabulary, dim]; an input of integer-valued indices
 * (any numeric data type), [batch] or [batch, sequence], gives y[..., :] = W[index, :], shape
 * [..., dim], in the table's data type.
 *
 * <p>Gradient: dL/dW[v, :] = Σ over positions holding index v of g[position, :] (a scatter-add);
 * the indices are not differentiable, so the returned input gradient is zero (shaped and typed
 * like the input).
 *
 * <p>FLOPs on N indices: forward 0 (a gather), backward N dim (the scatter-add). The table starts
 * truncated normal with std 0.02 (BERT) and is not sparsifiable.
 */
public final class Embedding implements Layer {
    private final long vocabulary;
    private final long dim;
    private INDArray weight;
    private INDArray weightGrad;
    private int[] cachedIndices;
    private INDArray cachedInput;

    private Embedding(long vocabulary, long dim) {
        this.vocabulary = vocabulary;
        this.dim = dim;
    }

    /**
     * @param vocabulary the number of distinct indices, 1 to 2^31 - 1
     * @param dim the embedding's length, &gt;= 1
     * @return the layer
     * @throws IllegalArgumentException if a size is out of range
     */
    public static Embedding of(long vocabulary, long dim) {
        if (vocabulary < 1 || vocabulary > Integer.MAX_VALUE || dim < 1) {
            throw new IllegalArgumentException("Embedding needs 1 <= vocabulary <= 2^31 - 1 and dim >= 1, got vocabulary="
                + vocabulary + ", dim=" + dim);
        }
        return new Embedding(vocabulary, dim);
    }

    /** @return the number of distinct indices */
    public long vocabulary() {
        return vocabulary;
    }

    /** @return the embedding's length */
    public long dim() {
        return dim;
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(ParamSpec.of("weight", Initializer.truncatedNormal(0.02), vocabulary, dim));
    }

    @Override
    public void bind(List<INDArray> values, List<INDArray> gradients) {
        if (weight != null) {
            throw new IllegalStateException("Embedding is already bound to a network");
        }
        weight = values.get(0);
        weightGrad = gradients.get(0);
    }

    @Override
    public long[] outputShape(long[] inputShape) {
        if (inputShape.length < 1 || inputShape.length > 2) {
            throw new IllegalArgumentException("Embedding expects indices [batch] or [batch, sequence], got shape "
                + Arrays.toString(inputShape));
        }
        long[] out = Arrays.copyOf(inputShape, inputShape.length + 1);
        out[inputShape.length] = dim;
        return out;
    }

    @Override
    public INDArray forward(INDArray input, Context context) {
        if (weight == null) {
            throw new IllegalStateException("Embedding is not bound to parameters (use Network.of)");
        }
        long[] shape = outputShape(input.shape());
        cachedIndices = indices(input);
        cachedInput = input;
        return weight.getRows(cachedIndices).reshape('c', shape);
    }

    private int[] indices(INDArray input) {
        double[] v = input.castTo(DataType.DOUBLE).dup('c').data().asDouble();
        long columns = input.rank() == 2 ? input.size(1) : 1;
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            double x = v[i];
            if (!(x >= 0 && x < vocabulary && x == Math.rint(x))) {
                String where = input.rank() == 2 ? "[" + i / columns + ", " + i % columns + "]" : "[" + i + "]";
                throw new IllegalArgumentException("Embedding index at position " + where + " is " + x
                    + "; indices must be integers in [0, " + vocabulary + ")");
            }
            out[i] = (int) x;
        }
        return out;
    }

    @Override
    public INDArray backward(INDArray outputGradient) {
        Shapes.requireForward("Embedding", cachedIndices);
        INDArray g = Shapes.rows(outputGradient, dim, "Embedding");
        if (weightGrad.ordering() == 'c' && weightGrad.stride(0) == dim && weightGrad.stride(1) == 1) {
            scatterAdd(g);
        } else {
            for (int i = 0; i < cachedIndices.length; i++) {
                weightGrad.getRow(cachedIndices[i]).addi(g.getRow(i));
            }
        }
        return Nd4j.zeros(cachedInput.dataType(), cachedInput.shape());
    }

    /**
     * Adds row i of g into row index[i] of the weight gradient, in one pass over the gradient's
     * native memory (one native call per index would cost ~10 µs each at BERT batch sizes).
     */
    private void scatterAdd(INDArray g) {
        int d = Math.toIntExact(dim);
        int base = Math.toIntExact(weightGrad.offset());
        if (weightGrad.dataType() == DataType.FLOAT) {
            FloatBuffer acc = weightGrad.data().asNioFloat();
            float[] src = g.dup('c').data().asFloat();
            for (int i = 0; i < cachedIndices.length; i++) {
                int to = base + cachedIndices[i] * d;
                int from = i * d;
                for (int k = 0; k < d; k++) {
                    acc.put(to + k, acc.get(to + k) + src[from + k]);
                }
            }
        } else {
            DoubleBuffer acc = weightGrad.data().asNioDouble();
            double[] src = g.dup('c').data().asDouble();
            for (int i = 0; i < cachedIndices.length; i++) {
                int to = base + cachedIndices[i] * d;
                int from = i * d;
                for (int k = 0; k < d; k++) {
                    acc.put(to + k, acc.get(to + k) + src[from + k]);
                }
            }
        }
    }

    @Override
    public Flops flops(long[] inputShape) {
        outputShape(inputShape);
        return Flops.of(0, Shapes.size(inputShape) * (double) dim);
    }

    @Override
    public String toString() {
        return "Embedding.of(" + vocabulary + ", " + dim + ")";
    }
}
