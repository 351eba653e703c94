package skpro.neural.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import skpro.neural.engine.Context;
import skpro.neural.engine.Flops;

class ActivationTest {
    private static final double[] X = {-3.0, -1.0, -0.25, 0.5, 1.0, 2.0};

    private static void assertMaps(Activation a, DoubleUnaryOperator f, DoubleUnaryOperator df) {
        INDArray x = TestArrays.array(X, 2, 3);
        double[] y = TestArrays.flat(a.forward(x, Context.inference()));
        INDArray g = TestArrays.array(new double[] {0.5, -1, 2, 1, 3, -0.5}, 2, 3);
        double[] gx = TestArrays.flat(a.backward(g));
        double[] gv = TestArrays.flat(g);
        for (int i = 0; i < X.length; i++) {
            assertThat(y[i]).as(a.name() + "(" + X[i] + ")").isCloseTo(f.applyAsDouble(X[i]), within(1e-12));
            assertThat(gx[i]).as(a.name() + "'(" + X[i] + ")").isCloseTo(gv[i] * df.applyAsDouble(X[i]), within(1e-12));
        }
    }

    private static double sigma(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    @Test
    void reluSigmoidTanhSiluMatchTheirFormulas() {
        assertMaps(Activation.relu(), x -> Math.max(x, 0), x -> x > 0 ? 1 : 0);
        assertMaps(Activation.sigmoid(), ActivationTest::sigma, x -> sigma(x) * (1 - sigma(x)));
        assertMaps(Activation.tanh(), Math::tanh, x -> 1 - Math.tanh(x) * Math.tanh(x));
        assertMaps(Activation.silu(), x -> x * sigma(x), x -> sigma(x) + x * sigma(x) * (1 - sigma(x)));
    }

    @Test
    void geluIsXTimesTheNormalCdf() {
        // Φ(0.5), Φ(1), Φ(2) and φ(1) from the standard normal table
        double[] x = {-1.0, 0.0, 0.5, 1.0, 2.0};
        double[] expected = {-(1 - 0.8413447460685429), 0.0, 0.5 * 0.6914624612740131, 0.8413447460685429,
            2 * 0.9772498680518208};
        Activation gelu = Activation.gelu();
        double[] y = TestArrays.flat(gelu.forward(TestArrays.array(x, 5), Context.inference()));
        assertThat(y).containsExactly(expected, within(1e-12));
        double[] d = TestArrays.flat(gelu.backward(TestArrays.array(new double[] {1, 1, 1, 1, 1}, 5)));
        assertThat(d[3]).as("Φ(1) + φ(1)").isCloseTo(0.8413447460685429 + 0.24197072451914337, within(1e-12));
        assertThat(d[0]).as("Φ(-1) - φ(-1)").isCloseTo(1 - 0.8413447460685429 - 0.24197072451914337, within(1e-12));
        assertThat(d[1]).as("Φ(0)").isCloseTo(0.5, within(1e-15));
    }

    @Test
    void keepsTheInputsDataTypeAndShape() {
        INDArray x = TestArrays.array(X, 1, 2, 3).castTo(DataType.FLOAT);
        for (Activation a : new Activation[] {Activation.relu(), Activation.gelu(), Activation.silu(),
            Activation.tanh(), Activation.sigmoid()}) {
            INDArray y = a.forward(x, Context.inference());
            assertThat(y.dataType()).as(a.name()).isEqualTo(DataType.FLOAT);
            assertThat(y.shape()).containsExactly(1, 2, 3);
            assertThat(a.outputShape(new long[] {4, 5, 6, 7})).containsExactly(4, 5, 6, 7);
        }
    }

    @Test
    void namesAndFlops() {
        long[] shape = {2, 3};
        assertThat(Activation.relu().name()).isEqualTo("ReLU");
        assertThat(Activation.gelu().name()).isEqualTo("GELU");
        assertThat(Activation.silu().name()).isEqualTo("SiLU");
        assertThat(Activation.tanh().name()).isEqualTo("Tanh");
        assertThat(Activation.sigmoid().name()).isEqualTo("Sigmoid");
        assertThat(Activation.relu().flops(shape)).isEqualTo(Flops.of(6, 6));
        assertThat(Activation.gelu().flops(shape)).isEqualTo(Flops.of(30, 42));
        assertThat(Activation.silu().flops(shape)).isEqualTo(Flops.of(30, 30));
        assertThat(Activation.tanh().flops(shape)).isEqualTo(Flops.of(6, 18));
        assertThat(Activation.sigmoid().flops(shape)).isEqualTo(Flops.of(24, 18));
    }

    @Test
    void backwardNeedsAForward() {
        assertThatThrownBy(() -> Activation.gelu().backward(TestArrays.array(X, 6)))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("GELU.backward");
    }
}
