package skpro.regression.compose;

import java.util.Map;
import java.util.Objects;

import skpro.regression.MeanVarianceProbaModel;
import skpro.regression.Params;
import skpro.regression.PointModel;
import skpro.regression.ProbaModel;
import skpro.regression.ProbaRegressor;
import skpro.regression.Regressor;
import skpro.regression.internal.DataChecks;
import skpro.regression.internal.SampleWeights;

/**
 * A Normal prediction from one point regressor for the mean and one for the standard deviation.
 *
 * <p>Fit on (X, y): the mean model mhat = mean.fit(X, y); then the standard-deviation model
 * sdhat = std.fit(X, t) on t_i = sqrt(pi / 2) |y_i - mhat(x_i)| (in-sample residuals). For
 * normal residuals E|r| = sigma sqrt(2 / pi), so t_i is an unbiased target for sigma and sdhat
 * predicts the standard deviation itself (unlike {@link ResidualDouble}, whose default scale is
 * the mean absolute residual). Row i predicts Normal(mhat(x_i), sdhat(x_i)^2); {@code predict}
 * and {@code predictVar} are exact (mhat and sdhat^2).
 *
 * <p>Non-positive standard deviations are not clamped: a prediction where sdhat(x_i) is not
 * finite and &gt; 0 throws {@link IllegalStateException} naming the row, so a std model that
 * extrapolates below zero is reported rather than silently repaired (use
 * {@link ResidualDouble#withMinScale} for clipping).
 *
 * <p>Sample weights ({@link #fit(double[][], double[], double[])}) are supported when both
 * estimators support them.
 *
 * <p>Parameters: {@code mean} and {@code std} (nested as {@code mean__name}, {@code std__name}).
 */
public final class MeanStdRegressor implements ProbaRegressor {

    private static final double SQRT_HALF_PI = Math.sqrt(0.5 * Math.PI);

    private final Regressor mean;
    private final Regressor std;

    private MeanStdRegressor(Regressor mean, Regressor std) {
        if (mean == null) {
            throw new IllegalArgumentException("mean must not be null");
        }
        if (std == null) {
            throw new IllegalArgumentException("std must not be null");
        }
        this.mean = mean;
        this.std = std;
    }

    /**
     * @param mean the mean estimator
     * @param std the standard-deviation estimator
     * @return the regressor
     * @throws IllegalArgumentException if either is null
     */
    public static MeanStdRegressor of(Regressor mean, Regressor std) {
        return new MeanStdRegressor(mean, std);
    }

    /**
     * @param newMean the mean estimator
     * @return a copy with it
     * @throws IllegalArgumentException if it is null
     */
    public MeanStdRegressor withMean(Regressor newMean) {
        return of(newMean, std);
    }

    /**
     * @param newStd the standard-deviation estimator
     * @return a copy with it
     * @throws IllegalArgumentException if it is null
     */
    public MeanStdRegressor withStd(Regressor newStd) {
        return of(mean, newStd);
    }

    /** @return the mean estimator */
    public Regressor mean() {
        return mean;
    }

    /** @return the standard-deviation estimator */
    public Regressor std() {
        return std;
    }

    /**
     * @throws IllegalArgumentException if X is empty, ragged or not finite, y's length differs or
     *     a target is not finite, or an estimator rejects the data
     * @throws IllegalStateException if the mean estimator predicts a non-finite value in-sample
     */
    @Override
    public ProbaModel fit(double[][] x, double[] y) {
        return fitWith(x, y, null);
    }

    /**
     * Fits with sample weights, supported when both estimators support them: the mean and the
     * standard-deviation estimator are fitted with the same weights (so an integer weight w is w
     * copies of the row when it is so for both). Weights absent or all 1 give
     * {@link #fit(double[][], double[])}.
     *
     * @throws IllegalArgumentException as {@link #fit(double[][], double[])} and
     *     {@link ProbaRegressor#fit(double[][], double[], double[])}
     * @throws IllegalStateException as {@link #fit(double[][], double[])}
     * @throws UnsupportedOperationException if an estimator does not support sample weights and
     *     they are not all equal
     */
    @Override
    public ProbaModel fit(double[][] x, double[] y, double[] sampleWeight) {
        if (!supportsSampleWeight()) {
            return ProbaRegressor.super.fit(x, y, sampleWeight);
        }
        DataChecks.weights(x, sampleWeight);
        return fitWith(x, y, SampleWeights.isUnit(sampleWeight) ? null : sampleWeight);
    }

    /** @return whether both the mean and the standard-deviation estimator support sample weights */
    @Override
    public boolean supportsSampleWeight() {
        return mean.supportsSampleWeight() && std.supportsSampleWeight();
    }

    /** @param w validated sample weights, or null */
    private ProbaModel fitWith(double[][] x, double[] y, double[] w) {
        int p = DataChecks.features(x);
        DataChecks.targets(x, y);
        PointModel m = w == null ? mean.fit(x, y) : mean.fit(x, y, w);
        double[] pred = m.predict(x);
        double[] t = new double[y.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = SQRT_HALF_PI * Math.abs(y[i] - pred[i]);
            if (!Double.isFinite(t[i])) {
                throw new IllegalStateException("the mean estimator predicted " + pred[i] + " for training row " + i);
            }
        }
        return new Model(this, p, m, w == null ? std.fit(x, t) : std.fit(x, t, w));
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("mean", mean, "std", std);
    }

    @Override
    public MeanStdRegressor withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("MeanStdRegressor", params(), changes);
        return of((Regressor) p.get("mean"), (Regressor) p.get("std"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MeanStdRegressor r && r.mean.equals(mean) && r.std.equals(std);
    }

    @Override
    public int hashCode() {
        return Objects.hash(MeanStdRegressor.class, mean, std);
    }

    @Override
    public String toString() {
        return "MeanStdRegressor(mean=" + mean + ", std=" + std + ")";
    }

    private static final class Model extends MeanVarianceProbaModel {
        private final PointModel mean;
        private final PointModel std;

        Model(ProbaRegressor regressor, int numFeatures, PointModel mean, PointModel std) {
            super(regressor, numFeatures);
            this.mean = mean;
            this.std = std;
        }

        @Override
        protected double[] meanAt(double[][] x) {
            double[] m = mean.predict(x);
            for (int i = 0; i < m.length; i++) {
                if (!Double.isFinite(m[i])) {
                    throw new IllegalStateException("the mean estimator predicted " + m[i] + " for row " + i);
                }
            }
            return m;
        }

        /** @throws IllegalStateException if a predicted standard deviation is not finite and &gt; 0 */
        @Override
        protected double[] varianceAt(double[][] x) {
            double[] s = std.predict(x);
            for (int i = 0; i < s.length; i++) {
                if (!(s[i] > 0.0 && s[i] < Double.POSITIVE_INFINITY)) {
                    throw new IllegalStateException("the std estimator predicted the standard deviation " + s[i]
                        + " for row " + i + "; it must be finite and > 0");
                }
                s[i] = s[i] * s[i];
            }
            return s;
        }
    }
}
