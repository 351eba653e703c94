package skpro.neural;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import skpro.regression.compose.FittedTransformer;
import skpro.regression.compose.StandardScaler;

/**
 * Standardises the columns of X with the training rows' means and standard deviations
 * ({@link StandardScaler}: a constant column is only centred) and writes the result as a float32
 * matrix for the network.
 */
final class ColumnScaler {
    private final FittedTransformer scaler;

    private ColumnScaler(FittedTransformer scaler) {
        this.scaler = scaler;
    }

    static ColumnScaler fit(double[][] x) {
        return new ColumnScaler(StandardScaler.of().fit(x));
    }

    INDArray transform(double[][] x) {
        double[][] z = scaler.transform(x);
        int p = scaler.numOutputs();
        float[] flat = new float[z.length * p];
        for (int i = 0; i < z.length; i++) {
            double[] row = z[i];
            int base = i * p;
            for (int j = 0; j < p; j++) {
                flat[base + j] = (float) row[j];
            }
        }
        return Nd4j.createFromArray(flat).reshape('c', z.length, p);
    }
}
