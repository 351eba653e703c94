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

import skpro.distributions.Normal;

/**
 * Normal distribution over 10^6 rows, one thread: the counterparts of skpro/scipy benchmarks
 * b.0-b.4 (construction, pdf, cdf, ppf, logPdf) and of the CRPS energy terms (a.3).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class NormalBenchmark {

    static final int ROWS = 1_000_000;

    double[] mu;
    double[] sigma;
    double[] x;
    double[] p;
    Normal normal;
    Normal normal100k;
    double[] x100k;

    @Setup
    public void setUp() {
        SplittableRandom rng = new SplittableRandom(42);
        mu = new double[ROWS];
        sigma = new double[ROWS];
        x = new double[ROWS];
        p = new double[ROWS];
        for (int i = 0; i < ROWS; i++) {
            mu[i] = rng.nextGaussian();
            sigma[i] = 0.5 + rng.nextDouble();
            x[i] = mu[i] + sigma[i] * rng.nextGaussian();
            p[i] = rng.nextDouble(1e-12, 1.0);
        }
        normal = Normal.of(mu, sigma);
        int[] first = new int[ROWS / 10];
        for (int i = 0; i < first.length; i++) {
            first[i] = i;
        }
        normal100k = normal.select(first);
        x100k = java.util.Arrays.copyOf(x, first.length);
    }

    /** b.0 */
    @Benchmark
    public Normal construct() {
        return Normal.of(mu, sigma);
    }

    /** b.1 */
    @Benchmark
    public double[] pdf() {
        return normal.pdf(x);
    }

    /** b.2 */
    @Benchmark
    public double[] cdf() {
        return normal.cdf(x);
    }

    /** b.3 */
    @Benchmark
    public double[] ppf() {
        return normal.ppf(p);
    }

    /** b.4 */
    @Benchmark
    public double[] logPdf() {
        return normal.logPdf(x);
    }

    /** The CRPS energy terms over 10^6 rows: mean of E|X - y| - E|X - X'| / 2. */
    @Benchmark
    public double crpsEnergyTerms() {
        return meanCrps(normal, x);
    }

    /** a.3: the same over 10^5 rows, the size of skpro's CRPS figure. */
    @Benchmark
    public double crpsEnergyTerms100k() {
        return meanCrps(normal100k, x100k);
    }

    static double meanCrps(Normal d, double[] y) {
        double[] ex = d.energy(y);
        double[] self = d.energy();
        double sum = 0.0;
        for (int i = 0; i < ex.length; i++) {
            sum += ex[i] - 0.5 * self[i];
        }
        return sum / ex.length;
    }
}
