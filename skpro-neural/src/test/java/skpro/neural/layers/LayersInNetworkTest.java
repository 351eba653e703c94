package skpro.neural.layers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import skpro.neural.engine.Context;
import skpro.neural.engine.FlopReport;
import skpro.neural.engine.Flops;
import skpro.neural.engine.Layer;
import skpro.neural.engine.Network;
import skpro.neural.engine.Parameters;

/** The new layers inside Sequential, on flat float32 parameters. */
class LayersInNetworkTest {

    @Test
    void mlpBlockAllocatesRunsAndReportsFlopsPerLeaf() {
        List<Layer> layers = List.of(Linear.of(4, 8), LayerNorm.of(8), Activation.gelu(), Dropout.of(0.25),
            Linear.of(8, 2));
        Network net = Network.of(Sequential.of(layers), DataType.FLOAT, 5);
        Parameters p = net.parameters();
        assertThat(p.size()).isEqualTo(4 * 8 + 8 + 8 + 8 + 8 * 2 + 2);
        assertThat(p.slots()).extracting(Parameters.Slot::qualifiedName).containsExactly(
            "0:Sequential/0:Linear.weight", "0:Sequential/0:Linear.bias", "0:Sequential/1:LayerNorm.gain",
            "0:Sequential/1:LayerNorm.bias", "0:Sequential/4:Linear.weight", "0:Sequential/4:Linear.bias");

        long[] shape = {3, 5, 4};
        INDArray x = TestArrays.array(TestArrays.gaussian(60, 1), shape).castTo(DataType.FLOAT);
        INDArray y = net.forward(x, Context.training(9));
        assertThat(y.shape()).containsExactly(net.outputShape(shape)).containsExactly(3, 5, 2);
        assertThat(y.dataType()).isEqualTo(DataType.FLOAT);
        assertThat(net.forward(x, Context.training(9))).as("same step seed, same dropout").isEqualTo(y);
        assertThat(net.forward(x, Context.training(10))).as("other step seed").isNotEqualTo(y);
        p.zeroGradients();
        assertThat(net.backward(y).shape()).containsExactly(shape);
        assertThat(p.firstNonFinite(p.gradients())).isNull();

        FlopReport report = net.flops(shape);
        assertThat(report.entries()).extracting(FlopReport.Entry::path).containsExactly("0:Sequential/0:Linear",
            "0:Sequential/1:LayerNorm", "0:Sequential/2:GELU", "0:Sequential/3:Dropout", "0:Sequential/4:Linear");
        long[] s = shape;
        Flops sum = Flops.ZERO;
        for (int i = 0; i < layers.size(); i++) {
            assertThat(report.entries().get(i).flops()).isEqualTo(layers.get(i).flops(s));
            sum = sum.plus(layers.get(i).flops(s));
            s = layers.get(i).outputShape(s);
        }
        assertThat(report.total()).isEqualTo(sum);
        // 15 rows: Linear 2*15*4*8 + 15*8, LayerNorm 15 (7*8 + 5), GELU 5*120, Dropout 120, Linear 2*15*8*2 + 15*2
        assertThat(report.total().forward()).isEqualTo(1080 + 915 + 600 + 120 + 510);
    }
}
