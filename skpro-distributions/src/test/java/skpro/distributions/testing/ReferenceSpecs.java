package skpro.distributions.testing;

import java.util.HashMap;
import java.util.Map;

import skpro.distributions.Distribution;

/** skpro class name to builder, for every family this project implements. */
public final class ReferenceSpecs {

    private static final Map<String, SpecBuilder> BUILDERS = new HashMap<>();

    static {
        SpecsNormal.register(BUILDERS);
        SpecsLocationScale.register(BUILDERS);
        SpecsPositive.register(BUILDERS);
        SpecsDiscrete.register(BUILDERS);
        SpecsEmpirical.register(BUILDERS);
        SpecsComposite.register(BUILDERS);
    }

    private ReferenceSpecs() {
    }

    /** @return whether the family has a builder */
    public static boolean supports(String className) {
        return BUILDERS.containsKey(className);
    }

    /** @return the distribution for one column of the spec */
    public static Distribution build(Spec spec) {
        SpecBuilder b = BUILDERS.get(spec.className());
        if (b == null) {
            throw new IllegalStateException("no builder for " + spec.className());
        }
        return b.build(spec);
    }
}
