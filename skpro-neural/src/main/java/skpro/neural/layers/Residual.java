package skpro.neural.layers;

import java.util.Arrays;
import java.util.List;

import org.nd4j.linalg.api.ndarray.INDArray;

import skpro.neural.engine.Context;
import skpro.neural.engine.FlopReport;
import skpro.neural.engine.Flops;
import skpro.neural.engine.Layer;

/**
 * Residual connection around an inner layer that keeps the shape: y = x + f(x).
 *
 * <p>Gradient: dL/dx = g + f'(x)^T g (the inner's backward of g, plus g itself).
 *
 * <p>FLOPs on N elements: the inner's, plus this layer's own N forward (the addition) and N
 * backward (adding g to the inner's input gradient); the report lists the inner's entries first,
 * then this layer's own entry under its path.
 */
public final class Residual implements Layer {
    private final Layer inner;

    private Residual(Layer inner) {
        this.inner = inner;
    }

    /**
     * @param inner the layer f, whose output shape equals its input shape
     * @return the residual block
     * @throws IllegalArgumentException if inner is null
     */
    public static Residual of(Layer inner) {
        if (inner == null) {
            throw new IllegalArgumentException("Residual inner layer must not be null");
        }
        return new Residual(inner);
    }

    /** @return the inner layer */
    public Layer inner() {
        return inner;
    }

    @Override
    public List<Layer> children() {
        return List.of(inner);
    }

    @Override
    public long[] outputShape(long[] inputShape) {
        long[] s = inner.outputShape(inputShape.clone());
        if (!Arrays.equals(s, inputShape)) {
            throw new IllegalArgumentException("Residual needs an inner layer that keeps the shape, but "
                + inner.name() + " maps " + Arrays.toString(inputShape) + " to " + Arrays.toString(s));
        }
        return s;
    }

    @Override
    public INDArray forward(INDArray input, Context context) {
        outputShape(input.shape());
        return inner.forward(input, context).add(input);
    }

    @Override
    public INDArray backward(INDArray outputGradient) {
        return inner.backward(outputGradient).addi(outputGradient);
    }

    private static Flops own(long[] inputShape) {
        double n = Shapes.size(inputShape);
        return Flops.of(n, n);
    }

    @Override
    public Flops flops(long[] inputShape) {
        outputShape(inputShape);
        return inner.flops(inputShape).plus(own(inputShape));
    }

    @Override
    public void reportFlops(String path, long[] inputShape, FlopReport.Builder report) {
        outputShape(inputShape);
        inner.reportFlops(path + "/0:" + inner.name(), inputShape, report);
        report.add(path, this, own(inputShape));
    }

    @Override
    public String toString() {
        return "Residual.of(" + inner + ")";
    }
}
