package skpro.neural.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import skpro.neural.engine.GradientCheck.Input;
import skpro.neural.layers.Linear;
import skpro.neural.layers.Sequential;

/**
 * The gradient-check contract: every layer's backward pass agrees with central finite differences
 * in float64 to a relative error below 1e-6, on several shapes (and padding masks for sequence
 * layers). A new layer joins by being listed in {@link #cases()}.
 */
class LayerGradientCheckTest {

    /**
     * One listed configuration.
     *
     * @param name shown in the test report
     * @param layer builds a fresh layer
     * @param input the input's shape and kind
     */
    record Case(String name, Supplier<Layer> layer, Input input) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        boolean[] mask = new boolean[4 * 3];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = i % 3 != 1;
        }
        return List.of(
            new Case("Linear 2-D", () -> Linear.of(4, 3), Input.real(5, 4)),
            new Case("Linear 3-D no bias", () -> Linear.of(4, 6).withoutBias(), Input.real(2, 3, 4)),
            new Case("Linear masked", () -> Linear.of(4, 3).withMask(mask), Input.real(7, 4)),
            new Case("Sequential of Linear", () -> Sequential.of(Linear.of(3, 5), Linear.of(5, 2)), Input.real(4, 3))
        );
    }

    static Stream<Case> listed() {
        return cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listed")
    void backwardMatchesFiniteDifferences(Case c) {
        for (long seed = 1; seed <= 2; seed++) {
            GradientCheck.Result r = GradientCheck.check(c.layer(), c.input(), seed, 200);
            assertThat(r.checked()).as("entries checked").isPositive();
            assertThat(r.worst()).as(c.name() + " worst relative error at " + r.where()).isLessThan(GradientCheck.TOLERANCE);
        }
    }
}
