package skpro.smile;

import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Small seeded data sets for this module's tests. */
final class TestData {

    private TestData() {
    }

    /**
     * @param n rows
     * @param seed the generator's seed
     * @return n x 3 features, uniform on [-2, 2]
     */
    static double[][] x(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[n][3];
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] = 4.0 * r.nextDouble() - 2.0;
            }
        }
        return x;
    }

    /**
     * @param x features
     * @param seed the noise's seed
     * @return y = 2 + x0 + sin(2 x1) + 0.3 u, u uniform on [-1, 1]
     */
    static double[] y(double[][] x, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] y = new double[x.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = 2.0 + x[i][0] + Math.sin(2.0 * x[i][1]) + 0.3 * (2.0 * r.nextDouble() - 1.0);
        }
        return y;
    }

    /**
     * @param task a computation
     * @return its results when run on two other threads at once
     * @throws InterruptedException if interrupted
     * @throws ExecutionException if the task throws
     */
    static double[][] onTwoThreads(Callable<double[]> task) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<double[]> a = pool.submit(task);
            Future<double[]> b = pool.submit(task);
            return new double[][] {a.get(), b.get()};
        } finally {
            pool.shutdown();
        }
    }
}
