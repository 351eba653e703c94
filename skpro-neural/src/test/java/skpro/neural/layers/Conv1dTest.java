package skpro.neural.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import skpro.neural.engine.Context;
import skpro.neural.engine.Flops;
import skpro.neural.engine.Network;
import skpro.neural.engine.ParamSpec;
import skpro.neural.engine.Parameters;

/** Values, masking, FLOPs and bad input of {@link Conv1d}, against a plain loop convolution. */
class Conv1dTest {

    private static Network randomised(Conv1d layer, DataType type, long seed) {
        Network net = Network.of(layer, type, seed);
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[(int) net.parameters().size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = r.nextGaussian();
        }
        net.parameters().values().assign(Nd4j.createFromArray(v));
        return net;
    }

    /** y[b][t][o] = m_t (bias_o + sum_c sum_j w[o][c][j] m_{t+j-p} x[b][t+j-p][g Cg + c]). */
    private static double[][][] reference(Conv1d layer, Parameters p, double[][][] x, double[][] mask) {
        double[][][] w = null;
        double[] bias = null;
        for (Parameters.Slot s : p.slots()) {
            if (s.spec().name().equals("weight")) {
                INDArray v = p.valuesOf(s);
                w = new double[(int) v.size(0)][(int) v.size(1)][(int) v.size(2)];
                for (int o = 0; o < w.length; o++) {
                    for (int c = 0; c < w[o].length; c++) {
                        for (int j = 0; j < w[o][c].length; j++) {
                            w[o][c][j] = v.getDouble(o, c, j);
                        }
                    }
                }
            } else {
                bias = p.valuesOf(s).toDoubleVector();
            }
        }
        int out = (int) layer.outChannels();
        int cg = (int) (layer.channels() / layer.groups());
        int og = (int) (layer.outChannels() / layer.groups());
        int k = (int) layer.kernel();
        int pad = (k - 1) / 2;
        double[][][] y = new double[x.length][x[0].length][out];
        for (int b = 0; b < x.length; b++) {
            int s = x[b].length;
            for (int t = 0; t < s; t++) {
                if (mask != null && mask[b][t] == 0) {
                    continue;
                }
                for (int o = 0; o < out; o++) {
                    int g = o / og;
                    double acc = bias == null ? 0.0 : bias[o];
                    for (int c = 0; c < cg; c++) {
                        for (int j = 0; j < k; j++) {
                            int src = t + j - pad;
                            if (src >= 0 && src < s && (mask == null || mask[b][src] == 1)) {
                                acc += w[o][c][j] * x[b][src][g * cg + c];
                            }
                        }
                    }
                    y[b][t][o] = acc;
                }
            }
        }
        return y;
    }

