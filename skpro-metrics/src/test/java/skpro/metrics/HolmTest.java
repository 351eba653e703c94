package skpro.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Holm-Bonferroni adjustments worked by hand (statsmodels is not available to cross-check). */
class HolmTest {

    @Test
    void stepDownWithRunningMaximumInInputOrder() {
        // sorted: 0.005 x 4 = 0.02, 0.01 x 3 = 0.03, 0.03 x 2 = 0.06, 0.04 x 1 = 0.04 -> max 0.06
        double[] adj = Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005});
        assertThat(adj).containsExactly(new double[] {0.03, 0.06, 0.06, 0.02}, within(1e-16));
    }

    @Test
    void cappedAtOne() {
        // 0.5 x 2 = 1.0, then max(1.0, 0.6 x 1) = 1.0
        assertThat(Holm.adjust(new double[] {0.6, 0.5})).containsExactly(1.0, 1.0);
        // 0.3 x 3 = 0.9, 0.4 x 2 = 0.8 -> 0.9, 0.45 x 1 -> 0.9
        assertThat(Holm.adjust(new double[] {0.45, 0.3, 0.4}))
            .containsExactly(new double[] {0.9, 0.9, 0.9}, within(1e-16));
    }

    @Test
    void tiedPValuesGetEqualAdjustments() {
        // 0.02 x 3 = 0.06, 0.02 x 2 = 0.04 -> 0.06, 0.5 x 1 -> 0.5
        assertThat(Holm.adjust(new double[] {0.02, 0.5, 0.02}))
            .containsExactly(new double[] {0.06, 0.5, 0.06}, within(1e-16));
    }

    @Test
    void singleTestIsUnchangedAndZeroStaysZero() {
        assertThat(Holm.adjust(new double[] {0.037})).containsExactly(0.037);
        assertThat(Holm.adjust(new double[] {0.0, 1.0})).containsExactly(0.0, 1.0);
    }

    @Test
    void inputIsNotModified() {
        double[] p = {0.2, 0.01, 0.03};
        Holm.adjust(p);
        assertThat(p).containsExactly(0.2, 0.01, 0.03);
    }

    @Test
    void badPValuesAreRejected() {
        assertThatThrownBy(() -> Holm.adjust(new double[0]))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pValues");
        assertThatThrownBy(() -> Holm.adjust(null))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pValues");
        assertThatThrownBy(() -> Holm.adjust(new double[] {0.1, Double.NaN}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pValues[1]");
        assertThatThrownBy(() -> Holm.adjust(new double[] {1.5}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pValues[0]")
            .hasMessageContaining("1.5");
        assertThatThrownBy(() -> Holm.adjust(new double[] {-0.01}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pValues[0]");
    }
}
