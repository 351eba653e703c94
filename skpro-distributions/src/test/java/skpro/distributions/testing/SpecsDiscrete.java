package skpro.distributions.testing;

import java.util.Map;

import skpro.distributions.*;

/** Reference-file builders for the families of {@link ExamplesDiscrete}. */
final class SpecsDiscrete {

    private SpecsDiscrete() {
    }

    static void register(Map<String, SpecBuilder> builders) {
    }
}
