package skpro.neural.layers;

import java.util.Arrays;

import org.nd4j.linalg.api.ndarray.INDArray;

/** What {@link Softmax} and {@link LogSoftmax} share: the shape check and the shifted rows. */
final class SoftmaxRows {
    private SoftmaxRows() {
    }

    /**
     * @param shape an input shape
     * @param layer the layer's name, for the message
     * @return the last axis' length
     * @throws IllegalArgumentException if the shape is not 2-D or 3-D
     */
    static long lastAxis(long[] shape, String layer) {
        if (shape.length < 2 || shape.length > 3) {
            throw new IllegalArgumentException(layer + " expects input [rows, classes] or [batch, sequence, classes], "
                + "got shape " + Arrays.toString(shape));
        }
        return shape[shape.length - 1];
    }

    /**
     * @param input the input
     * @param layer the layer's name, for the message
     * @return z = x - max over the last axis, as a new row-major [rows, k] matrix (every z &lt;= 0)
     */
    static INDArray shifted(INDArray input, String layer) {
        INDArray rows = Shapes.rows(input, lastAxis(input.shape(), layer), layer);
        return rows.subColumnVector(rows.max(1));
    }

    /**
     * @param shape an input shape
     * @param layer the layer's name, for the message
     * @return [rows, k]: the number of rows and the row length
     */
    static double[] rowsAndLength(long[] shape, String layer) {
        long k = lastAxis(shape, layer);
        return new double[] {Shapes.leading(shape), k};
    }
}
