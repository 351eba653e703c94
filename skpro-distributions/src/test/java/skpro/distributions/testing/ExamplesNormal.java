package skpro.distributions.testing;

import java.util.List;

import skpro.distributions.*;

/** Contract-suite instances of the normal family. */
public final class ExamplesNormal {

    private ExamplesNormal() {
    }

    /** @return at least two instances per family, with several rows and extreme parameters */
    public static List<Example> valid() {
        return List.of(
            Example.of("standard", Normal.of(0.0, 1.0)),
            Example.of("3 rows", Normal.of(new double[] {0.0, 1.5, -2.0}, new double[] {1.0, 2.0, 0.5})),
            Example.of("extreme scales", Normal.of(new double[] {1e3, -3.0}, new double[] {1e-3, 1e4})));
    }

    /** @return constructions that must be rejected */
    public static List<InvalidExample> invalid() {
        return List.of(
            new InvalidExample("Normal sigma 0", () -> Normal.of(0.0, 0.0), "sigma[0]"),
            new InvalidExample("Normal sigma < 0 row 1",
                () -> Normal.of(new double[] {0, 0}, new double[] {1, -1}), "sigma[1]"),
            new InvalidExample("Normal NaN mu", () -> Normal.of(Double.NaN, 1.0), "mu[0]"),
            new InvalidExample("Normal infinite sigma", () -> Normal.of(0.0, Double.POSITIVE_INFINITY), "sigma[0]"),
            new InvalidExample("Normal lengths differ",
                () -> Normal.of(new double[] {0, 1}, new double[] {1}), "rows"),
            new InvalidExample("Normal empty", () -> Normal.of(new double[0], new double[0]), "empty"));
    }
}
