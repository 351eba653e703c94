package skpro.smile;

import java.util.function.ToDoubleFunction;

import skpro.regression.PointModel;

/**
 * A fitted Smile learner that predicts one row at a time: validates X against the fitted number
 * of columns, then applies the learner to each row. Immutable as long as the learner's
 * prediction does not change it (true of the Smile models wrapped here).
 */
final class RowwiseModel implements PointModel {
    private final int p;
    private final ToDoubleFunction<double[]> predictRow;

    /**
     * @param p the number of feature columns at fit time
     * @param predictRow the learner's prediction for one row of p features
     */
    RowwiseModel(int p, ToDoubleFunction<double[]> predictRow) {
        this.p = p;
        this.predictRow = predictRow;
    }

    @Override
    public int numFeatures() {
        return p;
    }

    @Override
    public double[] predict(double[][] x) {
        Checks.featuresFor(x, p);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = predictRow.applyAsDouble(x[i]);
        }
        return out;
    }
}
