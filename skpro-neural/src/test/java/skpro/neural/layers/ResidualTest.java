package skpro.neural.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

import skpro.neural.engine.Context;
import skpro.neural.engine.FlopReport;
import skpro.neural.engine.Flops;
import skpro.neural.engine.Network;
import skpro.neural.engine.Parameters;

class ResidualTest {

    @Test
    void addsTheInputToTheInnersOutputAndGradient() {
        int k = 3;
        Network net = Network.of(Residual.of(Linear.of(k, k)), DataType.DOUBLE, 8);
        Parameters p = net.parameters();
        double[] w = TestArrays.flat(p.valuesOf(p.slots().get(0)));
        double[] b = {0.5, -1, 2};
        p.valuesOf(p.slots().get(1)).assign(TestArrays.array(b, k));
        double[] x = TestArrays.gaussian(2 * k, 1);
        double[] g = TestArrays.gaussian(2 * k, 2);
        double[] y = TestArrays.flat(net.forward(TestArrays.array(x, 2, k), Context.inference()));
        double[] gx = TestArrays.flat(net.backward(TestArrays.array(g, 2, k)));
        for (int r = 0; r < 2; r++) {
            for (int j = 0; j < k; j++) {
                double out = x[r * k + j] + b[j];
                double back = g[r * k + j];
                for (int i = 0; i < k; i++) {
                    out += x[r * k + i] * w[i * k + j];
                    back += g[r * k + i] * w[j * k + i];
                }
                assertThat(y[r * k + j]).isCloseTo(out, within(1e-13));
                assertThat(gx[r * k + j]).isCloseTo(back, within(1e-13));
            }
        }
    }

    @Test
    void reportsTheInnersFlopsAndItsOwnAddition() {
        Linear inner = Linear.of(4, 4);
        Residual res = Residual.of(inner);
        long[] shape = {5, 4};
        FlopReport report = Network.of(res, DataType.FLOAT, 1).flops(shape);
        assertThat(report.entries()).hasSize(2);
        assertThat(report.entries().get(0).path()).isEqualTo("0:Residual/0:Linear");
        assertThat(report.entries().get(0).flops()).isEqualTo(inner.flops(shape));
        assertThat(report.entries().get(1).path()).isEqualTo("0:Residual");
        assertThat(report.entries().get(1).flops()).isEqualTo(Flops.of(20, 20));
        assertThat(report.total()).isEqualTo(res.flops(shape));
        assertThat(res.children()).containsExactly(inner);
    }

    @Test
    void rejectsAnInnerThatChangesTheShape() {
        assertThatThrownBy(() -> Residual.of(Linear.of(3, 4)).outputShape(new long[] {2, 3}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Residual")
            .hasMessageContaining("Linear maps [2, 3] to [2, 4]");
        assertThatThrownBy(() -> Residual.of(null)).hasMessageContaining("inner");
    }
}
