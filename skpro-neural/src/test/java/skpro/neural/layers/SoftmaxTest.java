package skpro.neural.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import skpro.neural.engine.Context;
import skpro.neural.engine.Flops;
import skpro.neural.engine.Layer;

class SoftmaxTest {
    private static final int ROWS = 4;
    private static final int K = 5;

    /** Plain-loop log-softmax of row r. */
    private static double[] logSoftmaxRow(double[] x, int r) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < K; j++) {
            max = Math.max(max, x[r * K + j]);
        }
        double sum = 0;
        for (int j = 0; j < K; j++) {
            sum += Math.exp(x[r * K + j] - max);
        }
        double[] out = new double[K];
        for (int j = 0; j < K; j++) {
            out[j] = x[r * K + j] - max - Math.log(sum);
        }
        return out;
    }

    @Test
    void softmaxAndItsGradientMatchALoop() {
        double[] x = TestArrays.gaussian(ROWS * K, 3);
        double[] g = TestArrays.gaussian(ROWS * K, 4);
        Softmax layer = Softmax.of();
        double[] s = TestArrays.flat(layer.forward(TestArrays.array(x, 2, 2, K), Context.inference()));
        double[] gx = TestArrays.flat(layer.backward(TestArrays.array(g, 2, 2, K)));
        for (int r = 0; r < ROWS; r++) {
            double[] ls = logSoftmaxRow(x, r);
            double dot = 0;
            for (int j = 0; j < K; j++) {
                dot += g[r * K + j] * Math.exp(ls[j]);
            }
            for (int j = 0; j < K; j++) {
                double p = Math.exp(ls[j]);
                assertThat(s[r * K + j]).isCloseTo(p, within(1e-14));
                assertThat(gx[r * K + j]).isCloseTo(p * (g[r * K + j] - dot), within(1e-14));
            }
        }
    }

    @Test
    void logSoftmaxAndItsGradientMatchALoop() {
        double[] x = TestArrays.gaussian(ROWS * K, 5);
        double[] g = TestArrays.gaussian(ROWS * K, 6);
        LogSoftmax layer = LogSoftmax.of();
        double[] y = TestArrays.flat(layer.forward(TestArrays.array(x, ROWS, K), Context.inference()));
        double[] gx = TestArrays.flat(layer.backward(TestArrays.array(g, ROWS, K)));
        for (int r = 0; r < ROWS; r++) {
            double[] ls = logSoftmaxRow(x, r);
            double sumG = 0;
            for (int j = 0; j < K; j++) {
                sumG += g[r * K + j];
            }
            for (int j = 0; j < K; j++) {
                assertThat(y[r * K + j]).isCloseTo(ls[j], within(1e-14));
                assertThat(gx[r * K + j]).isCloseTo(g[r * K + j] - Math.exp(ls[j]) * sumG, within(1e-14));
            }
        }
    }

    @Test
    void largeLogitsDoNotOverflow() {
        double[] x = {1000, 1001, 999, -1000};
        double[] s = TestArrays.flat(Softmax.of().forward(TestArrays.array(x, 1, 4), Context.inference()));
        double[] ls = TestArrays.flat(LogSoftmax.of().forward(TestArrays.array(x, 1, 4), Context.inference()));
        double z = Math.exp(-1) + 1 + Math.exp(-2);
        assertThat(s).containsExactly(new double[] {Math.exp(-1) / z, 1 / z, Math.exp(-2) / z, 0.0}, within(1e-14));
        assertThat(ls[1]).isCloseTo(-Math.log(z), within(1e-12));
        assertThat(ls[3]).isCloseTo(-2001 - Math.log(z), within(1e-9));
    }

    @Test
    void changingTheOutputLeavesTheBackwardPassIntact() {
        double[] x = TestArrays.gaussian(ROWS * K, 8);
        double[] g = TestArrays.gaussian(ROWS * K, 9);
        for (Supplier<Layer> f : List.<Supplier<Layer>>of(Softmax::of, LogSoftmax::of,
            Activation::tanh, Activation::sigmoid)) {
            Layer clean = f.get();
            clean.forward(TestArrays.array(x, ROWS, K), Context.inference());
            double[] expected = TestArrays.flat(clean.backward(TestArrays.array(g, ROWS, K)));
            Layer touched = f.get();
            touched.forward(TestArrays.array(x, ROWS, K), Context.inference()).assign(7.0);
            assertThat(TestArrays.flat(touched.backward(TestArrays.array(g, ROWS, K)))).as(touched.name())
                .containsExactly(expected);
        }
    }

    @Test
    void flopsAndBadShapes() {
        assertThat(Softmax.of().flops(new long[] {2, 3, 5})).isEqualTo(Flops.of(150, 120));
        assertThat(LogSoftmax.of().flops(new long[] {6, 5})).isEqualTo(Flops.of(156, 120));
        assertThatThrownBy(() -> Softmax.of().outputShape(new long[] {5}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Softmax").hasMessageContaining("[5]");
        assertThatThrownBy(() -> LogSoftmax.of().forward(TestArrays.array(new double[16], 2, 2, 2, 2),
            Context.inference())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[2, 2, 2, 2]");
    }
}
