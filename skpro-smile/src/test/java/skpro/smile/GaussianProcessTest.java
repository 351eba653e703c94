package skpro.smile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import skpro.distributions.Distribution;

/** The GP's predictions against the textbook formulas, solved here with a small Cholesky. */
class GaussianProcessTest {

    private static final double[][] X = TestData.x(30, 11);
    private static final double[] Y = TestData.y(X, 12);
    private static final double[][] TEST = TestData.x(10, 13);

    @Test
    void normalisedPredictionsMatchTheClosedForm() {
        checkClosedForm(GaussianProcessRegressor.of(1.3, 0.2), true);
    }

    @Test
    void rawPredictionsMatchTheClosedForm() {
        checkClosedForm(GaussianProcessRegressor.of(0.8, 0.05).withNormalize(false), false);
    }

    private static void checkClosedForm(GaussianProcessRegressor reg, boolean normalize) {
        double l = (Double) reg.params().get("lengthScale");
        double noise = (Double) reg.params().get("noise");
        int n = X.length;
        double m = 0.0;
        double s = 1.0;
        if (normalize) {
            for (double v : Y) {
                m += v / n;
            }
            double ss = 0.0;
            for (double v : Y) {
                ss += (v - m) * (v - m);
            }
            s = Math.sqrt(ss / (n - 1));
        }
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = (Y[i] - m) / s;
        }
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = kernel(X[i], X[j], l) + (i == j ? noise : 0.0);
            }
        }
        double[][] chol = cholesky(a);
        double[] alpha = solve(chol, t);
        GaussianProcessRegressor.Model model = reg.fit(X, Y);
        double[] mean = model.predict(TEST);
        double[] var = model.predictVar(TEST);
        double[] latent = model.latentVariance(TEST);
        Distribution d = model.predictProba(TEST);
        for (int r = 0; r < TEST.length; r++) {
            double[] k = new double[n];
            for (int i = 0; i < n; i++) {
                k[i] = kernel(X[i], TEST[r], l);
            }
            double[] v = solve(chol, k);
            double mu = m;
            double kv = 0.0;
            for (int i = 0; i < n; i++) {
                mu += s * k[i] * alpha[i];
                kv += k[i] * v[i];
            }
            double varF = s * s * (1.0 - kv);
            double varY = varF + s * s * noise;
            assertThat(mean[r]).as("mean of row %d", r).isCloseTo(mu, within(1e-9 * (1 + Math.abs(mu))));
            assertThat(latent[r]).as("latent variance of row %d", r).isCloseTo(varF, within(1e-9 * s * s));
            assertThat(var[r]).as("predictive variance of row %d", r).isCloseTo(varY, within(1e-9 * varY));
        }
        assertThat(d.mean()).containsExactly(mean);
        assertThat(d.var()).containsExactly(var);
    }

    @Test
    void subsamplingIsSeededAndCapsTheTrainingRows() {
        GaussianProcessRegressor reg = GaussianProcessRegressor.of(1.0, 0.3).withMaxTrainRows(12).withSeed(4);
        double[] a = reg.fit(X, Y).predict(TEST);
        assertThat(reg.fit(X, Y).predict(TEST)).containsExactly(a);
        assertThat(reg.withSeed(5).fit(X, Y).predict(TEST)).isNotEqualTo(a);
        // the first 12 rows of the seeded shuffle, fitted in full, give the same model
        int[] rows = GaussianProcessRegressor.subsample(X.length, 12, 4);
        assertThat(rows).hasSize(12).doesNotHaveDuplicates();
        assertThat(java.util.Arrays.stream(rows).allMatch(i -> i >= 0 && i < X.length)).isTrue();
        double[][] xs = new double[12][];
        double[] ys = new double[12];
        for (int i = 0; i < 12; i++) {
            xs[i] = X[rows[i]];
            ys[i] = Y[rows[i]];
        }
        assertThat(GaussianProcessRegressor.of(1.0, 0.3).fit(xs, ys).predict(TEST)).containsExactly(a);
        // a cap above n leaves the data as it is, whatever the seed
        assertThat(GaussianProcessRegressor.of(1.0, 0.3).withMaxTrainRows(100).withSeed(9).fit(X, Y).predict(TEST))
            .containsExactly(GaussianProcessRegressor.of(1.0, 0.3).fit(X, Y).predict(TEST));
    }

    private static double kernel(double[] a, double[] b, double l) {
        double d2 = 0.0;
        for (int j = 0; j < a.length; j++) {
            d2 += (a[j] - b[j]) * (a[j] - b[j]);
        }
        return Math.exp(-d2 / (2.0 * l * l));
    }

    /** Lower-triangular L with L L^T = a. */
    private static double[][] cholesky(double[][] a) {
        int n = a.length;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= c[i][k] * c[j][k];
                }
                c[i][j] = i == j ? Math.sqrt(sum) : sum / c[j][j];
            }
        }
        return c;
    }

    /** Solves L L^T z = b. */
    private static double[] solve(double[][] c, double[] b) {
        int n = b.length;
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= c[i][k] * z[k];
            }
            z[i] = sum / c[i][i];
        }
        for (int i = n - 1; i >= 0; i--) {
            double sum = z[i];
            for (int k = i + 1; k < n; k++) {
                sum -= c[k][i] * z[k];
            }
            z[i] = sum / c[i][i];
        }
        return z;
    }
}
