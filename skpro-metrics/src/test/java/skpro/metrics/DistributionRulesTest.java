package skpro.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

import skpro.distributions.Cauchy;
import skpro.distributions.Delta;
import skpro.distributions.Empirical;
import skpro.distributions.Exponential;
import skpro.distributions.Normal;
import skpro.distributions.Pareto;
import skpro.distributions.Poisson;
import skpro.distributions.TDistribution;
import skpro.distributions.Uniform;

/**
 * Hand-checked values of the distribution scores. Sources: "mpmath" values are
 * {@code int F^2 + int (1 - F)^2} (CRPS) or the closed form evaluated with mpmath at 40 digits;
 * "scipy" values are scipy.stats 1.10 log densities; "hand" values are worked out in the comment.
 */
class DistributionRulesTest {

    // ------------------------------------------------------------------ CRPS

    @Test
    void crpsOfNormalsMatchesQuadrature() {
        // mpmath: N(0,1) at 0 -> 0.23369497725510907 (= 2 phi(0) - 1/sqrt(pi)); N(1, 2) at 3.5 -> 1.5739683061262988
        double[] got = CRPS.of().evaluateByIndex(new double[] {0.0, 3.5}, Normal.of(new double[] {0, 1}, new double[] {1, 2}));
        assertThat(got[0]).isCloseTo(0.23369497725510907, within(1e-15));
        assertThat(got[1]).isCloseTo(1.5739683061262988, within(1e-14));
        assertThat(CRPS.of().evaluate(new double[] {0.0, 3.5}, Normal.of(new double[] {0, 1}, new double[] {1, 2})))
            .isCloseTo((0.23369497725510907 + 1.5739683061262988) / 2, within(1e-14));
    }

    @Test
    void crpsOfEmpiricalIsTheExactSum() {
        // hand: samples 1, 2, 4 at y = 2.5: E|X - y| = (1.5 + 0.5 + 1.5)/3 = 7/6,
        // E|X - X'| = (2/9)(1 + 3 + 2) = 4/3, CRPS = 7/6 - 2/3 = 1/2
        assertThat(CRPS.of().evaluateByIndex(new double[] {2.5}, Empirical.of(new double[] {1, 2, 4})))
            .containsExactly(new double[] {0.5}, within(1e-15));
    }

    @Test
    void crpsIsFiniteWithoutAMean() {
        // mpmath: Cauchy(0, 1) at 0.5 -> 0.5178260195342635; Cauchy(2, 0.5) at -1 -> 2.330529424988734
        double[] cauchy = CRPS.of().evaluateByIndex(new double[] {0.5, -1.0},
            Cauchy.of(new double[] {0, 2}, new double[] {1, 0.5}));
        assertThat(cauchy[0]).isCloseTo(0.5178260195342635, withinPercentage(1e-9));
        assertThat(cauchy[1]).isCloseTo(2.330529424988734, withinPercentage(1e-9));
        // mpmath: Pareto(scale 1, alpha 0.8) at 2 -> 1.1796831166963166; t(nu = 0.7) at 0.3 -> 0.7758105043687083
        assertThat(CRPS.of().evaluateByIndex(new double[] {2.0}, Pareto.of(1.0, 0.8))[0])
            .isCloseTo(1.1796831166963166, withinPercentage(1e-9));
        assertThat(CRPS.of().evaluateByIndex(new double[] {0.3}, TDistribution.of(0.0, 1.0, 0.7))[0])
            .isCloseTo(0.7758105043687083, withinPercentage(1e-9));
    }

    @Test
    void crpsMixesClosedFormAndQuadratureRows() {
        // a 3-row t prediction, only row 1 without a mean (nu = 0.7): rows 0 and 2 keep the
        // closed form; row 1 (scale 1, location 0, y = 0.3) is the mpmath value above
        TDistribution t = TDistribution.of(new double[] {0, 0, 1}, new double[] {1, 1, 2}, new double[] {5, 0.7, 3});
        double[] got = CRPS.of().evaluateByIndex(new double[] {1.0, 0.3, -2.0}, t);
        double[] single0 = CRPS.of().evaluateByIndex(new double[] {1.0}, t.select(0));
        double[] single2 = CRPS.of().evaluateByIndex(new double[] {-2.0}, t.select(2));
        assertThat(got[0]).isEqualTo(single0[0]);
        assertThat(got[2]).isEqualTo(single2[0]);
        assertThat(got[1]).isCloseTo(0.7758105043687083, withinPercentage(1e-9));
    }

    // ------------------------------------------------------------------ LogLoss

