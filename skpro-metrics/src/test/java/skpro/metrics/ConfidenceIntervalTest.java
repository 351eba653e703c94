package skpro.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConfidenceIntervalTest {

    @Test
    void holdsItsBoundsAndLevel() {
        ConfidenceInterval ci = ConfidenceInterval.of(0.40456493067991084, 0.5694350693200891, 0.95);
        assertThat(ci.lower()).isEqualTo(0.40456493067991084);
        assertThat(ci.upper()).isEqualTo(0.5694350693200891);
        assertThat(ci.level()).isEqualTo(0.95);
        assertThat(ci.width()).isEqualTo(0.5694350693200891 - 0.40456493067991084);
        assertThat(ci.contains(0.5)).isTrue();
        assertThat(ci.contains(0.40456493067991084)).isTrue();
        assertThat(ci.contains(0.6)).isFalse();
        assertThat(ci).isEqualTo(ConfidenceInterval.of(0.40456493067991084, 0.5694350693200891, 0.95))
            .isNotEqualTo(ConfidenceInterval.of(0.40456493067991084, 0.5694350693200891, 0.9));
    }

    @Test
    void toStringRoundsToSixSignificantDigits() {
        assertThat(ConfidenceInterval.of(0.40456493067991084, 0.5694350693200891, 0.95))
            .hasToString("95% CI [0.404565, 0.569435]");
        assertThat(ConfidenceInterval.of(-2.5e-7, 1234.5, 0.999))
            .hasToString("99.9% CI [-2.50000e-07, 1234.5]");
    }

    @Test
    void badBoundsAndLevelsAreRejected() {
        assertThatThrownBy(() -> ConfidenceInterval.of(1.0, 0.0, 0.9))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lower must be <= upper");
        assertThatThrownBy(() -> ConfidenceInterval.of(Double.NaN, 0.0, 0.9))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lower");
        assertThatThrownBy(() -> ConfidenceInterval.of(0.0, Double.POSITIVE_INFINITY, 0.9))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("upper");
        assertThatThrownBy(() -> ConfidenceInterval.of(0.0, 1.0, 1.0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("level");
    }
}
