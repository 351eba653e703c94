package skpro.regression.baselines;

import java.util.Map;

import skpro.regression.Params;
import skpro.regression.PointModel;
import skpro.regression.Regressor;
import skpro.regression.internal.DataChecks;

/**
 * Test-only point regressor: least squares of y on the first column, a + b x_0, by the textbook
 * formulas b = Sxy / Sxx, a = ybar - b xbar (intercept 0 and b = Sum xy / Sum xx when
 * fitIntercept is false).
 */
public record OlsOnFirstColumn(Boolean fitIntercept) implements Regressor {

    @Override
    public PointModel fit(double[][] x, double[] y) {
        int p = DataChecks.features(x);
        DataChecks.targets(x, y);
        int n = y.length;
        double xbar = 0;
        double ybar = 0;
        if (fitIntercept) {
            for (int i = 0; i < n; i++) {
                xbar += x[i][0] / n;
                ybar += y[i] / n;
            }
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i][0] - xbar) * (y[i] - ybar);
            sxx += (x[i][0] - xbar) * (x[i][0] - xbar);
        }
        double b = sxx > 0 ? sxy / sxx : 0.0;
        double a = ybar - b * xbar;
        return new PointModel() {
            @Override
            public int numFeatures() {
                return p;
            }

            @Override
            public double[] predict(double[][] xs) {
                DataChecks.featuresFor(xs, p);
                double[] out = new double[xs.length];
                for (int i = 0; i < xs.length; i++) {
                    out[i] = a + b * xs[i][0];
                }
                return out;
            }
        };
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("fitIntercept", fitIntercept);
    }

    @Override
    public Regressor withParams(Map<String, ?> changes) {
        return new OlsOnFirstColumn((Boolean) Params.merge("Ols", params(), changes).get("fitIntercept"));
    }
}
