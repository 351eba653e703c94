package skpro.distributions.testing;

import java.util.List;

import skpro.distributions.*;

/** Contract-suite instances of sample-based families (Empirical, QPD_Empirical, Histogram, KernelMixture). */
public final class ExamplesEmpirical {

    private ExamplesEmpirical() {
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
