package skpro.neural.layers;

import java.util.Arrays;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Shape helpers shared by the layers. */
final class Shapes {
    private Shapes() {
    }

    /**
     * @param x a 2-D or 3-D array whose last axis has {@code features} entries
     * @param features the expected last-axis length
     * @param layer the layer's name, for the message
     * @return x as a row-major {@code [rows, features]} matrix (a view when x is already row-major)
     * @throws IllegalArgumentException if x is not 2-D or 3-D or its last axis differs
     */
    static INDArray rows(INDArray x, long features, String layer) {
        checkLastAxis(x.shape(), features, layer);
        INDArray c = x.ordering() == 'c' && !x.isView() ? x : x.dup('c');
        return c.reshape('c', c.length() / features, features);
    }

    /**
     * @param shape an input shape
     * @param features the expected last-axis length
     * @param layer the layer's name, for the message
     * @throws IllegalArgumentException if the shape is not 2-D or 3-D or its last axis differs
     */
    static void checkLastAxis(long[] shape, long features, String layer) {
        if (shape.length < 2 || shape.length > 3 || shape[shape.length - 1] != features) {
            throw new IllegalArgumentException(layer + " expects input [rows, " + features + "] or [batch, sequence, "
                + features + "], got shape " + Arrays.toString(shape));
        }
    }

    /**
     * @param shape an input shape
     * @param last the new last-axis length
     * @return the shape with its last axis replaced
     */
    static long[] withLast(long[] shape, long last) {
        long[] out = shape.clone();
        out[out.length - 1] = last;
        return out;
    }

    /**
     * @param shape a shape
     * @return the product of all but the last axis
     */
    static long leading(long[] shape) {
        long n = 1;
        for (int i = 0; i < shape.length - 1; i++) {
            n *= shape[i];
        }
        return n;
    }

    /**
     * @param shape a shape
     * @return the number of elements
     */
    static long size(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }

    /**
     * @param layer the layer's name
     * @param gradient dL/d(output) handed to backward
     * @param expected the shape of the last forward's output
     * @throws IllegalArgumentException if the shapes differ
     */
    static void requireGradientShape(String layer, INDArray gradient, long[] expected) {
        if (!Arrays.equals(gradient.shape(), expected)) {
            throw new IllegalArgumentException(layer + ".backward expects a gradient of shape " + Arrays.toString(expected)
                + " (the last forward's output), got " + Arrays.toString(gradient.shape()));
        }
    }

    /**
     * @param layer the layer's name
     * @param cached the array kept by the forward pass
     * @throws IllegalStateException if it is null
     */
    static void requireForward(String layer, Object cached) {
        if (cached == null) {
            throw new IllegalStateException(layer + ".backward called without a preceding forward");
        }
    }
}
