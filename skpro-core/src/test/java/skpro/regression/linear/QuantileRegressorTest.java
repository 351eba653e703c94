package skpro.regression.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * QuantileRegressor: objective against brute force over all vertices, optimality conditions,
 * quantile properties, and sklearn's values ({@code quantile_reference.txt}, written by
 * {@code gen_quantile_reference.py} next to it).
 */
class QuantileRegressorTest {

    private static final double[] LEVELS = {0.1, 0.25, 0.5, 0.8, 0.95};

    /** sklearn's objective: (1/n) sum rho_q(y - b0 - X b) + alpha ||b||_1. */
    private static double objective(double[][] x, double[] y, double q, double alpha, double b0, double[] b) {
        double s = 0.0;
        for (int i = 0; i < y.length; i++) {
            double r = y[i] - b0;
            for (int j = 0; j < b.length; j++) {
                r -= x[i][j] * b[j];
            }
            s += r >= 0 ? q * r : (q - 1) * r;
        }
        double l1 = 0.0;
        for (double v : b) {
            l1 += Math.abs(v);
        }
        return s / y.length + alpha * l1;
    }

    private static double objective(double[][] x, double[] y, double q, double alpha, LinearModel m) {
        return objective(x, y, q, alpha, m.intercept(), m.coefficients());
    }

    /**
     * The minimum over all vertices: every (p + 1)-subset (p without an intercept) of the rows and
     * of the penalty rows b_j = 0 (alpha &gt; 0) whose square system is regular, solved for
     * (b0, b) and evaluated. An LP optimum is attained at one of them.
     */
    private static double bruteForce(double[][] x, double[] y, double q, double alpha, boolean intercept) {
        int n = y.length;
        int p = x[0].length;
        int off = intercept ? 1 : 0;
        int m = p + off;
        int candidates = n + (alpha > 0 ? p : 0);
        double[][] rows = new double[candidates][m + 1];
        for (int i = 0; i < n; i++) {
            if (intercept) {
                rows[i][0] = 1.0;
            }
            System.arraycopy(x[i], 0, rows[i], off, p);
            rows[i][m] = y[i];
        }
        for (int j = 0; j < candidates - n; j++) {
            rows[n + j][off + j] = 1.0;
        }
        double best = Double.POSITIVE_INFINITY;
        int[] pick = new int[m];
        for (int k = 0; k < m; k++) {
            pick[k] = k;
        }
        while (true) {
            double[][] system = new double[m][];
            for (int k = 0; k < m; k++) {
                system[k] = rows[pick[k]].clone();
            }
            double[] sol = gauss(system);
            if (sol != null) {
                double b0 = intercept ? sol[0] : 0.0;
                best = Math.min(best, objective(x, y, q, alpha, b0, Arrays.copyOfRange(sol, off, m)));
            }
            int k = m - 1;
            while (k >= 0 && pick[k] == candidates - m + k) {
                k--;
            }
            if (k < 0) {
                return best;
            }
            pick[k]++;
            for (int t = k + 1; t < m; t++) {
                pick[t] = pick[t - 1] + 1;
            }
        }
    }

    /** Gaussian elimination with partial pivoting on [A | b]; null if A is (nearly) singular. */
    private static double[] gauss(double[][] ab) {
        int m = ab.length;
        for (int c = 0; c < m; c++) {
            int piv = c;
            for (int r = c + 1; r < m; r++) {
                if (Math.abs(ab[r][c]) > Math.abs(ab[piv][c])) {
                    piv = r;
                }
            }
            if (Math.abs(ab[piv][c]) < 1e-9) {
                return null;
            }
            double[] tmp = ab[c];
            ab[c] = ab[piv];
            ab[piv] = tmp;
            for (int r = c + 1; r < m; r++) {
                double f = ab[r][c] / ab[c][c];
                for (int k = c; k <= m; k++) {
                    ab[r][k] -= f * ab[c][k];
                }
            }
        }
        double[] sol = new double[m];
        for (int r = m - 1; r >= 0; r--) {
            double s = ab[r][m];
            for (int k = r + 1; k < m; k++) {
                s -= ab[r][k] * sol[k];
            }
            sol[r] = s / ab[r][r];
        }
        return sol;
    }

