package skpro.smile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import skpro.regression.PointModel;

class SvrTest {

    /** On a noiseless linear target with a large C nearly every training residual lies in the tube. */
    @Test
    void trainingResidualsStayInsideTheEpsilonTube() {
        double[][] x = TestData.x(80, 21);
        double[] y = new double[x.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = 1.0 + 0.8 * x[i][0] - 0.5 * x[i][1];
        }
        double eps = 0.1;
        PointModel m = SvrRegressor.of(3.0, eps, 1000.0).withTol(1e-4).fit(x, y);
        double[] pred = m.predict(x);
        int inside = 0;
        double worst = 0.0;
        for (int i = 0; i < y.length; i++) {
            double r = Math.abs(y[i] - pred[i]);
            worst = Math.max(worst, r);
            if (r <= eps + 1e-3) {
                inside++;
            }
        }
        assertThat(inside).as("rows inside the tube").isGreaterThanOrEqualTo(76);
        assertThat(worst).isLessThan(3 * eps);
        // a wider tube fits more loosely: its largest residual exceeds the narrow tube's epsilon
        double[] loose = SvrRegressor.of(3.0, 0.5, 1000.0).fit(x, y).predict(x);
        double worstLoose = 0.0;
        for (int i = 0; i < y.length; i++) {
            worstLoose = Math.max(worstLoose, Math.abs(y[i] - loose[i]));
        }
        assertThat(worstLoose).isGreaterThan(eps).isLessThan(0.5 + 1e-2);
    }
}
