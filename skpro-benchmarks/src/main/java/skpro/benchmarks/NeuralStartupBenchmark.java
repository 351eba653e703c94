package skpro.benchmarks;

import java.util.concurrent.TimeUnit;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * ND4J's start-up cost: the first array operation in a fresh JVM (loading the native backend and
 * OpenBLAS through JavaCPP, initialising the executioner). Single shot per fork, no warm-up: each
 * fork is a new JVM, so each measurement is one cold start.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 5)
public class NeuralStartupBenchmark {

    /** @return the sum of a small array: forces the backend to load */
    @Benchmark
    public double firstOperation() {
        return Nd4j.ones(DataType.FLOAT, 4).sumNumber().doubleValue();
    }
}
