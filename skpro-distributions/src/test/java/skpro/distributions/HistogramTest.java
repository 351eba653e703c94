package skpro.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;

/**
 * Histogram with uneven densities and empty bins (the contract suite's quantile quadrature cannot
 * follow the kinks of such quantile functions, so its integrals are checked here bin by bin, where
 * Gauss-Legendre is exact for the piecewise polynomials involved).
 */
class HistogramTest {

    /** skpro's docstring example rows: uneven densities, one empty interior bin. */
    private static final Histogram H = Histogram.of(
        new double[][] {{0, 1, 2, 3, 4}, {-4, -2, -1.5, 5, 10}, {5, 5.5, 5.8, 6.5, 7, 7.5}},
        new double[][] {{0.1, 0.2, 0.3, 0.4}, {0.4, 0.15, 0.325, 0.125}, {0.25, 0.125, 0, 0.375, 0.25}});

    /** 5-point Gauss-Legendre on [a, b]: exact for polynomials of degree &le; 9. */
    private static double gl(DoubleUnaryOperator f, double a, double b) {
        double[] x = {0.0, 0.5384693101056831, 0.9061798459386640};
        double[] w = {0.5688888888888889, 0.4786286704993665, 0.2369268850561891};
        double half = 0.5 * (b - a);
        double mid = 0.5 * (a + b);
        double s = w[0] * f.applyAsDouble(mid);
        for (int k = 1; k < 3; k++) {
            s += w[k] * (f.applyAsDouble(mid - half * x[k]) + f.applyAsDouble(mid + half * x[k]));
        }
        return half * s;
    }

    /** int f over the row's bins, split also at the extra point (a kink of |t - x|). */
    private static double integrate(Histogram row, DoubleUnaryOperator f, double extra) {
        double[] e = row.bins()[0];
        double s = 0.0;
        for (int k = 0; k + 1 < e.length; k++) {
            double a = e[k];
            double b = e[k + 1];
            if (extra > a && extra < b) {
                s += gl(f, a, extra) + gl(f, extra, b);
            } else {
                s += gl(f, a, b);
            }
        }
        return s;
    }

    @Test
    void momentsAndEnergiesAgreeWithExactBinwiseIntegrals() {
        for (int i = 0; i < H.size(); i++) {
            Histogram row = H.select(i);
            DoubleUnaryOperator pdf = t -> row.pdf(t)[0];
            double mean = integrate(row, t -> t * pdf.applyAsDouble(t), Double.NaN);
            double var = integrate(row, t -> (t - mean) * (t - mean) * pdf.applyAsDouble(t), Double.NaN);
            // E|X - X'| = 2 int F (1 - F): F is linear in each bin, the integrand quadratic
            double self = 2 * integrate(row, t -> row.cdf(t)[0] * row.survival(t)[0], Double.NaN);
            assertThat(row.mean()[0]).as("mean row %d", i).isCloseTo(mean, within(1e-13));
            assertThat(row.var()[0]).as("var row %d", i).isCloseTo(var, within(1e-12));
            assertThat(row.energy()[0]).as("E|X-X'| row %d", i).isCloseTo(self, within(1e-12));
            for (double x : new double[] {-10, -4, -1.7, 0.3, 2, 3.99, 5.6, 6, 7.5, 12}) {
                double expected = integrate(row, t -> Math.abs(t - x) * pdf.applyAsDouble(t), x);
                assertThat(row.energy(x)[0]).as("E|X-%s| row %d", x, i).isCloseTo(expected, within(1e-12));
            }
        }
    }

    @Test
    void energyOfTwoBinsByHand() {
        // bins [0,1) mass 1/4 and [1,3] mass 3/4: same-bin terms (1/16)(1/3) + (9/16)(2/3),
        // cross term 2 (1/4)(3/4)(2 - 0.5) = 9/16; total 1/48 + 18/48 + 27/48 = 46/48
        Histogram h = Histogram.of(new double[] {0, 1, 3}, new double[] {0.25, 0.75});
        assertThat(h.energy()[0]).isCloseTo(46.0 / 48.0, within(1e-15));
        // E|X - 1| = (1/4)(1/2) + (3/4)(1) = 7/8
        assertThat(h.energy(1.0)[0]).isCloseTo(0.875, within(1e-15));
        // mean 1/8 + 3/2 = 13/8; var = (1/4)(1/12 + (1/2 - 13/8)^2) + (3/4)(4/12 + (2 - 13/8)^2)
        assertThat(h.mean()[0]).isEqualTo(13.0 / 8.0);
        assertThat(h.var()[0]).isCloseTo(0.25 * (1.0 / 12 + 81.0 / 64) + 0.75 * (4.0 / 12 + 9.0 / 64),
            within(1e-15));
    }

