package skpro.distributions.testing;

import java.util.Map;

import skpro.distributions.*;

/** Reference-file builders for the families of {@link ExamplesLocationScale}. */
final class SpecsLocationScale {

    private SpecsLocationScale() {
    }

    static void register(Map<String, SpecBuilder> builders) {
    }
}
