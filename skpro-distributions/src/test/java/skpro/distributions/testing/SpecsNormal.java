package skpro.distributions.testing;

import java.util.Map;

import skpro.distributions.*;

/** Reference-file builders for the families of {@link ExamplesNormal}. */
final class SpecsNormal {

    private SpecsNormal() {
    }

    static void register(Map<String, SpecBuilder> builders) {
        builders.put("Normal", s -> Normal.of(s.column("mu"), s.column("sigma")));
    }
}
