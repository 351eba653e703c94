package skpro.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import skpro.distributions.Distribution;
import skpro.metrics.testing.ReferencePredictions;
import skpro.testing.SharedData;

/**
 * Every case of {@code shared/reference/metrics.json} (skpro 2.14.0 metrics on fixed data, with
 * independent per-entry values from scipy and closed forms; see that folder's README).
 *
 * <p>Per entry, this project's per-row losses are compared with {@code reference_by_entry}
 * within 1e-10 relative (1e-13 absolute); the aggregates (mean over rows, then over columns for
 * {@code uniform_average}; per column for {@code raw_values}; per level without
 * {@code score_average}) with the same aggregates of the reference entries. Exceptions, each
 * documented in the README:
 * <ul>
 * <li>AUCalibration: {@code reference_by_entry} re-implements skpro's rank bug; the score is
 *     compared with {@code documented_formula_value_per_column}, and the per-row shares with
 *     |c_i - r_i/N| formed here from the spec's normal cdf (Commons Statistics) or the empirical
 *     sample counts;</li>
 * <li>SquaredDistrLoss of an Empirical prediction: the file has no value (NaN); the expected
 *     value -2 pmf(y) + sum_k pmf_k^2 is formed here from the spec's samples;</li>
 * <li>LogLoss and LinearizedLogLoss of an Empirical prediction: the file's entries assume
 *     density 0 everywhere (skpro's convention), which is right off the samples but not in row 1
 *     of {@code empirical_1col}, where y = -0.5 is one of the six samples: there the pmf is 1/6
 *     and the README's rule 5 (a discrete prediction's density is its pmf) gives
 *     LogLoss = log 6, where the file has +inf (and 1 - log r for LinearizedLogLoss). The expected
 *     values are therefore formed here from the spec's pmf, and checked against the file in every
 *     row where the pmf is 0;</li>
 * <li>the {@code ties} cases have no independent entries; skpro's exact values are the
 *     reference there.</li>
 * </ul>
 * skpro's own aggregate is also compared where the README lists no skpro bug for the case and
 * skpro computed it exactly (it checks that the averaging conventions are skpro's).
 */
class MetricsReferenceTest {

    private static final double REL = 1e-10;
    private static final double ABS = 1e-13;

    @TestFactory
    Stream<DynamicTest> everyCase() throws IOException {
        Path file = SharedData.require("reference/metrics.json");
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : root.get("cases")) {
            tests.add(DynamicTest.dynamicTest(c.get("case_id").asText(), () -> check(c)));
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(73);
        return tests.stream();
    }

    private static void check(JsonNode c) {
        String type = c.get("y_pred").get("type").asText();
        switch (type) {
            case "distribution":
                checkDistribution(c);
                break;
            case "pred_quantiles":
            case "pred_interval":
                checkTable(c, type.equals("pred_quantiles"));
                break;
            default:
                fail("unknown y_pred type " + type);
        }
    }

    // ------------------------------------------------------------------ distribution metrics

    private static ScoringRule distributionRule(String metric, JsonNode params) {
        switch (metric) {
            case "CRPS":
                return CRPS.of();
            case "LogLoss":
                return LogLoss.of();
            case "LinearizedLogLoss":
                return LinearizedLogLoss.of(params.get("range").asDouble());
            case "SquaredDistrLoss":
                return SquaredDistrLoss.of();
            case "AUCalibration":
                return AUCalibration.of();
            default:
                throw new IllegalStateException("unknown metric " + metric);
        }
    }

