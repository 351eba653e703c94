/**
 * Predictive distributions: one immutable column of independent scalar distributions per
 * prediction, with exact densities, quantiles, moments and energy terms.
 */
module skpro.distributions {
    requires org.apache.commons.numbers.gamma;
    requires org.apache.commons.statistics.distribution;

    exports skpro.distributions;
}
