package skpro.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import skpro.distributions.internal.Check;

/**
 * The fallbacks of {@link AbstractIntegerDistribution}, exercised through a geometric family that
 * supplies only its mass, cdf, survival, mean and variance, and compared with the geometric's
 * closed forms: S(k) = q^(k+1), E|X - X'| = 2q / (1 - q^2), and
 * E|X - x| = (E X - x) + 2 (a - q (1 - q^a) / (1 - q) + (x - a)(1 - q^(a+1))), a = floor(x).
 */
class AbstractIntegerDistributionTest {

    /**
     * Geometric on {0, 1, ...}: p_k = (1 - q) q^k. With {@code closedRatio} it gives the mass ratio
     * q (else the base class derives it from the log mass); with {@code ratioBound} also the tail
     * bound q (else the sums stop on the Cauchy-Schwarz bound alone).
     */
    static final class Geometric extends AbstractIntegerDistribution {
        private final double[] q;
        private final boolean closedRatio;
        private final boolean ratioBound;

        Geometric(boolean closedRatio, boolean ratioBound, double... q) {
            super(q.length);
            this.q = q.clone();
            this.closedRatio = closedRatio;
            this.ratioBound = ratioBound;
        }

        Geometric(double... q) {
            this(false, false, q);
        }

        @Override
        protected double pmfRatioAt(int i, double k) {
            return closedRatio ? q[i] : super.pmfRatioAt(i, k);
        }

        @Override
        protected double pmfRatioBoundAt(int i, double k) {
            return ratioBound ? q[i] : super.pmfRatioBoundAt(i, k);
        }

        @Override
        protected double logPmfAt(int i, double k) {
            return Math.log1p(-q[i]) + k * Math.log(q[i]);
        }

        @Override
        protected double cdfAtInteger(int i, double k) {
            return -Math.expm1((k + 1.0) * Math.log(q[i]));
        }

        @Override
        protected double survivalAtInteger(int i, double k) {
            return Math.exp((k + 1.0) * Math.log(q[i]));
        }

        @Override
        protected double meanAt(int i) {
            return q[i] / (1.0 - q[i]);
        }

        @Override
        protected double varAt(int i) {
            return q[i] / ((1.0 - q[i]) * (1.0 - q[i]));
        }

        @Override
        public Geometric select(int... rows) {
            Check.rows(rows, size());
            return new Geometric(closedRatio, ratioBound, Check.pick(q, rows));
        }
    }

    private static double energyAt(double q, double x) {
        if (x < 0) {
            return q / (1 - q) - x;
        }
        // 1 - q^m as -expm1(m log q), and 1 - q exact: no cancellation for q near 1
        double a = Math.floor(x);
        double lower = a - q * -Math.expm1(a * Math.log(q)) / (1 - q) + (x - a) * -Math.expm1((a + 1) * Math.log(q));
        return q / (1 - q) - x + 2 * lower;
    }