    private static void checkDistribution(JsonNode c) {
        String metric = c.get("metric").asText();
        JsonNode params = c.get("metric_params");
        double[][] y = ReferencePredictions.matrix(c.get("y_true").get("values"));
        int n = y.length;
        int d = y[0].length;
        JsonNode spec = c.get("y_pred").get("spec");
        List<Distribution> preds = ReferencePredictions.distributions(spec, n, d);
        ScoringRule rule = distributionRule(metric, params);
        assertThat(rule.name()).isEqualTo(metric);
        assertThat(rule.lowerIsBetter()).isTrue();

        double[] columnScores = new double[d];
        for (int j = 0; j < d; j++) {
            double[] yj = column(y, j);
            double[] got = rule.evaluateByIndex(yj, preds.get(j));
            double[] expected = new double[n];
            if (metric.equals("AUCalibration")) {
                expected = aucShares(spec, yj, j);
                columnScores[j] = ReferencePredictions.number(c.get("documented_formula_value_per_column").get(j));
            } else {
                boolean discreteDensity = spec.get("class").asText().equals("Empirical")
                    && (metric.equals("LogLoss") || metric.equals("LinearizedLogLoss"));
                for (int i = 0; i < n; i++) {
                    expected[i] = ReferencePredictions.number(c.get("reference_by_entry").get(i).get(j));
                    if (discreteDensity) {
                        double pmf = empiricalPmf(spec, yj, i, j);
                        double own = metric.equals("LogLoss") ? -Math.log(pmf)
                            : linearized(pmf, params.get("range").asDouble());
                        if (pmf == 0.0) {
                            // the file's value (density 0) is right off the samples: check it
                            assertClose("reference entry " + i + " (pmf 0)", own, expected[i]);
                        }
                        expected[i] = own;
                    }
                    if (Double.isNaN(expected[i])) {
                        assertThat(metric + "/" + spec.get("class").asText()).isEqualTo("SquaredDistrLoss/Empirical");
                        expected[i] = empiricalQuadraticScore(spec, yj, i, j);
                    }
                }
                columnScores[j] = mean(expected);
            }
            assertClose("evaluateByIndex column " + j, got, expected);
            assertClose("evaluate column " + j, rule.evaluate(yj, preds.get(j)), columnScores[j]);
        }
        assertClose("evaluateRawValues", rule.evaluateRawValues(y, preds), columnScores);
        assertClose("evaluate (uniform_average)", rule.evaluate(y, preds), mean(columnScores));

        boolean multivariate = params.path("multivariate").asBoolean(false);
        boolean rawValues = "raw_values".equals(params.path("multioutput").asText());
        JsonNode skpro = c.get("evaluate");
        boolean skproKnownWrong = metric.equals("AUCalibration")
            || (spec.get("class").asText().equals("Empirical")
                && (metric.equals("LogLoss") || metric.equals("LinearizedLogLoss")));
        if (!multivariate && !skproKnownWrong && skpro.get("mode").asText().equals("exact")) {
            assertClose("skpro evaluate", rawValues ? rule.evaluateRawValues(y, preds)
                : new double[] {rule.evaluate(y, preds)}, skproValues(skpro.get("skpro")));
        }
    }

    /**
     * AUCalibration's per-row shares |c_i - r_i/N| (ties in row order), with c_i from the spec:
     * Commons Statistics' normal cdf, or the fraction of the row's samples &le; y.
     */
    private static double[] aucShares(JsonNode spec, double[] y, int column) {
        int n = y.length;
        double[] c = new double[n];
        if (spec.get("class").asText().equals("Normal")) {
            JsonNode p = spec.get("params");
            for (int i = 0; i < n; i++) {
                double mu = p.get("mu").get(i).get(column).asDouble();
                double sigma = p.get("sigma").get(i).get(column).asDouble();
                c[i] = org.apache.commons.statistics.distribution.NormalDistribution.of(mu, sigma)
                    .cumulativeProbability(y[i]);
            }
        } else {
            double[][] samples = ReferencePredictions.empiricalSamples(spec, column);
            for (int i = 0; i < n; i++) {
                int below = 0;
                for (double s : samples[i]) {
                    below += s <= y[i] ? 1 : 0;
                }
                c[i] = (double) below / samples[i].length;
            }
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            int rank = 1;
            for (int k = 0; k < n; k++) {
                if (c[k] < c[i] || (c[k] == c[i] && k < i)) {
                    rank++;
                }
            }
            out[i] = Math.abs(c[i] - (double) rank / n);
        }
        return out;
    }

    /** The fraction of the row's samples equal to y[row]. */
    private static double empiricalPmf(JsonNode spec, double[] y, int row, int column) {
        double[] s = ReferencePredictions.empiricalSamples(spec, column)[row];
        int equal = 0;
        for (double v : s) {
            equal += v == y[row] ? 1 : 0;
        }
        return (double) equal / s.length;
    }

    /** skpro's linearized log-loss formula at density p. */
    private static double linearized(double p, double range) {
        return p < range ? -p / range - Math.log(range) + 1.0 : -Math.log(p);
    }

    /** -2 pmf(y) + sum over distinct samples of pmf^2, from the spec's samples of one row. */
    private static double empiricalQuadraticScore(JsonNode spec, double[] y, int row, int column) {
        double[] s = ReferencePredictions.empiricalSamples(spec, column)[row];
        double m = s.length;
        double pmfY = 0.0;
        double norm = 0.0;
        for (int k = 0; k < s.length; k++) {
            if (s[k] == y[row]) {
                pmfY += 1.0 / m;
            }
            boolean first = true;
            int count = 0;
            for (int l = 0; l < s.length; l++) {
                if (s[l] == s[k]) {
                    count++;
                    first &= l >= k;
                }
            }
            if (first) {
                norm += (count / m) * (count / m);
            }
        }
        return -2.0 * pmfY + norm;
    }