    /** Rows of N(0, 1) features and a heavy-tailed, heteroscedastic target. */
    private static double[][] features(Random rng, int n, int p) {
        double[][] x = new double[n][p];
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                row[j] = rng.nextGaussian() * (1 + j) + j;
            }
        }
        return x;
    }

    private static double[] target(Random rng, double[][] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < y.length; i++) {
            double s = 0.7;
            for (int j = 0; j < x[i].length; j++) {
                s += (j % 2 == 0 ? 1.3 : -0.6) * x[i][j];
            }
            double noise = rng.nextGaussian() / Math.max(0.2, Math.abs(rng.nextGaussian()));
            y[i] = s + (1 + Math.abs(x[i][0])) * noise;
        }
        return y;
    }

    private static void assertOptimal(double[][] x, double[] y, double q, double alpha, boolean intercept,
        LinearModel m, String what) {
        double brute = bruteForce(x, y, q, alpha, intercept);
        double got = objective(x, y, q, alpha, m);
        assertThat(got).as(what).isCloseTo(brute, within(1e-9 * brute)).isLessThanOrEqualTo(brute * (1 + 1e-12));
    }

    @Test
    void objectiveMatchesBruteForceOverAllVerticesWithoutPenalty() {
        Random rng = new Random(11);
        for (int n = 9; n <= 15; n++) {
            for (int p = 1; p <= 2; p++) {
                double[][] x = features(rng, n, p);
                double[] y = target(rng, x);
                for (double q : LEVELS) {
                    for (boolean intercept : new boolean[] {true, false}) {
                        LinearModel m = QuantileRegressor.of(q).withAlpha(0.0).withFitIntercept(intercept).fit(x, y);
                        assertOptimal(x, y, q, 0.0, intercept, m, "n=" + n + " p=" + p + " q=" + q + " " + intercept);
                    }
                }
            }
        }
    }

    @Test
    void objectiveMatchesBruteForceWithTheL1Penalty() {
        Random rng = new Random(12);
        for (int n = 9; n <= 13; n++) {
            for (int p = 1; p <= 2; p++) {
                double[][] x = features(rng, n, p);
                double[] y = target(rng, x);
                for (double alpha : new double[] {0.01, 0.1, 0.5, 3.0}) {
                    for (double q : new double[] {0.2, 0.5, 0.9}) {
                        for (boolean intercept : new boolean[] {true, false}) {
                            LinearModel m = QuantileRegressor.of(q).withAlpha(alpha).withFitIntercept(intercept)
                                .fit(x, y);
                            assertOptimal(x, y, q, alpha, intercept, m,
                                "n=" + n + " p=" + p + " alpha=" + alpha + " q=" + q + " " + intercept);
                        }
                    }
                }
            }
        }
    }

    @Test
    void tiesAndDuplicateRowsStillReachTheOptimum() {
        // integer features and targets with repeated rows: degenerate vertices everywhere
        Random rng = new Random(13);
        for (int rep = 0; rep < 20; rep++) {
            int n = 10 + rep % 5;
            double[][] x = new double[n][2];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i][0] = rng.nextInt(4);
                x[i][1] = rng.nextInt(3);
                y[i] = x[i][0] - x[i][1] + rng.nextInt(3);
            }
            for (double q : LEVELS) {
                double alpha = rep % 2 == 0 ? 0.0 : 0.05;
                assertOptimal(x, y, q, alpha, true, QuantileRegressor.of(q).withAlpha(alpha).fit(x, y), "rep " + rep);
            }
        }
    }

    @Test
    void simplexPolishReachesTheOptimumFromAnEarlyHandOver() {
        // the interior point stops at a 10% duality gap; the pivots must still find the vertex
        Random rng = new Random(14);
        for (int rep = 0; rep < 30; rep++) {
            int n = 12 + rep % 4;
            int p = 1 + rep % 2;
            double[][] x = features(rng, n, p);
            double[] y = target(rng, x);
            double q = LEVELS[rep % LEVELS.length];
            double alpha = rep % 3 == 0 ? 0.1 : 0.0;
            LinearModel m = QuantileLinearProgram.fit(x, y, null, q, alpha, true, 0.1);
            assertOptimal(x, y, q, alpha, true, m, "rep " + rep);
        }
    }

    @Test
    void simplexPolishHandlesDegenerateVerticesFromAnEarlyHandOver() {
        // ties and repeated rows make many vertices degenerate, where pivots on y alone can stall
        Random rng = new Random(19);
        for (int rep = 0; rep < 40; rep++) {
            int n = 10 + rep % 12;
            double[][] x = new double[n][2];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                if (i > 0 && rng.nextInt(3) == 0) {
                    x[i] = x[i - 1].clone();
                    y[i] = y[i - 1];
                } else {
                    x[i][0] = rng.nextInt(4);
                    x[i][1] = rng.nextInt(3);
                    y[i] = x[i][0] - x[i][1] + rng.nextInt(3);
                }
            }
            double q = LEVELS[rep % LEVELS.length];
            double alpha = rep % 3 == 0 ? 0.05 : 0.0;
            assertOptimal(x, y, q, alpha, true, QuantileLinearProgram.fit(x, y, null, q, alpha, true, 0.3), "rep " + rep);
        }
    }

    /**
     * Subgradient optimality on a larger problem: with psi_i = q for r_i &gt; 0, q - 1 for
     * r_i &lt; 0 and psi_i in [q - 1, q] on the interpolated rows, sum_i psi_i = 0 (intercept),
     * sum_i psi_i x_ij = n alpha sign(b_j) for b_j != 0 and |sum_i psi_i x_ij| &lt;= n alpha for
     * b_j = 0. At a vertex the free psi solve a square system.
     */
    @Test
    void subgradientConditionsHoldOnLargerProblems() {
        Random rng = new Random(15);
        int n = 300;
        int p = 4;
        double[][] x = features(rng, n, p);
        double[] y = target(rng, x);
        for (double alpha : new double[] {0.0, 0.02, 0.3}) {
            for (double q : new double[] {0.2, 0.5, 0.9}) {
                LinearModel m = QuantileRegressor.of(q).withAlpha(alpha).fit(x, y);
                double[] b = m.coefficients();
                double[] r = residuals(m, x, y);
                List<Integer> zero = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (Math.abs(r[i]) <= 1e-9 * (1 + Math.abs(y[i]))) {
                        zero.add(i);
                    }
                }
                List<Integer> equations = new ArrayList<>();
                equations.add(-1);
                for (int j = 0; j < p; j++) {
                    if (b[j] != 0.0) {
                        equations.add(j);
                    }
                }
                String what = "alpha=" + alpha + " q=" + q;
                assertThat(zero).as(what).hasSameSizeAs(equations);
                int k = zero.size();
                double[][] system = new double[k][k + 1];
                for (int e = 0; e < k; e++) {
                    int j = equations.get(e);
                    double rhs = j < 0 ? 0.0 : n * alpha * Math.signum(b[j]);
                    for (int i = 0; i < n; i++) {
                        double xij = j < 0 ? 1.0 : x[i][j];
                        int c = zero.indexOf(i);
                        if (c >= 0) {
                            system[e][c] = xij;
                        } else {
                            rhs -= (r[i] > 0 ? q : q - 1) * xij;
                        }
                    }
                    system[e][k] = rhs;
                }
                double[] psi = gauss(system);
                assertThat(psi).as(what).isNotNull();
                for (double v : psi) {
                    assertThat(v).as(what).isBetween(q - 1 - 1e-9, q + 1e-9);
                }
                for (int j = 0; j < p; j++) {
                    if (b[j] == 0.0) {
                        double s = 0.0;
                        for (int i = 0; i < n; i++) {
                            int c = zero.indexOf(i);
                            s += (c >= 0 ? psi[c] : r[i] > 0 ? q : q - 1) * x[i][j];
                        }
                        assertThat(Math.abs(s)).as(what + " coefficient " + j)
                            .isLessThanOrEqualTo(n * alpha * (1 + 1e-9));
                    }
                }
            }
        }
    }

    private static double[] residuals(LinearModel m, double[][] x, double[] y) {
        double[] pred = m.predict(x);
        double[] r = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            r[i] = y[i] - pred[i];
        }
        return r;
    }

    @Test
    void signsOfTheResidualsBracketTheQuantileLevel() {
        // LP theory: #(r < 0) <= q n <= #(r < 0) + #(r = 0), and the same for 1 - q and r > 0;
        // a vertex interpolates exactly p + 1 rows of continuous data
        Random rng = new Random(16);
        int n = 501;
        double[][] x = features(rng, n, 3);
        double[] y = target(rng, x);
        for (double q : new double[] {0.1, 0.33, 0.5, 0.9}) {
            double[] r = residuals(QuantileRegressor.of(q).withAlpha(0.0).fit(x, y), x, y);
            int neg = 0;
            int zero = 0;
            for (int i = 0; i < n; i++) {
                if (Math.abs(r[i]) <= 1e-9 * (1 + Math.abs(y[i]))) {
                    zero++;
                } else if (r[i] < 0) {
                    neg++;
                }
            }
            int pos = n - neg - zero;
            assertThat(zero).as("q=" + q).isEqualTo(4);
            assertThat((double) neg).as("q=" + q).isLessThanOrEqualTo(q * n);
            assertThat((double) neg + zero).as("q=" + q).isGreaterThanOrEqualTo(q * n);
            assertThat((double) pos).as("q=" + q).isLessThanOrEqualTo((1 - q) * n);
            assertThat((double) pos + zero).as("q=" + q).isGreaterThanOrEqualTo((1 - q) * n);
        }
    }

    @Test
    void withoutInformativeFeaturesTheInterceptIsAQuantileOfY() {
        double[] y = {3.0, -1.0, 7.5, 2.0, 0.5, 9.0, 4.0, -2.5, 6.0, 1.0, 5.5};
        double[] sorted = y.clone();
        Arrays.sort(sorted);
        double[][] zeros = new double[y.length][2];
        double[][] constant = new double[y.length][1];
        for (double[] row : constant) {
            row[0] = 3.0;
        }
        for (double alpha : new double[] {0.0, 1.0}) {
            LinearModel median = QuantileRegressor.of().withAlpha(alpha).fit(zeros, y);
            assertThat(median.intercept()).isEqualTo(sorted[5]);
            assertThat(median.coefficients()).containsExactly(0.0, 0.0);
            LinearModel viaConstant = QuantileRegressor.of().withAlpha(alpha).fit(constant, y);
            assertThat(viaConstant.intercept()).isEqualTo(sorted[5]);
            assertThat(viaConstant.coefficients()).containsExactly(0.0);
        }
        // n = 11: q n is not an integer, so the q-quantile is the ceil(q n)-th smallest value
        for (double q : new double[] {0.05, 0.2, 0.3, 0.7, 0.95}) {
            int k = (int) Math.ceil(q * y.length);
            assertThat(QuantileRegressor.of(q).withAlpha(0.0).fit(zeros, y).intercept()).as("q=" + q)
                .isEqualTo(sorted[k - 1]);
            // without an intercept a column of ones plays its part
            double[][] ones = new double[y.length][1];
            for (double[] row : ones) {
                row[0] = 1.0;
            }
            LinearModel noIntercept = QuantileRegressor.of(q).withAlpha(0.0).withFitIntercept(false).fit(ones, y);
            assertThat(noIntercept.intercept()).isZero();
            assertThat(noIntercept.coefficients()[0]).as("q=" + q).isCloseTo(sorted[k - 1], within(1e-14));
        }
        // even n: any value between the two middle order statistics is a median
        double[] even = Arrays.copyOf(y, 10);
        double[] evenSorted = even.clone();
        Arrays.sort(evenSorted);
        assertThat(QuantileRegressor.of().withAlpha(0.0).fit(new double[10][1], even).intercept())
            .isBetween(evenSorted[4], evenSorted[5]);
        assertThat(QuantileRegressor.of().withFitIntercept(false).fit(new double[10][1], even).predict(
            new double[][] {{5.0}})).containsExactly(0.0);
    }

    @Test
    void medianLineThroughFourCollinearPointsIgnoresTheOutlier() {
        // by hand: y = x through (0,0)..(3,3) costs |10 - 4| / 2 / 5 = 0.6; the subgradient
        // psi = (0.15, 0.25, -0.45, -0.45, 0.5) lies inside [-1/2, 1/2]^4 on the interpolated
        // rows, so (b0, b1) = (0, 1) is the unique optimum
        double[][] x = {{0}, {1}, {2}, {3}, {4}};
        double[] y = {0, 1, 2, 3, 10};
        LinearModel m = QuantileRegressor.of(0.5).withAlpha(0.0).fit(x, y);
        assertThat(m.intercept()).isCloseTo(0.0, within(1e-14));
        assertThat(m.coefficients()[0]).isCloseTo(1.0, within(1e-14));
        assertThat(objective(x, y, 0.5, 0.0, m)).isCloseTo(0.6, within(1e-14));
        assertThat(m.predict(new double[][] {{10}})).containsExactly(new double[] {10.0}, within(1e-13));
    }

    @Test
    void matchesScikitLearn() throws IOException {
        Map<String, double[][]> xs = new HashMap<>();
        Map<String, double[]> ys = new HashMap<>();
        int fits = 0;
        List<double[]> rows = new ArrayList<>();
        String current = null;
        Path file = Path.of("src/test/resources/skpro/regression/linear/quantile_reference.txt");
        for (String line : Files.readAllLines(file)) {
            String[] f = line.trim().split(" ");
            switch (f[0]) {
                case "data" -> {
                    current = f[1];
                    rows.clear();
                }
                case "x" -> rows.add(parse(f, 1));
                case "y" -> {
                    xs.put(current, rows.toArray(new double[0][]));
                    ys.put(current, parse(f, 1));
                }
                case "fit" -> {
                    double[][] x = xs.get(f[1]);
                    double[] y = ys.get(f[1]);
                    double q = Double.parseDouble(f[2]);
                    double alpha = Double.parseDouble(f[3]);
                    boolean intercept = Boolean.parseBoolean(f[4]);
                    double[] ref = parse(f, 5);
                    double[] refCoef = Arrays.copyOfRange(ref, 1, ref.length);
                    LinearModel m = QuantileRegressor.of(q).withAlpha(alpha).withFitIntercept(intercept).fit(x, y);
                    String what = line.substring(0, 40);
                    double refObjective = objective(x, y, q, alpha, ref[0], refCoef);
                    assertThat(objective(x, y, q, alpha, m)).as(what)
                        .isCloseTo(refObjective, within(1e-12 * refObjective));
                    if (f[1].equals("docstring")) {
                        // q n = 8 and no feature enters at alpha = 1: any intercept in [y_(8), y_(9)] is
                        // optimal; sklearn's docstring shows np.mean(y <= predict(X)) = 0.8 for its pick
                        double[] pred = m.predict(x);
                        int below = 0;
                        int atOrBelow = 0;
                        for (int i = 0; i < y.length; i++) {
                            below += y[i] < pred[i] ? 1 : 0;
                            atOrBelow += y[i] <= pred[i] ? 1 : 0;
                        }
                        assertThat(below).isLessThanOrEqualTo(8);
                        assertThat(atOrBelow).isGreaterThanOrEqualTo(8);
                        assertThat(m.coefficients()).containsExactly(0.0, 0.0);
                    } else {
                        assertThat(m.intercept()).as(what).isCloseTo(ref[0], within(1e-9 * (1 + Math.abs(ref[0]))));
                        assertThat(m.coefficients()).as(what).containsExactly(refCoef, within(1e-9));
                    }
                    fits++;
                }
                default -> throw new IllegalStateException(line);
            }
        }
        assertThat(fits).isEqualTo(7);
    }

    private static double[] parse(String[] f, int from) {
        double[] v = new double[f.length - from];
        for (int i = from; i < f.length; i++) {
            v[i - from] = Double.parseDouble(f[i]);
        }
        return v;
    }

    @Test
    void dependentColumnsGetZeroWithoutPenalty() {
        Random rng = new Random(17);
        int n = 30;
        double[][] x = features(rng, n, 2);
        double[] y = target(rng, x);
        double[][] dup = new double[n][];
        for (int i = 0; i < n; i++) {
            dup[i] = new double[] {x[i][0], x[i][1], 2 * x[i][0] - x[i][1] + 1};
        }
        LinearModel m = QuantileRegressor.of(0.3).withAlpha(0.0).fit(dup, y);
        LinearModel ref = QuantileRegressor.of(0.3).withAlpha(0.0).fit(x, y);
        assertThat(m.coefficients()[2]).isZero();
        assertThat(objective(dup, y, 0.3, 0.0, m)).isCloseTo(objective(x, y, 0.3, 0.0, ref), within(1e-12));
        // fewer rows than columns: still an optimal (zero-loss) fit
        double[][] wide = {{1, 2, 3}, {4, 5, 7}};
        LinearModel w = QuantileRegressor.of().withAlpha(0.0).fit(wide, new double[] {1, -1});
        assertThat(w.predict(wide)).containsExactly(new double[] {1, -1}, within(1e-12));
    }

    @Test
    void largePenaltyZeroesEveryCoefficient() {
        Random rng = new Random(18);
        double[][] x = features(rng, 51, 3);
        double[] y = target(rng, x);
        LinearModel m = QuantileRegressor.of(0.5).withAlpha(1e3).fit(x, y);
        double[] sorted = y.clone();
        Arrays.sort(sorted);
        assertThat(m.coefficients()).containsExactly(0.0, 0.0, 0.0);
        assertThat(m.intercept()).isEqualTo(sorted[25]);
    }

    @Test
    void paramsAreNamedDefaultedAndValidated() {
        QuantileRegressor reg = QuantileRegressor.of();
        assertThat(reg.params()).containsExactly(Map.entry("quantile", 0.5), Map.entry("alpha", 1.0),
            Map.entry("fitIntercept", true));
        QuantileRegressor changed = reg.withParams(Map.of("quantile", 0.9, "alpha", 0, "fitIntercept", false));
        assertThat(changed).isEqualTo(QuantileRegressor.of(0.9).withAlpha(0.0).withFitIntercept(false))
            .hasSameHashCodeAs(QuantileRegressor.of(0.9).withAlpha(0.0).withFitIntercept(false));
        assertThat(changed.toString()).isEqualTo("QuantileRegressor(quantile=0.9, alpha=0.0, fitIntercept=false)");
        assertThat(reg.quantile()).isEqualTo(0.5);
        for (double bad : new double[] {0.0, 1.0, -0.1, 1.5, Double.NaN}) {
            assertThatThrownBy(() -> QuantileRegressor.of(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quantile").hasMessageContaining(String.valueOf(bad));
        }
        assertThatThrownBy(() -> reg.withParam("quantile", 2)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("quantile must be in (0, 1), got 2.0");
        for (double bad : new double[] {-1.0, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> reg.withAlpha(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alpha").hasMessageContaining(String.valueOf(bad));
        }
        assertThatThrownBy(() -> reg.withParam("fitIntercept", 1)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'fitIntercept'");
    }

    @Test
    void badDataIsRejectedByName() {
        QuantileRegressor reg = QuantileRegressor.of(0.3);
        assertThatThrownBy(() -> reg.fit(new double[][] {{1, 2}, {3}}, new double[] {1, 2}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X is ragged")
            .hasMessageContaining("row 1");
        assertThatThrownBy(() -> reg.fit(new double[0][], new double[0])).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("X must have at least one row");
        assertThatThrownBy(() -> reg.fit(new double[][] {{1}, {Double.NaN}}, new double[] {1, 2}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X[1][0]");
        assertThatThrownBy(() -> reg.fit(new double[][] {{1}, {2}}, new double[] {1}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 rows")
            .hasMessageContaining("1 values");
        LinearModel m = reg.fit(new double[][] {{1, 0}, {2, 1}, {3, 0}}, new double[] {1, 2, 4});
        assertThatThrownBy(() -> m.predict(new double[][] {{1}})).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("X has 1 columns").hasMessageContaining("fitted on 2");
    }
}
