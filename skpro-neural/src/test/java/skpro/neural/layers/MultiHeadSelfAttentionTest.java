package skpro.neural.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import skpro.neural.engine.Context;
import skpro.neural.engine.FlopReport;
import skpro.neural.engine.Flops;
import skpro.neural.engine.Network;
import skpro.neural.engine.Parameters;

/** Values, masking, FLOPs and bad input of {@link MultiHeadSelfAttention}, against plain loops. */
class MultiHeadSelfAttentionTest {

    private static Network randomised(MultiHeadSelfAttention layer, DataType type, long seed) {
        Network net = Network.of(layer, type, seed);
        net.parameters().values().assign(gaussian(new SplittableRandom(seed), 0.5, net.parameters().size()));
        return net;
    }

    private static INDArray gaussian(SplittableRandom r, double std, long... shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        double[] v = new double[(int) n];
        for (int i = 0; i < v.length; i++) {
            v[i] = std * r.nextGaussian();
        }
        return Nd4j.createFromArray(v).reshape(shape);
    }

    /** Weight [in][out] (index 0) and bias (index 1) of child c, read from the flat parameters. */
    private static double[][][] projection(Parameters p, MultiHeadSelfAttention layer, int c) {
        double[][] w = null;
        double[] b = null;
        for (Parameters.Slot s : p.slots()) {
            if (s.layer() == layer.children().get(c)) {
                if (s.spec().name().equals("weight")) {
                    w = p.valuesOf(s).toDoubleMatrix();
                } else {
                    b = p.valuesOf(s).toDoubleVector();
                }
            }
        }
        return new double[][][] {w, {b}};
    }

    private static double[][] project(double[][] x, double[][][] wb) {
        double[][] w = wb[0];
        double[] b = wb[1][0];
        double[][] y = new double[x.length][b.length];
        for (int i = 0; i < x.length; i++) {
            for (int o = 0; o < b.length; o++) {
                double acc = b[o];
                for (int k = 0; k < w.length; k++) {
                    acc += x[i][k] * w[k][o];
                }
                y[i][o] = acc;
            }
        }
        return y;
    }

