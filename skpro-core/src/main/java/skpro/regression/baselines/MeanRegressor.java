package skpro.regression.baselines;

import java.util.Map;

import skpro.regression.Params;
import skpro.regression.PointModel;
import skpro.regression.Regressor;
import skpro.regression.internal.DataChecks;
import skpro.regression.internal.SampleWeights;

/**
 * The constant point regressor (sklearn's {@code DummyRegressor(strategy="mean")}): ignores X and
 * predicts the training mean ybar = (1 / n) sum_i y_i for every row. It is the default residual
 * estimator of {@link skpro.regression.compose.ResidualDouble}, as in skpro. X is still validated
 * at fit and predict, and its column count remembered. It has no hyper-parameters.
 */
public final class MeanRegressor implements Regressor {

    private MeanRegressor() {
    }

    /** @return the mean regressor */
    public static MeanRegressor of() {
        return new MeanRegressor();
    }

    /**
     * @throws IllegalArgumentException if X is empty, ragged or not finite, or y's length differs
     *     or a target is not finite
     */
    @Override
    public PointModel fit(double[][] x, double[] y) {
        int p = DataChecks.features(x);
        DataChecks.targets(x, y);
        double sum = 0.0;
        for (double v : y) {
            sum += v;
        }
        double mean = sum / y.length;
        return new Model(mean, p);
    }

    /**
     * Predicts the weighted mean sum_i w_i y_i / sum_i w_i (the mean of the targets repeated w_i
     * times).
     *
     * @throws IllegalArgumentException as {@link Regressor#fit(double[][], double[], double[])}
     */
    @Override
    public PointModel fit(double[][] x, double[] y, double[] sampleWeight) {
        int p = DataChecks.features(x);
        DataChecks.targets(x, y);
        if (DataChecks.weights(x, sampleWeight)) {
            return fit(x, y);
        }
        return new Model(SampleWeights.mean(y, sampleWeight), p);
    }

    /** @return true: the weighted mean */
    @Override
    public boolean supportsSampleWeight() {
        return true;
    }

    @Override
    public Map<String, Object> params() {
        return Params.of();
    }

    /** @throws IllegalArgumentException for any parameter name (there are none) */
    @Override
    public Regressor withParams(Map<String, ?> changes) {
        Params.merge("MeanRegressor", params(), changes);
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MeanRegressor;
    }

    @Override
    public int hashCode() {
        return MeanRegressor.class.hashCode();
    }

    @Override
    public String toString() {
        return "MeanRegressor()";
    }

    private record Model(double mean, int numFeatures) implements PointModel {
        @Override
        public double[] predict(double[][] x) {
            DataChecks.featuresFor(x, numFeatures);
            double[] out = new double[x.length];
            java.util.Arrays.fill(out, mean);
            return out;
        }
    }
}
