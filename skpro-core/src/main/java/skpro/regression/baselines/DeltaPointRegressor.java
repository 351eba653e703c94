package skpro.regression.baselines;

import java.util.Map;
import java.util.Objects;

import skpro.distributions.Delta;
import skpro.distributions.Distribution;
import skpro.regression.Params;
import skpro.regression.PointModel;
import skpro.regression.ProbaModel;
import skpro.regression.ProbaRegressor;
import skpro.regression.Regressor;
import skpro.regression.internal.DataChecks;

/**
 * A point regressor seen as a probabilistic one (skpro's {@code DeltaPointRegressor}): the
 * predictive distribution of row i is the point mass Delta(yhat_i) at the point prediction
 * yhat_i. So {@code predict} = yhat, {@code predictVar} = 0 and every quantile is yhat_i; the
 * CRPS reduces to the absolute error |y_i - yhat_i|.
 *
 * <p>Sample weights go to the point regressor, when it supports them.
 *
 * <p>Parameters: {@code estimator} (the point regressor; nested ones as
 * {@code estimator__name}).
 */
public final class DeltaPointRegressor implements ProbaRegressor {

    private final Regressor estimator;

    private DeltaPointRegressor(Regressor estimator) {
        this.estimator = estimator;
    }

    /**
     * @param estimator the point regressor
     * @return the regressor
     * @throws IllegalArgumentException if estimator is null
     */
    public static DeltaPointRegressor of(Regressor estimator) {
        if (estimator == null) {
            throw new IllegalArgumentException("estimator must not be null");
        }
        return new DeltaPointRegressor(estimator);
    }

    /** @return the point regressor */
    public Regressor estimator() {
        return estimator;
    }

    /**
     * @param newEstimator the point regressor
     * @return a copy with it
     * @throws IllegalArgumentException if it is null
     */
    public DeltaPointRegressor withEstimator(Regressor newEstimator) {
        return of(newEstimator);
    }

    /**
     * @throws IllegalArgumentException if X is empty, ragged or not finite, or y's length differs
     *     or a target is not finite (and whatever the estimator rejects)
     */
    @Override
    public ProbaModel fit(double[][] x, double[] y) {
        int p = DataChecks.features(x);
        DataChecks.targets(x, y);
        return new Model(this, estimator.fit(x, y), p);
    }

    /**
     * Fits the point estimator with the weights: supported when it supports them.
     *
     * @throws IllegalArgumentException as {@link ProbaRegressor#fit(double[][], double[], double[])}
     * @throws UnsupportedOperationException if the estimator does not support sample weights and
     *     they are not all equal
     */
    @Override
    public ProbaModel fit(double[][] x, double[] y, double[] sampleWeight) {
        if (!supportsSampleWeight()) {
            return ProbaRegressor.super.fit(x, y, sampleWeight);
        }
        int p = DataChecks.features(x);
        DataChecks.targets(x, y);
        DataChecks.weights(x, sampleWeight);
        return new Model(this, estimator.fit(x, y, sampleWeight), p);
    }

    /** @return whether the point estimator supports sample weights */
    @Override
    public boolean supportsSampleWeight() {
        return estimator.supportsSampleWeight();
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("estimator", estimator);
    }

    @Override
    public DeltaPointRegressor withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("DeltaPointRegressor", params(), changes);
        return of((Regressor) p.get("estimator"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeltaPointRegressor d && d.estimator.equals(estimator);
    }

    @Override
    public int hashCode() {
        return Objects.hash(DeltaPointRegressor.class, estimator);
    }

    @Override
    public String toString() {
        return "DeltaPointRegressor(estimator=" + estimator + ")";
    }

    private record Model(DeltaPointRegressor regressor, PointModel point, int numFeatures) implements ProbaModel {
        @Override
        public double[] predict(double[][] x) {
            DataChecks.featuresFor(x, numFeatures);
            return point.predict(x);
        }

        @Override
        public Distribution predictProba(double[][] x) {
            return Delta.of(predict(x));
        }
    }
}
