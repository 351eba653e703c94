package skpro.classification;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import skpro.regression.Params;
import skpro.regression.internal.DataChecks;
import skpro.regression.internal.Neighbours;

/**
 * k-nearest-neighbours classification, as sklearn's {@code KNeighborsClassifier} with the
 * Euclidean metric: the probability of class c at x is the weighted share of class c among the k
 * training rows nearest to x, p_c(x) = sum_{i in N_k(x), y_i = c} v_i / sum_{i in N_k(x)} v_i.
 * Among rows at equal distance the one with the smaller index is nearer.
 *
 * <ul>
 * <li>{@link Weights#UNIFORM} (default): v_i = 1.</li>
 * <li>{@link Weights#DISTANCE}: v_i = 1 / ||x - x_i||; when some neighbours are at distance 0,
 *     those alone count, with equal weight (as sklearn).</li>
 * </ul>
 *
 * <p>Brute force: O(n p + n k) per predicted row. A class absent from the neighbourhood gets
 * probability 0 (its log-loss is infinite there). Parameters: {@code k} (&gt;= 1; at most the
 * number of training rows, checked at fit), {@code weights}.
 */
public final class KNeighborsClassifier implements ProbaClassifier {

    /** How neighbours are weighted. */
    public enum Weights {
        /** Every neighbour counts once. */
        UNIFORM,
        /** Neighbours count by inverse distance. */
        DISTANCE
    }

    private final int k;
    private final Weights weights;

    private KNeighborsClassifier(int k, Weights weights) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, got " + k);
        }
        if (weights == null) {
            throw new IllegalArgumentException("weights must not be null");
        }
        this.k = k;
        this.weights = weights;
    }

    /**
     * @param k the number of neighbours, &gt;= 1
     * @return the classifier with uniform weights
     * @throws IllegalArgumentException if k &lt; 1
     */
    public static KNeighborsClassifier of(int k) {
        return new KNeighborsClassifier(k, Weights.UNIFORM);
    }

    /**
     * @param weights the weighting of neighbours
     * @return a copy with that weighting
     * @throws IllegalArgumentException if weights is null
     */
    public KNeighborsClassifier withWeights(Weights weights) {
        return new KNeighborsClassifier(k, weights);
    }

    /** @return the number of neighbours */
    public int k() {
        return k;
    }

    /** @return the weighting of neighbours */
    public Weights weights() {
        return weights;
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("k", k, "weights", weights);
    }

    @Override
    public KNeighborsClassifier withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("KNeighborsClassifier", params(), changes);
        return new KNeighborsClassifier(Params.getInt(p, "k"), (Weights) p.get("weights"));
    }

    /** @throws IllegalArgumentException as {@link ProbaClassifier#fit}, or if k exceeds the number of rows */
    @Override
    public <L> ProbaClassifierModel<L> fit(double[][] x, List<L> y) {
        int p = DataChecks.features(x);
        ClassLabels<L> labels = ClassLabels.ofTargets(x, y);
        if (k > x.length) {
            throw new IllegalArgumentException("k = " + k + " exceeds the number of training rows, X has " + x.length);
        }
        double[][] xs = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            xs[i] = x[i].clone();
        }
        return new Model<>(this, labels, p, xs, labels.encode(y));
    }

    /** Value equality: equal hyper-parameters. */
    @Override
    public boolean equals(Object o) {
        return o instanceof KNeighborsClassifier c && c.k == k && c.weights == weights;
    }

    @Override
    public int hashCode() {
        return Objects.hash(KNeighborsClassifier.class, k, weights);
    }

    @Override
    public String toString() {
        return "KNeighborsClassifier(k=" + k + ", weights=" + weights + ")";
    }

    /** The fitted model: a copy of the training rows and their class indices. */
    private static final class Model<L> extends ClassifierModelBase<L> {
        private final double[][] x;
        private final int[] codes;

        Model(KNeighborsClassifier classifier, ClassLabels<L> labels, int p, double[][] x, int[] codes) {
            super(classifier, labels, p);
            this.x = x;
            this.codes = codes;
        }

        @Override
        protected double[][] probabilities(double[][] q) {
            KNeighborsClassifier c = (KNeighborsClassifier) classifier();
            int k = c.k;
            boolean byDistance = c.weights == Weights.DISTANCE;
            int classes = numClasses();
            int p = numFeatures();
            double[][] out = new double[q.length][classes];
            double[] bestD = new double[k];
            int[] bestI = new int[k];
            for (int r = 0; r < q.length; r++) {
                Neighbours.nearest(x, p, q[r], k, bestI, bestD);
                double[] row = out[r];
                // the nearest comes first: a zero distance there means exact matches take all weight
                boolean exact = byDistance && bestD[0] == 0.0;
                double total = 0.0;
                for (int m = 0; m < k; m++) {
                    double v;
                    if (!byDistance) {
                        v = 1.0;
                    } else if (exact) {
                        v = bestD[m] == 0.0 ? 1.0 : 0.0;
                    } else {
                        v = 1.0 / Math.sqrt(bestD[m]);
                    }
                    row[codes[bestI[m]]] += v;
                    total += v;
                }
                for (int cls = 0; cls < classes; cls++) {
                    row[cls] /= total;
                }
            }
            return out;
        }
    }
}
