package skpro.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import skpro.metrics.CRPS;

/** The benchmark's raw losses: validation, JSON round trip and merging of runs. */
class BenchmarkResultsTest {

    private static BenchmarkResults.Builder declared() {
        return BenchmarkResults.builder()
            .metric("CRPS", true)
            .metric("coverage", false)
            .estimator("ridge", false)
            .estimator("dummy", true);
    }

    private static BenchmarkResults small() {
        return declared()
            .losses("ridge", "diabetes", "CRPS", new double[] {0.1, 0.2, 0.3})
            .losses("dummy", "diabetes", "CRPS", new double[] {0.4, 0.5, 0.6})
            .losses("ridge", "mpg", "coverage", new double[] {1.0, 0.0})
            .times("ridge", "diabetes", 0.25, 0.0625)
            .build();
    }

    @Test
    void holdsDeclarationsCellsAndTimesInOrder() {
        BenchmarkResults r = small();
        assertThat(r.metrics()).containsExactly("CRPS", "coverage");
        assertThat(r.estimators()).containsExactly("ridge", "dummy");
        assertThat(r.dataSets()).containsExactly("diabetes", "mpg");
        assertThat(r.lowerIsBetter("CRPS")).isTrue();
        assertThat(r.lowerIsBetter("coverage")).isFalse();
        assertThat(r.isUninformed("dummy")).isTrue();
        assertThat(r.isUninformed("ridge")).isFalse();
        assertThat(r.rows("diabetes")).isEqualTo(3);
        assertThat(r.rows("mpg")).isEqualTo(2);
        assertThat(r.has("dummy", "mpg", "coverage")).isFalse();
        assertThat(r.losses("dummy", "diabetes", "CRPS")).containsExactly(0.4, 0.5, 0.6);
        assertThat(r.hasTimes("ridge", "diabetes")).isTrue();
        assertThat(r.hasTimes("dummy", "diabetes")).isFalse();
        assertThat(r.fitSeconds("ridge", "diabetes")).isEqualTo(0.25);
        assertThat(r.predictSeconds("ridge", "diabetes")).isEqualTo(0.0625);
        assertThat(r).hasToString("BenchmarkResults(2 estimators x 2 data sets x 2 metrics, 3 cells)");
    }

    @Test
    void lossesAreCopiedInAndOut() {
        double[] l = {0.1, 0.2};
        BenchmarkResults r = declared().losses("ridge", "d", "CRPS", l).build();
        l[0] = 9.0;
        r.losses("ridge", "d", "CRPS")[1] = 9.0;
        assertThat(r.losses("ridge", "d", "CRPS")).containsExactly(0.1, 0.2);
    }

    @Test
    void metricFromScoringRule() {
        BenchmarkResults r = BenchmarkResults.builder().metric(CRPS.of()).build();
        assertThat(r.metrics()).containsExactly(CRPS.of().name());
        assertThat(r.lowerIsBetter(CRPS.of().name())).isTrue();
    }

    @Test
    void misalignedCellsAreRejectedNamingBothCells() {
        BenchmarkResults.Builder b = declared()
            .losses("ridge", "diabetes", "CRPS", new double[] {0.1, 0.2, 0.3});
        assertThatThrownBy(() -> b.losses("dummy", "diabetes", "coverage", new double[] {1, 0}))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("(dummy, diabetes, coverage) have 2 rows")
            .hasMessageContaining("'diabetes' has 3 (cell (ridge, diabetes, CRPS))");
    }

    @Test
    void badCellsAreRejectedNamingTheCell() {
        BenchmarkResults.Builder b = declared()
            .losses("ridge", "d", "CRPS", new double[] {0.1, 0.2});
        assertThatThrownBy(() -> b.losses("ridge", "d", "CRPS", new double[] {0.1, 0.2}))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("cell (ridge, d, CRPS) already holds losses");
        assertThatThrownBy(() -> b.losses("dummy", "d", "CRPS", new double[] {0.1, Double.NaN}))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("(dummy, d, CRPS), row 1, must be finite, got NaN");
        assertThatThrownBy(() -> b.losses("dummy", "e", "CRPS", new double[] {0.1}))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("(dummy, e, CRPS) need at least 2 rows, got 1");
        assertThatThrownBy(() -> b.losses("dummy", "e", "CRPS", null))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
        assertThatThrownBy(() -> b.losses("knn", "d", "CRPS", new double[] {0.1, 0.2}))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("estimator 'knn' was not declared");
        assertThatThrownBy(() -> b.losses("dummy", "d", "NLL", new double[] {0.1, 0.2}))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("metric 'NLL' was not declared");
        assertThatThrownBy(() -> b.losses("dummy", " ", "CRPS", new double[] {0.1, 0.2}))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("dataSet name must be non-blank");
        assertThatThrownBy(() -> b.times("dummy", "d", -1.0, 0.0))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("fitSeconds of (dummy, d) must be finite and >= 0, got -1.0");
        assertThatThrownBy(() -> b.metric("CRPS", false))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("metric 'CRPS' was declared with lowerIsBetter = true");
        assertThatThrownBy(() -> b.estimator("dummy", false))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("estimator 'dummy' was declared with uninformed = true");
    }

