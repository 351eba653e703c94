package skpro.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

/** Assertions and seeded data shared by the tests of the loss statistics. */
final class StatTestSupport {

    private StatTestSupport() {
    }

    /** Asserts |actual - expected| &lt;= rel |expected|. */
    static void assertRelative(double actual, double expected, double rel) {
        assertThat(actual).as("expected %s within %s relative", expected, rel)
            .isCloseTo(expected, within(rel * Math.abs(expected)));
    }

    /** n standard normal draws times sd, plus mean, from a seeded generator. */
    static double[] normal(int n, double mean, double sd, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = mean + sd * gaussian(rng);
        }
        return x;
    }

    /** A standard normal draw by the Box-Muller transform (independent of the JDK's own method). */
    static double gaussian(SplittableRandom rng) {
        double u = 1.0 - rng.nextDouble();
        double v = rng.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }

    /** The arrays divided elementwise by 64 (exact in binary, so differences are exact too). */
    static double[] over64(int... values) {
        double[] x = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            x[i] = values[i] / 64.0;
        }
        return x;
    }

    /** Elementwise a + b of integer arrays. */
    static int[] plus(int[] a, int[] b) {
        int[] c = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i] + b[i];
        }
        return c;
    }
}
