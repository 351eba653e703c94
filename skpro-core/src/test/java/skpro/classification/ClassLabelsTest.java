package skpro.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Class order, encoding and the prior baseline's closed form. */
class ClassLabelsTest {

    private static final double[][] X4 = {{0.0}, {1.0}, {2.0}, {3.0}};

    /** A label type without a natural order. */
    private record Colour(String name) {
    }

    @Test
    void comparableLabelsAreSortedOthersKeepFirstAppearance() {
        assertThat(ClassLabels.ofTargets(X4, List.of("b", "c", "a", "b")).classes()).containsExactly("a", "b", "c");
        assertThat(ClassLabels.ofTargets(X4, List.of(3, -1, 3, 2)).classes()).containsExactly(-1, 2, 3);
        Colour red = new Colour("red");
        Colour blue = new Colour("blue");
        assertThat(ClassLabels.ofTargets(X4, List.of(red, blue, red, blue)).classes()).containsExactly(red, blue);
        // an Integer and a Long are not mutually comparable: order of first appearance
        List<Object> mixed = List.of(5L, 1, 5L, 1);
        assertThat(ClassLabels.ofTargets(X4, mixed).classes()).containsExactly(5L, 1);
    }

    @Test
    void encodeNamesUnseenAndNullLabelsWithTheirRow() {
        ClassLabels<String> labels = ClassLabels.ofTargets(X4, List.of("x", "y", "y", "x"));
        assertThat(labels.encode(List.of("y", "x", "y"))).containsExactly(1, 0, 1);
        assertThat(labels.indexOf("z")).isEqualTo(-1);
        assertThatThrownBy(() -> labels.encode(List.of("x", "z"))).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("y[1] = z").hasMessageContaining("[x, y]");
        assertThatThrownBy(() -> ClassLabels.of(List.of("a", "b", "a"))).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("classes[2] = a");
        assertThatThrownBy(() -> ClassLabels.ofTargets(X4, List.of(1, 1, 1, 1)))
            .isInstanceOf(IllegalArgumentException.class).hasMessage(
                "one class only: every label of y is 1; a classifier needs at least two classes");
    }

    @Test
    void dummyPredictsClassFrequenciesOrUniform() {
        int[] y = {2, 0, 2, 2};
        ProbaClassifierModel<Integer> prior = DummyProbaClassifier.of().fit(X4, y);
        assertThat(prior.classes()).containsExactly(0, 2);
        assertThat(prior.predictProbaMatrix(new double[][] {{9.0}})[0]).containsExactly(0.25, 0.75);
        assertThat(prior.predict(new double[][] {{-3.0}, {1.0}})).containsExactly(2, 2);
        ProbaClassifierModel<Integer> uniform = DummyProbaClassifier.of(DummyProbaClassifier.Strategy.UNIFORM)
            .fit(X4, y);
        assertThat(uniform.predictProbaMatrix(X4)[3]).containsExactly(0.5, 0.5);
        // a tie goes to the lowest class index
        assertThat(uniform.predict(X4)).containsOnly(0);
        assertThat(DummyProbaClassifier.of().withParam("strategy", DummyProbaClassifier.Strategy.UNIFORM))
            .isEqualTo(DummyProbaClassifier.of(DummyProbaClassifier.Strategy.UNIFORM));
        assertThatThrownBy(() -> DummyProbaClassifier.of(null)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("strategy");
    }
}
