package skpro.neural.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

import skpro.neural.engine.Context;
import skpro.neural.engine.Flops;
import skpro.neural.engine.Network;
import skpro.neural.engine.Parameters;

class LayerNormTest {

    @Test
    void normalisesEachRowThenAppliesGainAndBias() {
        int rows = 3;
        int k = 4;
        double eps = 0.01;
        double[] gain = {1.5, -0.5, 2.0, 1.0};
        double[] bias = {0.1, 0.2, -0.3, 0.0};
        Network net = Network.of(LayerNorm.of(k).withEpsilon(eps), DataType.DOUBLE, 1);
        Parameters p = net.parameters();
        assertThat(TestArrays.flat(p.valuesOf(p.slots().get(0)))).as("gain starts at 1").containsOnly(1.0);
        assertThat(TestArrays.flat(p.valuesOf(p.slots().get(1)))).as("bias starts at 0").containsOnly(0.0);
        p.valuesOf(p.slots().get(0)).assign(TestArrays.array(gain, k));
        p.valuesOf(p.slots().get(1)).assign(TestArrays.array(bias, k));
        double[] x = TestArrays.gaussian(rows * k, 9);
        double[] y = TestArrays.flat(net.forward(TestArrays.array(x, rows, k), Context.inference()));
        for (int r = 0; r < rows; r++) {
            double mean = 0;
            for (int j = 0; j < k; j++) {
                mean += x[r * k + j] / k;
            }
            double var = 0;
            for (int j = 0; j < k; j++) {
                var += (x[r * k + j] - mean) * (x[r * k + j] - mean) / k;
            }
            for (int j = 0; j < k; j++) {
                double expected = (x[r * k + j] - mean) / Math.sqrt(var + eps) * gain[j] + bias[j];
                assertThat(y[r * k + j]).isCloseTo(expected, within(1e-13));
            }
        }
    }

    @Test
    void parameterGradientsAreSumsOverRows() {
        Network net = Network.of(LayerNorm.of(3), DataType.DOUBLE, 1);
        double[] x = TestArrays.gaussian(6, 2);
        double[] g = TestArrays.gaussian(6, 3);
        double[] xhat = TestArrays.flat(net.forward(TestArrays.array(x, 2, 3), Context.inference()));
        net.parameters().zeroGradients();
        net.backward(TestArrays.array(g, 2, 3));
        double[] grads = TestArrays.flat(net.parameters().gradients());
        for (int j = 0; j < 3; j++) {
            assertThat(grads[j]).as("gain").isCloseTo(g[j] * xhat[j] + g[3 + j] * xhat[3 + j], within(1e-13));
            assertThat(grads[3 + j]).as("bias").isCloseTo(g[j] + g[3 + j], within(1e-13));
        }
    }

    @Test
    void flopsAndBadInput() {
        assertThat(LayerNorm.of(4).flops(new long[] {2, 3, 4})).isEqualTo(Flops.of(6 * 33, 6 * 46));
        assertThat(LayerNorm.of(4).epsilon()).isEqualTo(1e-5);
        assertThatThrownBy(() -> LayerNorm.of(4).outputShape(new long[] {2, 5}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LayerNorm").hasMessageContaining("[2, 5]");
        assertThatThrownBy(() -> LayerNorm.of(0)).hasMessageContaining("features").hasMessageContaining("0");
        assertThatThrownBy(() -> LayerNorm.of(3).withEpsilon(-1)).hasMessageContaining("epsilon")
            .hasMessageContaining("-1");
        assertThatThrownBy(() -> LayerNorm.of(3).forward(TestArrays.array(new double[3], 1, 3), Context.inference()))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("not bound");
    }
}
