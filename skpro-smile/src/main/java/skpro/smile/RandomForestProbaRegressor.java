package skpro.smile;

import java.util.Map;
import java.util.Objects;

import skpro.distributions.Distribution;
import skpro.distributions.Empirical;
import skpro.regression.Params;
import skpro.regression.ProbaModel;
import skpro.regression.ProbaRegressor;

/**
 * A random forest whose prediction for a row is the {@link Empirical} distribution of its B
 * trees' predictions, each of weight 1/B: mean (1/B) sum_b T_b(x), the forest's point
 * prediction, and variance (1/B) sum_b (T_b(x) - mean)^2, the spread between trees.
 *
 * <p>That spread measures how much the fitted function varies over resamples of the rows, not
 * the noise of y around it; with leaves of a few rows it partly reflects the noise too, but it is
 * no estimate of the conditional distribution of y, so its intervals are not calibrated in
 * general (typically too narrow with large leaves and many rows).
 *
 * <p>Parameters: {@code forest} (a {@link RandomForestRegressor}, nested as
 * {@code forest__name}).
 */
public final class RandomForestProbaRegressor implements ProbaRegressor {
    private final RandomForestRegressor forest;

    private RandomForestProbaRegressor(RandomForestRegressor forest) {
        if (forest == null) {
            throw new IllegalArgumentException("forest must not be null");
        }
        this.forest = forest;
    }

    /**
     * @param forest the forest's hyper-parameters
     * @return the regressor
     * @throws IllegalArgumentException if forest is null
     */
    public static RandomForestProbaRegressor of(RandomForestRegressor forest) {
        return new RandomForestProbaRegressor(forest);
    }

    /** @return the forest's hyper-parameters */
    public RandomForestRegressor forest() {
        return forest;
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("forest", forest);
    }

    @Override
    public RandomForestProbaRegressor withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("RandomForestProbaRegressor", params(), changes);
        return of((RandomForestRegressor) p.get("forest"));
    }

    @Override
    public Model fit(double[][] x, double[] y) {
        return new Model(this, forest.fit(x, y));
    }

    /** Value equality: equal forests. */
    @Override
    public boolean equals(Object o) {
        return o instanceof RandomForestProbaRegressor r && r.forest.equals(forest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(RandomForestProbaRegressor.class, forest);
    }

    @Override
    public String toString() {
        return "RandomForestProbaRegressor(forest=" + forest + ")";
    }

    /** A fitted forest predicting the empirical distribution of its trees. */
    public static final class Model implements ProbaModel {
        private final RandomForestProbaRegressor regressor;
        private final RandomForestModel forest;

        Model(RandomForestProbaRegressor regressor, RandomForestModel forest) {
            this.regressor = regressor;
            this.forest = forest;
        }

        /** @return the fitted forest */
        public RandomForestModel forest() {
            return forest;
        }

        @Override
        public RandomForestProbaRegressor regressor() {
            return regressor;
        }

        @Override
        public int numFeatures() {
            return forest.numFeatures();
        }

        @Override
        public Distribution predictProba(double[][] x) {
            return Empirical.of(forest.predictPerTree(x));
        }
    }
}
