package skpro.neural.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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

    /** @return a [b][s][c] array of standard normal values from the seed */
    static double[][][] gaussian3d(long seed, int b, int s, int c) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][][] x = new double[b][s][c];
        for (double[][] row : x) {
            for (double[] t : row) {
                for (int e = 0; e < c; e++) {
                    t[e] = r.nextGaussian();
                }
            }
        }
        return x;
    }

    /** Asserts that actual, read row-major, equals expected entry by entry within tol. */
    static void assertClose(INDArray actual, double[][][] expected, double tol) {
        double[] flat = flat(actual);
        int n = 0;
        for (double[][] a : expected) {
            for (double[] t : a) {
                for (double v : t) {
                    assertThat(flat[n]).as("output entry %d", n).isCloseTo(v, within(tol));
                    n++;
                }
            }
        }
        assertThat(n).isEqualTo(flat.length);
    }
}
