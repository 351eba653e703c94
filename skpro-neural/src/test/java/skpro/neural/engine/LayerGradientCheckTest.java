package skpro.neural.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import skpro.neural.engine.GradientCheck.Input;
import skpro.neural.layers.Activation;
import skpro.neural.layers.Conv1d;
import skpro.neural.layers.Dropout;
import skpro.neural.layers.Embedding;
import skpro.neural.layers.Glu;
import skpro.neural.layers.GroupedLinear;
import skpro.neural.layers.LayerNorm;
import skpro.neural.layers.Linear;
import skpro.neural.layers.LogSoftmax;
import skpro.neural.layers.MultiHeadSelfAttention;
import skpro.neural.layers.Residual;
import skpro.neural.layers.Sequential;
import skpro.neural.layers.Softmax;

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
            new Case("ReLU 2-D", Activation::relu, Input.real(5, 4)),
            new Case("ReLU 3-D", Activation::relu, Input.real(2, 3, 4)),
            new Case("GELU 2-D", Activation::gelu, Input.real(5, 4)),
            new Case("GELU 3-D", Activation::gelu, Input.real(2, 3, 4)),
            new Case("SiLU 2-D", Activation::silu, Input.real(5, 4)),
            new Case("SiLU 1-D", Activation::silu, Input.real(7)),
            new Case("Tanh 2-D", Activation::tanh, Input.real(5, 4)),
            new Case("Tanh 3-D", Activation::tanh, Input.real(2, 3, 4)),
            new Case("Sigmoid 2-D", Activation::sigmoid, Input.real(5, 4)),
            new Case("Sigmoid 3-D", Activation::sigmoid, Input.real(2, 3, 4)),
            new Case("Glu 2-D", Glu::of, Input.real(5, 6)),
            new Case("Glu 3-D", Glu::of, Input.real(2, 3, 4)),
            new Case("Softmax 2-D", Softmax::of, Input.real(5, 4)),
            new Case("Softmax 3-D", Softmax::of, Input.real(2, 3, 5)),
            new Case("LogSoftmax 2-D", LogSoftmax::of, Input.real(5, 4)),
            new Case("LogSoftmax 3-D", LogSoftmax::of, Input.real(2, 3, 5)),
            new Case("LayerNorm 2-D", () -> LayerNorm.of(4), Input.real(5, 4)),
            new Case("LayerNorm 3-D", () -> LayerNorm.of(6).withEpsilon(1e-3), Input.real(2, 3, 6)),
            new Case("LayerNorm before Linear", () -> Sequential.of(LayerNorm.of(5), Linear.of(5, 3)), Input.real(4, 5)),
            new Case("Linear then LayerNorm", () -> Sequential.of(Linear.of(4, 5), LayerNorm.of(5)), Input.real(3, 4)),
            new Case("Dropout 2-D", () -> Dropout.of(0.3), Input.real(6, 5)),
            new Case("Dropout 3-D in Sequential", () -> Sequential.of(Linear.of(4, 5), Dropout.of(0.5)),
                Input.real(2, 3, 4)),
            new Case("Embedding 1-D", () -> Embedding.of(7, 3), Input.indices(7, 5)),
            new Case("Embedding 2-D", () -> Embedding.of(5, 4), Input.indices(5, 3, 6)),
            new Case("GroupedLinear 2-D", () -> GroupedLinear.of(6, 4, 2), Input.real(5, 6)),
            new Case("GroupedLinear 3-D no bias", () -> GroupedLinear.of(8, 12, 4).withoutBias(), Input.real(2, 3, 8)),
            new Case("GroupedLinear one group", () -> GroupedLinear.of(3, 2, 1), Input.real(4, 3)),
            new Case("Residual of Linear", () -> Residual.of(Linear.of(4, 4)), Input.real(5, 4)),
            new Case("Residual of GELU block", () -> Residual.of(Sequential.of(LayerNorm.of(4), Linear.of(4, 8),
                Activation.gelu(), Linear.of(8, 4))), Input.real(2, 3, 4)),
            new Case("MultiHeadSelfAttention 1 head", () -> attention(4, 1, Linear.of(4, 4)), Input.real(2, 3, 4)),
            new Case("MultiHeadSelfAttention 2 heads masked", () -> attention(6, 2, Linear.of(6, 6)),
                Input.masked(3, 4, 6)),
            new Case("MultiHeadSelfAttention 4 heads masked", () -> attention(8, 4, Linear.of(8, 8)),
                Input.masked(2, 5, 8)),
            new Case("MultiHeadSelfAttention 4 heads, small, with key bias", () -> MultiHeadSelfAttention.of(8, 4),
                Input.masked(2, 3, 8)),
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
     * Attention with the given key projection, without its bias (the key bias's true gradient is
     * exactly 0: softmax ignores a constant added to a row of scores); the default projections,
     * key bias included, are listed as their own case.
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
