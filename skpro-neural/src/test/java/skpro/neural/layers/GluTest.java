package skpro.neural.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

import skpro.neural.engine.Context;
import skpro.neural.engine.Flops;

class GluTest {

    private static double sigma(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    @Test
    void gatesTheFirstHalfByTheSigmoidOfTheSecond() {
        int rows = 3;
        int m = 2;
        double[] x = TestArrays.gaussian(rows * 2 * m, 11);
        double[] g = TestArrays.gaussian(rows * m, 12);
        Glu glu = Glu.of();
        double[] y = TestArrays.flat(glu.forward(TestArrays.array(x, 1, rows, 2 * m), Context.inference()));
        INDArray gx = glu.backward(TestArrays.array(g, 1, rows, m));
        assertThat(gx.shape()).containsExactly(1, rows, 2 * m);
        double[] gxv = TestArrays.flat(gx);
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < m; j++) {
                double a = x[r * 2 * m + j];
                double s = sigma(x[r * 2 * m + m + j]);
                double gy = g[r * m + j];
                assertThat(y[r * m + j]).isCloseTo(a * s, within(1e-14));
                assertThat(gxv[r * 2 * m + j]).isCloseTo(gy * s, within(1e-14));
                assertThat(gxv[r * 2 * m + m + j]).isCloseTo(gy * a * s * (1 - s), within(1e-14));
            }
        }
    }

    @Test
    void shapesFlopsAndBadInput() {
        assertThat(Glu.of().outputShape(new long[] {2, 5, 8})).containsExactly(2, 5, 4);
        assertThat(Glu.of().flops(new long[] {3, 8})).isEqualTo(Flops.of(60, 60));
        assertThatThrownBy(() -> Glu.of().outputShape(new long[] {2, 5}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Glu").hasMessageContaining("[2, 5]");
        assertThatThrownBy(() -> Glu.of().forward(TestArrays.array(new double[4], 4), Context.inference()))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[4]");
    }
}
