package skpro.regression.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * LinearRegression and Ridge against numpy: {@code linear_reference.txt} is written by
 * {@code gen_linear_reference.py} next to it (numpy.linalg.lstsq; closed-form ridge with the
 * intercept unpenalised, as sklearn).
 */
class LinearRegressionTest {

    private static double[][] x;
    private static double[] y;
    private static final Map<String, double[]> REF = new HashMap<>();

    @BeforeAll
    static void load() throws IOException {
        List<double[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/skpro/regression/linear/linear_reference.txt"))) {
            String[] f = line.trim().split(" ");
            double[] v = new double[f.length - 1];
            for (int i = 1; i < f.length; i++) {
                v[i - 1] = Double.parseDouble(f[i]);
            }
            if (f[0].equals("x")) {
                rows.add(v);
            } else {
                REF.put(f[0], v);
            }
        }
        x = rows.toArray(new double[0][]);
        y = REF.get("y");
    }

    private static void assertMatches(LinearModel m, String name, double rel) {
        double[] ref = REF.get(name);
        assertThat(m.intercept()).as(name + " intercept").isCloseTo(ref[0], within(rel * Math.max(1.0, Math.abs(ref[0]))));
        double[] c = m.coefficients();
        assertThat(c).hasSize(ref.length - 1);
        for (int j = 0; j < c.length; j++) {
            assertThat(c[j]).as(name + " coefficient " + j).isCloseTo(ref[j + 1], within(rel * Math.abs(ref[j + 1])));
        }
    }

    @Test
    void olsMatchesNumpyLstsq() {
        assertMatches(LinearRegression.of().fit(x, y), "ols_intercept", 1e-9);
        assertMatches(LinearRegression.of().withFitIntercept(false).fit(x, y), "ols_nointercept", 1e-9);
        assertMatches(Ridge.of(0.0).fit(x, y), "ols_intercept", 1e-9);
    }

    @Test
    void ridgeMatchesClosedForm() {
        assertMatches(Ridge.of(2.5).fit(x, y), "ridge_intercept", 1e-9);
        assertMatches(Ridge.of(2.5).withFitIntercept(false).fit(x, y), "ridge_nointercept", 1e-9);
    }

    @Test
    void exactLineIsRecoveredAndPredicted() {
        double[][] xs = {{0, 1}, {1, 0}, {2, 5}, {3, -1}};
        double[] ys = new double[4];
        for (int i = 0; i < 4; i++) {
            ys[i] = 3.0 - 2.0 * xs[i][0] + 0.5 * xs[i][1];
        }
        LinearModel m = LinearRegression.of().fit(xs, ys);
        assertThat(m.intercept()).isCloseTo(3.0, within(1e-13));
        assertThat(m.coefficients()).containsExactly(new double[] {-2.0, 0.5}, within(1e-13));
        assertThat(m.predict(new double[][] {{10, 2}})).containsExactly(new double[] {-16.0}, within(1e-12));
        m.coefficients()[0] = 99.0;
        assertThat(m.coefficients()[0]).isCloseTo(-2.0, within(1e-13));
    }

    @Test
    void ridgeShrinksTowardZeroAndNeverPenalisesTheIntercept() {
        double[][] xs = {{1}, {2}, {3}};
        double[] ys = {11, 12, 13};
        // by hand: xc = (-1, 0, 1), yc = (-1, 0, 1): beta = 2 / (2 + alpha), b0 = 12 - 2 beta
        LinearModel m = Ridge.of(2.0).fit(xs, ys);
        assertThat(m.coefficients()[0]).isCloseTo(0.5, within(1e-14));
        assertThat(m.intercept()).isCloseTo(11.0, within(1e-13));
        LinearModel huge = Ridge.of(1e12).fit(xs, ys);
        assertThat(huge.coefficients()[0]).isCloseTo(0.0, within(1e-10));
        assertThat(huge.intercept()).isCloseTo(12.0, within(1e-9));
    }

