package skpro.neural.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import skpro.neural.engine.Context;
import skpro.neural.engine.Flops;
import skpro.neural.engine.Network;
import skpro.neural.engine.Parameters;

class EmbeddingTest {
    private static final int V = 5;
    private static final int D = 3;
    private static final int[][] INDICES = {{1, 4, 1}, {0, 2, 1}};

    @Test
    void looksUpRowsAndScatterAddsGradients() {
        Network net = Network.of(Embedding.of(V, D), DataType.DOUBLE, 2);
        Parameters p = net.parameters();
        double[] w = TestArrays.flat(p.valuesOf(p.slots().get(0)));
        INDArray x = Nd4j.createFromArray(INDICES);
        INDArray y = net.forward(x, Context.inference());
        assertThat(y.shape()).containsExactly(2, 3, D);
        assertThat(y.dataType()).isEqualTo(DataType.DOUBLE);
        double[] yv = TestArrays.flat(y);
        double[] g = TestArrays.gaussian(2 * 3 * D, 3);
        double[] expectedGrad = new double[V * D];
        for (int i = 0; i < 6; i++) {
            int v = INDICES[i / 3][i % 3];
            for (int j = 0; j < D; j++) {
                assertThat(yv[i * D + j]).isEqualTo(w[v * D + j]);
                expectedGrad[v * D + j] += g[i * D + j];
            }
        }
        p.zeroGradients();
        INDArray gx = net.backward(TestArrays.array(g, 2, 3, D));
        assertThat(TestArrays.flat(p.gradients())).containsExactly(expectedGrad, within(1e-15));
        assertThat(gx.shape()).containsExactly(2, 3);
        assertThat(gx.dataType()).isEqualTo(x.dataType());
        assertThat(TestArrays.flat(gx)).containsOnly(0.0);
    }

    @Test
    void tableIsTruncatedNormalAndNotSparsifiable() {
        Embedding e = Embedding.of(200, 10);
        assertThat(e.params()).singleElement().satisfies(s -> {
            assertThat(s.shape()).containsExactly(200, 10);
            assertThat(s.isSparsifiable()).isFalse();
        });
        Network net = Network.of(e, DataType.DOUBLE, 1);
        double[] w = TestArrays.flat(net.parameters().values());
        double sq = 0;
        for (double v : w) {
            assertThat(Math.abs(v)).isLessThanOrEqualTo(0.04);
            sq += v * v;
        }
        // truncated at 2 std the sd is 0.02 * 0.880; 2000 draws
        assertThat(Math.sqrt(sq / w.length)).isCloseTo(0.02 * 0.880, within(0.002));
    }

    @Test
    void rejectsIndicesThatAreNotValidIntegers() {
        Network net = Network.of(Embedding.of(V, D), DataType.DOUBLE, 1);
        INDArray fractional = TestArrays.array(new double[] {0, 1.5, 2, 3}, 2, 2);
        assertThatThrownBy(() -> net.forward(fractional, Context.inference()))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 1]").hasMessageContaining("1.5");
        INDArray tooLarge = TestArrays.array(new double[] {0, 1, 5}, 3);
        assertThatThrownBy(() -> net.forward(tooLarge, Context.inference()))
            .hasMessageContaining("[2]").hasMessageContaining("5.0").hasMessageContaining("[0, 5)");
        assertThatThrownBy(() -> net.forward(Nd4j.createFromArray(new int[] {-1}), Context.inference()))
            .hasMessageContaining("-1.0");
        assertThatThrownBy(() -> Embedding.of(V, D).outputShape(new long[] {1, 2, 3}))
            .hasMessageContaining("Embedding").hasMessageContaining("[1, 2, 3]");
        assertThatThrownBy(() -> Embedding.of(0, D)).hasMessageContaining("vocabulary=0");
    }

    @Test
    void flops() {
        assertThat(Embedding.of(V, D).flops(new long[] {4, 6})).isEqualTo(Flops.of(0, 72));
        assertThat(Embedding.of(V, D).outputShape(new long[] {4})).containsExactly(4, D);
    }
}
