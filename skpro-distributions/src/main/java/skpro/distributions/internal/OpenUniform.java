package skpro.distributions.internal;

import java.util.random.RandomGenerator;

/** Uniform draws on the open interval (0, 1), for sampling by inversion. */
public final class OpenUniform {

    private OpenUniform() {
    }

    /**
     * (k + 1/2) 2^-52 for k uniform on {0, ..., 2^52 - 1}: every value lies in
     * [2^-53, 1 - 2^-53], so neither 0 nor 1 (where quantile functions are infinite) can occur.
     *
     * @param rng the generator
     * @return a draw on (0, 1)
     */
    public static double draw(RandomGenerator rng) {
        return (rng.nextLong() >>> 12) * 0x1.0p-52 + 0x1.0p-53;
    }
}
