package skpro.benchmarks;

import java.util.SplittableRandom;
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
import skpro.neural.engine.Network;
import skpro.neural.heads.NormalHead;
import skpro.neural.layers.Linear;
import skpro.neural.optim.AdamW;
import skpro.neural.train.Trainer;
import skpro.neural.train.TrainingResult;

/**
 * The neural engine on one thread ({@code OMP_NUM_THREADS=1}):
 * <ul>
 *   <li>{@code sgemm1024}: a 1024 x 1024 x 1024 float32 product through the engine's
 *       {@link Linear} layer (no bias): 2 * 1024^3 FLOP per call, so GFLOP/s = 2.147 / seconds;
 *       compare with the machine figures in {@code shared/peer/neural/RESULTS.md} (torch 93 GFLOP/s
 *       on one thread);</li>
 *   <li>{@code mlpEpoch}: one training epoch of the UCI-style MLP (8 inputs, 50 ReLU units, Normal
 *       head, AdamW) over 8192 rows at batch 32 and 256: rows/s = 8192 / seconds.</li>
 * </ul>
 * ND4J's start-up time is measured by {@link NeuralStartupBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class NeuralBenchmark {

    static final int ROWS = 8192;

    @Param({"32", "256"})
    public int batch;

    Network gemm;
    INDArray gemmInput;
    INDArray x;
    double[] y;
    Network mlp;
    Trainer trainer;

    @Setup
    public void setUp() {
        gemm = Network.of(Linear.of(1024, 1024).withoutBias(), DataType.FLOAT, 1);
        gemmInput = Nd4j.rand(DataType.FLOAT, 1024, 1024);
        SplittableRandom r = new SplittableRandom(3);
        float[] xs = new float[ROWS * 8];
        y = new double[ROWS];
        for (int i = 0; i < ROWS; i++) {
            double s = 0;
            for (int j = 0; j < 8; j++) {
                xs[i * 8 + j] = (float) r.nextGaussian();
                s += xs[i * 8 + j] * (j + 1) / 8.0;
            }
            y[i] = s + r.nextGaussian();
        }
        x = Nd4j.createFromArray(xs).reshape('c', ROWS, 8);
        mlp = Network.of(skpro.neural.layers.Sequential.of(Linear.of(8, 50), skpro.neural.layers.Activation.relu(),
            Linear.of(50, 2)), DataType.FLOAT, 1);
        trainer = Trainer.of(AdamW.of().withWeightDecay(0.0), step -> 1e-3).withEpochs(1).withBatchSize(batch);
    }

    /** One 1024^3 float32 product through the Linear layer. */
    @Benchmark
    public INDArray sgemm1024() {
        return gemm.forward(gemmInput, Context.inference());
    }

    /** One epoch of MLP training over 8192 rows. */
    @Benchmark
    public TrainingResult mlpEpoch() {
        return trainer.fit(mlp, NormalHead.of(), x, y);
    }
}
