package skpro.regression.compose;

import java.util.Map;
import java.util.Objects;

import skpro.distributions.Distribution;
import skpro.distributions.TransformedDistribution;
import skpro.regression.Params;
import skpro.regression.ProbaModel;
import skpro.regression.ProbaRegressor;
import skpro.regression.internal.DataChecks;
import skpro.regression.internal.SampleWeights;

/**
 * A regressor on a transformed target (sklearn's {@code TransformedTargetRegressor}, with an
 * exact predictive distribution): fit learns lambda from y by maximum likelihood
 * ({@link TargetTransform#fitLambda}), then fits the inner regressor on z_i = h_lambda(y_i). At
 * x the inner model predicts a distribution for Z and this model predicts Y = g_lambda(Z), g =
 * h^-1 increasing, as a {@link TransformedDistribution}: F_Y(y) = F_Z(h(y)), Q_Y(p) = g(Q_Z(p))
 * and the exact density f_Y(y) = f_Z(h(y)) h'(y) (the Jacobian); mean and variance by quadrature
 * on the quantile function. {@code predict} is the predictive mean of Y (not g of the mean of Z).
 *
 * <p>Parameters: {@code estimator} (nested as {@code estimator__name}) and {@code transform}.
 */
public final class TransformedTargetRegressor implements ProbaRegressor {

    private final ProbaRegressor estimator;
    private final TargetTransform transform;

    private TransformedTargetRegressor(ProbaRegressor estimator, TargetTransform transform) {
        if (estimator == null) {
            throw new IllegalArgumentException("estimator must not be null");
        }
        if (transform == null) {
            throw new IllegalArgumentException("transform must not be null");
        }
        this.estimator = estimator;
        this.transform = transform;
    }

    /**
     * @param estimator the regressor of the transformed target
     * @param transform the target transform
     * @return the regressor
     * @throws IllegalArgumentException if an argument is null
     */
    public static TransformedTargetRegressor of(ProbaRegressor estimator, TargetTransform transform) {
        return new TransformedTargetRegressor(estimator, transform);
    }

    /**
     * @param newTransform the target transform
     * @return a copy with it
     * @throws IllegalArgumentException if it is null
     */
    public TransformedTargetRegressor withTransform(TargetTransform newTransform) {
        return new TransformedTargetRegressor(estimator, newTransform);
    }

    /**
     * @param newEstimator the inner regressor
     * @return a copy with it
     * @throws IllegalArgumentException if it is null
     */
    public TransformedTargetRegressor withEstimator(ProbaRegressor newEstimator) {
        return new TransformedTargetRegressor(newEstimator, transform);
    }

    /** @return the inner regressor */
    public ProbaRegressor estimator() {
        return estimator;
    }

    /** @return the target transform */
    public TargetTransform transform() {
        return transform;
    }

    /**
     * @throws IllegalArgumentException if X is empty, ragged or not finite, y's length differs, a
     *     target is not finite or (LOG, BOX_COX) not positive, lambda has no maximum (see
     *     {@link TargetTransform#fitLambda}), or the inner regressor rejects the data
     */
    @Override
    public ProbaModel fit(double[][] x, double[] y) {
        return fitWith(x, y, null);
    }

    /**
     * Fits with sample weights, as sklearn's {@code TransformedTargetRegressor}: lambda is learned
     * from all targets unweighted (as a transformer is), the inner regressor is fitted on the
     * transformed targets with the weights. Supported when the inner regressor supports them.
     *
     * @throws IllegalArgumentException as {@link #fit(double[][], double[])} and
     *     {@link ProbaRegressor#fit(double[][], double[], double[])}
     * @throws UnsupportedOperationException if the inner regressor does not support sample
     *     weights and they are not all equal
     */
    @Override
    public ProbaModel fit(double[][] x, double[] y, double[] sampleWeight) {
        if (!supportsSampleWeight()) {
            return ProbaRegressor.super.fit(x, y, sampleWeight);
        }
        DataChecks.weights(x, sampleWeight);
        return fitWith(x, y, SampleWeights.isUnit(sampleWeight) ? null : sampleWeight);
    }

    /** @return whether the inner regressor supports sample weights */
    @Override
    public boolean supportsSampleWeight() {
        return estimator.supportsSampleWeight();
    }

    /** @param w validated sample weights, or null */
    private ProbaModel fitWith(double[][] x, double[] y, double[] w) {
        int p = DataChecks.features(x);
        DataChecks.targets(x, y);
        double lambda = transform.fitLambda(y);
        double[] z = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            z[i] = transform.forward(lambda, y[i]);
        }
        return new Model(this, w == null ? estimator.fit(x, z) : estimator.fit(x, z, w), lambda, p);
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("estimator", estimator, "transform", transform);
    }

    @Override
    public TransformedTargetRegressor withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("TransformedTargetRegressor", params(), changes);
        return new TransformedTargetRegressor((ProbaRegressor) p.get("estimator"),
            (TargetTransform) p.get("transform"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TransformedTargetRegressor t && t.estimator.equals(estimator) && t.transform == transform;
    }

    @Override
    public int hashCode() {
        return Objects.hash(estimator, transform);
    }

    @Override
    public String toString() {
        return "TransformedTargetRegressor" + params();
    }

    private record Model(TransformedTargetRegressor regressor, ProbaModel inner, double lambda, int numFeatures)
        implements ProbaModel {

        /**
         * @throws IllegalArgumentException as the inner model, or if the inverse transform does
         *     not invert at the median of a predicted row (its median lies where g is undefined)
         */
        @Override
        public Distribution predictProba(double[][] x) {
            DataChecks.featuresFor(x, numFeatures);
            TargetTransform t = regressor.transform;
            double l = lambda;
            return TransformedDistribution.of(inner.predictProba(x), z -> t.inverse(l, z), y -> t.forward(l, y),
                y -> t.derivative(l, y));
        }
    }
}
