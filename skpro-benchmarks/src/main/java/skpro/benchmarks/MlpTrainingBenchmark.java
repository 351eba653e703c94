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

import skpro.neural.engine.Network;
import skpro.neural.heads.NormalHead;
import skpro.neural.layers.Linear;
import skpro.neural.optim.AdamW;
import skpro.neural.train.Trainer;
import skpro.neural.train.TrainingResult;

/**
 * MLP training speed on one thread ({@code OMP_NUM_THREADS=1}): one epoch of the UCI-style network
 * (8 inputs, 50 ReLU units, Normal head, AdamW, NLL) over 8192 rows at batch 32 and 256, so rows/s
 * = 8192 / seconds. The matrix-product speed is {@link GemmBenchmark}'s, ND4J's start-up time
 * {@link NeuralStartupBenchmark}'s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class MlpTrainingBenchmark {

    static final int ROWS = 8192;

    @Param({"32", "256"})
    public int batch;

    INDArray x;
    double[] y;
    Network mlp;
    Trainer trainer;

    @Setup
    public void setUp() {
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

    /** One epoch of MLP training over 8192 rows. */
    @Benchmark
    public TrainingResult mlpEpoch() {
        return trainer.fit(mlp, NormalHead.of(), x, y);
    }
}
