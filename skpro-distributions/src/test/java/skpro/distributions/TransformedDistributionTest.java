package skpro.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.apache.commons.numbers.gamma.Erf;
import org.apache.commons.numbers.gamma.Erfc;
import org.junit.jupiter.api.Test;

import skpro.distributions.testing.ExamplesComposite;

/** TransformedDistribution behaviour the contract suite does not pin down. */
class TransformedDistributionTest {

    private static final double[] MU = {0.0, 1.0, -2.0};
    private static final double[] SIGMA = {1.0, 0.5, 0.25};
    private static final Normal X = Normal.of(MU, SIGMA);
    private static final TransformedDistribution Y = TransformedDistribution.exp(X);

    // ---------------------------------------------------- log-normal closed forms, from the formulas

    private static double phiCdf(double z) {
        return 0.5 * Erfc.value(-z / Math.sqrt(2.0));
    }

    private static double pdf(double y, double mu, double s) {
        if (y <= 0) {
            return 0.0;
        }
        double z = (Math.log(y) - mu) / s;
        return Math.exp(-0.5 * z * z) / (y * s * Math.sqrt(2 * Math.PI));
    }

    private static double cdf(double y, double mu, double s) {
        return y <= 0 ? 0.0 : phiCdf((Math.log(y) - mu) / s);
    }

    private static double mean(double mu, double s) {
        return Math.exp(mu + 0.5 * s * s);
    }

    private static double var(double mu, double s) {
        return Math.expm1(s * s) * Math.exp(2 * mu + s * s);
    }

    /** E|Y - Y'| = 2 exp(mu + s^2 / 2) (2 Phi(s / sqrt 2) - 1) = 2 exp(mu + s^2 / 2) erf(s / 2). */
    private static double energy(double mu, double s) {
        return 2 * mean(mu, s) * Erf.value(s / 2);
    }

    /** E|Y - y| = y (2 F(y) - 1) + E Y (1 - 2 Phi((log y - mu - s^2) / s)); E Y - y for y &le; 0. */
    private static double energy(double y, double mu, double s) {
        if (y <= 0) {
            return mean(mu, s) - y;
        }
        return y * (2 * cdf(y, mu, s) - 1) + mean(mu, s) * (1 - 2 * phiCdf((Math.log(y) - mu - s * s) / s));
    }

    private static void relClose(double actual, double expected, double relative, String what) {
        assertThat(actual).as(what).isCloseTo(expected, within(relative * Math.abs(expected) + 1e-300));
    }

    @Test
    void expOfANormalIsTheLogNormal() {
        for (double p : new double[] {1e-6, 0.01, 0.25, 0.5, 0.75, 0.99, 1 - 1e-9}) {
            double[] y = Y.ppf(p);
            for (int i = 0; i < 3; i++) {
                String at = "row " + i + " at level " + p;
                relClose(y[i], Math.exp(X.ppf(p)[i]), 1e-15, at);
                relClose(Y.pdf(y)[i], pdf(y[i], MU[i], SIGMA[i]), 1e-13, "pdf " + at);
                relClose(Y.logPdf(y)[i], Math.log(pdf(y[i], MU[i], SIGMA[i])), 1e-13, "logPdf " + at);
                relClose(Y.cdf(y)[i], cdf(y[i], MU[i], SIGMA[i]), 1e-13, "cdf " + at);
                relClose(Y.energy(y)[i], energy(y[i], MU[i], SIGMA[i]), 1e-12, "energy(x) " + at);
            }
        }
        for (int i = 0; i < 3; i++) {
            relClose(Y.mean()[i], mean(MU[i], SIGMA[i]), 1e-13, "mean row " + i);
            relClose(Y.var()[i], var(MU[i], SIGMA[i]), 1e-12, "var row " + i);
            relClose(Y.energy()[i], energy(MU[i], SIGMA[i]), 1e-12, "energy row " + i);
            relClose(Y.energy(-0.5)[i], mean(MU[i], SIGMA[i]) + 0.5, 1e-13, "energy(-0.5) row " + i);
        }
    }

