package skpro.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static skpro.metrics.StatTestSupport.assertRelative;

import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.apache.commons.statistics.inference.PValueMethod;
import org.apache.commons.statistics.inference.TTest;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The paired tests agree with the independent implementations of Apache Commons Statistics
 * inference 1.2 ({@code TTest.pairedTest}, {@code WilcoxonSignedRankTest}) on fixed seeded data,
 * statistic and p-value within 1e-12 relative, wherever both use the same method. The data have no
 * zero differences: Commons ranks zeros with the other differences (Pratt) where this class
 * discards them (Wilcoxon, scipy's default).
 */
class PairedTestsAgreeWithCommonsTest {

    private static final double REL = 1e-12;

    /** Paired losses: A = B + shift + noise, continuous (no ties, no zeros). */
    private static double[][] continuous(int n, double shift, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = 0.5 + Math.abs(StatTestSupport.gaussian(rng));
            a[i] = b[i] + shift + 0.3 * StatTestSupport.gaussian(rng);
        }
        return new double[][] {a, b};
    }

    /** Paired losses in 16ths whose differences are +-1..10 sixteenths: many ties, no zeros. */
    private static double[][] tied(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            int base = 8 + rng.nextInt(40);
            int d = 1 + rng.nextInt(10);
            if (rng.nextDouble() < 0.4) {
                d = -d;
            }
            b[i] = base / 16.0;
            a[i] = (base + d) / 16.0;
        }
        return new double[][] {a, b};
    }

    /** Without ties: n &lt;= 50 takes the exact p-value in AUTO, n &gt; 50 the normal one. */
    static Stream<Arguments> continuousData() {
        return Stream.of(
            Arguments.of("n = 8 continuous", continuous(8, 0.2, 1)),
            Arguments.of("n = 20 continuous", continuous(20, -0.1, 2)),
            Arguments.of("n = 50 continuous", continuous(50, 0.05, 3)),
            Arguments.of("n = 51 continuous", continuous(51, 0.05, 4)),
            Arguments.of("n = 300 continuous", continuous(300, 0.03, 5)));
    }

    static Stream<Arguments> data() {
        return Stream.concat(continuousData(), Stream.of(
            Arguments.of("n = 12 tied", tied(12, 6)),
            Arguments.of("n = 40 tied", tied(40, 7)),
            Arguments.of("n = 500 tied", tied(500, 8))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data")
    void pairedTTestAgrees(String name, double[][] ab) {
        TTestResult ours = PairedComparison.of(ab[0], ab[1]).pairedTTest();
        TTest.Result theirs = TTest.withDefaults().pairedTest(ab[0], ab[1]);
        assertRelative(ours.statistic(), theirs.getStatistic(), REL);
        assertRelative(ours.pValue(), theirs.getPValue(), REL);
        assertThat((double) ours.degreesOfFreedom()).isEqualTo(theirs.getDegreesOfFreedom());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data")
    void wilcoxonAutoAgrees(String name, double[][] ab) {
        WilcoxonResult ours = PairedComparison.of(ab[0], ab[1]).wilcoxonSignedRank();
        WilcoxonSignedRankTest.Result theirs = WilcoxonSignedRankTest.withDefaults().test(ab[0], ab[1]);
        assertThat(theirs.hasZeroValues()).isFalse();
        assertThat(ours.hasTies()).isEqualTo(theirs.hasTiedValues());
        assertThat(ours.method()).isEqualTo(
            ours.nonZero() <= 50 && !ours.hasTies() ? WilcoxonMethod.EXACT : WilcoxonMethod.NORMAL);
        assertThat(ours.statistic()).isEqualTo(theirs.getStatistic());
        assertRelative(ours.pValue(), theirs.getPValue(), REL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data")
    void wilcoxonNormalAgreesWithAsymptotic(String name, double[][] ab) {
        WilcoxonResult ours = PairedComparison.of(ab[0], ab[1]).wilcoxonSignedRank(WilcoxonMethod.NORMAL);
        WilcoxonSignedRankTest.Result theirs = WilcoxonSignedRankTest.withDefaults()
            .with(PValueMethod.ASYMPTOTIC).test(ab[0], ab[1]);
        assertThat(ours.statistic()).isEqualTo(theirs.getStatistic());
        assertRelative(ours.pValue(), theirs.getPValue(), REL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("continuousData")
    void wilcoxonExactAgreesWithoutTies(String name, double[][] ab) {
        // (with ties Commons' exact p-value ignores them; ours is the exact conditional one)
        WilcoxonResult ours = PairedComparison.of(ab[0], ab[1]).wilcoxonSignedRank(WilcoxonMethod.EXACT);
        assertThat(ours.hasTies()).isFalse();
        WilcoxonSignedRankTest.Result theirs = WilcoxonSignedRankTest.withDefaults()
            .with(PValueMethod.EXACT).test(ab[0], ab[1]);
        assertThat(ours.statistic()).isEqualTo(theirs.getStatistic());
        assertRelative(ours.pValue(), theirs.getPValue(), REL);
    }
}
