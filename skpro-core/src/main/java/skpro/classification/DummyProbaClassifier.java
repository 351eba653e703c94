package skpro.classification;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import skpro.regression.Params;
import skpro.regression.internal.DataChecks;

/**
 * The uninformed baseline, as sklearn's {@code DummyClassifier}: ignores X and predicts the same
 * class probabilities for every row. X is still validated at fit and at predict, where it must
 * have the training number of columns.
 *
 * <ul>
 * <li>{@link Strategy#PRIOR} (default): the class frequencies of the training labels,
 *     p_k = n_k / n. Its log-loss is the entropy of the training labels, the baseline any
 *     classifier must beat.</li>
 * <li>{@link Strategy#UNIFORM}: p_k = 1 / K for the K classes seen at fit.</li>
 * </ul>
 *
 * <p>Parameters: {@code strategy} (a {@link Strategy}).
 */
public final class DummyProbaClassifier implements ProbaClassifier {

    /** What class probabilities are predicted. */
    public enum Strategy {
        /** The training class frequencies. */
        PRIOR,
        /** Equal probabilities for every class. */
        UNIFORM
    }

    private final Strategy strategy;

    private DummyProbaClassifier(Strategy strategy) {
        if (strategy == null) {
            throw new IllegalArgumentException("strategy must not be null");
        }
        this.strategy = strategy;
    }

    /** @return the class-prior baseline */
    public static DummyProbaClassifier of() {
        return new DummyProbaClassifier(Strategy.PRIOR);
    }

    /**
     * @param strategy the strategy
     * @return the baseline with that strategy
     * @throws IllegalArgumentException if strategy is null
     */
    public static DummyProbaClassifier of(Strategy strategy) {
        return new DummyProbaClassifier(strategy);
    }

    /** @return the strategy */
    public Strategy strategy() {
        return strategy;
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("strategy", strategy);
    }

    @Override
    public DummyProbaClassifier withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("DummyProbaClassifier", params(), changes);
        return new DummyProbaClassifier((Strategy) p.get("strategy"));
    }

    @Override
    public <L> ProbaClassifierModel<L> fit(double[][] x, List<L> y) {
        int p = DataChecks.features(x);
        ClassLabels<L> labels = ClassLabels.ofTargets(x, y);
        int k = labels.size();
        double[] prob = new double[k];
        if (strategy == Strategy.UNIFORM) {
            java.util.Arrays.fill(prob, 1.0 / k);
        } else {
            for (int c : labels.encode(y)) {
                prob[c] += 1.0;
            }
            for (int c = 0; c < k; c++) {
                prob[c] /= x.length;
            }
        }
        return new Model<>(this, labels, p, prob);
    }

    /** Value equality: equal strategy. */
    @Override
    public boolean equals(Object o) {
        return o instanceof DummyProbaClassifier d && d.strategy == strategy;
    }

    @Override
    public int hashCode() {
        return Objects.hash(DummyProbaClassifier.class, strategy);
    }

    @Override
    public String toString() {
        return "DummyProbaClassifier(strategy=" + strategy + ")";
    }

    /** The fitted baseline: one probability vector. */
    private static final class Model<L> extends ClassifierModelBase<L> {
        private final double[] prob;

        Model(ProbaClassifier classifier, ClassLabels<L> labels, int p, double[] prob) {
            super(classifier, labels, p);
            this.prob = prob;
        }

        @Override
        protected double[][] probabilities(double[][] x) {
            double[][] out = new double[x.length][];
            for (int i = 0; i < x.length; i++) {
                out[i] = prob.clone();
            }
            return out;
        }
    }
}
