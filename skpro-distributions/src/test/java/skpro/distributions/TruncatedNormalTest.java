package skpro.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Truncated normal: intervals far in a tail against mpmath (60 digits; probabilities from
 * {@code ncdf}, quantiles by {@code findroot}, energies by {@code quad}), the mirror image of a
 * lower-tail interval, and the limits of no truncation (normal) and truncation at the mean
 * (half-normal).
 */
class TruncatedNormalTest {

    /** The standard normal conditioned on [30, 40]; phi(30) is 1e-196, Q(40) underflows. */
    private static final TruncatedNormal FAR = TruncatedNormal.of(0.0, 1.0, 30.0, 40.0);

    private static void close(double actual, double expected, double relative) {
        assertThat(actual).isCloseTo(expected, within(relative * Math.abs(expected)));
    }

    @Test
    void intervalFarInTheUpperTail() {
        // mpmath: (Q(30) - Q(x)) / (Q(30) - Q(40)) at x = 30.01 (as a double) = 0.2594651188321425371419
        close(FAR.cdf(30.01)[0], 0.2594651188321425371419, 1e-14);
        close(FAR.survival(30.01)[0], 1.0 - 0.2594651188321425371419, 1e-14);
        // mpmath findroot: the median 30.02307046782731075328
        close(FAR.ppf(0.5)[0], 30.02307046782731075328, 1e-15);
        // mpmath findroot: isf(1e-9) = 30.68226937101124187168
        close(FAR.isf(1e-9)[0], 30.68226937101124187168, 1e-15);
        // mpmath: (phi(30) - phi(40)) / Z = 30.03325966743367703707
        close(FAR.mean()[0], 30.03325966743367703707, 1e-15);
        // mpmath: 1 + (30 phi(30) - 40 phi(40)) / Z - mean^2 = 0.001103771511890091001137
        close(FAR.var()[0], 0.001103771511890091001137, 1e-13);
        // mpmath: 2 int F (1 - F) = 0.03324132196614373150547
        close(FAR.energy()[0], 0.03324132196614373150547, 1e-13);
        // mpmath: int |t - x| f(t) at x = 30.05 (as a double) = 0.03151513357234166137013
        close(FAR.energy(30.05)[0], 0.03151513357234166137013, 1e-13);
        // mpmath: phi(30.5) / Z = 8.107714218412338760548e-06
        close(FAR.pdf(30.5)[0], 8.107714218412338760548e-06, 1e-14);
        // mpmath: log(phi(39) / Z) = -307.0976945768614756344
        close(FAR.logPdf(39.0)[0], -307.0976945768614756344, 1e-15);
        // mpmath: log((Q(35) - Q(40)) / Z) = -162.6538573055793163659 (the survival underflows
        // neither here nor in its log, but would as 1 - cdf)
        close(FAR.logSurvival(35.0)[0], -162.6538573055793163659, 1e-14);
        // mpmath: log cdf at 30 + 1e-9 (as a double) = -17.32096034606752041825
        close(FAR.logCdf(30.0 + 1e-9)[0], -17.32096034606752041825, 1e-14);
    }

    @Test
    void lowerTailIntervalIsTheMirrorImage() {
        TruncatedNormal low = TruncatedNormal.of(0.0, 1.0, -40.0, -30.0);
        close(low.survival(-30.01)[0], 0.2594651188321425371419, 1e-14);
        close(low.ppf(0.5)[0], -30.02307046782731075328, 1e-15);
        close(low.ppf(1e-9)[0], -30.68226937101124187168, 1e-15);
        close(low.mean()[0], -30.03325966743367703707, 1e-15);
        close(low.var()[0], 0.001103771511890091001137, 1e-13);
        close(low.energy()[0], 0.03324132196614373150547, 1e-13);
        close(low.logCdf(-35.0)[0], -162.6538573055793163659, 1e-14);
        // mpmath: mean and variance of N(0, 1) given X <= -5: -5.186503967125842115617, 0.03269643461711222534532
        TruncatedNormal below = TruncatedNormal.of(0.0, 1.0, Double.NEGATIVE_INFINITY, -5.0);
        close(below.mean()[0], -5.186503967125842115617, 1e-15);
        close(below.var()[0], 0.03269643461711222534532, 1e-14);
    }

