package skpro.distributions.testing;

import java.util.List;

import skpro.distributions.*;

/** Contract-suite instances of symmetric and location-scale families (Laplace, Logistic, T, Cauchy, Uniform, half families, truncated normal). */
public final class ExamplesLocationScale {

    private ExamplesLocationScale() {
    }

    /** @return at least two instances per family, with several rows and extreme parameters */
    public static List<Example> valid() {
        return List.of();
    }

    /** @return constructions that must be rejected */
    public static List<InvalidExample> invalid() {
        return List.of();
    }
}
