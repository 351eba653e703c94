package skpro.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

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

import skpro.distributions.Empirical;
import skpro.distributions.Normal;
import skpro.metrics.CRPS;
import skpro.metrics.LogLoss;

/**
 * Scoring rules on one thread: CRPS and log-loss of a Normal prediction (skpro a.3 and a.4 at
 * 10^5 rows; also 10^6), and the CRPS of an Empirical prediction of 1000 samples x 1000 rows
 * built from its samples each time (skpro d.3, which includes skpro's construction).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class MetricsBenchmark {

    @Param({"100000", "1000000"})
    int rows;

    Normal normal;
    double[] y;
    double[][] samples;
    double[] yEmpirical;

    @Setup
    public void setUp() {
        SplittableRandom rng = new SplittableRandom(3);
        double[] mu = new double[rows];
        double[] sigma = new double[rows];
        y = new double[rows];
        for (int i = 0; i < rows; i++) {
            mu[i] = rng.nextGaussian();
            sigma[i] = 0.5 + rng.nextDouble();
            y[i] = mu[i] + sigma[i] * rng.nextGaussian();
        }
        normal = Normal.of(mu, sigma);
        samples = new double[1000][1000];
        yEmpirical = new double[1000];
        for (int i = 0; i < 1000; i++) {
            for (int j = 0; j < 1000; j++) {
                samples[i][j] = rng.nextGaussian();
            }
            yEmpirical[i] = rng.nextGaussian();
        }
    }

    /** a.3 (at 10^5 rows): mean CRPS of a Normal prediction. */
    @Benchmark
    public double crpsNormal() {
        return CRPS.of().evaluate(y, normal);
    }

    /** a.4 (at 10^5 rows): mean log-loss of a Normal prediction. */
    @Benchmark
    public double logLossNormal() {
        return LogLoss.of().evaluate(y, normal);
    }

    /** d.3: CRPS of an Empirical prediction, 1000 samples x 1000 rows, from its samples. */
    @Benchmark
    public double crpsEmpirical() {
        return CRPS.of().evaluate(yEmpirical, Empirical.of(samples));
    }
}
