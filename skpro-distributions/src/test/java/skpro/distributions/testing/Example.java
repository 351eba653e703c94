package skpro.distributions.testing;

import skpro.distributions.Distribution;

/**
 * A named distribution instance for the contract suite.
 *
 * @param name shown in the test report
 * @param distribution the instance
 */
public record Example(String name, Distribution distribution) {

    /** @return an example named after the distribution's class and a label */
    public static Example of(String label, Distribution distribution) {
        return new Example(distribution.getClass().getSimpleName() + " " + label, distribution);
    }

    @Override
    public String toString() {
        return name;
    }
}
