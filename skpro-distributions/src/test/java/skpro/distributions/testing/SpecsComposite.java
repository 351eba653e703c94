package skpro.distributions.testing;

import java.util.Map;

import skpro.distributions.*;

/** Reference-file builders for the families of {@link ExamplesComposite}. */
final class SpecsComposite {

    private SpecsComposite() {
    }

    static void register(Map<String, SpecBuilder> builders) {
    }
}
