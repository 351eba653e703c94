package skpro.neural.layers;

import java.util.ArrayList;
import java.util.List;

import org.nd4j.linalg.api.ndarray.INDArray;

import skpro.neural.engine.Context;
import skpro.neural.engine.FlopReport;
import skpro.neural.engine.Flops;
import skpro.neural.engine.Layer;

/**
 * Layers applied in order: f_k(...f_2(f_1(x))); the backward pass runs them in reverse. Adds no
 * operations of its own.
 */
public final class Sequential implements Layer {
    private final List<Layer> layers;

    private Sequential(List<Layer> layers) {
        this.layers = List.copyOf(layers);
    }

    /**
     * @param layers the layers, at least one, none null
     * @return the container
     * @throws IllegalArgumentException if the list is empty or holds null
     */
    public static Sequential of(Layer... layers) {
        if (layers == null || layers.length == 0) {
            throw new IllegalArgumentException("Sequential needs at least one layer");
        }
        List<Layer> list = new ArrayList<>();
        for (int i = 0; i < layers.length; i++) {
            if (layers[i] == null) {
                throw new IllegalArgumentException("layers[" + i + "] must not be null");
            }
            list.add(layers[i]);
        }
        return new Sequential(list);
    }

    /**
     * @param layers the layers, at least one, none null
     * @return the container
     * @throws IllegalArgumentException if the list is empty or holds null
     */
    public static Sequential of(List<? extends Layer> layers) {
        if (layers == null) {
            throw new IllegalArgumentException("layers must not be null");
        }
        return of(layers.toArray(new Layer[0]));
    }

    @Override
    public List<Layer> children() {
        return layers;
    }

    @Override
    public long[] outputShape(long[] inputShape) {
        long[] s = inputShape;
        for (Layer l : layers) {
            s = l.outputShape(s);
        }
        return s;
    }

    @Override
    public INDArray forward(INDArray input, Context context) {
        INDArray x = input;
        for (Layer l : layers) {
            x = l.forward(x, context);
        }
        return x;
    }

    @Override
    public INDArray backward(INDArray outputGradient) {
        INDArray g = outputGradient;
        for (int i = layers.size() - 1; i >= 0; i--) {
            g = layers.get(i).backward(g);
        }
        return g;
    }

    @Override
    public Flops flops(long[] inputShape) {
        Flops total = Flops.ZERO;
        long[] s = inputShape;
        for (Layer l : layers) {
            total = total.plus(l.flops(s));
            s = l.outputShape(s);
        }
        return total;
    }

    @Override
    public void reportFlops(String path, long[] inputShape, FlopReport.Builder report) {
        long[] s = inputShape;
        for (int i = 0; i < layers.size(); i++) {
            Layer l = layers.get(i);
            l.reportFlops(path + "/" + i + ":" + l.name(), s, report);
            s = l.outputShape(s);
        }
    }
}
