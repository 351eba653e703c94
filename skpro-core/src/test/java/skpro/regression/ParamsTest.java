package skpro.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ParamsTest {

    /** A minimal parameterized value: a named scale and an inner parameterized value. */
    record Inner(double alpha, int depth) implements Parameterized<Inner> {
        @Override
        public Map<String, Object> params() {
            return Params.of("alpha", alpha, "depth", depth);
        }

        @Override
        public Inner withParams(Map<String, ?> changes) {
            Map<String, Object> p = Params.merge("Inner", params(), changes);
            return new Inner(Params.getDouble(p, "alpha"), Params.getInt(p, "depth"));
        }
    }

    record Outer(String dist, Inner estimator) implements Parameterized<Outer> {
        @Override
        public Map<String, Object> params() {
            return Params.of("dist", dist, "estimator", estimator);
        }

        @Override
        public Outer withParams(Map<String, ?> changes) {
            Map<String, Object> p = Params.merge("Outer", params(), changes);
            return new Outer((String) p.get("dist"), (Inner) p.get("estimator"));
        }
    }

    @Test
    void paramsKeepDeclarationOrderAndReplaceByName() {
        Outer o = new Outer("normal", new Inner(1.0, 3));
        assertThat(o.params()).containsExactly(Map.entry("dist", "normal"), Map.entry("estimator", new Inner(1.0, 3)));
        Outer changed = o.withParams(Map.of("dist", "laplace", "estimator__alpha", 0.5));
        assertThat(changed).isEqualTo(new Outer("laplace", new Inner(0.5, 3)));
        assertThat(o).isEqualTo(new Outer("normal", new Inner(1.0, 3)));
    }

    @Test
    void numbersWidenWhereSafe() {
        Inner i = new Inner(1.0, 3);
        assertThat(i.withParam("alpha", 2)).isEqualTo(new Inner(2.0, 3));
        assertThat(i.withParam("depth", 7L)).isEqualTo(new Inner(1.0, 7));
        assertThatThrownBy(() -> i.withParam("depth", 2.5)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'depth'").hasMessageContaining("Integer").hasMessageContaining("Double");
        assertThatThrownBy(() -> i.withParam("depth", 1L << 40)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("must fit an int");
    }

    @Test
    void unknownNamesAndWrongTypesAreNamed() {
        Outer o = new Outer("normal", new Inner(1.0, 3));
        assertThatThrownBy(() -> o.withParam("sigma", 1.0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("unknown parameter 'sigma' for Outer").hasMessageContaining("[dist, estimator]");
        assertThatThrownBy(() -> o.withParam("estimator__gamma", 1.0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("unknown parameter 'gamma' for Inner");
        assertThatThrownBy(() -> o.withParam("dist__x", 1.0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'dist' of Outer has no parameters");
        assertThatThrownBy(() -> o.withParam("dist", 3)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'dist' of Outer must be a String");
        assertThatThrownBy(() -> o.withParam("dist", null)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("cannot be null");
        assertThatThrownBy(() -> Params.of("a", 1, "b")).isInstanceOf(IllegalArgumentException.class);
    }

    /** A value with a list parameter, as OneHotEncoder's {@code columns}. */
    record Listed(List<Integer> columns) implements Parameterized<Listed> {
        @Override
        public Map<String, Object> params() {
            return Params.of("columns", columns);
        }

        @Override
        public Listed withParams(Map<String, ?> changes) {
            Map<String, Object> p = Params.merge("Listed", params(), changes);
            @SuppressWarnings("unchecked")
            List<Integer> c = (List<Integer>) p.get("columns");
            return new Listed(c);
        }
    }

    @Test
    void anyListReplacesAList() {
        Listed l = new Listed(List.of(1, 2, 3));
        // List.of(4) and List.of(1, 2, 3) are different implementation classes
        assertThat(l.withParam("columns", List.of(4))).isEqualTo(new Listed(List.of(4)));
        assertThat(l.withParam("columns", new ArrayList<>(List.of(5, 6)))).isEqualTo(new Listed(List.of(5, 6)));
        assertThatThrownBy(() -> l.withParam("columns", 4)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'columns' of Listed must be a List, got Integer 4");
    }
}
