package skpro.neural.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import skpro.neural.engine.Context;
import skpro.neural.engine.Flops;
import skpro.neural.engine.Network;
import skpro.neural.engine.ParamSpec;
import skpro.neural.engine.Parameters;

class GroupedLinearTest {
    private static final int IN = 6;
    private static final int OUT = 9;
    private static final int G = 3;

    /** METHODS.md: a grouped matmul equals a dense matmul with a block-diagonal weight. */
    @Test
    void equalsADenseLayerWithTheBlockDiagonalWeight() {
        Network grouped = Network.of(GroupedLinear.of(IN, OUT, G), DataType.DOUBLE, 3);
        Network dense = Network.of(Linear.of(IN, OUT), DataType.DOUBLE, 4);
        Parameters gp = grouped.parameters();
        Parameters dp = dense.parameters();
        double[] bias = TestArrays.gaussian(OUT, 5);
        gp.valuesOf(gp.slots().get(1)).assign(TestArrays.array(bias, OUT));
        dp.valuesOf(dp.slots().get(1)).assign(TestArrays.array(bias, OUT));
        double[] blocks = TestArrays.flat(gp.valuesOf(gp.slots().get(0)));
        int ki = IN / G;
        int ko = OUT / G;
        double[] blockDiagonal = new double[IN * OUT];
        for (int g = 0; g < G; g++) {
            for (int i = 0; i < ki; i++) {
                for (int j = 0; j < ko; j++) {
                    blockDiagonal[(g * ki + i) * OUT + g * ko + j] = blocks[(g * ki + i) * ko + j];
                }
            }
        }
        dp.valuesOf(dp.slots().get(0)).assign(TestArrays.array(blockDiagonal, IN, OUT));

        INDArray x = TestArrays.array(TestArrays.gaussian(2 * 4 * IN, 6), 2, 4, IN);
        INDArray gy = TestArrays.array(TestArrays.gaussian(2 * 4 * OUT, 7), 2, 4, OUT);
        double[] yg = TestArrays.flat(grouped.forward(x, Context.inference()));
        double[] yd = TestArrays.flat(dense.forward(x, Context.inference()));
        assertThat(yg).containsExactly(yd, within(1e-12));
        gp.zeroGradients();
        dp.zeroGradients();
        assertThat(TestArrays.flat(grouped.backward(gy))).containsExactly(TestArrays.flat(dense.backward(gy)),
            within(1e-12));
        double[] gw = TestArrays.flat(gp.gradientsOf(gp.slots().get(0)));
        double[] dw = TestArrays.flat(dp.gradientsOf(dp.slots().get(0)));
        for (int g = 0; g < G; g++) {
            for (int i = 0; i < ki; i++) {
                for (int j = 0; j < ko; j++) {
                    assertThat(gw[(g * ki + i) * ko + j]).isCloseTo(dw[(g * ki + i) * OUT + g * ko + j], within(1e-12));
                }
            }
        }
        assertThat(TestArrays.flat(gp.gradientsOf(gp.slots().get(1))))
            .containsExactly(TestArrays.flat(dp.gradientsOf(dp.slots().get(1))), within(1e-12));
    }

    @Test
    void declaresBlocksWithTheirOwnFans() {
        ParamSpec w = GroupedLinear.of(IN, OUT, G).params().get(0);
        assertThat(w.shape()).containsExactly(G, IN / G, OUT / G);
        assertThat(w.isSparsifiable()).as("no weight mask yet").isFalse();
        assertThat(w.fanIn()).isEqualTo(IN / G);
        assertThat(w.fanOut()).isEqualTo(OUT / G);
        assertThat(GroupedLinear.of(IN, OUT, G).withoutBias().params()).hasSize(1);
        double bound = Math.sqrt(6.0 / (IN / G + OUT / G));
        Network net = Network.of(GroupedLinear.of(IN, OUT, G), DataType.DOUBLE, 1);
        double[] values = TestArrays.flat(net.parameters().valuesOf(net.parameters().slots().get(0)));
        for (double v : values) {
            assertThat(Math.abs(v)).isLessThanOrEqualTo(bound);
        }
    }

    @Test
    void flopsAndBadInput() {
        // N = 10 rows: 2 N in out / G = 360, bias N out = 90
        assertThat(GroupedLinear.of(IN, OUT, G).flops(new long[] {2, 5, IN})).isEqualTo(Flops.of(450, 810));
        assertThat(GroupedLinear.of(IN, OUT, G).withoutBias().flops(new long[] {10, IN})).isEqualTo(Flops.of(360, 720));
        assertThatThrownBy(() -> GroupedLinear.of(6, 4, 4)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("groups=4");
        assertThatThrownBy(() -> GroupedLinear.of(IN, OUT, G).outputShape(new long[] {2, 5}))
            .hasMessageContaining("GroupedLinear").hasMessageContaining("[2, 5]");
        assertThat(GroupedLinear.of(IN, OUT, G).outputShape(new long[] {2, 5, IN})).containsExactly(2, 5, OUT);
    }
}