    @Test
    void rankDeficientDesignIsRejectedNamingTheColumn() {
        double[][] dup = {{1, 2, 2}, {2, 1, 1}, {3, 5, 5}, {4, 0, 0}, {5, 3, 3}};
        double[] ys = {1, 2, 3, 4, 6};
        assertThatThrownBy(() -> LinearRegression.of().fit(dup, ys)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("rank deficient").hasMessageContaining("column 2 of X");
        double[][] constant = {{1, 7}, {2, 7}, {3, 7}, {4, 7}};
        assertThatThrownBy(() -> LinearRegression.of().fit(constant, new double[] {1, 2, 3, 5}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("column 1 of X");
        assertThat(LinearRegression.of().withFitIntercept(false).fit(constant, new double[] {1, 2, 3, 5})
            .coefficients()).hasSize(2);
        assertThat(Ridge.of(1.0).fit(dup, ys).coefficients()[1]).isCloseTo(Ridge.of(1.0).fit(dup, ys).coefficients()[2],
            withinPercentage(1e-9));
        assertThatThrownBy(() -> LinearRegression.of().fit(new double[][] {{1, 2}, {3, 4}}, new double[] {1, 2}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs at least 3 rows, X has 2");
    }

    @Test
    void paramsAreNamedAndValidated() {
        assertThat(LinearRegression.of().params()).containsExactly(Map.entry("fitIntercept", true));
        assertThat(LinearRegression.of().withParams(Map.of("fitIntercept", false)).fitIntercept()).isFalse();
        assertThat(Ridge.of(1.0).params()).containsExactly(Map.entry("alpha", 1.0), Map.entry("fitIntercept", true));
        assertThat(Ridge.of(1.0).withParams(Map.of("alpha", 4)).alpha()).isEqualTo(4.0);
        assertThatThrownBy(() -> Ridge.of(-1.0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("alpha").hasMessageContaining("-1.0");
        assertThatThrownBy(() -> Ridge.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("alpha");
        assertThatThrownBy(() -> Ridge.of(1.0).withParam("alpha", -2)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("alpha");
        assertThatThrownBy(() -> LinearRegression.of().withParam("fitIntercept", "yes"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'fitIntercept'");
    }

    @Test
    void nearlyCollinearColumnsAreSolvedByTheQrPath() {
        // x1 and x2 differ by 1e-5 sin(3i): cond(X) = 1.5e5, so the normal equations are refused
        // (relative Cholesky pivot ~ 1e-11) and Householder QR solves it. Expected: numpy 1.26
        // lstsq on the centred data (SVD), coefficients [-134.73299895, 136.22693445,
        // 2.99327617], intercept 1.0046062537519163.
        int n = 12;
        double[][] x = new double[n][3];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double x1 = 0.1 * i;
            double x2 = x1 + 1e-5 * Math.sin(3 * i);
            double x3 = Math.cos(i);
            x[i] = new double[] {x1, x2, x3};
            y[i] = 1.0 + 2 * x1 - 0.5 * x2 + 3 * x3 + 0.01 * Math.sin(7 * i);
        }
        LinearModel m = LinearRegression.of().fit(x, y);
        assertThat(m.coefficients()[0]).isCloseTo(-134.73299895, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(m.coefficients()[1]).isCloseTo(136.22693445, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(m.coefficients()[2]).isCloseTo(2.99327617, org.assertj.core.api.Assertions.within(1e-7));
        assertThat(m.intercept()).isCloseTo(1.0046062537519163, org.assertj.core.api.Assertions.within(1e-7));
    }

    @Test
    void moderatelyCollinearColumnsTakeTheRefinementStep() {
        // x2 = x1 + 3e-4 sin(3i): the second relative Cholesky pivot is 3.6e-8, between the QR
        // threshold (1e-8) and the refinement threshold (1e-2), so the normal equations are
        // solved and refined once (unrefined, numpy's own normal equations are off by 2.6e-8
        // relative). Expected: numpy 1.26 lstsq (SVD) on the centred data.
        int n = 40;
        double[][] x = new double[n][3];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double x1 = 0.1 * i;
            double x2 = x1 + 3e-4 * Math.sin(3 * i);
            double x3 = Math.cos(i);
            x[i] = new double[] {x1, x2, x3};
            y[i] = 1.0 + 2 * x1 - 0.5 * x2 + 3 * x3 + 0.01 * Math.sin(7 * i);
        }
        LinearModel m = LinearRegression.of().fit(x, y);
        assertThat(m.coefficients()).containsExactly(
            new double[] {1.908365412378786, -0.40830825876611404, 2.9993015019223948},
            org.assertj.core.api.Assertions.within(1e-10));
        assertThat(m.intercept()).isCloseTo(1.000604973310331, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void modelOfGivenCoefficientsPredictsTheLinearFormAndCopiesItsInput() {
        double[] beta = {2.0, -0.5};
        LinearModel m = LinearModel.of(beta, 1.5);
        beta[0] = 100.0;
        assertThat(m.numFeatures()).isEqualTo(2);
        assertThat(m.coefficients()).containsExactly(2.0, -0.5);
        assertThat(m.predict(new double[][] {{1.0, 2.0}, {-3.0, 4.0}})).containsExactly(2.5, -6.5);
        assertThatThrownBy(() -> LinearModel.of(new double[0], 0.0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("coefficients");
        assertThatThrownBy(() -> LinearModel.of(new double[] {1.0, Double.NaN}, 0.0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("coefficients[1]");
        assertThatThrownBy(() -> LinearModel.of(new double[] {1.0}, Double.POSITIVE_INFINITY))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("intercept");
    }
}
