package skpro.neural.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import skpro.neural.engine.Context;
import skpro.neural.engine.Network;
import skpro.neural.engine.Parameters;

class LinearTest {

    @Test
    void maskedWeightsAreZeroTakeNoPartAndGetNoGradient() {
        boolean[] mask = new boolean[3 * 4];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = (i * 7) % 3 != 0;
        }
        Network net = Network.of(Linear.of(3, 4).withMask(mask), DataType.DOUBLE, 2);
        Parameters p = net.parameters();
        INDArray w = p.valuesOf(p.slots().get(0));
        INDArray b = p.valuesOf(p.slots().get(1));
        b.assign(Nd4j.createFromArray(0.1, -0.2, 0.3, 0.4));
        for (int i = 0; i < mask.length; i++) {
            double v = w.getDouble(i / 4, i % 4);
            if (mask[i]) {
                assertThat(v).as("active weight %d keeps its initial value", i).isNotEqualTo(0.0);
            } else {
                assertThat(v).as("inactive weight %d", i).isEqualTo(0.0);
            }
        }
        double[][] x = {{1, 2, -1}, {0.5, -3, 2}};
        INDArray out = net.forward(Nd4j.createFromArray(x), Context.inference());
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 4; c++) {
                double expected = b.getDouble(c);
                for (int k = 0; k < 3; k++) {
                    expected += x[r][k] * (mask[k * 4 + c] ? w.getDouble(k, c) : 0.0);
                }
                assertThat(out.getDouble(r, c)).isCloseTo(expected, within(1e-12));
            }
        }
        p.zeroGradients();
        net.backward(Nd4j.ones(DataType.DOUBLE, 2, 4));
        INDArray g = p.gradientsOf(p.slots().get(0));
        for (int i = 0; i < mask.length; i++) {
            double expected = mask[i] ? x[0][i / 4] + x[1][i / 4] : 0.0;
            assertThat(g.getDouble(i / 4, i % 4)).isCloseTo(expected, within(1e-12));
        }
    }

    @Test
    void unboundOrMisusedLayersSayWhat() {
        assertThatThrownBy(() -> Linear.of(3, 2).forward(Nd4j.ones(DataType.FLOAT, 1, 3), Context.inference()))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("bound");
        assertThatThrownBy(() -> Linear.of(0, 2)).hasMessageContaining("in=0");
        assertThatThrownBy(() -> Linear.of(3, 2).withMask(new boolean[5])).hasMessageContaining("in*out = 6");
        Network net = Network.of(Linear.of(3, 2), DataType.FLOAT, 1);
        assertThatThrownBy(() -> net.forward(Nd4j.ones(DataType.FLOAT, 4, 5), Context.inference()))
            .hasMessageContaining("[4, 5]");
        assertThatThrownBy(() -> Linear.of(3, 2).backward(Nd4j.ones(DataType.FLOAT, 1, 2)))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("without a preceding forward");
    }
}
