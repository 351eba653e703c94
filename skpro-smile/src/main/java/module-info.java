/**
 * Optional learners wrapping Smile 3.1.1 (random forest, gradient tree boosting, Gaussian
 * process, lasso, elastic net, support vector regression) as skpro4j estimators, added to
 * {@link skpro.regression.EstimatorRegistry} through {@link skpro.smile.SmileEstimators}.
 *
 * <p>Licence: this module links Smile, which is GPL-3.0, so this module alone is distributed
 * under GPL-3.0; no other skpro4j module depends on it.
 */
module skpro.smile {
    requires transitive skpro.core;
    // Smile's jars have no module descriptor: these are their automatic module names.
    requires smile.core;
    requires smile.base;
    // Smile's Tuple.of overloads name java.sql.ResultSet, so resolving them needs java.sql.
    requires java.sql;

    exports skpro.smile;

    provides skpro.regression.EstimatorProvider with skpro.smile.SmileEstimators;
}
