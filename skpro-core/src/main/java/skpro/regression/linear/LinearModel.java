package skpro.regression.linear;

import skpro.regression.PointModel;
import skpro.regression.internal.DataChecks;

/**
 * A fitted linear model: prediction = intercept + sum_j coefficients[j] x_j. Immutable.
 */
public final class LinearModel implements PointModel {
    private final double[] coefficients;
    private final double intercept;

    LinearModel(double[] coefficients, double intercept) {
        this.coefficients = coefficients;
        this.intercept = intercept;
    }

    /**
     * A linear model with given coefficients, for learners fitted elsewhere (such as the penalised
     * linear models of {@code skpro-smile}).
     *
     * @param coefficients one per feature column, finite (copied)
     * @param intercept the intercept, finite
     * @return the model
     * @throws IllegalArgumentException if coefficients is null or empty, or a value is not finite
     */
    public static LinearModel of(double[] coefficients, double intercept) {
        if (coefficients == null || coefficients.length == 0) {
            throw new IllegalArgumentException("coefficients must not be empty");
        }
        for (int j = 0; j < coefficients.length; j++) {
            if (!Double.isFinite(coefficients[j])) {
                throw new IllegalArgumentException("coefficients[" + j + "] must be finite, got " + coefficients[j]);
            }
        }
        if (!Double.isFinite(intercept)) {
            throw new IllegalArgumentException("intercept must be finite, got " + intercept);
        }
        return new LinearModel(coefficients.clone(), intercept);
    }

    /** @return a copy of the coefficients, one per feature column */
    public double[] coefficients() {
        return coefficients.clone();
    }

    /** @return the intercept (0 when fitted without one) */
    public double intercept() {
        return intercept;
    }

    @Override
    public int numFeatures() {
        return coefficients.length;
    }

    @Override
    public double[] predict(double[][] x) {
        DataChecks.featuresFor(x, coefficients.length);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double s = intercept;
            for (int j = 0; j < coefficients.length; j++) {
                s += coefficients[j] * x[i][j];
            }
            out[i] = s;
        }
        return out;
    }
}
