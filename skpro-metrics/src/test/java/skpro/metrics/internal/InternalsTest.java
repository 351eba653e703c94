package skpro.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import skpro.distributions.Exponential;
import skpro.distributions.Normal;
import skpro.distributions.Uniform;

/** The sorting and quadrature helpers. */
class InternalsTest {

    @Test
    void stableOrderKeepsTiesInRowOrder() {
        assertThat(StableOrder.of(new double[] {3, 1, 2, 1})).containsExactly(1, 3, 2, 0);
        assertThat(StableOrder.of(new double[] {5})).containsExactly(0);
        assertThat(StableOrder.of(new double[0])).isEmpty();
    }

    @Test
    void stableOrderAgreesWithABoxedStableSort() {
        SplittableRandom rng = new SplittableRandom(3);
        double[] v = new double[1001];
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.nextInt(50); // many ties
        }
        Integer[] boxed = IntStream.range(0, v.length).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, Comparator.comparingDouble(i -> v[i])); // Arrays.sort on objects is stable
        assertThat(StableOrder.of(v)).containsExactly(Arrays.stream(boxed).mapToInt(Integer::intValue).toArray());
    }

    @Test
    void quadratureOverPerRowIntervals() {
        // int_a^b Q(u) du for Uniform(0, 1) (Q(u) = u): (b^2 - a^2) / 2 = 0.225 on (0.2, 0.7), 0.5 on (0, 1)
        Uniform u = Uniform.of(new double[] {0, 0}, new double[] {1, 1});
        double[] got = UnitQuadrature.integrate(u, (lev, comp, x, out) -> System.arraycopy(x, 0, out, 0, x.length),
            new double[] {0.2, 0.0}, new double[] {0.8, 1.0}, new double[] {0.7, 1.0}, new double[] {0.3, 0.0});
        assertThat(got[0]).isCloseTo(0.225, withinPercentage(1e-12));
        assertThat(got[1]).isCloseTo(0.5, withinPercentage(1e-12));
    }

    @Test
    void quadratureHandlesUnboundedQuantiles() {
        // int_0^1 Q(u) du = E X: 2 for N(2, 9); 1/3 for Exponential(3) (Q(u) = -log(1 - u)/3, singular at 1);
        // int_0^1 Q(u)^2 du = Var + mean^2 = 9 + 4 for N(2, 9)
        double[] zero = {0.0};
        double[] one = {1.0};
        UnitQuadrature.Integrand identity = (lev, comp, x, out) -> out[0] = x[0];
        assertThat(UnitQuadrature.integrate(Normal.of(2.0, 3.0), identity, zero, one, one, zero)[0])
            .isCloseTo(2.0, withinPercentage(1e-11));
        assertThat(UnitQuadrature.integrate(Exponential.of(3.0), identity, zero, one, one, zero)[0])
            .isCloseTo(1.0 / 3.0, withinPercentage(1e-11));
        assertThat(UnitQuadrature.integrate(Normal.of(2.0, 3.0), (lev, comp, x, out) -> out[0] = x[0] * x[0],
            zero, one, one, zero)[0]).isCloseTo(13.0, withinPercentage(1e-11));
    }

    @Test
    void averages() {
        assertThat(RuleAverages.mean(new double[] {1, 2, 6})).isEqualTo(3.0);
        assertThat(RuleAverages.weightedMean(new double[] {1, Double.POSITIVE_INFINITY, 6}, new double[] {1, 0, 1}, 2))
            .isEqualTo(3.5);
        assertThat(RuleAverages.rowMeans(new double[][] {{1, 3}, {2, 2}})).containsExactly(2, 2);
        assertThat(RuleAverages.columnMeans(new double[][] {{1, 3}, {2, 2}})).containsExactly(1.5, 2.5);
    }
}