    @Test
    void energyFallbacksMatchTheGeometricClosedForms() {
        checkEnergies(new Geometric(0.5, 0.99, 0.9999));
        // sd 1e6: the Cauchy-Schwarz bound alone would need more than 2^26 points
        checkEnergies(new Geometric(true, true, 0.5, 0.999999));
        assertThat(new Geometric(0.999999).pmfRatioBoundAt(0, 5.0)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    private static void checkEnergies(Geometric g) {
        int n = g.size();
        double[] self = g.energy();
        for (int i = 0; i < n; i++) {
            double q = g.q[i];
            assertThat(self[i]).as("E|X-X'| row %d", i).isCloseTo(2 * q / ((1 - q) * (1 + q)), within(1e-12 * self[i]));
        }
        for (double x : new double[] {-2.0, 0.0, 0.3, 7.5, 150.25, 2.5e6, 5e7}) {
            double[] ex = g.energy(x);
            for (int i = 0; i < n; i++) {
                double expected = energyAt(g.q[i], x);
                assertThat(ex[i]).as("E|X-%s| row %d", x, i).isCloseTo(expected, within(1e-11 * expected));
            }
        }
    }

    @Test
    void energyThatCannotConvergeNamesTheRow() {
        // q = 1 - 1e-12: the sum would need about 4e13 points, beyond the cap of 2^26; and with the
        // Cauchy-Schwarz bound alone q = 0.999999 needs about 1e8
        assertThatThrownBy(() -> new Geometric(true, false, 0.999999).energy())
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("row 0");
        Geometric g = new Geometric(true, true, 0.5, 1.0 - 1e-12);
        assertThatThrownBy(g::energy).isInstanceOf(IllegalStateException.class).hasMessageContaining("row 1");
    }

    @Test
    void logSurvivalSumsTheTailWhereItUnderflows() {
        Geometric g = new Geometric(0.5);
        // S(k) = 2^-(k+1): underflows at k = 2000, exact log (2001) log(1/2)
        assertThat(g.survival(2000.0)[0]).isZero();
        assertThat(g.logSurvival(2000.0)[0]).isCloseTo(2001 * Math.log(0.5), within(1e-12));
        assertThat(g.logSurvival(2000.7)[0]).isEqualTo(g.logSurvival(2000.0)[0]);
        assertThat(g.logCdf(-1.0)[0]).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(g.logSurvival(-1.0)[0]).isZero();
    }

    @Test
    void quantileSearchIsExactFarFromTheGuess() {
        // sd 1e12: the normal first guess is far off in the tails; the search must still land on
        // the generalised inverse
        Geometric g = new Geometric(1.0 - 1e-12);
        for (double p : new double[] {1e-300, 1e-20, 1e-3, 0.5, 1 - 1e-3, 1 - 1e-12}) {
            double k = g.ppf(p)[0];
            // above 1/2 the test is S(k) <= 1 - p or F(k) >= p (F and S may differ in the last bit)
            assertThat(g.cdf(k)[0] >= p || (p > 0.5 && g.survival(k)[0] <= 1 - p)).as("F(Q(%s))", p).isTrue();
            if (k > 0) {
                assertThat(g.cdf(k - 1)[0]).as("F(Q(%s) - 1)", p).isLessThan(p);
                assertThat(g.survival(k - 1)[0]).as("S(Q(%s) - 1)", p).isGreaterThan(1 - p);
            }
        }
        double k = g.isf(1e-200)[0];
        assertThat(g.survival(k)[0]).isLessThanOrEqualTo(1e-200);
        assertThat(g.survival(k - 1)[0]).isGreaterThan(1e-200);
        assertThat(g.ppf(0.0)[0]).isZero();
        assertThat(g.ppf(1.0)[0]).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void realArgumentsMapToTheLattice() {
        Geometric g = new Geometric(0.5);
        assertThat(g.measureType()).isEqualTo(MeasureType.DISCRETE);
        assertThat(g.pdf(new double[] {2.0})[0]).isCloseTo(0.125, within(1e-16));
        assertThat(g.pdf(new double[] {2.5})).containsExactly(0.0);
        assertThat(g.logPdf(new double[] {-1.0})).containsExactly(Double.NEGATIVE_INFINITY);
        assertThat(g.cdf(new double[] {2.9})[0]).isCloseTo(0.875, within(1e-16));
        assertThat(g.survival(new double[] {2.9})[0]).isCloseTo(0.125, within(1e-16));
        assertThat(g.cdf(new double[] {Double.POSITIVE_INFINITY})).containsExactly(1.0);
        assertThat(g.energy(new double[] {Double.POSITIVE_INFINITY})).containsExactly(Double.POSITIVE_INFINITY);
        // default ratio p_{k+1} / p_k from the log mass
        assertThat(g.pmfRatioAt(0, 3.0)).isCloseTo(0.5, within(1e-15));
    }
}
