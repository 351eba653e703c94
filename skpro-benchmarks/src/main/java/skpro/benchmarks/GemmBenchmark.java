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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import skpro.neural.engine.Context;
import skpro.neural.engine.Network;
import skpro.neural.layers.Linear;

/**
 * A 1024 x 1024 x 1024 float32 matrix product, one thread ({@code OMP_NUM_THREADS=1}): through
 * the engine's {@link Linear} layer (no bias) and as a bare ND4J {@code mmul}, 2 * 1024^3 FLOP per
 * call, so GFLOP/s = 2.147 / seconds. Compare with the machine figures in
 * {@code shared/peer/neural/RESULTS.md} (torch sgemm 1024^3 on one thread: 93 GFLOP/s; fp32 FMA
 * peak 116 GFLOP/s).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class GemmBenchmark {

    Network layer;
    INDArray a;
    INDArray b;

    @Setup
    public void setUp() {
        layer = Network.of(Linear.of(1024, 1024).withoutBias(), DataType.FLOAT, 1);
        a = Nd4j.rand(DataType.FLOAT, 1024, 1024);
        b = Nd4j.rand(DataType.FLOAT, 1024, 1024);
    }

    /** Through the Linear layer's forward pass. */
    @Benchmark
    public INDArray linearForward() {
        return layer.forward(a, Context.inference());
    }

    /** ND4J's mmul alone. */
    @Benchmark
    public INDArray nd4jMmul() {
        return a.mmul(b);
    }
}