    @Test
    void logLossIsMinusTheLogDensityOrMass() {
        // scipy: -norm(1, 2).logpdf(3.5) = 2.393335713764618; -poisson(3).logpmf(2) = 1.4959226032237258
        assertThat(LogLoss.of().evaluateByIndex(new double[] {3.5}, Normal.of(1.0, 2.0))[0])
            .isCloseTo(2.393335713764618, within(1e-14));
        assertThat(LogLoss.of().evaluateByIndex(new double[] {2.0}, Poisson.of(3.0))[0])
            .isCloseTo(1.4959226032237258, within(1e-14));
        // hand: an Empirical prediction puts mass 2/4 on 3: loss log 2
        assertThat(LogLoss.of().evaluateByIndex(new double[] {3.0}, Empirical.of(new double[] {1, 3, 3, 5}))[0])
            .isCloseTo(Math.log(2.0), within(1e-15));
    }

    @Test
    void logLossIsInfiniteOffTheSupport() {
        assertThat(LogLoss.of().evaluateByIndex(new double[] {2.5}, Poisson.of(3.0))).containsExactly(Double.POSITIVE_INFINITY);
        assertThat(LogLoss.of().evaluateByIndex(new double[] {-1.0}, Exponential.of(1.0)))
            .containsExactly(Double.POSITIVE_INFINITY);
        assertThat(LogLoss.of().evaluate(new double[] {-1.0, 1.0}, Exponential.of(new double[] {1, 1})))
            .isEqualTo(Double.POSITIVE_INFINITY);
    }

    // ------------------------------------------------------------------ LinearizedLogLoss

    @Test
    void linearizedLogLossSwitchesAtTheRange() {
        // scipy: N(0,1) pdf(0) = 0.3989 >= 0.3 -> -logpdf(0) = 0.9189385332046727;
        // pdf(2) = 0.05399 < 0.3 -> 1 - log 0.3 - pdf(2) / 0.3 = 2.0240029159486426
        double[] got = LinearizedLogLoss.of(0.3).evaluateByIndex(new double[] {0.0, 2.0},
            Normal.of(new double[] {0, 0}, new double[] {1, 1}));
        assertThat(got[0]).isCloseTo(0.9189385332046727, within(1e-15));
        assertThat(got[1]).isCloseTo(2.0240029159486426, within(1e-14));
        // hand: off an Empirical's samples the density is 0 and the loss 1 - log r
        assertThat(LinearizedLogLoss.of(0.1).evaluateByIndex(new double[] {0.5}, Empirical.of(new double[] {0, 1}))[0])
            .isCloseTo(1.0 - Math.log(0.1), within(1e-15));
        assertThat(LinearizedLogLoss.of().range()).isEqualTo(1.0);
        assertThat(LinearizedLogLoss.of(0.3)).isEqualTo(LinearizedLogLoss.of(0.3)).isNotEqualTo(LinearizedLogLoss.of(0.2));
    }

