package skpro.distributions.internal;

import java.util.random.RandomGenerator;

/**
 * Exact gamma variates, used by the gamma, chi-squared and beta families.
 *
 * <p>Shape a &ge; 1: the squeeze-and-reject method of Marsaglia and Tsang (2000): with
 * d = a - 1/3, c = 1 / sqrt(9d), Z standard normal and V = (1 + cZ)^3 &gt; 0, accept d V when
 * log U &lt; Z^2 / 2 + d - dV + d log V (expected acceptance rate above 0.95). Shape a &lt; 1:
 * G_a = G_{a+1} U^(1/a), computed in logs so that tiny shapes, whose variates underflow, still
 * give a finite logarithm.
 */
public final class GammaVariates {


    private GammaVariates() {
    }

    /**
     * @param shape the shape a &gt; 0 (not checked)
     * @param rng the generator
     * @return a draw from Gamma(a, scale 1); may underflow to 0 for tiny shapes
     */
    public static double standard(double shape, RandomGenerator rng) {
        if (shape >= 1.0) {
            return marsagliaTsang(shape, rng);
        }
        return Math.exp(logStandard(shape, rng));
    }

    /**
     * @param shape the shape a &gt; 0 (not checked)
     * @param rng the generator
     * @return the logarithm of a draw from Gamma(a, scale 1), finite for every shape
     */
    public static double logStandard(double shape, RandomGenerator rng) {
        if (shape >= 1.0) {
            return Math.log(marsagliaTsang(shape, rng));
        }
        double g = marsagliaTsang(shape + 1.0, rng);
        return Math.log(g) + Math.log(OpenUniform.draw(rng)) / shape;
    }


    private static double marsagliaTsang(double shape, RandomGenerator rng) {
        double d = shape - 1.0 / 3.0;
        double c = 1.0 / Math.sqrt(9.0 * d);
        while (true) {
            double z = rng.nextGaussian();
            double v = 1.0 + c * z;
            if (v <= 0.0) {
                continue;
            }
            v = v * v * v;
            double logU = Math.log(OpenUniform.draw(rng));
            double z2 = z * z;
            if (logU < 0.5 * z2 + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }
}
