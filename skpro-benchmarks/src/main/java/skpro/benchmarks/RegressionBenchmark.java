package skpro.benchmarks;

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
import skpro.metrics.CRPS;
import skpro.regression.ProbaModel;
import skpro.regression.compose.ResidualDouble;
import skpro.regression.linear.LinearRegression;

/**
 * ResidualDouble(LinearRegression) on 10^5 x 8 synthetic rows, one thread: fit (skpro a.1), and
 * fit + predictProba + CRPS on the same rows (skpro a.1 + a.5).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class RegressionBenchmark {

    static final int ROWS = 100_000;
    static final int COLUMNS = 8;

    double[][] x;
    double[] y;
    ResidualDouble regressor;

    @Setup
    public void setUp() {
        SyntheticData d = SyntheticData.heteroscedastic(ROWS, COLUMNS, 5);
        x = d.x();
        y = d.y();
        regressor = ResidualDouble.of(LinearRegression.of());
    }

    /** a.1: fit. */
    @Benchmark
    public ProbaModel fit() {
        return regressor.fit(x, y);
    }

    /** a.1 + a.5: fit, then predictProba and the mean CRPS on the same rows. */
    @Benchmark
    public double fitPredictProbaCrps() {
        ProbaModel m = regressor.fit(x, y);
        Distribution d = m.predictProba(x);
        return CRPS.of().evaluate(y, d);
    }
}
