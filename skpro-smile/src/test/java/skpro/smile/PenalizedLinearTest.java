package skpro.smile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import skpro.regression.linear.LinearModel;

/**
 * Lasso and elastic net on an orthogonal design, where both have closed forms: with columns
 * standardised by their population standard deviations s_j (so Z^T Z = n I) and
 * c_j = z_j^T (y - ybar), the lasso gives w_j = S(c_j, lambda / 2) / n and the elastic net
 * S(c_j, lambda1 / 2) / (n + lambda2), S the soft-thresholding operator; beta_j = w_j / s_j.
 */
class PenalizedLinearTest {

    private static final int N = 16;
    /** Walsh columns 1, 2, 4 of a 16 x 16 Sylvester-Hadamard matrix, scaled and shifted. */
    private static final double[][] X = new double[N][];
    private static final double[] Y = new double[N];

    static {
        for (int i = 0; i < N; i++) {
            double h1 = (i & 1) == 0 ? 1 : -1;
            double h2 = (i & 2) == 0 ? 1 : -1;
            double h4 = (i & 4) == 0 ? 1 : -1;
            X[i] = new double[] {3.0 * h1 + 1.0, 0.5 * h2 - 2.0, 2.0 * h4};
            Y[i] = 10.0 + 4.0 * X[i][0] - 3.0 * X[i][1] + 0.1 * X[i][2] + 0.2 * Math.sin(3.0 * i);
        }
    }

    @Test
    void designIsOrthogonal() {
        for (int a = 0; a < 3; a++) {
            for (int b = a + 1; b < 3; b++) {
                double dot = 0.0;
                for (double[] row : X) {
                    dot += (row[a] - mean(a)) * (row[b] - mean(b));
                }
                assertThat(dot).isCloseTo(0.0, within(1e-12));
            }
        }
    }

    @Test
    void lassoIsSoftThresholding() {
        // lambda = 40 lies between 2 |c_2| (about 6.5) and 2 |c_1| (about 48): the third coefficient is set to 0
        for (double lambda : new double[] {1e-3, 5.0, 40.0}) {
            LinearModel m = LassoRegressor.of(lambda).withTolerance(1e-10).fit(X, Y);
            checkClosedForm(m, lambda, 0.0);
        }
        LinearModel sparse = LassoRegressor.of(40.0).withTolerance(1e-10).fit(X, Y);
        assertThat(sparse.coefficients()[2]).isCloseTo(0.0, within(1e-5));
    }

    @Test
    void elasticNetIsScaledSoftThresholding() {
        for (double[] l : new double[][] {{5.0, 2.0}, {40.0, 10.0}}) {
            LinearModel m = ElasticNetRegressor.of(l[0], l[1]).withTolerance(1e-10).fit(X, Y);
            checkClosedForm(m, l[0], l[1]);
        }
    }

    @Test
    void constantColumnsGetZeroCoefficients() {
        double[][] x = new double[N][];
        for (int i = 0; i < N; i++) {
            x[i] = new double[] {X[i][0], 7.0, X[i][1], X[i][2]};
        }
        LinearModel withConstant = LassoRegressor.of(5.0).withTolerance(1e-10).fit(x, Y);
        LinearModel without = LassoRegressor.of(5.0).withTolerance(1e-10).fit(X, Y);
        double[] b = withConstant.coefficients();
        assertThat(b[1]).isEqualTo(0.0);
        assertThat(new double[] {b[0], b[2], b[3]}).containsExactly(without.coefficients());
        double[][] constant = new double[N][];
        for (int i = 0; i < N; i++) {
            constant[i] = new double[] {1.0, 2.0};
        }
        LinearModel flat = ElasticNetRegressor.of(1.0, 1.0).fit(constant, Y);
        double ybar = 0.0;
        for (double v : Y) {
            ybar += v / N;
        }
        assertThat(flat.coefficients()).containsExactly(0.0, 0.0);
        assertThat(flat.intercept()).isCloseTo(ybar, within(1e-12));
    }

    private static void checkClosedForm(LinearModel m, double lambda1, double lambda2) {
        double ybar = 0.0;
        for (double v : Y) {
            ybar += v / N;
        }
        double intercept = ybar;
        double[] beta = new double[3];
        for (int j = 0; j < 3; j++) {
            double mj = mean(j);
            double ss = 0.0;
            for (double[] row : X) {
                ss += (row[j] - mj) * (row[j] - mj);
            }
            double sj = Math.sqrt(ss / N);
            double c = 0.0;
            for (int i = 0; i < N; i++) {
                c += (X[i][j] - mj) / sj * (Y[i] - ybar);
            }
            double w = Math.signum(c) * Math.max(Math.abs(c) - lambda1 / 2.0, 0.0) / (N + lambda2);
            beta[j] = w / sj;
            intercept -= beta[j] * mj;
        }
        double[] got = m.coefficients();
        for (int j = 0; j < 3; j++) {
            assertThat(got[j]).as("coefficient %d at lambda1 %s, lambda2 %s", j, lambda1, lambda2)
                .isCloseTo(beta[j], within(1e-5 * (1.0 + Math.abs(beta[j]))));
        }
        assertThat(m.intercept()).isCloseTo(intercept, within(1e-4));
        double[] pred = m.predict(new double[][] {{1.0, 2.0, 3.0}});
        assertThat(pred[0]).isCloseTo(m.intercept() + got[0] + 2.0 * got[1] + 3.0 * got[2], within(1e-12));
    }

    private static double mean(int j) {
        double m = 0.0;
        for (double[] row : X) {
            m += row[j] / N;
        }
        return m;
    }
}
