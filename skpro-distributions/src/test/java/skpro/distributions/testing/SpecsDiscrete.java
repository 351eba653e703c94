package skpro.distributions.testing;

import java.util.Map;

import skpro.distributions.*;

/** Reference-file builders for the families of {@link ExamplesDiscrete}. */
final class SpecsDiscrete {

    private SpecsDiscrete() {
    }

    static void register(Map<String, SpecBuilder> builders) {
        builders.put("Poisson", s -> Poisson.of(s.column("mu")));
        builders.put("NegativeBinomial", s -> NegativeBinomial.of(s.column("mu"), s.column("alpha")));
        builders.put("Binomial", s -> Binomial.of(integers(s.column("n")), s.column("p")));
        builders.put("Delta", s -> Delta.of(s.column("c")));
    }

    /** The reference file writes integer parameters as JSON numbers; they must be whole. */
    private static int[] integers(double[] values) {
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (int) values[i];
            if (out[i] != values[i]) {
                throw new IllegalStateException("not an integer: " + values[i]);
            }
        }
        return out;
    }
}