    @Test
    void densityIsExactNotANumericalDerivative() {
        // the reference case TransformedDistribution/exp_normal: skpro 2.14 gives 2.729304377559758e-08
        // at y = 0.0976517 (a numerical derivative without the division by the step); the
        // log-normal density there is 0.2729304375250568
        TransformedDistribution y = TransformedDistribution.exp(Normal.of(0.0, 1.0));
        relClose(y.pdf(0.0976517)[0], pdf(0.0976517, 0.0, 1.0), 1e-14, "pdf");
        assertThat(y.pdf(0.0976517)[0]).isCloseTo(0.2729304375250568, within(1e-15));
        assertThat(y.pdf(-0.5)[0]).isZero();
        assertThat(y.pdf(0.0)[0]).isZero();
        assertThat(y.logPdf(-0.5)[0]).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(y.cdf(-0.5)[0]).isZero();
        assertThat(y.survival(-0.5)[0]).isEqualTo(1.0);
        assertThat(y.cdf(Double.POSITIVE_INFINITY)[0]).isEqualTo(1.0);
        assertThat(y.ppf(0.0)[0]).isZero();
        assertThat(y.ppf(1.0)[0]).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void farTailsComeFromTheBase() {
        TransformedDistribution y = TransformedDistribution.exp(Normal.of(0.0, 1.0));
        // mpmath 1.3, 50 digits: log Phi(-40) = -804.6084420137537881666068
        relClose(y.logCdf(Math.exp(-40.0))[0], -804.6084420137537881666068, 1e-14, "logCdf");
        relClose(y.logSurvival(Math.exp(40.0))[0], -804.6084420137537881666068, 1e-14, "logSurvival");
        // mpmath: exp(Phi^-1(1e-300)) = 8.140489241100186054420716e-17
        relClose(y.ppf(1e-300)[0], 8.140489241100186054420716e-17, 1e-13, "ppf");
        relClose(y.isf(1e-300)[0], 1.0 / 8.140489241100186054420716e-17, 1e-13, "isf");
    }

    @Test
    void decreasingTransformSwapsTheTails() {
        // exp(-X) for X ~ N(mu, s^2) is log-normal with parameters (-mu, s)
        TransformedDistribution y = TransformedDistribution.decreasing(X, x -> Math.exp(-x), v -> -Math.log(v),
            v -> -1.0 / v);
        assertThat(y.isDecreasing()).isTrue();
        for (double p : new double[] {1e-6, 0.3, 0.5, 0.9}) {
            double[] q = y.ppf(p);
            for (int i = 0; i < 3; i++) {
                relClose(q[i], Math.exp(-X.isf(p)[i]), 1e-15, "ppf row " + i + " at " + p);
                relClose(y.cdf(q)[i], p, 1e-13, "cdf row " + i);
                relClose(y.pdf(q)[i], pdf(q[i], -MU[i], SIGMA[i]), 1e-13, "pdf row " + i);
                relClose(y.survival(q)[i], 1 - p, 1e-13, "survival row " + i);
            }
        }
        for (int i = 0; i < 3; i++) {
            relClose(y.mean()[i], mean(-MU[i], SIGMA[i]), 1e-13, "mean row " + i);
            relClose(y.energy()[i], energy(-MU[i], SIGMA[i]), 1e-12, "energy row " + i);
        }
    }

    @Test
    void logOfALogNormalIsTheNormalAgain() {
        TransformedDistribution back = TransformedDistribution.log(Y);
        double[] x = {0.3, 1.2, -2.5};
        for (int i = 0; i < 3; i++) {
            relClose(back.cdf(x)[i], X.cdf(x)[i], 1e-14, "cdf row " + i);
            relClose(back.pdf(x)[i], X.pdf(x)[i], 1e-13, "pdf row " + i);
            relClose(back.mean()[i] + 10.0, MU[i] + 10.0, 1e-14, "mean row " + i);
            relClose(back.var()[i], SIGMA[i] * SIGMA[i], 1e-12, "var row " + i);
            relClose(back.energy()[i], X.energy()[i], 1e-12, "energy row " + i);
        }
    }

    @Test
    void atomsOfADiscreteBaseKeepTheirMass() {
        Distribution lattice = ExamplesComposite.lattice(new double[] {0.0}, 0.2, 0.5, 0.3);
        TransformedDistribution y = TransformedDistribution.exp(lattice);
        assertThat(y.measureType()).isEqualTo(MeasureType.DISCRETE);
        assertThat(y.pdf(1.0)[0]).isEqualTo(0.2);
        assertThat(y.pdf(Math.exp(1.0))[0]).isEqualTo(0.5);
        assertThat(y.pdf(2.0)[0]).isZero();
        assertThat(y.cdf(Math.exp(1.0))[0]).isEqualTo(0.7);
        // exact sums over the atoms 1, e, e^2
        double e = Math.exp(1.0);
        double e2 = Math.exp(2.0);
        double mean = 0.2 + 0.5 * e + 0.3 * e2;
        assertThat(y.mean()[0]).isCloseTo(mean, within(1e-14));
        assertThat(y.var()[0]).isCloseTo(0.2 * (1 - mean) * (1 - mean) + 0.5 * (e - mean) * (e - mean)
            + 0.3 * (e2 - mean) * (e2 - mean), within(1e-13));
        double energy = 2 * (0.2 * 0.5 * (e - 1) + 0.2 * 0.3 * (e2 - 1) + 0.5 * 0.3 * (e2 - e));
        assertThat(y.energy()[0]).isCloseTo(energy, within(1e-14));
        // decreasing: exp(-X) has atoms 1, 1/e, 1/e^2 with P(Y <= 1/e) = P(X >= 1) = 0.8
        TransformedDistribution z = TransformedDistribution.decreasing(lattice, x -> Math.exp(-x), v -> -Math.log(v),
            v -> -1.0 / v);
        double at = Math.exp(-1.0);
        assertThat(z.cdf(at)[0]).isCloseTo(0.8, within(1e-15));
        assertThat(z.cdf(Math.nextDown(at))[0]).isCloseTo(0.3, within(1e-15));
        assertThat(z.survival(at)[0]).isCloseTo(0.2, within(1e-15));
        assertThat(z.ppf(0.5)[0]).isEqualTo(at);
    }

    @Test
    void samplesAreTheTransformedBaseSamples() {
        double[][] base = X.sample(4, new SplittableRandom(9));
        double[][] s = Y.sample(4, new SplittableRandom(9));
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 4; j++) {
                assertThat(s[i][j]).isEqualTo(Math.exp(base[i][j]));
            }
        }
        assertThat(Y.select(2).toString()).startsWith("TransformedDistribution[exp(Normal)] (1 row)");
    }
}
