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
 * Grouped 1-D convolution along the sequence of a {@code [batch, sequence, channels]} input, with
 * "same" zero padding (odd kernel k, p = (k - 1) / 2 zeros on each side), as in GroupBERT's
 * convolution module (kernel 7, 16 channels per group).
 *
 * <p>Channels are split into G groups of C/G inputs and O/G outputs; output channel o of group
 * g = o / (O/G) sees only that group's inputs. With weight W of shape [O, C/G, k], bias b and
 * padding mask m (1 valid, 0 pad; all ones when the context has none), x' = m ∘ x (padded inputs
 * count as zeros) and
 * y[t, o] = m_t (b_o + sum_{c < C/G} sum_{j < k} W[o, c, j] x'[t + j - p, g C/G + c]),
 * positions outside the sequence being zero; so padded positions have output 0 and padded
 * tokens never reach a valid one. G = C = O is a depthwise convolution.
 *
 * <p>Backward, with G' = m ∘ dL/dy: dW[o, c, j] = sum_t G'[t, o] x'[t + j - p, g C/G + c], db_o =
 * sum_t G'[t, o], dx[t', c'] = m_t' sum over (t, j) with t + j - p = t' and o in the group of c'
 * of G'[t, o] W[o, c, j]. Computed as im2col + one batched product over the groups.
 *
 * <p>FLOPs on B sequences of length S: forward 2 B S O (C/G) k (+ B S O for the bias), backward
 * twice the product (+ B S O for the bias); the mask's element-wise products are not counted.
 *
 * <p>Initialisation: Xavier-uniform weights with fan-in (C/G) k and fan-out (O/G) k; zero bias.
 */
public final class Conv1d implements Layer {
    private static final String NAME = "Conv1d";
    private final long channels;
    private final long outChannels;
    private final long kernel;
    private final long groups;
    private final boolean bias;
    private final Initializer weightInit;
    private INDArray weight;
    private INDArray weightGrad;
    private INDArray biasValues;
    private INDArray biasGrad;
    private INDArray cachedCols;
    private INDArray cachedWeight;
    private INDArray cachedMask;
    private long[] cachedShape;

    private Conv1d(long channels, long outChannels, long kernel, long groups, boolean bias, Initializer weightInit) {
        if (channels < 1 || outChannels < 1 || kernel < 1) {
            throw new IllegalArgumentException(NAME + " sizes must be >= 1, got channels=" + channels
                + ", outChannels=" + outChannels + ", kernel=" + kernel);
        }
        if (kernel % 2 == 0) {
            throw new IllegalArgumentException(NAME + " uses \"same\" padding and needs an odd kernel, got kernel="
                + kernel);
        }
        if (groups < 1 || channels % groups != 0 || outChannels % groups != 0) {
            throw new IllegalArgumentException(NAME + " needs groups >= 1 dividing channels=" + channels
                + " and outChannels=" + outChannels + ", got groups=" + groups);
        }
        if (weightInit == null) {
            throw new IllegalArgumentException("weightInit must not be null");
        }
        this.channels = channels;
        this.outChannels = outChannels;
        this.kernel = kernel;
        this.groups = groups;
        this.bias = bias;
        this.weightInit = weightInit;
    }

    /**
     * @param channels input channels C, &gt;= 1
     * @param outChannels output channels O, &gt;= 1
     * @param kernel kernel width k, odd, &gt;= 1
     * @return an ungrouped convolution with bias
     * @throws IllegalArgumentException if a size is below 1 or the kernel is even
     */
    public static Conv1d of(long channels, long outChannels, long kernel) {
        return new Conv1d(channels, outChannels, kernel, 1, true, Initializer.xavierUniform());
    }

    /**
     * @param channels input and output channels, &gt;= 1
     * @param kernel kernel width, odd, &gt;= 1
     * @return a depthwise convolution (groups = channels) with bias
     * @throws IllegalArgumentException if a size is below 1 or the kernel is even
     */
    public static Conv1d depthwise(long channels, long kernel) {
        return new Conv1d(channels, channels, kernel, channels, true, Initializer.xavierUniform());
    }

    /**
     * @param g the number of groups, dividing channels and outChannels
     * @return a copy with g groups
     * @throws IllegalArgumentException if g is below 1 or does not divide both channel counts
     */
    public Conv1d withGroups(long g) {
        return new Conv1d(channels, outChannels, kernel, g, bias, weightInit);
    }

    /** @return a copy without bias */
    public Conv1d withoutBias() {
        return new Conv1d(channels, outChannels, kernel, groups, false, weightInit);
    }

    /**
     * @param init the weights' initialiser
     * @return a copy
     * @throws IllegalArgumentException if init is null
     */
    public Conv1d withWeightInit(Initializer init) {
        return new Conv1d(channels, outChannels, kernel, groups, bias, init);
    }

    /** @return input channels */
    public long channels() {
        return channels;
    }

    /** @return output channels */
    public long outChannels() {
        return outChannels;
    }

    /** @return kernel width */
    public long kernel() {
        return kernel;
    }

    /** @return the number of groups */
    public long groups() {
        return groups;
    }

    @Override
    public List<ParamSpec> params() {
        long cg = channels / groups;
        ParamSpec w = ParamSpec.of("weight", weightInit, outChannels, cg, kernel)
            .withFans(cg * kernel, outChannels / groups * kernel);
        return bias ? List.of(w, ParamSpec.of("bias", Initializer.zeros(), outChannels)) : List.of(w);
    }

    @Override
    public void bind(List<INDArray> values, List<INDArray> gradients) {
        if (weight != null) {
            throw new IllegalStateException(NAME + " is already bound to a network");
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
        SequenceMasks.checkInput(inputShape, channels, NAME);
        return Shapes.withLast(inputShape, outChannels);
    }

    @Override
    public INDArray forward(INDArray input, Context context) {
        SequenceMasks.checkInput(input.shape(), channels, NAME);
        if (weight == null) {
            throw new IllegalStateException(NAME + " is not bound to a network");
        }
        INDArray mask = SequenceMasks.of(context.mask(), input, NAME);
        INDArray x = mask == null ? input : SequenceMasks.apply(input, mask);
        long b = input.size(0);
        long s = input.size(1);
        long cg = channels / groups;
        long og = outChannels / groups;
        // im2col, grouped: cols[g, b, t, j, c] = x[b, t + j - p, g C/G + c], zero outside the sequence
        INDArray cols = Nd4j.zeros(input.dataType(), groups, b, s, kernel, cg);
        INDArray xg = x.reshape('c', b, s, groups, cg).permute(2, 0, 1, 3);
        for (long j = 0; j < kernel; j++) {
            long[] r = taps(j, s);
            if (r[0] < r[1]) {
                cols.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(r[0], r[1]), NDArrayIndex.point(j),
                    NDArrayIndex.all()).assign(xg.get(NDArrayIndex.all(), NDArrayIndex.all(),
                    NDArrayIndex.interval(r[0] + r[2], r[1] + r[2]), NDArrayIndex.all()));
            }
        }
        INDArray groupCols = cols.reshape('c', groups, b * s, kernel * cg);
        INDArray w = weight.reshape('c', groups, og, cg, kernel).permute(0, 3, 2, 1).dup('c')
            .reshape('c', groups, kernel * cg, og);
        INDArray yg = product(groupCols, w, false, false);
        INDArray y = groups == 1 ? yg.reshape('c', b * s, outChannels)
            : yg.permute(1, 0, 2).dup('c').reshape('c', b * s, outChannels);
        if (bias) {
            y.addiRowVector(biasValues);
        }
        cachedCols = groupCols;
        cachedWeight = w;
        cachedMask = mask;
        cachedShape = input.shape();
        INDArray out = y.reshape('c', b, s, outChannels);
        return mask == null ? out : SequenceMasks.apply(out, mask);
    }

    @Override
    public INDArray backward(INDArray outputGradient) {
        Shapes.requireForward(NAME, cachedCols);
        long b = cachedShape[0];
        long s = cachedShape[1];
        SequenceMasks.checkGradient(new long[] {b, s, outChannels}, outputGradient, NAME);
        long cg = channels / groups;
        long og = outChannels / groups;
        INDArray g = cachedMask == null ? outputGradient : SequenceMasks.apply(outputGradient, cachedMask);
        INDArray rows = g.dup('c').reshape('c', b * s, outChannels);
        if (bias) {
            biasGrad.addi(rows.sum(0));
        }
        INDArray gg = rows.reshape('c', b * s, groups, og).permute(1, 0, 2).dup('c');
        INDArray dw = product(cachedCols, gg, true, false);
        weightGrad.addi(dw.reshape('c', groups, kernel, cg, og).permute(0, 3, 2, 1).dup('c')
            .reshape('c', outChannels, cg, kernel));
        INDArray dCols = product(gg, cachedWeight, false, true).reshape('c', groups, b, s, kernel, cg);
        INDArray dx = Nd4j.zeros(g.dataType(), b, s, channels);
        INDArray dxg = dx.reshape('c', b, s, groups, cg).permute(2, 0, 1, 3);
        for (long j = 0; j < kernel; j++) {
            long[] r = taps(j, s);
            if (r[0] < r[1]) {
                dxg.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(r[0] + r[2], r[1] + r[2]),
                    NDArrayIndex.all()).addi(dCols.get(NDArrayIndex.all(), NDArrayIndex.all(),
                    NDArrayIndex.interval(r[0], r[1]), NDArrayIndex.point(j), NDArrayIndex.all()));
            }
        }
        return cachedMask == null ? dx : SequenceMasks.apply(dx, cachedMask);
    }

    /**
     * One matrix product per group: [G, m, n] arrays, the last two axes optionally transposed; a
     * plain 2-D product when G = 1 (ND4J's batched product is slower there).
     */
    private INDArray product(INDArray a, INDArray b, boolean transposeA, boolean transposeB) {
        if (groups > 1) {
            return Nd4j.matmul(a, b, transposeA, transposeB, false);
        }
        INDArray a2 = a.reshape('c', a.size(1), a.size(2));
        INDArray b2 = b.reshape('c', b.size(1), b.size(2));
        INDArray c = (transposeA ? a2.transpose() : a2).mmul(transposeB ? b2.transpose() : b2);
        return c.reshape('c', 1, c.size(0), c.size(1));
    }

    /**
     * @param j a tap of the kernel
     * @param s the sequence length
     * @return {lo, hi, shift}: output positions [lo, hi) read input positions [lo + shift, hi +
     *     shift) through tap j; the others read the zero padding
     */
    private long[] taps(long j, long s) {
        long shift = j - (kernel - 1) / 2;
        long lo = Math.min(Math.max(0, -shift), s);
        long hi = Math.max(Math.min(s, s - shift), lo);
        return new long[] {lo, hi, shift};
    }

    @Override
    public Flops flops(long[] inputShape) {
        SequenceMasks.checkInput(inputShape, channels, NAME);
        double rowsOut = (double) inputShape[0] * inputShape[1] * outChannels;
        double mm = 2.0 * rowsOut * (channels / groups) * kernel;
        double bb = bias ? rowsOut : 0.0;
        return Flops.of(mm + bb, 2.0 * mm + bb);
    }

    @Override
    public String toString() {
        return NAME + "[channels=" + channels + ", outChannels=" + outChannels + ", kernel=" + kernel + ", groups="
            + groups + (bias ? "" : ", no bias") + "]";
    }
}
