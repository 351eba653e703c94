package skpro.distributions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class FastExpTest {

    @Test
    void agreesWithStrictMathWithinTwoAndAHalfEpsRelative() {
        SplittableRandom rng = new SplittableRandom(9);
        for (int k = 0; k < 500_000; k++) {
            double x = k % 2 == 0 ? -rng.nextDouble() * 745.0 : -rng.nextDouble() * 20.0;
            double expected = StrictMath.exp(x);
            assertThat(FastExp.nonPositive(x)).as("x = %s", x).isCloseTo(expected, within(Math.max(2.5 * Math.ulp(1.0) * expected, 2 * Double.MIN_VALUE)));
        }
    }

    @Test
    void handlesTheEnds() {
        assertThat(FastExp.nonPositive(0.0)).isEqualTo(1.0);
        assertThat(FastExp.nonPositive(-0.0)).isEqualTo(1.0);
        assertThat(FastExp.nonPositive(Double.NEGATIVE_INFINITY)).isZero();
        assertThat(FastExp.nonPositive(-745.2)).isEqualTo(Math.exp(-745.2));
        assertThat(FastExp.nonPositive(-Math.log(2.0))).isCloseTo(0.5, within(1e-16));
    }
}
