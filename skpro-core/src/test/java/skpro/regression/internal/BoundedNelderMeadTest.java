package skpro.regression.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BoundedNelderMeadTest {

    private static double rosenbrock(double[] x) {
        double a = 1 - x[0];
        double b = x[1] - x[0] * x[0];
        return a * a + 100 * b * b;
    }

    @Test
    void rosenbrockIsMinimisedFromTheClassicalStart() {
        BoundedNelderMead.Result r = BoundedNelderMead.minimize(BoundedNelderMeadTest::rosenbrock,
            new double[] {-1.2, 1.0}, new double[] {-5, -5}, new double[] {5, 5}, 0.5, 1e-20, 1e-11, 20_000);
        assertThat(r.converged()).isTrue();
        assertThat(r.x()[0]).isCloseTo(1.0, within(1e-8));
        assertThat(r.x()[1]).isCloseTo(1.0, within(1e-8));
        assertThat(r.value()).isCloseTo(0.0, within(1e-15));
        assertThat(r.value()).isEqualTo(rosenbrock(r.x()));
    }

    @Test
    void anOptimumOnTheBoxEdgeIsReachedExactly() {
        // unconstrained minimum at (3, -2); the box [-1, 2] x [-1, 1] puts it at (2, -1) on a corner ...
        double[] lo = {-1, -1};
        double[] hi = {2, 1};
        BoundedNelderMead.Result corner = BoundedNelderMead.minimize(
            x -> (x[0] - 3) * (x[0] - 3) + 2 * (x[1] + 2) * (x[1] + 2) + x[0] * x[1] * 0.1,
            new double[] {0, 0}, lo, hi, 0.5, 1e-14, 1e-12, 5_000);
        assertThat(corner.x()).containsExactly(2.0, -1.0);
        // ... and (x - 3)^2 + (y - 0.25)^2 at (2, 0.25) on a face, the second coordinate interior
        BoundedNelderMead.Result face = BoundedNelderMead.minimize(
            x -> (x[0] - 3) * (x[0] - 3) + (x[1] - 0.25) * (x[1] - 0.25), new double[] {0, 0}, lo, hi, 0.5,
            1e-16, 1e-12, 5_000);
        assertThat(face.x()[0]).isEqualTo(2.0);
        // f = 1 + (y - 0.25)^2 resolves y only to about sqrt(ulp(1)) = 1.5e-8
        assertThat(face.x()[1]).isCloseTo(0.25, within(3e-8));
        assertThat(face.value()).isCloseTo(1.0, within(1e-15));
    }

    @Test
    void oneDimensionMaximisedInsideAndAtTheBound() {
        // log x - x / 3 has its maximum at x = 3, value log 3 - 1
        BoundedNelderMead.Result r = BoundedNelderMead.maximize(x -> Math.log(x[0]) - x[0] / 3,
            new double[] {0.5}, new double[] {0.1}, new double[] {10}, 0.5, 1e-16, 1e-12, 2_000);
        assertThat(r.x()[0]).isCloseTo(3.0, within(1e-7));
        assertThat(r.value()).isCloseTo(Math.log(3) - 1, within(1e-14));
        BoundedNelderMead.Result bound = BoundedNelderMead.maximize(x -> Math.log(x[0]) - x[0] / 3,
            new double[] {0.5}, new double[] {0.1}, new double[] {2}, 0.5, 1e-16, 1e-12, 2_000);
        assertThat(bound.x()).containsExactly(2.0);
    }

    @Test
    void nonFiniteValuesAreAvoidedAndTheBudgetIsKept() {
        // NaN for x < 1 (the start is there): the search must leave that region
        BoundedNelderMead.Result r = BoundedNelderMead.minimize(
            x -> x[0] < 1 ? Double.NaN : (x[0] - 4) * (x[0] - 4), new double[] {0.5}, new double[] {0},
            new double[] {10}, 2.0, 1e-16, 1e-12, 2_000);
        assertThat(r.x()[0]).isCloseTo(4.0, within(1e-7));
        BoundedNelderMead.Result capped = BoundedNelderMead.minimize(BoundedNelderMeadTest::rosenbrock,
            new double[] {-1.2, 1.0}, new double[] {-5, -5}, new double[] {5, 5}, 0.5, 0, 0, 50);
        assertThat(capped.evaluations()).isLessThanOrEqualTo(50);
        assertThat(capped.converged()).isFalse();
    }

    @Test
    void invalidArgumentsAreNamed() {
        double[] one = {0};
        assertThatThrownBy(() -> BoundedNelderMead.minimize(x -> x[0], one, new double[] {1}, new double[] {1}, 0.1,
            0, 0, 10)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lo[0] = 1.0");
        assertThatThrownBy(() -> BoundedNelderMead.minimize(x -> x[0], one, new double[] {0, 0}, new double[] {1}, 0.1,
            0, 0, 10)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same length");
        assertThatThrownBy(() -> BoundedNelderMead.minimize(x -> x[0], one, one, new double[] {1}, 0, 0, 0, 10))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("step");
        assertThatThrownBy(() -> BoundedNelderMead.minimize(x -> x[0], one, one, new double[] {1}, 0.1, 0, 0, 1))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxEval");
    }
}
