package skpro.regression.internal;

/**
 * Brute-force k-nearest-neighbour search under the Euclidean metric, shared by the k-NN
 * regressor and classifier. Rows are scanned by index and only a strictly smaller distance
 * displaces a neighbour, so among rows at equal distance the one with the smaller index is nearer
 * and the neighbour set is always well defined. O(n p + n k) per query.
 */
public final class Neighbours {

    private Neighbours() {
    }

    /**
     * @param x the training rows, p columns each
     * @param p the number of columns
     * @param query one row of p values
     * @param k the number of neighbours, at most x.length
     * @param index filled with the k nearest rows' indices, nearest first
     * @param squaredDistance filled with their squared distances, ascending
     */
    public static void nearest(double[][] x, int p, double[] query, int k, int[] index, double[] squaredDistance) {
        int filled = 0;
        for (int i = 0; i < x.length; i++) {
            double[] row = x[i];
            double d = 0.0;
            for (int j = 0; j < p; j++) {
                double t = query[j] - row[j];
                d += t * t;
            }
            if (filled < k || d < squaredDistance[filled - 1]) {
                int pos = filled < k ? filled++ : filled - 1;
                while (pos > 0 && squaredDistance[pos - 1] > d) {
                    squaredDistance[pos] = squaredDistance[pos - 1];
                    index[pos] = index[pos - 1];
                    pos--;
                }
                squaredDistance[pos] = d;
                index[pos] = i;
            }
        }
    }
}
