package skpro.regression;

import java.util.List;

import skpro.classification.ProbaClassifier;

/**
 * A service that adds estimators from another module to {@link EstimatorRegistry} (found with
 * {@link java.util.ServiceLoader}: declare it with {@code provides skpro.regression.EstimatorProvider
 * with ...} in module-info and in {@code META-INF/services/skpro.regression.EstimatorProvider} for
 * the class path). Its estimators then run through the same contract suite and appear wherever the
 * registry is listed.
 *
 * <p>An implementation needs a public no-argument constructor; its lists follow the rules of
 * {@link EstimatorRegistry}: one entry per class, distinct examples, each fitting any data set of
 * at least 40 rows and 2 columns.
 */
public interface EstimatorProvider {

    /** @return the probabilistic regressors this module adds (may be empty) */
    List<RegistryEntry<ProbaRegressor>> probaRegressors();

    /** @return the point regressors this module adds (may be empty) */
    List<RegistryEntry<Regressor>> regressors();

    /** @return the probabilistic classifiers this module adds; by default none */
    default List<RegistryEntry<ProbaClassifier>> probaClassifiers() {
        return List.of();
    }
}
