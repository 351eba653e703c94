/**
 * Proper scoring rules for predictive distributions (CRPS, log-loss, interval and quantile losses),
 * with standard errors and paired comparison tests.
 */
module skpro.metrics {
    requires transitive skpro.distributions;
    requires org.apache.commons.statistics.distribution;

    exports skpro.metrics;
}