    @Test
    void densityIsPiecewiseConstantAndLogDensityIsMinusInfinityOffTheSupport() {
        assertThat(H.pdf(new double[] {0.0, -2.75, 6.0})).containsExactly(0.1, 0.2, 0.0);
        assertThat(H.pdf(new double[] {4.0, 10.0, 7.5})).as("bins closed on the left only")
            .containsExactly(0.0, 0.0, 0.0);
        assertThat(H.logPdf(new double[] {-0.5, 10.5, 4.9})).containsOnly(Double.NEGATIVE_INFINITY);
        assertThat(H.logPdf(new double[] {0.5, -3, 6.0})[2]).as("empty bin").isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(H.logPdf(new double[] {0.5, -3, 6.9})).containsExactly(Math.log(0.1), Math.log(0.2),
            Math.log(0.75));
    }

    @Test
    void quantilesInvertTheCdfAndTakeTheLeftEndOfFlatStretches() {
        for (int i = 0; i < H.size(); i++) {
            Histogram row = H.select(i);
            for (double p = 0.005; p < 1; p += 0.01) {
                double x = row.ppf(p)[0];
                assertThat(row.cdf(x)[0]).as("F(Q(%s)) row %d", p, i).isCloseTo(p, within(2e-16 * 8));
            }
        }
        Histogram third = H.select(2);
        // F = 0.375 on the empty bin [5.8, 6.5): the generalised inverse is its left end
        assertThat(third.ppf(0.375)[0]).isEqualTo(5.8);
        assertThat(third.isf(0.625)[0]).isEqualTo(5.8);
        assertThat(third.ppf(0.375 + 1e-12)[0]).isGreaterThan(6.5);
        assertThat(third.ppf(new double[] {0.0})[0]).isEqualTo(5.0);
        assertThat(third.ppf(1.0)[0]).isEqualTo(7.5);
    }

    @Test
    void tailsAreComputedFromTheNearEnd() {
        Histogram row = H.select(1);
        // last bin [5, 10] has mass 0.125: S(x) = 0.125 (10 - x) / 5 there, exactly
        double x = 10 - 1e-12;
        assertThat(row.survival(x)[0]).isCloseTo(0.025 * (10 - x), within(1e-27));
        assertThat(row.logSurvival(x)[0]).isCloseTo(Math.log(0.025 * (10 - x)), within(1e-13));
        // isf(q) = 10 - 40 q in the last bin
        assertThat(row.isf(1e-15)[0]).isCloseTo(10 - 4e-14, within(2e-15));
        assertThat(row.quantiles(0.999999)[0][0]).isCloseTo(10 - 40e-6, within(1e-14));
        // first bin of row 0 is [0, 1) with mass 0.1: Q(p) = 10 p, F(x) = x / 10, down to subnormals
        Histogram first = H.select(0);
        assertThat(first.ppf(1e-300)[0]).isCloseTo(1e-299, within(1e-313));
        assertThat(first.cdf(1e-299)[0]).isCloseTo(1e-300, within(1e-314));
        assertThat(first.logCdf(1e-299)[0]).isCloseTo(Math.log(1e-300), within(1e-12));
    }

    @Test
    void drawsFallInTheBinsWithTheirMasses() {
        Histogram row = H.select(2);
        int n = 100_000;
        double[] draws = row.sample(n, new SplittableRandom(11))[0];
        double[] edges = row.bins()[0];
        double[] mass = row.binMass()[0];
        int[] counts = new int[mass.length];
        for (double v : draws) {
            for (int k = 0; k < mass.length; k++) {
                if (v >= edges[k] && v < edges[k + 1]) {
                    counts[k]++;
                }
            }
        }
        for (int k = 0; k < mass.length; k++) {
            double se = Math.sqrt(mass[k] * (1 - mass[k]) / n);
            assertThat((double) counts[k] / n).as("bin %d", k).isCloseTo(mass[k], within(5 * se + 1e-12));
        }
    }

    @Test
    void massesAreNormalisedAndAccessorsCopy() {
        Histogram h = Histogram.of(new double[] {0, 1, 2}, new double[] {0.5 + 4e-10, 0.5});
        assertThat(h.binMass()[0][0] + h.binMass()[0][1]).isCloseTo(1.0, within(1e-16));
        assertThat(h.cdf(2.0)[0]).isEqualTo(1.0);
        h.bins()[0][0] = -100;
        assertThat(h.ppf(0.0)[0]).isEqualTo(0.0);
        assertThat(H.select(1, 1).bins()[1]).containsExactly(-4, -2, -1.5, 5, 10);
        assertThat(H.toString()).startsWith("Histogram (3 rows)");
    }
}