    /** Textbook multi-head attention, one sequence at a time, padded keys skipped, padded outputs 0. */
    private static double[][][] reference(Network net, MultiHeadSelfAttention layer, double[][][] x, double[][] mask) {
        Parameters p = net.parameters();
        int heads = (int) layer.heads();
        int d = (int) (layer.hidden() / heads);
        double[][][] out = new double[x.length][][];
        for (int b = 0; b < x.length; b++) {
            double[][] q = project(x[b], projection(p, layer, 0));
            double[][] k = project(x[b], projection(p, layer, 1));
            double[][] v = project(x[b], projection(p, layer, 2));
            int s = x[b].length;
            double[][] concat = new double[s][heads * d];
            for (int h = 0; h < heads; h++) {
                for (int i = 0; i < s; i++) {
                    double[] score = new double[s];
                    double max = Double.NEGATIVE_INFINITY;
                    for (int j = 0; j < s; j++) {
                        for (int e = h * d; e < (h + 1) * d; e++) {
                            score[j] += q[i][e] * k[j][e];
                        }
                        score[j] /= Math.sqrt(d);
                        if (mask == null || mask[b][j] == 1) {
                            max = Math.max(max, score[j]);
                        }
                    }
                    double sum = 0;
                    for (int j = 0; j < s; j++) {
                        score[j] = mask == null || mask[b][j] == 1 ? Math.exp(score[j] - max) : 0.0;
                        sum += score[j];
                    }
                    for (int j = 0; j < s; j++) {
                        for (int e = h * d; e < (h + 1) * d; e++) {
                            concat[i][e] += score[j] / sum * v[j][e];
                        }
                    }
                }
            }
            out[b] = project(concat, projection(p, layer, 3));
            for (int i = 0; i < s; i++) {
                if (mask != null && mask[b][i] == 0) {
                    Arrays.fill(out[b][i], 0.0);
                }
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void withoutMaskEqualsPlainLoops(int heads) {
        MultiHeadSelfAttention layer = MultiHeadSelfAttention.of(6, heads);
        Network net = randomised(layer, DataType.DOUBLE, 11 + heads);
        double[][][] x = TestArrays.gaussian3d(5, 2, 4, 6);
        INDArray y = net.forward(Nd4j.createFromArray(x), Context.inference());
        assertThat(y.shape()).containsExactly(2, 4, 6);
        TestArrays.assertClose(y, reference(net, layer, x, null), 1e-10);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void withMaskEqualsPlainLoopsOverValidKeysAndZerosPaddedQueries(int heads) {
        MultiHeadSelfAttention layer = MultiHeadSelfAttention.of(4, heads);
        Network net = randomised(layer, DataType.DOUBLE, 3);
        double[][][] x = TestArrays.gaussian3d(7, 3, 4, 4);
        double[][] mask = {{1, 1, 1, 0}, {1, 0, 0, 0}, {1, 1, 1, 1}};
        INDArray y = net.forward(Nd4j.createFromArray(x), Context.inference().withMask(Nd4j.createFromArray(mask)));
        TestArrays.assertClose(y, reference(net, layer, x, mask), 1e-10);
        assertThat(y.getDouble(0, 3, 2)).isEqualTo(0.0);
    }

    @Test
    void paddedPositionsNeitherChangeNorReceiveGradientFromValidOutputs() {
        MultiHeadSelfAttention layer = MultiHeadSelfAttention.of(4, 2);
        Network net = randomised(layer, DataType.DOUBLE, 9);
        double[][] m = {{1, 1, 0, 0, 0}, {1, 1, 1, 1, 0}};
        Context ctx = Context.training(1).withMask(Nd4j.createFromArray(m));
        INDArray x = Nd4j.createFromArray(TestArrays.gaussian3d(2, 2, 5, 4));
        INDArray y = net.forward(x, ctx);
        INDArray changed = x.dup();
        changed.putScalar(new long[] {0, 3, 1}, 1e3);
        changed.putScalar(new long[] {1, 4, 0}, -7.5);
        changed.putScalar(new long[] {0, 2, 3}, 42.0);
        INDArray y2 = net.forward(changed, ctx);
        assertThat(y2.sub(y).amaxNumber().doubleValue()).isLessThan(1e-12);
        assertThat(y.getDouble(1, 4, 0)).isEqualTo(0.0);

        INDArray gx = net.backward(Nd4j.ones(DataType.DOUBLE, 2, 5, 4));
        assertThat(gx.getDouble(0, 3, 1)).isEqualTo(0.0);
        assertThat(gx.getDouble(1, 4, 2)).isEqualTo(0.0);
        assertThat(gx.getDouble(0, 1, 1)).isNotEqualTo(0.0);
    }

    @Test
    void aFullyPaddedSequenceGivesZerosNotNaN() {
        MultiHeadSelfAttention layer = MultiHeadSelfAttention.of(4, 2);
        Network net = randomised(layer, DataType.DOUBLE, 12);
        double[][] mask = {{0, 0, 0}, {1, 1, 0}};
        double[][][] x = TestArrays.gaussian3d(3, 2, 3, 4);
        INDArray y = net.forward(Nd4j.createFromArray(x), Context.training(2).withMask(Nd4j.createFromArray(mask)));
        assertThat(y.get(NDArrayIndex.point(0)).amaxNumber().doubleValue()).isEqualTo(0.0);
        TestArrays.assertClose(y.get(NDArrayIndex.interval(1, 2)),
            new double[][][] {reference(net, layer, x, mask)[1]}, 1e-10);
        INDArray gx = net.backward(Nd4j.ones(DataType.DOUBLE, 2, 3, 4));
        assertThat(gx.get(NDArrayIndex.point(0)).amaxNumber().doubleValue()).isEqualTo(0.0);
        assertThat(gx.isNaN().any()).isFalse();
    }

    @Test
    void keyBiasGetsZeroGradientBecauseSoftmaxIgnoresRowShifts() {
        MultiHeadSelfAttention layer = MultiHeadSelfAttention.of(6, 3);
        Network net = randomised(layer, DataType.DOUBLE, 4);
        net.forward(Nd4j.createFromArray(TestArrays.gaussian3d(8, 2, 5, 6)), Context.training(3));
        Parameters p = net.parameters();
        p.zeroGradients();
        net.backward(gaussian(new SplittableRandom(1), 1.0, 2, 5, 6));
        for (Parameters.Slot s : p.slots()) {
            double g = p.gradientsOf(s).amaxNumber().doubleValue();
            if (s.layer() == layer.children().get(1) && s.spec().name().equals("bias")) {
                assertThat(g).as("key bias gradient").isLessThan(1e-12);
            } else {
                assertThat(g).as(s.qualifiedName()).isGreaterThan(1e-3);
            }
        }
    }

    @Test
    void floatAgreesWithDouble() {
        double[][][] x = TestArrays.gaussian3d(6, 2, 3, 8);
        INDArray mask = Nd4j.createFromArray(new double[][] {{1, 1, 0}, {1, 1, 1}});
        Network d = randomised(MultiHeadSelfAttention.of(8, 4), DataType.DOUBLE, 2);
        Network f = randomised(MultiHeadSelfAttention.of(8, 4), DataType.FLOAT, 2);
        INDArray yd = d.forward(Nd4j.createFromArray(x), Context.inference().withMask(mask));
        INDArray yf = f.forward(Nd4j.createFromArray(x).castTo(DataType.FLOAT),
            Context.inference().withMask(mask.castTo(DataType.FLOAT)));
        assertThat(yf.dataType()).isEqualTo(DataType.FLOAT);
        assertThat(yf.castTo(DataType.DOUBLE).sub(yd).amaxNumber().doubleValue()).isLessThan(1e-5);
    }

    @Test
    void shapesDoNotDependOnTheNumberOfHeads() {
        for (long heads : new long[] {1, 2, 8}) {
            MultiHeadSelfAttention layer = MultiHeadSelfAttention.of(8, heads);
            assertThat(layer.outputShape(new long[] {3, 7, 8})).containsExactly(3, 7, 8);
            Network net = Network.of(layer, DataType.DOUBLE, 1);
            assertThat(net.forward(Nd4j.ones(DataType.DOUBLE, 3, 7, 8), Context.inference()).shape())
                .containsExactly(3, 7, 8);
            assertThat(net.parameters().size()).isEqualTo(4 * (8 * 8 + 8));
        }
    }

    @Test
    void flopsAreTheProjectionsPlusDenseScoreProducts() {
        MultiHeadSelfAttention layer = MultiHeadSelfAttention.of(8, 2);
        long[] shape = {2, 5, 8};
        // own: forward 4 B S^2 h + 6 B H S^2 = 1600 + 600; backward 3200 + 500
        // each Linear on 10 rows: forward 2*10*64 + 80 = 1360, backward 2560 + 80 = 2640
        assertThat(layer.flops(shape)).isEqualTo(Flops.of(2200 + 4 * 1360, 3700 + 4 * 2640));
        FlopReport report = Network.of(layer, DataType.DOUBLE, 1).flops(shape);
        List<FlopReport.Entry> e = report.entries();
        assertThat(e).hasSize(5);
        assertThat(e.get(1).path()).isEqualTo("0:MultiHeadSelfAttention/1:Linear");
        assertThat(e.get(4).path()).isEqualTo("0:MultiHeadSelfAttention");
        assertThat(e.get(4).flops()).isEqualTo(Flops.of(2200, 3700));
        assertThat(report.total()).isEqualTo(layer.flops(shape));
    }

    @Test
    void sparseProjectionsCountOnlyActiveWeights() {
        boolean[] half = new boolean[16];
        for (int i = 0; i < 16; i += 2) {
            half[i] = true;
        }
        MultiHeadSelfAttention layer = MultiHeadSelfAttention.of(4, 2).withProjections(Linear.of(4, 4).withMask(half),
            Linear.of(4, 4), Linear.of(4, 4), Linear.of(4, 4));
        Flops dense = MultiHeadSelfAttention.of(4, 2).flops(new long[] {1, 3, 4});
        // the masked query projection saves half its 2 * 3 * 16 forward products
        assertThat(dense.forward() - layer.flops(new long[] {1, 3, 4}).forward()).isEqualTo(48.0);
    }

    @Test
    void badSizesAndShapesAreNamed() {
        assertThatThrownBy(() -> MultiHeadSelfAttention.of(6, 4)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("hidden=6, heads=4");
        assertThatThrownBy(() -> MultiHeadSelfAttention.of(0, 1)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("hidden=0");
        assertThatThrownBy(() -> MultiHeadSelfAttention.of(6, 2).withProjections(Linear.of(6, 6), Linear.of(6, 4),
            Linear.of(6, 6), Linear.of(6, 6))).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("k must be a 6 x 6 Linear, got 6 x 4");
        MultiHeadSelfAttention layer = MultiHeadSelfAttention.of(6, 2);
        assertThatThrownBy(() -> layer.outputShape(new long[] {2, 6})).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("MultiHeadSelfAttention").hasMessageContaining("[2, 6]");
        Network net = Network.of(layer, DataType.DOUBLE, 1);
        assertThatThrownBy(() -> net.backward(Nd4j.ones(DataType.DOUBLE, 2, 3, 6)))
            .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> net.forward(Nd4j.ones(DataType.DOUBLE, 2, 3, 5), Context.inference()))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[2, 3, 5]");
        INDArray badMask = Nd4j.ones(DataType.DOUBLE, 2, 4);
        assertThatThrownBy(() -> net.forward(Nd4j.ones(DataType.DOUBLE, 2, 3, 6), Context.inference()
            .withMask(badMask))).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("mask shape [2, 4]").hasMessageContaining("[2, 3, 6]");
        net.forward(Nd4j.ones(DataType.DOUBLE, 2, 3, 6), Context.inference());
        assertThatThrownBy(() -> net.backward(Nd4j.ones(DataType.DOUBLE, 2, 4, 6)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[2, 4, 6]");
    }
}
