package skpro.distributions.testing;

import java.util.Map;

import skpro.distributions.*;

/** Reference-file builders for the families of {@link ExamplesPositive}. */
final class SpecsPositive {

    private SpecsPositive() {
    }

    static void register(Map<String, SpecBuilder> builders) {
        builders.put("LogNormal", s -> LogNormal.of(s.column("mu"), s.column("sigma")));
        builders.put("Gamma", s -> Gamma.of(s.column("alpha"), s.column("beta")));
        builders.put("Exponential", s -> Exponential.of(s.column("rate")));
        builders.put("ChiSquared", s -> ChiSquared.of(s.column("dof")));
        builders.put("Beta", s -> Beta.of(s.column("alpha"), s.column("beta")));
        builders.put("Weibull", s -> Weibull.of(s.column("scale"), s.column("k")));
        builders.put("InverseGaussian", s -> InverseGaussian.of(s.column("mu"), s.column("scale")));
        builders.put("Pareto", s -> Pareto.of(s.column("scale"), s.column("alpha")));
    }
}
