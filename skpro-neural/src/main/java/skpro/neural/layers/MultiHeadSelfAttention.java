package skpro.neural.layers;

import java.util.List;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastAddOp;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastMulOp;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.BooleanIndexing;
import org.nd4j.linalg.indexing.conditions.Conditions;
import org.nd4j.linalg.ops.transforms.Transforms;

import skpro.neural.engine.Context;
import skpro.neural.engine.FlopReport;
import skpro.neural.engine.Flops;
import skpro.neural.engine.Layer;

/**
 * Multi-head self-attention on {@code [batch, sequence, hidden]} with H heads of size
 * d = hidden / H (Vaswani et al. 2017, as in BERT).
 *
 * <p>Forward, per sequence with padding mask m (1 valid, 0 pad; all ones when the context has
 * none): Q = x W_q + b_q, K = x W_k + b_k, V = x W_v + b_v; for each head h, with Q_h, K_h, V_h
 * its d columns, scores S_h = Q_h K_h^T / sqrt(d) and attention A_h[i, j] =
 * m_j exp(S_h[i, j] - max_{j': m_j' = 1} S_h[i, j']) / sum_{j'} m_j' exp(...), so a padded key
 * has weight exactly 0 (a sequence with no valid position gets A_h = 0 rather than 0 / 0);
 * O_h = A_h V_h; y = concat_h(O_h) W_o + b_o; finally the output at a padded position is set to
 * 0 (y_i = m_i y_i), so nothing downstream sees padded queries.
 *
 * <p>Backward, with G = dL/dy: G ← m ∘ G, dO = G through the output projection; dA_h = dO_h
 * V_h^T; dV_h = A_h^T dO_h; dS_h[i, j] = A_h[i, j] (dA_h[i, j] - sum_j' dA_h[i, j'] A_h[i, j'])
 * / sqrt(d); dQ_h = dS_h K_h; dK_h = dS_h^T Q_h; dx = the three projections' input gradients
 * summed.
 *
 * <p>The four projections are {@link Linear} children (hidden × hidden, with bias) in the order
 * query, key, value, output, so sparsity masks ({@link Linear#withMask}) apply to them. FLOPs
 * on B sequences of length S: the children's counts plus this layer's own entry, forward
 * 4 B S^2 hidden (Q K^T and A V, 2 B S^2 hidden each) + 6 B H S^2 (scaling 1 and softmax 5 per
 * score: max, subtract, exp, sum, divide), backward 8 B S^2 hidden (twice the products) + 5 B H
 * S^2 (softmax backward 4 and scaling 1 per score). The padding mask's element-wise operations
 * are not counted. As in the DynSparse FLOP formula the score products are dense, 4 S^2 hidden
 * per sequence and layer forward.
 */
public final class MultiHeadSelfAttention implements Layer {
    private static final String NAME = "MultiHeadSelfAttention";
    private static final double EXCLUDED = -1e30;
    private final long hidden;
    private final long heads;
    private final long headSize;
    private final double scale;
    private final Linear query;
    private final Linear key;
    private final Linear value;
    private final Linear output;
    private INDArray cachedQ;
    private INDArray cachedK;
    private INDArray cachedV;
    private INDArray cachedA;
    private INDArray cachedMask;
    private long[] cachedShape;

    private MultiHeadSelfAttention(long hidden, long heads, Linear query, Linear key, Linear value, Linear output) {
        this.hidden = hidden;
        this.heads = heads;
        this.headSize = hidden / heads;
        this.scale = 1.0 / Math.sqrt(headSize);
        this.query = query;
        this.key = key;
        this.value = value;
        this.output = output;
    }

    /**
     * @param hidden the model width, &gt;= 1
     * @param heads the number of heads, &gt;= 1, dividing hidden
     * @return the layer with four fresh hidden × hidden {@link Linear} projections with bias
     * @throws IllegalArgumentException if a size is below 1 or heads does not divide hidden
     */
    public static MultiHeadSelfAttention of(long hidden, long heads) {
        if (hidden < 1 || heads < 1) {
            throw new IllegalArgumentException(NAME + " sizes must be >= 1, got hidden=" + hidden + ", heads=" + heads);
        }
        if (hidden % heads != 0) {
            throw new IllegalArgumentException(NAME + " needs heads dividing hidden, got hidden=" + hidden + ", heads="
                + heads);
        }
        return new MultiHeadSelfAttention(hidden, heads, Linear.of(hidden, hidden), Linear.of(hidden, hidden),
            Linear.of(hidden, hidden), Linear.of(hidden, hidden));
    }

    /**
     * @param q the query projection
     * @param k the key projection
     * @param v the value projection
     * @param o the output projection
     * @return a copy using these (fresh, unbound) projections, e.g. masked ones
     * @throws IllegalArgumentException if one is null or not hidden × hidden
     */
    public MultiHeadSelfAttention withProjections(Linear q, Linear k, Linear v, Linear o) {
        checkProjection("q", q);
        checkProjection("k", k);
        checkProjection("v", v);
        checkProjection("o", o);
        return new MultiHeadSelfAttention(hidden, heads, q, k, v, o);
    }