    // ------------------------------------------------------------------ quantile and interval metrics

    private static IntervalMetric intervalMetric(String metric, double[] coverages) {
        switch (metric) {
            case "EmpiricalCoverage":
                return EmpiricalCoverage.of(coverages);
            case "IntervalWidth":
                return IntervalWidth.of(coverages);
            case "ConstraintViolation":
                return ConstraintViolation.of(coverages);
            default:
                throw new IllegalStateException("unknown interval metric " + metric);
        }
    }

    private static void checkTable(JsonNode c, boolean quantiles) {
        String metric = c.get("metric").asText();
        JsonNode params = c.get("metric_params");
        double[][] y = ReferencePredictions.matrix(c.get("y_true").get("values"));
        int n = y.length;
        JsonNode yPred = c.get("y_pred");
        JsonNode table = yPred.get("table");
        JsonNode vars = c.get("y_true").get("columns");
        int d = vars.size();
        boolean scoreAverage = params.get("score_average").asBoolean();
        boolean rawValues = "raw_values".equals(params.get("multioutput").asText());
        JsonNode reference = c.get("reference_by_entry");

        List<Double> byVar = new ArrayList<>();
        List<double[]> byVarAndLevel = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            String var = vars.get(j).asText();
            double[] yj = column(y, j);
            double[] levels = quantiles ? alphas(params.get("alpha"), table, var)
                : ReferencePredictions.levels(table, var);
            double[][] losses;
            double[] rowMeans;
            double byRows;
            double[] byLevel;
            double[][] fromDistribution = null;
            Distribution derived = yPred.has("derived_from")
                ? ReferencePredictions.distribution(yPred.get("derived_from").get("spec") != null
                    ? yPred.get("derived_from").get("spec") : yPred.get("derived_from"), n, j)
                : null;
            if (quantiles) {
                PinballLoss rule = PinballLoss.of(levels);
                assertThat(rule.lowerIsBetter()).isTrue();
                double[][] q = ReferencePredictions.quantiles(table, var, levels);
                losses = rule.lossesByAlpha(yj, q);
                rowMeans = rule.evaluateByIndex(yj, q);
                byRows = rule.evaluate(yj, q);
                byLevel = rule.evaluateByAlpha(yj, q);
                if (derived != null) {
                    fromDistribution = rule.lossesByAlpha(yj, derived);
                }
            } else {
                IntervalMetric rule = intervalMetric(metric, levels);
                assertThat(rule.lowerIsBetter()).isEqualTo(!metric.equals("EmpiricalCoverage"));
                double[][][] iv = ReferencePredictions.intervals(table, var, levels);
                losses = rule.lossesByCoverage(yj, iv);
                rowMeans = rule.evaluateByIndex(yj, iv);
                byRows = rule.evaluate(yj, iv);
                byLevel = rule.evaluateByCoverage(yj, iv);
                if (derived != null) {
                    fromDistribution = rule.lossesByCoverage(yj, derived);
                }
            }
            double[] expectedRowMeans;
            double[][] expected = null;
            if (reference != null) {
                expected = new double[n][levels.length];
                for (int k = 0; k < levels.length; k++) {
                    int col = referenceColumn(c.get("reference_columns"), var, levels[k]);
                    for (int i = 0; i < n; i++) {
                        expected[i][k] = ReferencePredictions.number(reference.get(i).get(col));
                    }
                }
                for (int i = 0; i < n; i++) {
                    assertClose("losses row " + i + " var " + var, losses[i], expected[i]);
                    if (fromDistribution != null) {
                        // quantiles asked from the distribution round differently from skpro's
                        // table (isf for upper levels): compare with an absolute allowance
                        for (int k = 0; k < levels.length; k++) {
                            assertThat(fromDistribution[i][k]).as("from distribution row " + i + " level " + levels[k])
                                .isCloseTo(expected[i][k], org.assertj.core.api.Assertions.within(1e-12));
                        }
                    }
                }
                expectedRowMeans = rowMeans(expected);
            } else {
                // ties cases: skpro's exact per-row values (the mean over levels) are the reference
                assertThat(d).isEqualTo(1);
                expectedRowMeans = skproValues(c.get("evaluate_by_index").get("skpro"));
            }
            assertClose("evaluateByIndex var " + var, rowMeans, expectedRowMeans);
            assertClose("evaluate var " + var, byRows, mean(expectedRowMeans));
            if (expected != null) {
                assertClose("evaluateByLevel var " + var, byLevel, columnMeans(expected));
            }
            byVar.add(byRows);
            byVarAndLevel.add(byLevel);
        }

