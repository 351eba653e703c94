package skpro.neural.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

import skpro.neural.engine.Context;
import skpro.neural.engine.Flops;
import skpro.neural.engine.Layer;

/**
 * Log-softmax over the last axis: y_i = z_i - log Σ_j exp(z_j), z = x - max x (the shift keeps
 * exp from overflowing and leaves y unchanged).
 *
 * <p>Gradient: dL/dx = g - softmax(x) Σ_j g_j, row by row, with softmax(x) = exp(y).
 *
 * <p>FLOPs per row of length k: forward 5 k + 1 (max, subtract, exp, sum, one log, subtract);
 * backward 4 k (exp of y, sum of g, product, subtract).
 */
public final class LogSoftmax implements Layer {
    private INDArray cachedOutput;
    private long[] cachedShape;

    private LogSoftmax() {
    }

    /** @return log-softmax over the last axis */
    public static LogSoftmax of() {
        return new LogSoftmax();
    }

    @Override
    public long[] outputShape(long[] inputShape) {
        SoftmaxRows.lastAxis(inputShape, "LogSoftmax");
        return inputShape.clone();
    }

    @Override
    public INDArray forward(INDArray input, Context context) {
        INDArray z = SoftmaxRows.shifted(input, "LogSoftmax");
        INDArray logSum = Transforms.log(Transforms.exp(z, true).sum(1), false);
        cachedOutput = z.subiColumnVector(logSum);
        cachedShape = input.shape();
        return cachedOutput.dup().reshape('c', cachedShape);
    }

    @Override
    public INDArray backward(INDArray outputGradient) {
        Shapes.requireForward("LogSoftmax", cachedOutput);
        Shapes.requireGradientShape("LogSoftmax", outputGradient, cachedShape);
        INDArray g = Shapes.rows(outputGradient, cachedOutput.size(1), "LogSoftmax");
        INDArray softmax = Transforms.exp(cachedOutput, true);
        return g.sub(softmax.muliColumnVector(g.sum(1))).reshape('c', cachedShape);
    }

    @Override
    public Flops flops(long[] inputShape) {
        double[] nk = SoftmaxRows.rowsAndLength(inputShape, "LogSoftmax");
        return Flops.of(5 * nk[0] * nk[1] + nk[0], 4 * nk[0] * nk[1]);
    }

    @Override
    public String toString() {
        return "LogSoftmax.of()";
    }
}
