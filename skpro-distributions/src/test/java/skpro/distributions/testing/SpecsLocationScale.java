package skpro.distributions.testing;

import java.util.Map;

import skpro.distributions.*;

/** Reference-file builders for the families of {@link ExamplesLocationScale}. */
final class SpecsLocationScale {

    private SpecsLocationScale() {
    }

    static void register(Map<String, SpecBuilder> builders) {
        builders.put("Laplace", s -> Laplace.of(s.column("mu"), s.column("scale")));
        builders.put("Logistic", s -> Logistic.of(s.column("mu"), s.column("scale")));
        builders.put("TDistribution", s -> TDistribution.of(s.column("mu"), s.column("sigma"), s.column("df")));
        builders.put("Cauchy", s -> Cauchy.of(s.column("mu"), s.column("scale")));
        builders.put("Uniform", s -> Uniform.of(s.column("lower"), s.column("upper")));
        builders.put("HalfNormal", s -> HalfNormal.of(s.column("sigma")));
        builders.put("HalfCauchy", s -> HalfCauchy.of(s.column("beta")));
        builders.put("HalfLogistic", s -> HalfLogistic.of(s.column("beta")));
        builders.put("TruncatedNormal", s -> TruncatedNormal.of(s.column("mu"), s.column("sigma"),
            s.column("l_trunc"), s.column("r_trunc")));
    }
}