    @Test
    void linearizedLogLossRejectsBadRanges() {
        for (double r : new double[] {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> LinearizedLogLoss.of(r)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("range");
        }
    }

    // ------------------------------------------------------------------ SquaredDistrLoss

    @Test
    void squaredLossOfANormal() {
        // closed form: -2 phi(0) + 1/(2 sqrt(pi)) = -0.5157897690289872 (scipy)
        assertThat(SquaredDistrLoss.of().evaluateByIndex(new double[] {0.0}, Normal.of(0.0, 1.0))[0])
            .isCloseTo(-0.5157897690289872, within(1e-15));
    }

    @Test
    void squaredLossOfAnEmpiricalIsTheQuadraticScore() {
        // hand: samples 1, 3, 3, 5 -> masses 1/4, 1/2, 1/4, sum of squares 3/8; at y = 3: -1 + 3/8
        assertThat(SquaredDistrLoss.of().evaluateByIndex(new double[] {3.0, 2.0},
            Empirical.of(new double[][] {{1, 3, 3, 5}, {1, 3, 3, 5}}))).containsExactly(new double[] {-0.625, 0.375},
                within(1e-15));
    }

    @Test
    void squaredLossIsInfiniteWhereTheDensityIsNotSquareIntegrable() {
        assertThat(SquaredDistrLoss.of().evaluateByIndex(new double[] {1.0},
            skpro.distributions.Gamma.of(0.4, 1.0))[0]).isEqualTo(Double.POSITIVE_INFINITY);
    }

    // ------------------------------------------------------------------ AUCalibration

    @Test
    void auCalibrationIsTheDocumentedArea() {
        // hand: with Uniform(0, 1) predictions c_i = y_i = 0.1, 0.9, 0.5, 0.3; sorted 0.1, 0.3,
        // 0.5, 0.9 against 1/4, 2/4, 3/4, 1: shares 0.15, 0.2, 0.25, 0.1; area 0.7 / 4 = 0.175
        Uniform u = Uniform.of(new double[] {0, 0, 0, 0}, new double[] {1, 1, 1, 1});
        double[] y = {0.1, 0.9, 0.5, 0.3};
        assertThat(AUCalibration.of().evaluateByIndex(y, u)).containsExactly(new double[] {0.15, 0.1, 0.25, 0.2},
            within(1e-15));
        assertThat(AUCalibration.of().evaluate(y, u)).isCloseTo(0.175, within(1e-15));
        assertThat(AUCalibration.of().evaluate(y, u, new double[] {3, 3, 3, 3})).isCloseTo(0.175, within(1e-15));
        // hand, weights 2, 0, 1, 1 (W = 4): sorted c 0.1 (w 2), 0.3 (1), 0.5 (1), 0.9 (0),
        // cumulative 2, 3, 4, 4: (2 |0.1 - 0.5| + |0.3 - 0.75| + |0.5 - 1|) / 4 = 1.75 / 4
        assertThat(AUCalibration.of().evaluate(y, u, new double[] {2, 0, 1, 1})).isCloseTo(0.4375, within(1e-15));
    }

    @Test
    void auCalibrationRanksTiesInRowOrder() {
        // hand: c = 0.5, 0.5 -> ranks 1, 2: shares |0.5 - 0.5| = 0 and |0.5 - 1| = 0.5
        Uniform u = Uniform.of(new double[] {0, 0}, new double[] {1, 1});
        assertThat(AUCalibration.of().evaluateByIndex(new double[] {0.5, 0.5}, u)).containsExactly(0.0, 0.5);
    }

    // ------------------------------------------------------------------ DawidSebastiani

    @Test
    void dawidSebastianiFromTheMoments() {
        // mpmath: (3.5 - 1)^2 / 4 + log 4 = 2.9487943611198906; for a normal also 2 LogLoss - log(2 pi)
        Normal n = Normal.of(1.0, 2.0);
        double got = DawidSebastiani.of().evaluateByIndex(new double[] {3.5}, n)[0];
        assertThat(got).isCloseTo(2.9487943611198906, within(1e-15));
        assertThat(got).isCloseTo(2 * LogLoss.of().evaluateByIndex(new double[] {3.5}, n)[0] - Math.log(2 * Math.PI),
            within(1e-14));
        // hand: an Empirical with samples 0, 2 has mean 1, variance 1: (3 - 1)^2 / 1 + 0 = 4
        assertThat(DawidSebastiani.of().evaluateByIndex(new double[] {3.0}, Empirical.of(new double[] {0, 2})))
            .containsExactly(4.0);
    }

    @Test
    void dawidSebastianiNeedsAMeanAndAPositiveVariance() {
        assertThat(DawidSebastiani.of().evaluateByIndex(new double[] {0.0}, TDistribution.of(0.0, 1.0, 1.5)))
            .containsExactly(Double.POSITIVE_INFINITY);
        assertThatThrownBy(() -> DawidSebastiani.of().evaluateByIndex(new double[] {0.0}, Cauchy.of(0.0, 1.0)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 0").hasMessageContaining("mean");
        assertThatThrownBy(() -> DawidSebastiani.of().evaluateByIndex(new double[] {1.0, 0.0},
            Delta.of(new double[] {1.0, 2.0}))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 0").hasMessageContaining("variance");
    }

    // ------------------------------------------------------------------ names and directions

    @Test
    void namesAndDirections() {
        ScoringRule[] rules = {CRPS.of(), LogLoss.of(), LinearizedLogLoss.of(), SquaredDistrLoss.of(),
            AUCalibration.of(), DawidSebastiani.of(), BrierScore.of()};
        String[] names = {"CRPS", "LogLoss", "LinearizedLogLoss", "SquaredDistrLoss", "AUCalibration",
            "DawidSebastiani", "BrierScore"};
        for (int k = 0; k < rules.length; k++) {
            assertThat(rules[k].name()).isEqualTo(names[k]);
            assertThat(rules[k].lowerIsBetter()).as(names[k]).isTrue();
        }
        assertThat(EmpiricalCoverage.of(0.9).lowerIsBetter()).isFalse();
        assertThat(IntervalWidth.of(0.9).lowerIsBetter()).isTrue();
        assertThat(ConstraintViolation.of(0.9).lowerIsBetter()).isTrue();
        assertThat(IntervalScore.of(0.9).lowerIsBetter()).isTrue();
        assertThat(PinballLoss.of(0.5).lowerIsBetter()).isTrue();
        assertThat(ExpectedCalibrationError.of().lowerIsBetter()).isTrue();
    }
}
