package skpro.benchmarks;

import java.util.concurrent.TimeUnit;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
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

import skpro.neural.engine.Network;
import skpro.neural.layers.Linear;
import skpro.neural.optim.Adam;
import skpro.neural.optim.OptimizerState;

/**
 * One Adam step over a flat float32 vector of D = 550 (the UCI MLP) or about 10^6 values, one
 * thread: the fused single pass over the vectors' native memory (taken when values and gradients
 * are whole buffers, as the Trainer's are) against the same update as a chain of ND4J element-wise
 * operations (taken for views, forced here by passing views).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class AdamStepBenchmark {

    /** Inputs of the Linear(in, 50) whose parameters are stepped: D = 51 in + 50. */
    @Param({"10", "20000"})
    public int in;

    OptimizerState state;
    INDArray values;
    INDArray gradients;
    INDArray valueView;
    INDArray gradientView;

    @Setup
    public void setUp() {
        Network net = Network.of(Linear.of(in, 50), DataType.FLOAT, 1);
        long d = net.parameters().size();
        state = Adam.of().start(net.parameters());
        values = net.parameters().values();
        gradients = Nd4j.rand(DataType.FLOAT, d);
        valueView = Nd4j.rand(DataType.FLOAT, d + 1).get(NDArrayIndex.interval(1, d + 1));
        gradientView = Nd4j.rand(DataType.FLOAT, d + 1).get(NDArrayIndex.interval(1, d + 1));
    }

    /** The fused pass. */
    @Benchmark
    public OptimizerState fused() {
        state.step(values, gradients, 1e-3);
        return state;
    }

    /** The ND4J element-wise chain. */
    @Benchmark
    public OptimizerState elementwiseOps() {
        state.step(valueView, gradientView, 1e-3);
        return state;
    }
}