        // skpro's aggregation shapes, from this project's per-variable values
        double[] aggregate;
        if (scoreAverage && !rawValues) {
            aggregate = new double[] {mean(toArray(byVar))};
        } else if (scoreAverage) {
            aggregate = toArray(byVar);
        } else if (!rawValues) {
            int k = byVarAndLevel.get(0).length;
            aggregate = new double[k];
            for (double[] v : byVarAndLevel) {
                for (int l = 0; l < k; l++) {
                    aggregate[l] += v[l] / d;
                }
            }
        } else {
            List<Double> all = new ArrayList<>();
            for (double[] v : byVarAndLevel) {
                for (double x : v) {
                    all.add(x);
                }
            }
            aggregate = toArray(all);
        }
        boolean skproMisaligned = d >= 2
            && (metric.equals("EmpiricalCoverage") || metric.equals("ConstraintViolation"));
        if (!skproMisaligned) {
            assertClose("skpro evaluate", aggregate, skproValues(c.get("evaluate").get("skpro")));
        } else {
            assertThat(aggregate.length).isEqualTo(skproValues(c.get("evaluate").get("skpro")).length);
        }
    }

    private static double[] alphas(JsonNode alpha, JsonNode table, String var) {
        if (alpha == null || alpha.isNull()) {
            return ReferencePredictions.levels(table, var);
        }
        if (alpha.isArray()) {
            double[] out = new double[alpha.size()];
            for (int k = 0; k < out.length; k++) {
                out[k] = alpha.get(k).asDouble();
            }
            return out;
        }
        return new double[] {alpha.asDouble()};
    }

    private static int referenceColumn(JsonNode columns, String var, double level) {
        for (int k = 0; k < columns.size(); k++) {
            if (columns.get(k).get(0).asText().equals(var) && columns.get(k).get(1).asDouble() == level) {
                return k;
            }
        }
        throw new IllegalStateException("no reference column (" + var + ", " + level + ")");
    }

    // ------------------------------------------------------------------ helpers

    /** skpro's value: a scalar, a Series (values) or a one-row DataFrame (values[0]), as a vector. */
    private static double[] skproValues(JsonNode v) {
        switch (v.get("type").asText()) {
            case "scalar":
                return new double[] {ReferencePredictions.number(v.get("value"))};
            case "Series": {
                JsonNode values = v.get("values");
                double[] out = new double[values.size()];
                for (int k = 0; k < out.length; k++) {
                    out[k] = ReferencePredictions.number(values.get(k));
                }
                return out;
            }
            case "DataFrame": {
                double[][] m = ReferencePredictions.matrix(v.get("values"));
                if (m.length == 1) {
                    return m[0];
                }
                double[] out = new double[m.length];
                for (int i = 0; i < m.length; i++) {
                    assertThat(m[i]).hasSize(1);
                    out[i] = m[i][0];
                }
                return out;
            }
            default:
                throw new IllegalStateException("unknown skpro value type " + v.get("type"));
        }
    }

    private static double[] column(double[][] y, int j) {
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = y[i][j];
        }
        return out;
    }

    private static double mean(double[] v) {
        double s = 0.0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double[] rowMeans(double[][] m) {
        double[] out = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            out[i] = mean(m[i]);
        }
        return out;
    }

    private static double[] columnMeans(double[][] m) {
        double[] out = new double[m[0].length];
        for (int k = 0; k < out.length; k++) {
            double s = 0.0;
            for (double[] row : m) {
                s += row[k];
            }
            out[k] = s / m.length;
        }
        return out;
    }

    private static double[] toArray(List<Double> list) {
        double[] out = new double[list.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = list.get(k);
        }
        return out;
    }

    private static void assertClose(String what, double[] got, double[] expected) {
        assertThat(got).as(what + ": length").hasSameSizeAs(expected);
        for (int i = 0; i < got.length; i++) {
            assertClose(what + " [" + i + "]", got[i], expected[i]);
        }
    }

    /** Within 1e-10 relative or 1e-13 absolute; infinities must match exactly. */
    static void assertClose(String what, double got, double expected) {
        if (Double.isInfinite(expected) || Double.isNaN(expected)) {
            assertThat(got).as(what).isEqualTo(expected);
            return;
        }
        double tol = Math.max(REL * Math.abs(expected), ABS);
        if (!(Math.abs(got - expected) <= tol)) {
            fail(what + ": got " + got + ", expected " + expected + " (tolerance " + tol + ")");
        }
    }
}
