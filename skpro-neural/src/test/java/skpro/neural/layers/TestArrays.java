package skpro.neural.layers;

import java.util.SplittableRandom;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Array helpers for the layer tests. */
final class TestArrays {
    private TestArrays() {
    }

    /** @return a float64 array with these row-major values and shape */
    static INDArray array(double[] values, long... shape) {
        return Nd4j.createFromArray(values.clone()).reshape('c', shape);
    }

    /** @return n standard normal values from the seed */
    static double[] gaussian(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextGaussian();
        }
        return v;
    }

    /** @return the values of a, row-major, as float64 */
    static double[] flat(INDArray a) {
        return a.castTo(DataType.DOUBLE).dup('c').reshape(a.length()).toDoubleVector();
    }
}
