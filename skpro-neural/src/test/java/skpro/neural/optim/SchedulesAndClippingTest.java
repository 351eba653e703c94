package skpro.neural.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Learning-rate schedules at chosen steps and global-norm clipping. */
class SchedulesAndClippingTest {

    @Test
    void constant() {
        LearningRateSchedule s = Schedules.constant(0.3);
        assertThat(s.rate(0)).isEqualTo(0.3);
        assertThat(s.rate(1_000_000)).isEqualTo(0.3);
        assertThat(s).isEqualTo(Schedules.constant(0.3));
    }

    @Test
    void warmupLinear() {
        LearningRateSchedule s = Schedules.warmupLinear(1.0, 10, 110);
        assertThat(s.rate(0)).isZero();
        assertThat(s.rate(5)).isEqualTo(0.5);
        assertThat(s.rate(10)).isEqualTo(1.0);
        assertThat(s.rate(35)).isEqualTo(0.75);
        assertThat(s.rate(110)).isZero();
        assertThat(s.rate(500)).isZero();
        assertThat(Schedules.warmupLinear(2.0, 0, 4).rate(0)).isEqualTo(2.0);
        assertThat(Schedules.warmupLinear(2.0, 0, 4).rate(3)).isEqualTo(0.5);
    }

    @Test
    void warmupCosine() {
        LearningRateSchedule s = Schedules.warmupCosine(1.0, 4, 104, 0.1);
        assertThat(s.rate(1)).isEqualTo(0.25);
        assertThat(s.rate(4)).isEqualTo(1.0);
        assertThat(s.rate(54)).isCloseTo(0.55, within(1e-15));
        assertThat(s.rate(29)).isCloseTo(0.1 + 0.9 * 0.5 * (1 + Math.sqrt(0.5)), within(1e-15));
        assertThat(s.rate(104)).isCloseTo(0.1, within(1e-15));
        assertThat(s.rate(1000)).isEqualTo(0.1);
    }

    @Test
    void schedulesValidate() {
        assertThatThrownBy(() -> Schedules.constant(-1)).hasMessageContaining("rate must be finite and >= 0, got -1.0");
        assertThatThrownBy(() -> Schedules.warmupLinear(0, 1, 2)).hasMessageContaining("peak must be finite and > 0");
        assertThatThrownBy(() -> Schedules.warmupLinear(1, -1, 2)).hasMessageContaining("warmupSteps must be >= 0, got -1");
        assertThatThrownBy(() -> Schedules.warmupLinear(1, 5, 5))
            .hasMessageContaining("totalSteps must be > warmupSteps = 5, got 5");
        assertThatThrownBy(() -> Schedules.warmupCosine(1, 0, 5, 2)).hasMessageContaining("floor must be in [0, peak = 1.0], got 2.0");
        assertThatThrownBy(() -> Schedules.warmupCosine(Double.NaN, 0, 5, 0)).hasMessageContaining("peak");
        assertThatThrownBy(() -> Schedules.constant(1).rate(-1)).hasMessageContaining("step must be >= 0, got -1");
    }

    @Test
    void clippingScalesOnlyAboveTheLimit() {
        INDArray g = Nd4j.createFromArray(3.0, 4.0);
        assertThat(GradientClipping.clipByGlobalNorm(g, 10.0)).isEqualTo(5.0);
        assertThat(g.toDoubleVector()).containsExactly(3.0, 4.0);
        assertThat(GradientClipping.clipByGlobalNorm(g, 1.0)).isEqualTo(5.0);
        assertThat(g.toDoubleVector()).containsExactly(new double[] {0.6, 0.8}, within(1e-15));
        INDArray f = Nd4j.createFromArray(new float[] {0f, 12f, 5f});
        assertThat(GradientClipping.clipByGlobalNorm(f, 2.6)).isCloseTo(13.0, within(1e-5));
        assertThat(f.toFloatVector()).containsExactly(new float[] {0f, 2.4f, 1f}, within(1e-6f));
        assertThat(f.dataType()).isEqualTo(DataType.FLOAT);
    }

    @Test
    void clippingValidates() {
        INDArray g = Nd4j.createFromArray(1.0);
        assertThatThrownBy(() -> GradientClipping.clipByGlobalNorm(g, 0)).hasMessageContaining("maxNorm must be finite and > 0, got 0.0");
        assertThatThrownBy(() -> GradientClipping.clipByGlobalNorm(g, Double.NaN)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> GradientClipping.clipByGlobalNorm(null, 1)).hasMessageContaining("gradients must not be null");
    }
}
