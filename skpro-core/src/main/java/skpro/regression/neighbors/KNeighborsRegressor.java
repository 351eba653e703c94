package skpro.regression.neighbors;

import java.util.Map;

import skpro.regression.Params;
import skpro.regression.PointModel;
import skpro.regression.Regressor;
import skpro.regression.internal.DataChecks;
import skpro.regression.internal.Neighbours;

/**
 * k-nearest-neighbours regression, as sklearn's {@code KNeighborsRegressor} with uniform weights
 * and the Euclidean metric: the prediction at x is (1/k) sum_{i in N_k(x)} y_i, where N_k(x) are
 * the k training rows with the smallest ||x - x_i||_2. Among rows at equal distance the one with
 * the smaller index is nearer, so the neighbour set is always well defined.
 *
 * <p>Brute force: O(n p + n k) per predicted row. Parameters: {@code k} (&gt;= 1; at most the
 * number of training rows, checked at fit).
 */
public final class KNeighborsRegressor implements Regressor {
    private final int k;

    private KNeighborsRegressor(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, got " + k);
        }
        this.k = k;
    }

    /**
     * @param k the number of neighbours, &gt;= 1
     * @return the regressor
     * @throws IllegalArgumentException if k &lt; 1
     */
    public static KNeighborsRegressor of(int k) {
        return new KNeighborsRegressor(k);
    }

    /**
     * @param k the number of neighbours, &gt;= 1
     * @return a copy with that k
     * @throws IllegalArgumentException if k &lt; 1
     */
    public KNeighborsRegressor withK(int k) {
        return new KNeighborsRegressor(k);
    }

    /** @return the number of neighbours */
    public int k() {
        return k;
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("k", k);
    }

    @Override
    public KNeighborsRegressor withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("KNeighborsRegressor", params(), changes);
        return new KNeighborsRegressor(Params.getInt(p, "k"));
    }

    /**
     * @throws IllegalArgumentException as {@link Regressor#fit}, or if k exceeds the number of rows
     */
    @Override
    public PointModel fit(double[][] x, double[] y) {
        int p = DataChecks.features(x);
        DataChecks.targets(x, y);
        if (k > x.length) {
            throw new IllegalArgumentException("k = " + k + " exceeds the number of training rows, X has "
                + x.length);
        }
        double[][] xs = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            xs[i] = x[i].clone();
        }
        return new Model(xs, y.clone(), k, p);
    }

    /** Value equality: equal hyper-parameters. */
    @Override
    public boolean equals(Object o) {
        return o instanceof KNeighborsRegressor r && r.k == k;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(KNeighborsRegressor.class, k);
    }

    @Override
    public String toString() {
        return "KNeighborsRegressor(k=" + k + ")";
    }

    /** The fitted model: a copy of the training data. */
    private static final class Model implements PointModel {
        private final double[][] x;
        private final double[] y;
        private final int k;
        private final int p;

        Model(double[][] x, double[] y, int k, int p) {
            this.x = x;
            this.y = y;
            this.k = k;
            this.p = p;
        }

        @Override
        public int numFeatures() {
            return p;
        }

        @Override
        public double[] predict(double[][] q) {
            DataChecks.featuresFor(q, p);
            double[] out = new double[q.length];
            double[] bestD = new double[k];
            int[] bestI = new int[k];
            for (int r = 0; r < q.length; r++) {
                Neighbours.nearest(x, p, q[r], k, bestI, bestD);
                double s = 0.0;
                for (int m = 0; m < k; m++) {
                    s += y[bestI[m]];
                }
                out[r] = s / k;
            }
            return out;
        }
    }
}
