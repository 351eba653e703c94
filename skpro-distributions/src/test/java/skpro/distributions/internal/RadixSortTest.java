package skpro.distributions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class RadixSortTest {

    @Test
    void sortsRangesExactlyAsArraysSortDoes() {
        SplittableRandom rng = new SplittableRandom(17);
        RadixSort.Buffers buffers = new RadixSort.Buffers();
        for (int trial = 0; trial < 200; trial++) {
            int m = 1 + rng.nextInt(3000);
            double[] values = new double[m + 20];
            for (int k = 0; k < values.length; k++) {
                switch (rng.nextInt(8)) {
                    case 0:
                        values[k] = rng.nextInt(5) - 2.0; // ties
                        break;
                    case 1:
                        values[k] = rng.nextBoolean() ? -0.0 : 0.0;
                        break;
                    case 2:
                        values[k] = rng.nextBoolean() ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                        break;
                    case 3:
                        values[k] = (rng.nextBoolean() ? -1 : 1) * Double.MIN_VALUE * rng.nextInt(1000);
                        break;
                    case 4:
                        values[k] = rng.nextGaussian() * 1e300;
                        break;
                    default:
                        values[k] = rng.nextGaussian() * Math.exp(rng.nextDouble(-20, 20));
                }
            }
            double[] expected = values.clone();
            Arrays.sort(expected, 10, 10 + m);
            RadixSort.sort(values, 10, 10 + m, buffers);
            // bit-for-bit, so -0.0 comes before 0.0 as in Arrays.sort
            for (int k = 0; k < values.length; k++) {
                assertThat(Double.doubleToRawLongBits(values[k])).as("trial %d index %d", trial, k)
                    .isEqualTo(Double.doubleToRawLongBits(expected[k]));
            }
        }
    }

    @Test
    void keepsAlreadyEqualDigitsAndSortedInput() {
        RadixSort.Buffers buffers = new RadixSort.Buffers();
        double[] sorted = new double[1000];
        for (int k = 0; k < sorted.length; k++) {
            sorted[k] = 1.0 + k * 0x1.0p-40;
        }
        double[] reversed = new double[1000];
        for (int k = 0; k < reversed.length; k++) {
            reversed[k] = sorted[sorted.length - 1 - k];
        }
        RadixSort.sort(reversed, 0, reversed.length, buffers);
        assertThat(reversed).containsExactly(sorted);
    }
}
