package skpro.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * InverseGaussian (scipy's {@code invgauss(mu, scale)}): far tails, the cancelling upper tail,
 * quantiles and energy terms, against Python mpmath 1.3.0 at 250 significant digits
 * (F = ncdf(a) + exp(2 / mu) ncdf(-b), S = ncdf(-a) - exp(2 / mu) ncdf(-b), roots by
 * {@code mpmath.findroot}, energies by {@code mpmath.quad} of F and S). Where scipy 1.17.1 is
 * itself accurate it agrees with these to 1e-13; it is 1.5e-12 off at S(500) for mu = 1 and
 * gives 0, resp. 5.7e33, for S(1e4) and isf(1e-100) below, which are finite here.
 */
class InverseGaussianTest {

    private static void assertRelative(double actual, double expected, double rel) {
        assertThat(actual).isCloseTo(expected, within(rel * Math.abs(expected)));
    }

    @Test
    void lowerTail() {
        InverseGaussian d = InverseGaussian.of(1.0, 1.0);
        assertRelative(d.cdf(0.01)[0], 4.122313403318782398e-23, 1e-13);
        assertRelative(d.cdf(1e-3)[0], 4.8791443010850830558e-219, 1e-12);
        assertRelative(d.logCdf(1e-3)[0], -502.68116550934453382, 1e-14);
        InverseGaussian nearNormal = InverseGaussian.of(1e-3, 1e3);
        assertRelative(nearNormal.cdf(0.8)[0], 8.5576878634685356749e-13, 1e-12);
        assertRelative(nearNormal.logCdf(0.8)[0], -27.786776164662940928, 1e-14);
    }

    @Test
    void upperTailWhereTheTextbookFormulaCancels() {
        InverseGaussian d = InverseGaussian.of(1.0, 1.0);
        assertRelative(d.survival(50.0)[0], 7.9760972755115806203e-14, 1e-13);
        assertRelative(d.survival(500.0)[0], 5.1420786844169582992e-113, 1e-13);
        assertRelative(d.logSurvival(500.0)[0], -258.55465809730241861, 1e-14);
        assertThat(d.survival(1e4)[0]).isZero();
        assertRelative(d.logSurvival(1e4)[0], -5013.0416517956849314, 1e-14);
        assertRelative(InverseGaussian.of(0.5, 2.0).survival(30.0)[0], 2.1922318242781505163e-15, 1e-13);
        assertRelative(InverseGaussian.of(20.0, 0.05).survival(3.0)[0], 0.063493874848580149624, 1e-13);
        assertRelative(InverseGaussian.of(20.0, 0.05).survival(1e3)[0], 1.5572554521681440144e-15, 1e-13);
        assertRelative(InverseGaussian.of(1e-3, 1e3).survival(1.2)[0], 3.5191666766016285362e-9, 1e-12);
    }

    @Test
    void veryLargeMuCancelsNearTheMean() {
        // mu = 1e3: b - a = 2 / sqrt(y) is small next to max(1, a) on most of the range
        InverseGaussian d = InverseGaussian.of(1e3, 1e-3);
        assertRelative(d.survival(1.0)[0], 0.024263993248961235489, 1e-13);
        assertRelative(d.cdf(1.0)[0], 0.97573600675103876451, 1e-14);
        assertRelative(d.survival(1e3)[0], 0.00016679760252181061388, 1e-13);
        assertRelative(d.logSurvival(1e3)[0], -8.6987294415133655642, 1e-14);
        // b - a = 2e-4 at the mean and 2e-8 at 1e16: the direct difference loses 4, resp. 8 digits
        // (scipy 1.17.1 is 1e-12, 9e-8 and 5e-7 off on the last three)
        InverseGaussian huge = InverseGaussian.of(1e8, 1.0);
        assertRelative(huge.survival(1e8)[0], 0.000079778457144032625169, 1e-13);
        assertRelative(huge.survival(5e8)[0], 0.000035672483559948150587, 1e-13);
        assertRelative(huge.survival(1e16)[0], 1.6663094284168201156e-9, 1e-13);
        assertRelative(InverseGaussian.of(2e5, 1.0).survival(1e12)[0], 1.0692384529449616634e-13, 1e-13);
    }

    @Test
    void logDensity() {
        assertRelative(InverseGaussian.of(1.0, 1.0).logPdf(0.3)[0], 0.07035400661756457987, 1e-13);
        assertRelative(InverseGaussian.of(1.0, 1.0).logPdf(20.0)[0], -14.437536943535659232, 1e-14);
        assertRelative(InverseGaussian.of(1e3, 1e-3).logPdf(1e-2)[0], 2.4859341062863957634, 1e-14);
        assertRelative(InverseGaussian.of(1e-3, 1e3).logPdf(0.9)[0], -2.8625756757824198339, 1e-13);
        InverseGaussian d = InverseGaussian.of(1.0, 1.0);
        assertThat(d.pdf(0.0)[0]).isZero();
        assertThat(d.pdf(-1.0)[0]).isZero();
        assertThat(d.logPdf(0.0)[0]).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(d.cdf(0.0)[0]).isZero();
        assertThat(d.survival(-1.0)[0]).isEqualTo(1.0);
    }

    @Test
    void extremeQuantiles() {
        InverseGaussian d = InverseGaussian.of(1.0, 1.0);
        assertRelative(d.ppf(1e-10)[0], 0.022853892218458090976, 1e-13);
        assertRelative(d.ppf(1e-300)[0], 0.00072681261288151276663, 1e-13);
        assertRelative(d.isf(1e-12)[0], 45.2302656249871346, 1e-13);
        assertRelative(InverseGaussian.of(0.5, 2.0).isf(1e-3)[0], 5.4196550075816779069, 1e-13);
        assertRelative(InverseGaussian.of(20.0, 0.05).isf(1e-100)[0], 8718.5576063105198828, 1e-13);
        assertRelative(InverseGaussian.of(1e3, 1e-3).ppf(0.3)[0], 0.00092977624617694818776, 1e-13);
        assertThat(d.ppf(0.0)[0]).isZero();
        assertThat(d.ppf(1.0)[0]).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void energyTermsMatchQuadrature() {
        InverseGaussian d = InverseGaussian.of(1.0, 1.0);
        assertRelative(d.energy(0.7)[0], 0.6136750161873766189, 1e-13);
        assertRelative(d.energy(6.0)[0], 5.0145553168024968724, 1e-13);
        assertRelative(InverseGaussian.of(0.5, 2.0).energy(0.2)[0], 0.80055405014906171374, 1e-13);
        assertRelative(InverseGaussian.of(20.0, 0.05).energy(0.3)[0], 1.0131914363972331571, 1e-13);
        assertThat(d.energy(-2.0)[0]).isEqualTo(3.0);
        assertRelative(d.energy()[0], 0.9137142657394679062, 1e-11);
        assertRelative(InverseGaussian.of(0.5, 2.0).energy()[0], 0.70536721705555616711, 1e-11);
        assertRelative(InverseGaussian.of(20.0, 0.05).energy()[0], 1.728866057286401163, 1e-11);
    }

    @Test
    void meanDispersionParameterisation() {
        InverseGaussian d = InverseGaussian.ofMeanDispersion(new double[] {2.0, 0.5}, new double[] {0.25, 3.0});
        assertThat(d.mean()).containsExactly(new double[] {2.0, 0.5}, within(1e-15));
        assertThat(d.var()).containsExactly(new double[] {0.25 * 8.0, 3.0 * 0.125}, within(1e-15));
        assertThat(d.mu()).containsExactly(0.5, 1.5);
        assertThat(d.scale()).containsExactly(4.0, 1.0 / 3.0);
    }

    @Test
    void michaelSchucanyHaasDrawsFollowTheCdf() {
        // Kolmogorov-Smirnov distance of 20000 draws; the 0.1 % critical value is 1.95 / sqrt(n)
        InverseGaussian d = InverseGaussian.of(3.0, 0.4);
        int n = 20_000;
        double[] s = d.sample(n, new SplittableRandom(7L))[0];
        java.util.Arrays.sort(s);
        double ks = 0.0;
        for (int j = 0; j < n; j++) {
            double f = d.cdf(s[j])[0];
            ks = Math.max(ks, Math.max(f - (double) j / n, (j + 1.0) / n - f));
        }
        assertThat(ks).isLessThan(1.95 / Math.sqrt(n));
    }
}
