package skpro.distributions.testing;

import java.util.Map;

import skpro.distributions.*;

/** Reference-file builders for the families of {@link ExamplesEmpirical}. */
final class SpecsEmpirical {

    private SpecsEmpirical() {
    }

    static void register(Map<String, SpecBuilder> builders) {
    }
}
