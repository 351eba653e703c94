package skpro.distributions.testing;

import java.util.List;

import skpro.distributions.*;

/** Contract-suite instances of composite families (Mixture, MeanScale, TruncatedDistribution, TransformedDistribution, IID). */
public final class ExamplesComposite {

    private ExamplesComposite() {
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
