package skpro.regression.conformal;

import java.util.Map;

import skpro.regression.Params;
import skpro.regression.PointModel;
import skpro.regression.Regressor;

/**
 * Test learner whose predictions are known by hand: column {@code column} of X plus
 * {@code 10 * level} (level 0 by default), whatever the training data.
 */
record Column(int column, double level) implements Regressor {

    @Override
    public PointModel fit(double[][] x, double[] y) {
        int p = x[0].length;
        return new PointModel() {
            @Override
            public int numFeatures() {
                return p;
            }

            @Override
            public double[] predict(double[][] rows) {
                double[] out = new double[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    out[i] = rows[i][column] + 10.0 * level;
                }
                return out;
            }
        };
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("column", column, "level", level);
    }

    @Override
    public Column withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("Column", params(), changes);
        return new Column(Params.getInt(p, "column"), Params.getDouble(p, "level"));
    }
}
