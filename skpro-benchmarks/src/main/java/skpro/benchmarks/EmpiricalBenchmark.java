package skpro.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

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

import skpro.distributions.Empirical;

/**
 * Empirical distributions of 1000 rows x 1000 samples, one thread: the counterparts of skpro's
 * d.0 (construction), d.1 (E|X - X'|), d.2 (E|X - y|) and d.3 (CRPS). Construction copies the
 * samples; the per-row sort happens lazily on the first method that needs order, so
 * {@link #energySelf()} builds a fresh distribution each call to include its sort.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class EmpiricalBenchmark {

    static final int ROWS = 1000;
    static final int SAMPLES = 1000;

    double[][] samples;
    double[] y;
    Empirical built;

    @Setup
    public void setUp() {
        SplittableRandom rng = new SplittableRandom(7);
        samples = new double[ROWS][SAMPLES];
        y = new double[ROWS];
        for (int i = 0; i < ROWS; i++) {
            for (int j = 0; j < SAMPLES; j++) {
                samples[i][j] = rng.nextGaussian() * (1 + i % 5);
            }
            y[i] = rng.nextGaussian();
        }
        built = Empirical.of(samples);
    }

    /** d.0: construction. */
    @Benchmark
    public Empirical construct() {
        return Empirical.of(samples);
    }

    /** d.2: E|X - y| on a built distribution. */
    @Benchmark
    public double[] energyAtY() {
        return built.energy(y);
    }

    /** d.0 + d.2: construction and E|X - y|, the criterion. */
    @Benchmark
    public double[] constructAndEnergyAtY() {
        return Empirical.of(samples).energy(y);
    }

    /** d.1: E|X - X'| including the lazy per-row sort. */
    @Benchmark
    public double[] energySelf() {
        return Empirical.of(samples).energy();
    }

    /** d.3: CRPS from construction: mean of E|X - y| - E|X - X'| / 2. */
    @Benchmark
    public double crps() {
        Empirical d = Empirical.of(samples);
        double[] ex = d.energy(y);
        double[] self = d.energy();
        double sum = 0.0;
        for (int i = 0; i < ROWS; i++) {
            sum += ex[i] - 0.5 * self[i];
        }
        return sum / ROWS;
    }
}