    @Test
    void unknownNamesAreRejected() {
        BenchmarkResults r = small();
        assertThatThrownBy(() -> r.losses("dummy", "mpg", "CRPS"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("no losses for cell (dummy, mpg, CRPS)");
        assertThatThrownBy(() -> r.lowerIsBetter("NLL"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("unknown metric 'NLL'");
        assertThatThrownBy(() -> r.fitSeconds("dummy", "mpg"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("no times recorded for (dummy, mpg)");
    }

    @Test
    void jsonRoundTripIsExact() {
        BenchmarkResults r = declared()
            .losses("ridge", "a \"quoted\" set", "CRPS",
                new double[] {0.1, 1.0 / 3.0, Math.PI * 1e-300, -2.5e17, Math.nextUp(1.0)})
            .losses("dummy", "a \"quoted\" set", "coverage", new double[] {1, 0, 1, 1, 0})
            .times("dummy", "a \"quoted\" set", 1e-9, 3.5)
            .build();
        String json = r.toJson();
        assertThat(json).startsWith("{\"format\":\"skpro4j.benchmark/1\",\"metrics\":[{\"name\":"
            + "\"CRPS\",\"lowerIsBetter\":true},");
        BenchmarkResults back = BenchmarkResults.fromJson(json);
        assertThat(back).isEqualTo(r).hasSameHashCodeAs(r);
        assertThat(back.losses("ridge", "a \"quoted\" set", "CRPS")[2])
            .isEqualTo(Math.PI * 1e-300);
        assertThat(back.toJson()).isEqualTo(json);
    }

    @Test
    void badJsonIsRejectedNamingThePath() {
        String good = small().toJson();
        assertThatThrownBy(() -> BenchmarkResults.fromJson("{"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> BenchmarkResults.fromJson("[]"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be an object");
        assertThatThrownBy(() -> BenchmarkResults.fromJson(good.replace("benchmark/1", "b/2")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("json.format must be 'skpro4j.benchmark/1', got 'skpro4j.b/2'");
        assertThatThrownBy(() -> BenchmarkResults.fromJson(good.replace("[0.4,", "[\"x\",")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("cells[1].losses[0] must be a number");
        assertThatThrownBy(() -> BenchmarkResults.fromJson(good.replace("\"uninformed\":true",
                "\"uninformed\":true,\"seed\":1")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("estimators[1] has an unknown field 'seed'");
        assertThatThrownBy(() -> BenchmarkResults.fromJson(good.replace("\"lowerIsBetter\":true",
                "\"lowerIsBetter\":1")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("metrics[0].lowerIsBetter must be true or false");
        // the builder's own validation applies to what the document describes
        assertThatThrownBy(() -> BenchmarkResults.fromJson(good.replace("[0.4,0.5,0.6]",
                "[0.4,0.5]")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("(dummy, diabetes, CRPS) have 2 rows");
    }

    @Test
    void mergeUnitesRunsAndIsIdempotent() {
        BenchmarkResults a = small();
        BenchmarkResults b = BenchmarkResults.builder()
            .metric("CRPS", true)
            .estimator("knn", false)
            .estimator("dummy", true)
            .losses("knn", "diabetes", "CRPS", new double[] {0.2, 0.2, 0.2})
            .losses("dummy", "diabetes", "CRPS", new double[] {0.4, 0.5, 0.6})
            .losses("knn", "wine", "CRPS", new double[] {0.7, 0.8})
            .times("knn", "wine", 2.0, 1.0)
            .build();
        BenchmarkResults m = a.merge(b);
        assertThat(m.estimators()).containsExactly("ridge", "dummy", "knn");
        assertThat(m.dataSets()).containsExactly("diabetes", "mpg", "wine");
        assertThat(m.losses("knn", "wine", "CRPS")).containsExactly(0.7, 0.8);
        assertThat(m.losses("ridge", "diabetes", "CRPS")).containsExactly(0.1, 0.2, 0.3);
        assertThat(m.fitSeconds("knn", "wine")).isEqualTo(2.0);
        assertThat(m.merge(b)).isEqualTo(m);
        assertThat(a.merge(a)).isEqualTo(a);
        assertThat(BenchmarkResults.builder().build().merge(a)).isEqualTo(a);
    }

    @Test
    void mergeRejectsConflicts() {
        BenchmarkResults a = small();
        BenchmarkResults otherLosses = declared()
            .losses("dummy", "diabetes", "CRPS", new double[] {0.4, 0.5, 0.7}).build();
        assertThatThrownBy(() -> a.merge(otherLosses))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("merge: cell (dummy, diabetes, CRPS) has different losses");
        BenchmarkResults otherTimes = declared().times("ridge", "diabetes", 0.5, 0.0625).build();
        assertThatThrownBy(() -> a.merge(otherTimes))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("merge: times of (ridge, diabetes) differ");
        BenchmarkResults otherFlag = BenchmarkResults.builder().estimator("ridge", true).build();
        assertThatThrownBy(() -> a.merge(otherFlag))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("estimator 'ridge' was declared with uninformed = false");
        BenchmarkResults otherRows = declared()
            .losses("ridge", "mpg", "CRPS", new double[] {1, 2, 3}).build();
        assertThatThrownBy(() -> a.merge(otherRows))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("(ridge, mpg, CRPS) have 3 rows, but data set 'mpg' has 2");
    }
}