    static Stream<Arguments> layers() {
        return Stream.of(
            Arguments.of("ungrouped kernel 1", Conv1d.of(3, 4, 1)),
            Arguments.of("ungrouped kernel 3", Conv1d.of(3, 4, 3)),
            Arguments.of("ungrouped kernel 7 no bias", Conv1d.of(2, 3, 7).withoutBias()),
            Arguments.of("grouped kernel 3", Conv1d.of(4, 6, 3).withGroups(2)),
            Arguments.of("depthwise kernel 7", Conv1d.depthwise(5, 7)),
            Arguments.of("GroupBERT: kernel 7, 16 channels per group", Conv1d.of(32, 32, 7).withGroups(2)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void equalsPlainLoops(String name, Conv1d layer) {
        Network net = randomised(layer, DataType.DOUBLE, 17);
        double[][][] x = TestArrays.gaussian3d(3, 2, 9, (int) layer.channels());
        INDArray y = net.forward(Nd4j.createFromArray(x), Context.inference());
        assertThat(y.shape()).containsExactly(2, 9, layer.outChannels());
        TestArrays.assertClose(y, reference(layer, net.parameters(), x, null), 1e-10);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void maskedEqualsPlainLoopsWithPaddingAsZeros(String name, Conv1d layer) {
        Network net = randomised(layer, DataType.DOUBLE, 5);
        double[][][] x = TestArrays.gaussian3d(4, 2, 9, (int) layer.channels());
        double[][] mask = {{1, 1, 1, 1, 1, 1, 0, 0, 0}, {1, 1, 0, 0, 0, 0, 0, 0, 0}};
        INDArray y = net.forward(Nd4j.createFromArray(x), Context.inference().withMask(Nd4j.createFromArray(mask)));
        TestArrays.assertClose(y, reference(layer, net.parameters(), x, mask), 1e-10);
    }

    @Test
    void paddedInputsNeitherChangeValidOutputsNorReceiveGradient() {
        Conv1d layer = Conv1d.of(32, 32, 7).withGroups(2);
        Network net = randomised(layer, DataType.DOUBLE, 8);
        Context ctx = Context.training(1).withMask(Nd4j.createFromArray(new double[][] {{1, 1, 1, 0, 0}, {1, 1, 1, 1, 1}}));
        INDArray x = Nd4j.createFromArray(TestArrays.gaussian3d(2, 2, 5, 32));
        INDArray y = net.forward(x, ctx);
        INDArray changed = x.dup();
        changed.putScalar(new long[] {0, 3, 0}, 100.0);
        changed.putScalar(new long[] {0, 4, 31}, -3.0);
        INDArray y2 = net.forward(changed, ctx);
        assertThat(y2.sub(y).amaxNumber().doubleValue()).isEqualTo(0.0);
        assertThat(y.getDouble(0, 3, 5)).isEqualTo(0.0);
        INDArray gx = net.backward(Nd4j.ones(DataType.DOUBLE, 2, 5, 32));
        assertThat(gx.getDouble(0, 3, 0)).isEqualTo(0.0);
        assertThat(gx.getDouble(0, 2, 0)).isNotEqualTo(0.0);
    }

    @Test
    void floatAgreesWithDouble() {
        double[][][] x = TestArrays.gaussian3d(6, 2, 6, 8);
        Network d = randomised(Conv1d.of(8, 4, 5).withGroups(4), DataType.DOUBLE, 2);
        Network f = randomised(Conv1d.of(8, 4, 5).withGroups(4), DataType.FLOAT, 2);
        INDArray yd = d.forward(Nd4j.createFromArray(x), Context.inference());
        INDArray yf = f.forward(Nd4j.createFromArray(x).castTo(DataType.FLOAT), Context.inference());
        assertThat(yf.dataType()).isEqualTo(DataType.FLOAT);
        assertThat(yf.castTo(DataType.DOUBLE).sub(yd).amaxNumber().doubleValue()).isLessThan(1e-5);
    }

    @Test
    void groupBertWeightHas112hEntriesAndGroupedFans() {
        long h = 128;
        Conv1d layer = Conv1d.of(h, h, 7).withGroups(h / 16).withoutBias();
        ParamSpec w = layer.params().get(0);
        assertThat(w.shape()).containsExactly(h, 16, 7);
        assertThat(w.length()).isEqualTo(112 * h);
        assertThat(w.fanIn()).isEqualTo(16 * 7);
        assertThat(w.fanOut()).isEqualTo(16 * 7);
        Conv1d dw = Conv1d.depthwise(6, 3);
        assertThat(dw.groups()).isEqualTo(6);
        assertThat(dw.params().get(0).shape()).containsExactly(6, 1, 3);
    }

    @Test
    void flopsCountGroupedProducts() {
        // 2 B S O (C/G) k = 2 * 2 * 5 * 6 * 2 * 3 = 720; bias B S O = 60
        assertThat(Conv1d.of(4, 6, 3).withGroups(2).flops(new long[] {2, 5, 4})).isEqualTo(Flops.of(780, 1500));
        assertThat(Conv1d.of(4, 6, 3).withoutBias().flops(new long[] {2, 5, 4})).isEqualTo(Flops.of(1440, 2880));
    }

    @Test
    void badSizesAndShapesAreNamed() {
        assertThatThrownBy(() -> Conv1d.of(4, 4, 4)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("odd kernel, got kernel=4");
        assertThatThrownBy(() -> Conv1d.of(4, 6, 3).withGroups(4)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("channels=4").hasMessageContaining("outChannels=6").hasMessageContaining("groups=4");
        assertThatThrownBy(() -> Conv1d.of(0, 6, 3)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("channels=0");
        assertThatThrownBy(() -> Conv1d.of(3, 3, 3).withWeightInit(null)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("weightInit");
        Conv1d layer = Conv1d.of(3, 5, 3);
        assertThatThrownBy(() -> layer.outputShape(new long[] {4, 3})).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("Conv1d").hasMessageContaining("[4, 3]");
        assertThat(layer.outputShape(new long[] {2, 7, 3})).containsExactly(2, 7, 5);
        Network net = Network.of(layer, DataType.DOUBLE, 1);
        assertThatThrownBy(() -> net.backward(Nd4j.ones(DataType.DOUBLE, 2, 3, 5)))
            .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> net.forward(Nd4j.ones(DataType.DOUBLE, 2, 3, 4), Context.inference()))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[2, 3, 4]");
        assertThatThrownBy(() -> net.forward(Nd4j.ones(DataType.DOUBLE, 2, 3, 3), Context.inference()
            .withMask(Nd4j.ones(DataType.DOUBLE, 3, 3)))).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("mask shape [3, 3]");
    }
}
