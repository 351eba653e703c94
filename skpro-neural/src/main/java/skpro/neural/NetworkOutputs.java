package skpro.neural;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Checks of a fitted network's raw outputs before they become predictions. */
final class NetworkOutputs {
    private NetworkOutputs() {
    }

    /**
     * @param raw the network's outputs [rows, k]
     * @return them as a row-major double array
     * @throws IllegalArgumentException if a value is NaN or infinite (finite X so large that the
     *     float32 network overflows): the message names the first such row of X
     */
    static double[] finiteRows(INDArray raw) {
        double[] flat = raw.dup('c').data().asDouble();
        int k = raw.columns();
        for (int i = 0; i < flat.length; i++) {
            if (!Double.isFinite(flat[i])) {
                throw new IllegalArgumentException("X row " + i / k + " gives a non-finite network output ("
                    + flat[i] + "); its values are too large for the float32 network after standardisation");
            }
        }
        return flat;
    }
}
