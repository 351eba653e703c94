package skpro.distributions.testing;

import java.util.Map;

import skpro.distributions.*;

/** Reference-file builders for the families of {@link ExamplesPositive}. */
final class SpecsPositive {

    private SpecsPositive() {
    }

    static void register(Map<String, SpecBuilder> builders) {
    }
}
