package skpro.neural.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import skpro.neural.engine.Context;
import skpro.neural.engine.Flops;

class DropoutTest {
    private static final int N = 20_000;

    private static double[] ones() {
        double[] v = new double[N];
        Arrays.fill(v, 1.0);
        return v;
    }

    private static double[] masked(double rate, long seed) {
        return TestArrays.flat(Dropout.of(rate).forward(TestArrays.array(ones(), 100, N / 100), Context.training(seed)));
    }

    @Test
    void sameSeedSameMaskOtherSeedOtherMask() {
        assertThat(masked(0.3, 7)).containsExactly(masked(0.3, 7));
        assertThat(masked(0.3, 7)).isNotEqualTo(masked(0.3, 8));
    }

    @Test
    void keepsAboutOneMinusRateAndPreservesTheMean() {
        double rate = 0.3;
        double[] y = masked(rate, 42);
        int kept = 0;
        double sum = 0;
        for (double v : y) {
            if (v != 0.0) {
                kept++;
                assertThat(v).as("a kept element is scaled by 1 / (1 - rate)").isCloseTo(1 / (1 - rate), within(1e-15));
            }
            sum += v;
        }
        // binomial standard errors: 0.0032 for the fraction, 0.0046 for the mean
        assertThat((double) kept / N).isCloseTo(1 - rate, within(0.015));
        assertThat(sum / N).isCloseTo(1.0, within(0.02));
    }

    @Test
    void backwardUsesTheForwardMask() {
        Dropout d = Dropout.of(0.5);
        double[] x = TestArrays.gaussian(60, 1);
        double[] g = TestArrays.gaussian(60, 2);
        double[] y = TestArrays.flat(d.forward(TestArrays.array(x, 3, 4, 5), Context.training(3)));
        double[] gx = TestArrays.flat(d.backward(TestArrays.array(g, 3, 4, 5)));
        for (int i = 0; i < x.length; i++) {
            double m = y[i] / x[i];
            assertThat(m == 0.0 || Math.abs(m - 2.0) < 1e-12).as("mask value " + m).isTrue();
            assertThat(gx[i]).isCloseTo(g[i] * m, within(1e-12));
        }
    }

    @Test
    void identityAtInferenceInTheInputsType() {
        Dropout d = Dropout.of(0.9);
        INDArray x = TestArrays.array(TestArrays.gaussian(12, 5), 3, 4).castTo(DataType.FLOAT);
        INDArray y = d.forward(x, Context.inference());
        assertThat(y).isEqualTo(x).isNotSameAs(x);
        assertThat(d.backward(x)).isEqualTo(x);
        assertThat(d.forward(x, Context.training(1)).dataType()).isEqualTo(DataType.FLOAT);
    }

    @Test
    void flopsAndBadRates() {
        assertThat(Dropout.of(0.1).flops(new long[] {2, 3, 4})).isEqualTo(Flops.of(24, 24));
        assertThat(Dropout.of(0.0).flops(new long[] {2, 3, 4})).isEqualTo(Flops.ZERO);
        assertThatThrownBy(() -> Dropout.of(1.0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("rate").hasMessageContaining("1.0");
        assertThatThrownBy(() -> Dropout.of(-0.1)).hasMessageContaining("-0.1");
        assertThatThrownBy(() -> Dropout.of(Double.NaN)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> Dropout.of(0.2).backward(TestArrays.array(new double[2], 1, 2)))
            .isInstanceOf(IllegalStateException.class);
    }
}
