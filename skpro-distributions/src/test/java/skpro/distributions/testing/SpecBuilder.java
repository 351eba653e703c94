package skpro.distributions.testing;

import skpro.distributions.Distribution;

/** Builds this project's distribution for one column of a reference spec. */
@FunctionalInterface
public interface SpecBuilder {
    /** @return the distribution the spec describes, for {@code spec.column()} */
    Distribution build(Spec spec);
}
