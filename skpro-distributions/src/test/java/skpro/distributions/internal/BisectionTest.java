package skpro.distributions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BisectionTest {

    @Test
    void findsTheBoundaryToTheUlpOverTheWholeRealLine() {
        assertThat(Bisection.firstTrue(x -> x >= 1.0, -Double.MAX_VALUE, Double.MAX_VALUE)).isEqualTo(1.0);
        assertThat(Bisection.firstTrue(x -> x >= -3.25, -9.0, 4.0022)).isEqualTo(-3.25);
        assertThat(Bisection.firstTrue(x -> x > 0.1, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY))
            .isEqualTo(Math.nextUp(0.1));
        assertThat(Bisection.firstTrue(x -> x >= -1e-300, -1.0, 1.0)).isEqualTo(-1e-300);
    }

    @Test
    void returnsTheLowerEndWhenTheTestHoldsThere() {
        assertThat(Bisection.firstTrue(x -> true, -5.0, 5.0)).isEqualTo(-5.0);
    }

    @Test
    void orderMapsDoublesMonotonically() {
        double[] xs = {Double.NEGATIVE_INFINITY, -Double.MAX_VALUE, -1.0, -Double.MIN_VALUE, 0.0, Double.MIN_VALUE,
            1.0, Double.MAX_VALUE, Double.POSITIVE_INFINITY};
        for (int k = 1; k < xs.length; k++) {
            assertThat(Bisection.order(xs[k])).isGreaterThan(Bisection.order(xs[k - 1]));
            assertThat(Bisection.unorder(Bisection.order(xs[k]))).isEqualTo(xs[k]);
        }
        assertThat(Bisection.order(-0.0)).isEqualTo(Bisection.order(0.0));
    }
}