    private void checkProjection(String name, Linear p) {
        if (p == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (p.inputSize() != hidden || p.outputSize() != hidden) {
            throw new IllegalArgumentException(name + " must be a " + hidden + " x " + hidden + " Linear, got "
                + p.inputSize() + " x " + p.outputSize());
        }
    }

    /** @return the model width */
    public long hidden() {
        return hidden;
    }

    /** @return the number of heads */
    public long heads() {
        return heads;
    }

    @Override
    public List<Layer> children() {
        return List.of(query, key, value, output);
    }

    @Override
    public long[] outputShape(long[] inputShape) {
        SequenceMasks.checkInput(inputShape, hidden, NAME);
        return inputShape.clone();
    }

    @Override
    public INDArray forward(INDArray input, Context context) {
        SequenceMasks.checkInput(input.shape(), hidden, NAME);
        INDArray mask = SequenceMasks.of(context.mask(), input, NAME);
        long b = input.size(0);
        long s = input.size(1);
        INDArray q = split(query.forward(input, context), b, s);
        INDArray k = split(key.forward(input, context), b, s);
        INDArray v = split(value.forward(input, context), b, s);
        INDArray a = softmax(Nd4j.matmul(q, k, false, true, false).muli(scale), mask, b, s);
        INDArray y = output.forward(merge(Nd4j.matmul(a, v), b, s), context);
        cachedQ = q;
        cachedK = k;
        cachedV = v;
        cachedA = a;
        cachedMask = mask;
        cachedShape = input.shape();
        return mask == null ? y : SequenceMasks.apply(y, mask);
    }

    /** The masked softmax over the last axis of the [b heads, s, s] scores (overwritten). */
    private INDArray softmax(INDArray scores, INDArray mask, long b, long s) {
        long n = b * heads * s;
        INDArray byBatch = scores.reshape('c', b, heads * s, s);
        if (mask != null) {
            Nd4j.exec(new BroadcastMulOp(byBatch, mask, byBatch, 0, 2));
            Nd4j.exec(new BroadcastAddOp(byBatch, mask.rsub(1.0).muli(EXCLUDED), byBatch, 0, 2));
        }
        INDArray z = byBatch.reshape('c', n, s);
        z.subiColumnVector(z.max(1).reshape('c', n, 1));
        Transforms.exp(z, false);
        if (mask != null) {
            Nd4j.exec(new BroadcastMulOp(byBatch, mask, byBatch, 0, 2));
        }
        INDArray sums = z.sum(1).reshape('c', n, 1);
        if (mask != null) {
            // a sequence without valid positions: its rows stay 0 instead of 0 / 0
            BooleanIndexing.replaceWhere(sums, 1.0, Conditions.equals(0.0));
        }
        z.diviColumnVector(sums);
        return z.reshape('c', b * heads, s, s);
    }

    @Override
    public INDArray backward(INDArray outputGradient) {
        Shapes.requireForward(NAME, cachedA);
        SequenceMasks.checkGradient(cachedShape, outputGradient, NAME);
        long b = cachedShape[0];
        long s = cachedShape[1];
        INDArray g = cachedMask == null ? outputGradient : SequenceMasks.apply(outputGradient, cachedMask);
        INDArray dO = split(output.backward(g), b, s);
        INDArray dA = Nd4j.matmul(dO, cachedV, false, true, false);
        INDArray dV = Nd4j.matmul(cachedA, dO, true, false, false);
        long n = b * heads * s;
        INDArray z = dA.reshape('c', n, s);
        INDArray a = cachedA.reshape('c', n, s);
        INDArray rowDot = z.mul(a).sum(1).reshape('c', n, 1);
        INDArray dS = z.subiColumnVector(rowDot).muli(a).muli(scale).reshape('c', b * heads, s, s);
        INDArray dQ = Nd4j.matmul(dS, cachedK);
        INDArray dK = Nd4j.matmul(dS, cachedQ, true, false, false);
        INDArray dx = query.backward(merge(dQ, b, s));
        dx.addi(key.backward(merge(dK, b, s)));
        dx.addi(value.backward(merge(dV, b, s)));
        return dx;
    }

    /** [b, s, hidden] to [b heads, s, d]. */
    private INDArray split(INDArray x, long b, long s) {
        return x.reshape('c', b, s, heads, headSize).permute(0, 2, 1, 3).dup('c').reshape('c', b * heads, s, headSize);
    }

    /** [b heads, s, d] to [b, s, hidden]. */
    private INDArray merge(INDArray x, long b, long s) {
        return x.reshape('c', b, heads, s, headSize).permute(0, 2, 1, 3).dup('c').reshape('c', b, s, hidden);
    }

    @Override
    public Flops flops(long[] inputShape) {
        Flops total = ownFlops(inputShape);
        for (Layer c : children()) {
            total = total.plus(c.flops(inputShape));
        }
        return total;
    }

    private Flops ownFlops(long[] inputShape) {
        SequenceMasks.checkInput(inputShape, hidden, NAME);
        double b = inputShape[0];
        double s = inputShape[1];
        double products = 4.0 * b * s * s * hidden;
        double scores = b * heads * s * s;
        return Flops.of(products + 6.0 * scores, 2.0 * products + 5.0 * scores);
    }

    @Override
    public void reportFlops(String path, long[] inputShape, FlopReport.Builder report) {
        List<Layer> c = children();
        for (int i = 0; i < c.size(); i++) {
            c.get(i).reportFlops(path + "/" + i + ":" + c.get(i).name(), inputShape, report);
        }
        report.add(path, this, ownFlops(inputShape));
    }

    @Override
    public String toString() {
        return NAME + "[hidden=" + hidden + ", heads=" + heads + "]";
    }
}
