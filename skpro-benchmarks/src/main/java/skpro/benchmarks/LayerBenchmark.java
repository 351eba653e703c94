package skpro.benchmarks;

import java.util.concurrent.TimeUnit;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import skpro.neural.engine.Context;
import skpro.neural.engine.Layer;
import skpro.neural.engine.Network;
import skpro.neural.engine.StepScope;
import skpro.neural.layers.Activation;
import skpro.neural.layers.Conv1d;
import skpro.neural.layers.Glu;
import skpro.neural.layers.GroupedLinear;
import skpro.neural.layers.LayerNorm;
import skpro.neural.layers.Linear;
import skpro.neural.layers.MultiHeadSelfAttention;
import skpro.neural.layers.Sequential;

/**
 * One transformer sub-layer, forward + backward, on a batch of 32 sequences of 128 tokens of width
 * h = 128, one thread — the shapes of the PyTorch table "One layer, batch 32 x seq 128, forward +
 * backward, 1 thread" in {@code shared/peer/neural/RESULTS.md} (torch at h = 128: multi-head
 * attention 49.5 ms, convolution module 34.9 ms, dense FFN 42.8 ms, grouped FFN 20.1 ms):
 * <ul>
 *   <li>{@code attention}: multi-head self-attention, 2 heads;</li>
 *   <li>{@code denseFfn}: Linear h→4h, GELU, Linear 4h→h;</li>
 *   <li>{@code groupedFfn}: Linear h→4h, GELU, GroupedLinear 4h→h (G = 4), Linear h→h;</li>
 *   <li>{@code convModule}: GroupBERT's convolution module — Linear h→2h, GLU, grouped Conv1d
 *       (kernel 7, 16 channels per group), LayerNorm, SiLU, Linear h→h.</li>
 * </ul>
 * Each pass runs in {@link StepScope}, as the trainer's steps do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class LayerBenchmark {

    static final int BATCH = 32;
    static final int SEQUENCE = 128;
    static final int HIDDEN = 128;

    @Param({"attention", "denseFfn", "groupedFfn", "convModule"})
    public String module;

    Network network;
    INDArray x;
    INDArray gradient;

    @Setup
    public void setUp() {
        network = Network.of(build(module), DataType.FLOAT, 1);
        x = Nd4j.rand(DataType.FLOAT, BATCH, SEQUENCE, HIDDEN);
        gradient = Nd4j.rand(DataType.FLOAT, BATCH, SEQUENCE, HIDDEN);
    }

    static Layer build(String module) {
        int h = HIDDEN;
        switch (module) {
            case "attention":
                return MultiHeadSelfAttention.of(h, 2);
            case "denseFfn":
                return Sequential.of(Linear.of(h, 4 * h), Activation.gelu(), Linear.of(4 * h, h));
            case "groupedFfn":
                return Sequential.of(Linear.of(h, 4 * h), Activation.gelu(), GroupedLinear.of(4 * h, h, 4),
                    Linear.of(h, h));
            case "convModule":
                return Sequential.of(Linear.of(h, 2 * h), Glu.of(), Conv1d.of(h, h, 7).withGroups(h / 16),
                    LayerNorm.of(h), Activation.silu(), Linear.of(h, h));
            default:
                throw new IllegalArgumentException("unknown module " + module);
        }
    }

    /** Forward and backward of the module, temporaries in the reused step workspace as in training. */
    @Benchmark
    public long forwardBackward() {
        return StepScope.run(() -> {
            network.forward(x, Context.training(1));
            network.parameters().zeroGradients();
            return network.backward(gradient).length();
        });
    }
}
