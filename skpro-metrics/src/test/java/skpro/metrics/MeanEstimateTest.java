package skpro.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static skpro.metrics.StatTestSupport.assertRelative;

import org.junit.jupiter.api.Test;

class MeanEstimateTest {

    /** Ten per-row losses; reference values below from numpy/scipy 1.17.1 (see each comment). */
    private static final double[] LOSSES = {0.61, 0.32, 0.47, 0.55, 0.29, 0.71, 0.44, 0.38, 0.52, 0.58};

    @Test
    void meanStandardErrorAndNormalIntervalMatchScipy() {
        MeanEstimate e = MeanEstimate.of(LOSSES);
        // numpy: L.mean() = 0.487, L.std(ddof=1) = 0.13300375934536587,
        // scipy.stats.sem(L) = 0.04205948168962618
        assertRelative(e.mean(), 0.487, 1e-15);
        assertRelative(e.standardDeviation(), 0.13300375934536587, 1e-14);
        assertRelative(e.standardError(), 0.04205948168962618, 1e-14);
        assertThat(e.n()).isEqualTo(10);
        assertThat(e.effectiveSampleSize()).isEqualTo(10.0);
        // mean -+ scipy.stats.norm.ppf(0.975) * sem = 0.40456493067991084 .. 0.5694350693200891
        ConfidenceInterval ci = e.confidenceInterval(0.95);
        assertRelative(ci.lower(), 0.40456493067991084, 1e-14);
        assertRelative(ci.upper(), 0.5694350693200891, 1e-14);
        assertThat(ci.level()).isEqualTo(0.95);
        // norm.ppf(0.95): 0.41781830899511935 .. 0.5561816910048807
        ConfidenceInterval ci90 = e.confidenceInterval(0.90);
        assertRelative(ci90.lower(), 0.41781830899511935, 1e-14);
        assertRelative(ci90.upper(), 0.5561816910048807, 1e-14);
    }

    @Test
    void weightedUsesTheEffectiveSampleSize() {
        double[] w = {1.0, 2.0, 0.5, 1.0, 0.0, 3.0, 1.0, 1.5, 2.0, 1.0};
        MeanEstimate e = MeanEstimate.of(LOSSES, w);
        // numpy by the documented formulas: m = np.average(L, weights=W); V1 = W.sum();
        // V2 = (W**2).sum(); neff = V1**2/V2; s2 = (W*(L-m)**2).sum()/(V1 - V2/V1); se = sqrt(s2/neff)
        assertRelative(e.mean(), 0.5226923076923077, 1e-15);
        assertRelative(e.effectiveSampleSize(), 7.191489361702128, 1e-14);
        assertRelative(e.standardDeviation(), 0.14577969067417593, 1e-14);
        assertRelative(e.standardError(), 0.054361020777045056, 1e-14);
        assertThat(e.n()).isEqualTo(10);
    }

    @Test
    void equalWeightsGiveTheUnweightedEstimateAtAnyScale() {
        MeanEstimate plain = MeanEstimate.of(LOSSES);
        for (double c : new double[] {1.0, 3.0, 1e-300, 1e300}) {
            double[] w = new double[LOSSES.length];
            java.util.Arrays.fill(w, c);
            MeanEstimate e = MeanEstimate.of(LOSSES, w);
            assertRelative(e.mean(), plain.mean(), 1e-15);
            assertRelative(e.standardError(), plain.standardError(), 1e-14);
            assertThat(e.effectiveSampleSize()).isEqualTo(10.0);
        }
    }

    @Test
    void varianceStaysAccurateForLargeOffsets() {
        double[] x = new double[LOSSES.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = 1e9 + LOSSES[i];
        }
        // the spread of x equals that of LOSSES up to the rounding of 1e9 + L (ulp 1.2e-7)
        assertRelative(MeanEstimate.of(x).standardDeviation(), 0.13300375934536587, 1e-6);
    }

    @Test
    void constantLossesHaveZeroStandardError() {
        MeanEstimate e = MeanEstimate.of(new double[] {0.25, 0.25, 0.25});
        assertThat(e.standardError()).isZero();
        assertThat(e.confidenceInterval(0.95).lower()).isEqualTo(0.25);
        assertThat(e.confidenceInterval(0.95).upper()).isEqualTo(0.25);
    }

    @Test
    void toStringShowsMeanErrorIntervalAndN() {
        assertThat(MeanEstimate.of(LOSSES))
            .hasToString("0.4870 \u00b1 0.0421 (95% CI 0.4046 .. 0.5694, n = 10)");
        assertThat(MeanEstimate.of(LOSSES, new double[] {1, 2, 0.5, 1, 0, 3, 1, 1.5, 2, 1}).toString())
            .endsWith("n = 10, effective n = 7.2)");
    }

    @Test
    void valuesWithEqualFieldsAreEqual() {
        assertThat(MeanEstimate.of(LOSSES)).isEqualTo(MeanEstimate.of(LOSSES.clone()))
            .hasSameHashCodeAs(MeanEstimate.of(LOSSES.clone()));
        assertThat(MeanEstimate.of(LOSSES)).isNotEqualTo(MeanEstimate.of(new double[] {1, 2}));
    }

    @Test
    void badInputIsRejectedWithTheArgumentRowAndValue() {
        assertThatThrownBy(() -> MeanEstimate.of(new double[0]))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("losses");
        assertThatThrownBy(() -> MeanEstimate.of(null))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("losses");
        assertThatThrownBy(() -> MeanEstimate.of(new double[] {1.0}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2 rows");
        assertThatThrownBy(() -> MeanEstimate.of(new double[] {1.0, Double.NaN, 2.0}))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("losses[1]").hasMessageContaining("NaN");
        assertThatThrownBy(() -> MeanEstimate.of(new double[] {1.0, 2.0, Double.NEGATIVE_INFINITY}))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("losses[2]").hasMessageContaining("-Infinity");
        double[] two = {1.0, 2.0};
        assertThatThrownBy(() -> MeanEstimate.of(two, new double[] {1.0, -0.5}))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("weights[1]").hasMessageContaining("-0.5");
        assertThatThrownBy(() -> MeanEstimate.of(two, new double[] {0.0, 0.0}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum to 0");
        assertThatThrownBy(() -> MeanEstimate.of(two, new double[] {1.0}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weights")
            .hasMessageContaining("2 rows");
        assertThatThrownBy(() -> MeanEstimate.of(two, new double[] {1.0, Double.NaN}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weights[1]");
        assertThatThrownBy(() -> MeanEstimate.of(new double[] {1, 2, 3}, new double[] {0, 4, 0}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two rows");
        MeanEstimate e = MeanEstimate.of(LOSSES);
        for (double level : new double[] {0.0, 1.0, -0.1, 1.5, Double.NaN}) {
            assertThatThrownBy(() -> e.confidenceInterval(level))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("level").hasMessageContaining(String.valueOf(level));
        }
    }
}
