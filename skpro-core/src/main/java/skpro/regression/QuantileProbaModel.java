package skpro.regression;

import skpro.distributions.Distribution;
import skpro.distributions.QpdEmpirical;
import skpro.regression.internal.DataChecks;

/**
 * Base of models that natively predict quantiles (quantile regression, conformal and
 * quantile-reduction models). Subclasses implement {@link #quantilesAt}; then
 * <ul>
 * <li>{@code predictQuantiles} is exact (the native quantiles, in the order asked);</li>
 * <li>{@code predictInterval(c)} = the native quantiles at (1 - c)/2 and (1 + c)/2;</li>
 * <li>{@code predictProba} = skpro's QPD_Empirical of the quantiles at the 99 levels
 *     0.01, ..., 0.99, each row sorted first (monotone rearrangement of crossing quantiles);</li>
 * <li>{@code predict} and {@code predictVar} = that distribution's mean and variance.</li>
 * </ul>
 */
public abstract class QuantileProbaModel implements ProbaModel {

    private static final double[] LEVELS = levels();

    private final ProbaRegressor regressor;
    private final int numFeatures;

    /**
     * @param regressor the regressor that made the model
     * @param numFeatures the number of feature columns at fit time
     */
    protected QuantileProbaModel(ProbaRegressor regressor, int numFeatures) {
        this.regressor = regressor;
        this.numFeatures = numFeatures;
    }

    private static double[] levels() {
        double[] out = new double[99];
        for (int k = 0; k < out.length; k++) {
            out[k] = (k + 1) / 100.0;
        }
        return out;
    }

    /**
     * @param x m x p validated features
     * @param alphas levels in (0, 1), validated, in the order asked
     * @return the m x k quantile table
     */
    protected abstract double[][] quantilesAt(double[][] x, double[] alphas);

    @Override
    public final ProbaRegressor regressor() {
        return regressor;
    }

    @Override
    public final int numFeatures() {
        return numFeatures;
    }

    @Override
    public double[][] predictQuantiles(double[][] x, double... alphas) {
        DataChecks.featuresFor(x, numFeatures);
        if (alphas == null || alphas.length == 0) {
            throw new IllegalArgumentException("alphas must not be empty");
        }
        for (int j = 0; j < alphas.length; j++) {
            if (!(alphas[j] > 0.0 && alphas[j] < 1.0)) {
                throw new IllegalArgumentException("alphas[" + j + "] must be in (0, 1), got " + alphas[j]);
            }
        }
        return quantilesAt(x, alphas.clone());
    }

    @Override
    public double[][] predictInterval(double[][] x, double coverage) {
        if (!(coverage > 0.0 && coverage < 1.0)) {
            throw new IllegalArgumentException("coverage must be in (0, 1), got " + coverage);
        }
        double tail = 0.5 * (1.0 - coverage);
        return predictQuantiles(x, tail, 1.0 - tail);
    }

    @Override
    public Distribution predictProba(double[][] x) {
        double[][] q = predictQuantiles(x, LEVELS);
        for (double[] row : q) {
            java.util.Arrays.sort(row);
        }
        return QpdEmpirical.of(q, LEVELS);
    }
}