    @Test
    void oneSidedTruncationFarOutKeepsTheSmallVariance() {
        // the textbook formula 1 + a lambda - lambda^2 cancels to nothing here
        TruncatedNormal d = TruncatedNormal.of(0.0, 1.0, 1000.0, Double.POSITIVE_INFINITY);
        // mpmath, 80 digits: 1000.00099999800001, 9.999940000499994820064e-7, 0.0009999975000142498851262
        close(d.mean()[0], 1000.00099999800001, 1e-16);
        close(d.var()[0], 9.999940000499994820064e-7, 1e-14);
        close(d.energy()[0], 0.0009999975000142498851262, 1e-14);
        assertThat(d.cdf(1000.0)[0]).isZero();
        close(d.ppf(0.5)[0], 1000.0 + Math.log(2.0) / 1000.0, 1e-12);
    }

    @Test
    void twoSidedTailIntervals() {
        TruncatedNormal d = TruncatedNormal.of(new double[] {0.0, 0.0}, new double[] {1.0, 1.0},
            new double[] {2.0, 8.0}, new double[] {2.5, 8.5});
        // mpmath: [2, 2.5]: mean 2.20445207816767490025, var 0.01943406674744883801122,
        // E|X - X'| 0.1593904620386207788904, E|X - 2.2| 0.1188783650366251206469
        close(d.mean()[0], 2.20445207816767490025, 1e-15);
        close(d.var()[0], 0.01943406674744883801122, 1e-12);
        close(d.energy()[0], 0.1593904620386207788904, 1e-13);
        close(d.energy(new double[] {2.2, 8.0})[0], 0.1188783650366251206469, 1e-14);
        // mpmath: [8, 8.5]: mean 8.113735989496523233893, var 0.01052574035836485482959,
        // E|X - X'| 0.1087350894813994325412
        close(d.mean()[1], 8.113735989496523233893, 1e-15);
        close(d.var()[1], 0.01052574035836485482959, 1e-12);
        close(d.energy()[1], 0.1087350894813994325412, 1e-13);
    }

    @Test
    void narrowIntervalsKeepTheirPrecision() {
        // mpmath quad / findroot on [2, 2.001] and [-0.001, 0.002] (bounds and points as doubles)
        TruncatedNormal d = TruncatedNormal.of(new double[] {0.0, 0.0}, new double[] {1.0, 1.0},
            new double[] {2.0, -1e-3}, new double[] {2.001, 2e-3});
        close(d.mean()[0], 2.000499833291683288025, 1e-15);
        close(d.var()[0], 8.333331388054042752255e-8, 1e-13);
        close(d.energy()[0], 0.0003333332833110819477695, 1e-13);
        close(d.cdf(new double[] {2.0003, 1e-3})[0], 0.3002100734930330809925, 1e-13);
        close(d.survival(new double[] {2.0003, 1e-3})[0], 0.6997899265069669190075, 1e-13);
        close(d.energy(new double[] {2.0003, 1e-3})[0], 0.0002899053207086620828592, 1e-13);
        close(d.ppf(1e-6)[0], 2.000000000999000500915, 1e-15);
        close(d.isf(1e-6)[0], 2.000999998998998890118, 1e-15);
        close(d.mean()[1], 0.0004999996250001125104103, 1e-13);
        close(d.var()[1], 7.499997749999397634438e-7, 1e-13);
        close(d.energy()[1], 0.0009999998499999250208818, 1e-13);
        close(d.cdf(new double[] {2.0003, 1e-3})[1], 0.6666668888888333333278, 1e-13);
        close(d.survival(new double[] {2.0003, 1e-3})[1], 0.3333331111111666666722, 1e-13);
        close(d.energy(new double[] {2.0003, 1e-3})[1], 0.0008333334027777791840048, 1e-13);
        close(d.ppf(1e-6)[1], -0.0009999970000000000248668, 1e-13);
        close(d.isf(1e-6)[1], 0.001999996999995500046808, 1e-13);
    }

