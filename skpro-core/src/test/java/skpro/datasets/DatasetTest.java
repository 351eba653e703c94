package skpro.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class DatasetTest {

    static Dataset small() {
        return Dataset.of("small", new double[][] {{1, 2}, {3, Double.NaN}, {5, 6}}, new double[] {7, 8, 9},
            new String[] {"a", "b"}, "t");
    }

    @Test
    void selectTakesRowsInTheOrderAskedAndKeepsProvenance() {
        Dataset d = small().withDescription("d").withSource("s").withLicence("l");
        Dataset s = d.select(new int[] {2, 0, 2});
        assertThat(s.x()).isDeepEqualTo(new double[][] {{5, 6}, {1, 2}, {5, 6}});
        assertThat(s.y()).containsExactly(9, 7, 9);
        assertThat(s.featureNames()).containsExactly("a", "b");
        assertThat(s.description() + s.source() + s.licence()).isEqualTo("dsl");
        assertThat(s.numRows()).isEqualTo(3);
        assertThat(s.numFeatures()).isEqualTo(2);
        assertThatThrownBy(() -> d.select(new int[] {0, 3}))
            .hasMessage("rows[1] must be in [0, 3), got 3");
        assertThatThrownBy(() -> d.select(new int[0])).hasMessage("rows must select at least one row");
    }

    @Test
    void arraysAreCopiedInAndOut() {
        double[][] x = {{1}, {2}};
        double[] y = {3, 4};
        String[] names = {"a"};
        Dataset d = Dataset.of("d", x, y, names, "t");
        x[0][0] = 99;
        y[0] = 99;
        names[0] = "z";
        d.x()[1][0] = 99;
        d.y()[1] = 99;
        d.featureNames()[0] = "z";
        assertThat(d.x()).isDeepEqualTo(new double[][] {{1}, {2}});
        assertThat(d.y()).containsExactly(3, 4);
        assertThat(d.featureNames()).containsExactly("a");
        assertThat(d.value(1, 0)).isEqualTo(2);
        assertThat(d.target(0)).isEqualTo(3);
        assertThat(d.featureIndex("a")).isZero();
    }

    @Test
    void invalidArgumentsAreNamed() {
        String[] ab = {"a", "b"};
        assertThatThrownBy(() -> Dataset.of("d", new double[][] {{1, 2}, {3}}, new double[2], ab, "t"))
            .hasMessage("x[1] has 1 columns but there are 2 feature names");
        assertThatThrownBy(() -> Dataset.of("d", new double[][] {{1, Double.NEGATIVE_INFINITY}}, new double[1], ab,
            "t")).hasMessage("x[0][1] (b) must not be infinite, got -Infinity");
        assertThatThrownBy(() -> Dataset.of("d", new double[][] {{1, 2}}, new double[] {Double.NaN}, ab, "t"))
            .hasMessage("y[0] (t) must be finite, got NaN");
        assertThatThrownBy(() -> Dataset.of("d", new double[][] {{1, 2}}, new double[2], ab, "t"))
            .hasMessage("x has 1 rows but y has 2 values");
        assertThatThrownBy(() -> Dataset.of("d", new double[][] {{1, 2}}, new double[1], new String[] {"a", "a"},
            "t")).hasMessage("featureNames[1] repeats 'a'");
        assertThatThrownBy(() -> Dataset.of("d", new double[][] {{1, 2}}, new double[1], ab, "b"))
            .hasMessage("targetName 'b' is also a feature name");
        assertThatThrownBy(() -> Dataset.of("", new double[][] {{1, 2}}, new double[1], ab, "t"))
            .hasMessage("name must not be blank, got ''");
        assertThatThrownBy(() -> Dataset.of("d", new double[0][], new double[0], ab, "t"))
            .hasMessage("x must have at least one row");
        assertThatThrownBy(() -> small().featureIndex("c"))
            .hasMessage("no feature named 'c' in small; features: [a, b]");
        assertThatThrownBy(() -> small().withLicence(null)).hasMessage("licence must not be null (use \"\" for none)");
    }

    @Test
    void valueSemanticsAndSummary() {
        assertThat(small()).isEqualTo(small()).hasSameHashCodeAs(small());
        assertThat(small()).isNotEqualTo(small().withSource("x"));
        assertThat(small().toString())
            .isEqualTo("Dataset[small: 3 rows x 2 features, target t, features [a, b], 1 missing]");
    }

    @Test
    void splitsAreValidatedAndTrainRowsAreTheComplement() {
        Dataset d = small();
        SplitDataset s = SplitDataset.of(d, List.of(new int[] {2}, new int[] {1, 0}));
        assertThat(s.numSplits()).isEqualTo(2);
        assertThat(s.testRows(1)).containsExactly(1, 0);
        assertThat(s.trainRows(1)).containsExactly(2);
        assertThat(s.trainRows(0)).containsExactly(0, 1);
        assertThat(s.splits()).hasSize(2);
        assertThat(s).isEqualTo(SplitDataset.of(d, List.of(new int[] {2}, new int[] {1, 0})));
        assertThatThrownBy(() -> SplitDataset.of(d, List.of(new int[] {0, 3})))
            .hasMessage("split 0, position 1: test row 3 is out of [0, 3)");
        assertThatThrownBy(() -> SplitDataset.of(d, List.of(new int[] {1}, new int[] {1, 1})))
            .hasMessage("split 1, position 1: test row 1 is repeated");
        assertThatThrownBy(() -> SplitDataset.of(d, List.of(new int[] {0, 1, 2})))
            .hasMessage("split 0 tests 3 rows of 3, leaving none to train on");
        assertThatThrownBy(() -> s.testRows(2)).hasMessage("split must be in [0, 2), got 2");
    }
}
