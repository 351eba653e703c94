package skpro.benchmarks;

import java.util.SplittableRandom;

/**
 * Heteroscedastic linear data for the regression benchmarks: x_ij standard normal,
 * y_i = sum_j (j + 1) x_ij + (0.5 + |x_i0|) e_i with e_i standard normal, all from one seeded
 * generator.
 *
 * @param x rows x columns features
 * @param y the targets
 */
record SyntheticData(double[][] x, double[] y) {

    static SyntheticData heteroscedastic(int rows, int columns, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] x = new double[rows][columns];
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            double s = 0.0;
            for (int j = 0; j < columns; j++) {
                x[i][j] = rng.nextGaussian();
                s += (j + 1) * x[i][j];
            }
            y[i] = s + (0.5 + Math.abs(x[i][0])) * rng.nextGaussian();
        }
        return new SyntheticData(x, y);
    }
}