    @Test
    void intervalAroundTheMean() {
        TruncatedNormal d = TruncatedNormal.of(0.0, 1.0, -1.0, 2.0);
        // mpmath: 0.8244299762682161552049 and ppf(1e-12) = -0.9999999999966169683719
        close(d.energy()[0], 0.8244299762682161552049, 1e-14);
        close(d.ppf(1e-12)[0], -0.9999999999966169683719, 1e-15);
        assertThat(d.ppf(0.0)[0]).isEqualTo(-1.0);
        assertThat(d.ppf(1.0)[0]).isEqualTo(2.0);
        assertThat(d.pdf(-1.5)[0]).isZero();
        assertThat(d.logPdf(2.5)[0]).isEqualTo(Double.NEGATIVE_INFINITY);
        for (double x : new double[] {-0.9, -0.2, 0.4, 1.9}) {
            assertThat(d.cdf(x)[0] + d.survival(x)[0]).isCloseTo(1.0, within(2e-16));
        }
    }

    @Test
    void noTruncationIsTheNormal() {
        TruncatedNormal t = TruncatedNormal.of(1.5, 2.0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        Normal n = Normal.of(1.5, 2.0);
        for (double x : new double[] {-60.0, -3.0, 0.0, 1.5, 4.0, 60.0}) {
            // tail values depend on how z = (x - mu) / sigma is rounded: relative error ~ z^2 eps
            double z = (x - 1.5) / 2.0;
            double tail = Math.max(1e-14, 3e-16 * z * z);
            close(t.pdf(x)[0], n.pdf(x)[0], 1e-14);
            close(t.cdf(x)[0], n.cdf(x)[0], tail);
            close(t.logCdf(x)[0], n.logCdf(x)[0], tail);
            close(t.logSurvival(x)[0], n.logSurvival(x)[0], tail);
            close(t.energy(x)[0], n.energy(x)[0], 1e-14);
        }
        for (double p : new double[] {1e-300, 0.01, 0.5, 0.9}) {
            close(t.ppf(p)[0], n.ppf(p)[0], 1e-14);
        }
        close(t.mean()[0], 1.5, 1e-15);
        close(t.var()[0], 4.0, 1e-15);
        close(t.energy()[0], n.energy()[0], 1e-15);
    }

    @Test
    void truncationAtTheMeanIsTheHalfNormal() {
        TruncatedNormal t = TruncatedNormal.of(0.0, 3.0, 0.0, Double.POSITIVE_INFINITY);
        HalfNormal h = HalfNormal.of(3.0);
        for (double x : new double[] {1e-8, 0.5, 3.0, 20.0, 100.0}) {
            close(t.pdf(x)[0], h.pdf(x)[0], 1e-14);
            close(t.cdf(x)[0], h.cdf(x)[0], 1e-14);
            close(t.logSurvival(x)[0], h.logSurvival(x)[0], 1e-14);
            close(t.energy(x)[0], h.energy(x)[0], 1e-14);
        }
        for (double p : new double[] {1e-12, 0.3, 0.7, 1.0 - 1e-12}) {
            close(t.ppf(p)[0], h.ppf(p)[0], 1e-13);
        }
        close(t.mean()[0], h.mean()[0], 1e-15);
        close(t.var()[0], h.var()[0], 1e-15);
        close(t.energy()[0], h.energy()[0], 1e-15);
    }

    @Test
    void samplesStayInTheIntervalAndFollowIt() {
        double[] s = FAR.sample(20_000, new SplittableRandom(11))[0];
        double sum = 0.0;
        for (double v : s) {
            assertThat(v).isBetween(30.0, 40.0);
            sum += v;
        }
        // sd 0.0332 / sqrt(20000) = 2.3e-4; 5 standard errors
        assertThat(sum / s.length).isCloseTo(30.03325966743367703707, within(1.2e-3));
    }
}
