package skpro.benchmarks;

import java.util.ArrayList;
import java.util.List;
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

import skpro.distributions.Distribution;
import skpro.distributions.Laplace;
import skpro.distributions.Mixture;
import skpro.distributions.Normal;

/**
 * Mixture of 5 components (3 normal, 2 Laplace) with per-row weights over 10^5 rows, one
 * thread: cdf, and the two CRPS energy terms (the cross terms of E|X - X'| mix closed forms and
 * quadrature). skpro has no figure for these.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class MixtureBenchmark {

    static final int ROWS = 100_000;
    static final int COMPONENTS = 5;

    Mixture mixture;
    double[] x;

    @Setup
    public void setUp() {
        SplittableRandom rng = new SplittableRandom(11);
        List<Distribution> components = new ArrayList<>();
        for (int k = 0; k < COMPONENTS; k++) {
            double[] loc = new double[ROWS];
            double[] scale = new double[ROWS];
            for (int i = 0; i < ROWS; i++) {
                loc[i] = 3 * k + rng.nextGaussian();
                scale[i] = 0.5 + rng.nextDouble();
            }
            components.add(k < 3 ? Normal.of(loc, scale) : Laplace.of(loc, scale));
        }
        double[][] weights = new double[ROWS][COMPONENTS];
        x = new double[ROWS];
        for (int i = 0; i < ROWS; i++) {
            for (int k = 0; k < COMPONENTS; k++) {
                weights[i][k] = 0.1 + rng.nextDouble();
            }
            x[i] = 6 + 4 * rng.nextGaussian();
        }
        mixture = Mixture.of(components, weights);
    }

    /** cdf of 10^5 rows x 5 components (the criterion). */
    @Benchmark
    public double[] cdf() {
        return mixture.cdf(x);
    }

    /** E|X - y| of 10^5 rows x 5 components. */
    @Benchmark
    public double[] energyAtY() {
        return mixture.energy(x);
    }
}
