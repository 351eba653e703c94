package skpro.neural.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import skpro.neural.engine.GradientCheck.Input;
import skpro.neural.layers.Conv1d;
import skpro.neural.layers.Linear;
import skpro.neural.layers.MultiHeadSelfAttention;
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
        boolean[] mask4 = new boolean[4 * 4];
        for (int i = 0; i < mask4.length; i++) {
            mask4[i] = i % 5 != 2;
        }
        return List.of(
            new Case("Linear 2-D", () -> Linear.of(4, 3), Input.real(5, 4)),
            new Case("Linear 3-D no bias", () -> Linear.of(4, 6).withoutBias(), Input.real(2, 3, 4)),
            new Case("Linear masked", () -> Linear.of(4, 3).withMask(mask), Input.real(7, 4)),
            new Case("Sequential of Linear", () -> Sequential.of(Linear.of(3, 5), Linear.of(5, 2)), Input.real(4, 3)),
            new Case("MultiHeadSelfAttention 1 head", () -> attention(4, 1, Linear.of(4, 4)), Input.real(2, 3, 4)),
            new Case("MultiHeadSelfAttention 2 heads masked", () -> attention(6, 2, Linear.of(6, 6)),
                Input.masked(3, 4, 6)),
            new Case("MultiHeadSelfAttention 4 heads masked", () -> attention(8, 4, Linear.of(8, 8)),
                Input.masked(2, 5, 8)),
            new Case("MultiHeadSelfAttention masked key projection", () -> attention(4, 2, Linear.of(4, 4)
                .withMask(mask4)), Input.masked(2, 3, 4)),
            new Case("Conv1d kernel 3", () -> Conv1d.of(3, 4, 3), Input.real(2, 5, 3)),
            new Case("Conv1d kernel 1 no bias", () -> Conv1d.of(3, 2, 1).withoutBias(), Input.real(2, 3, 3)),
            new Case("Conv1d grouped masked", () -> Conv1d.of(4, 6, 3).withGroups(2), Input.masked(3, 5, 4)),
            new Case("Conv1d depthwise kernel 5 masked", () -> Conv1d.depthwise(3, 5), Input.masked(2, 6, 3)),
            new Case("Conv1d kernel 7 longer than sequence", () -> Conv1d.of(2, 2, 7), Input.masked(2, 3, 2))
        );
    }

    /**
     * Attention whose key projection is {@code key} without bias: the key bias's true gradient is
     * exactly 0 (softmax ignores a constant added to a row of scores), so its finite difference is
     * pure rounding noise above the check's absolute floor; MultiHeadSelfAttentionTest checks that
     * gradient is 0.
     */
    private static Layer attention(long hidden, long heads, Linear key) {
        return MultiHeadSelfAttention.of(hidden, heads).withProjections(Linear.of(hidden, hidden), key.withoutBias(),
            Linear.of(hidden, hidden), Linear.of(hidden, hidden));
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
