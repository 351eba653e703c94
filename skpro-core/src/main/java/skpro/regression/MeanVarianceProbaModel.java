package skpro.regression;

import skpro.distributions.Distribution;
import skpro.distributions.Normal;
import skpro.regression.internal.DataChecks;

/**
 * Base of models that natively predict a mean and a variance (Gaussian processes, mean-and-spread
 * networks, {@code MeanStdRegressor}). Subclasses implement {@link #meanAt} and
 * {@link #varianceAt}; then {@code predict} and {@code predictVar} are exact and
 * {@code predictProba} is Normal(mean, sqrt(variance)), from which quantiles and intervals follow.
 */
public abstract class MeanVarianceProbaModel implements ProbaModel {

    private final ProbaRegressor regressor;
    private final int numFeatures;

    /**
     * @param regressor the regressor that made the model
     * @param numFeatures the number of feature columns at fit time
     */
    protected MeanVarianceProbaModel(ProbaRegressor regressor, int numFeatures) {
        this.regressor = regressor;
        this.numFeatures = numFeatures;
    }

    /**
     * @param x m x p validated features
     * @return the predictive mean per row
     */
    protected abstract double[] meanAt(double[][] x);

    /**
     * @param x m x p validated features
     * @return the predictive variance per row, each finite and &gt; 0
     */
    protected abstract double[] varianceAt(double[][] x);

    @Override
    public final ProbaRegressor regressor() {
        return regressor;
    }

    @Override
    public final int numFeatures() {
        return numFeatures;
    }

    @Override
    public double[] predict(double[][] x) {
        DataChecks.featuresFor(x, numFeatures);
        return meanAt(x);
    }

    @Override
    public double[] predictVar(double[][] x) {
        DataChecks.featuresFor(x, numFeatures);
        return variances(x);
    }

    /**
     * @throws IllegalStateException if the model predicts a variance that is not finite and
     *     positive (the row is named)
     */
    @Override
    public Distribution predictProba(double[][] x) {
        DataChecks.featuresFor(x, numFeatures);
        double[] mean = meanAt(x);
        double[] var = variances(x);
        double[] sd = new double[var.length];
        for (int i = 0; i < var.length; i++) {
            sd[i] = Math.sqrt(var[i]);
        }
        return Normal.of(mean, sd);
    }

    private double[] variances(double[][] x) {
        double[] var = varianceAt(x);
        for (int i = 0; i < var.length; i++) {
            if (!(var[i] > 0.0 && var[i] < Double.POSITIVE_INFINITY)) {
                throw new IllegalStateException(getClass().getSimpleName() + " predicted the variance " + var[i]
                    + " for row " + i + "; a Normal prediction needs a finite positive variance");
            }
        }
        return var;
    }
}
