package skpro.neural.heads;

import java.util.SplittableRandom;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Random raw batches and targets for the head tests. */
final class HeadFixtures {
    private HeadFixtures() {
    }

    /** @return a float64 {@code [rows, cols]} array of N(0, 1) entries */
    static INDArray raw(int rows, int cols, SplittableRandom random) {
        double[] v = new double[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = gaussian(random);
        }
        return Nd4j.createFromArray(v).reshape('c', rows, cols);
    }

    /**
     * @return class indices for categorical heads, otherwise N(0, 1.5^2) targets kept at least 0.05
     *     from the first output of the row (the location of the one-component heads, away from the
     *     Laplace kink)
     */
    static double[] targets(DistributionHead head, INDArray raw, SplittableRandom random) {
        int rows = (int) raw.size(0);
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            if (head instanceof CategoricalHead c) {
                y[i] = random.nextInt(c.classes());
            } else {
                y[i] = 1.5 * gaussian(random);
                double d = y[i] - raw.getDouble(i, 0);
                if (Math.abs(d) < 0.05) {
                    y[i] += d < 0 ? -0.1 : 0.1;
                }
            }
        }
        return y;
    }

    private static double gaussian(SplittableRandom random) {
        double u = random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log1p(-u)) * Math.cos(2.0 * Math.PI * v);
    }
}
