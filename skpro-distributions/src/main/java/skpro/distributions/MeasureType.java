package skpro.distributions;

/**
 * The base measure a distribution's {@link Distribution#pdf(double[]) pdf} is a density against.
 */
public enum MeasureType {
    /** Lebesgue measure: the pdf is a probability density. */
    CONTINUOUS,
    /** Counting measure on the atoms: the pdf is the probability mass function. */
    DISCRETE,
    /**
     * Lebesgue measure plus counting measure on the atoms: the pdf is the mass at an atom and the
     * density of the continuous part elsewhere.
     */
    MIXED
}
