package skpro.neural.layers;

import java.util.Arrays;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastMulOp;
import org.nd4j.linalg.factory.Nd4j;

/** Input and padding-mask helpers shared by the sequence layers ({@code [batch, sequence, features]}). */
final class SequenceMasks {
    private SequenceMasks() {
    }

    /**
     * @param shape an input shape
     * @param features the expected last-axis length
     * @param layer the layer's name, for the message
     * @throws IllegalArgumentException if the shape is not {@code [batch, sequence, features]}
     */
    static void checkInput(long[] shape, long features, String layer) {
        if (shape == null || shape.length != 3 || shape[2] != features) {
            throw new IllegalArgumentException(layer + " expects input [batch, sequence, " + features + "], got shape "
                + (shape == null ? "null" : Arrays.toString(shape)));
        }
    }

    /**
     * @param mask the context's padding mask, or null
     * @param input the {@code [batch, sequence, features]} input
     * @param layer the layer's name, for the message
     * @return null, or the mask in the input's data type
     * @throws IllegalArgumentException if the mask is not {@code [batch, sequence]} of the input
     */
    static INDArray of(INDArray mask, INDArray input, String layer) {
        if (mask == null) {
            return null;
        }
        long[] s = input.shape();
        long[] m = mask.shape();
        if (m.length != 2 || m[0] != s[0] || m[1] != s[1]) {
            throw new IllegalArgumentException(layer + " expects a padding mask [" + s[0] + ", " + s[1]
                + "] for input shape " + Arrays.toString(s) + ", got mask shape " + Arrays.toString(m));
        }
        return mask.dataType() == input.dataType() ? mask : mask.castTo(input.dataType());
    }

    /**
     * @param x a {@code [batch, sequence, features]} array (not modified)
     * @param mask its {@code [batch, sequence]} padding mask
     * @return a new array equal to x with the padded positions set to 0
     */
    static INDArray apply(INDArray x, INDArray mask) {
        INDArray out = Nd4j.createUninitialized(x.dataType(), x.shape());
        Nd4j.exec(new BroadcastMulOp(x, mask, out, 0, 1));
        return out;
    }

    /**
     * @param expected the shape the forward pass produced
     * @param gradient the gradient passed to backward
     * @param layer the layer's name, for the message
     * @throws IllegalArgumentException if the shapes differ
     */
    static void checkGradient(long[] expected, INDArray gradient, String layer) {
        if (!Arrays.equals(expected, gradient.shape())) {
            throw new IllegalArgumentException(layer + ".backward expects outputGradient of shape "
                + Arrays.toString(expected) + ", got " + Arrays.toString(gradient.shape()));
        }
    }
}
