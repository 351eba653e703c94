package skpro.regression;

import java.util.List;

/**
 * One registered estimator class: its name and example configurations (skpro's
 * {@code get_test_params}), plus which of them are expected to give calibrated 90 % intervals on
 * independent, identically distributed data with Gaussian conditional noise.
 *
 * @param <T> the estimator type ({@link ProbaRegressor}, {@link Regressor} or
 *     {@link skpro.classification.ProbaClassifier})
 * @param name the estimator's simple class name
 * @param examples at least two configurations (one for an estimator without parameters), all
 *     distinct
 * @param calibratedExamples the examples (a sub-list of {@code examples}) whose central intervals
 *     hold their nominal coverage on held-out iid data whose noise is Gaussian given X, either
 *     marginally (baselines fitted to the marginal of y) or conditionally (a model of the
 *     conditional scale); empty for point regressors and classifiers
 * @param coverageNote why the remaining examples are not expected to be calibrated
 */
public record RegistryEntry<T>(String name, List<T> examples, List<T> calibratedExamples, String coverageNote) {

    /**
     * @throws IllegalArgumentException if a part is null or empty where it must not be, or a
     *     calibrated example is not among the examples
     */
    public RegistryEntry {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("name must not be empty");
        }
        if (examples == null || examples.isEmpty()) {
            throw new IllegalArgumentException("examples of " + name + " must not be empty");
        }
        if (calibratedExamples == null) {
            throw new IllegalArgumentException("calibratedExamples of " + name + " must not be null");
        }
        if (coverageNote == null) {
            throw new IllegalArgumentException("coverageNote of " + name + " must not be null");
        }
        examples = List.copyOf(examples);
        calibratedExamples = List.copyOf(calibratedExamples);
        for (T c : calibratedExamples) {
            if (!examples.contains(c)) {
                throw new IllegalArgumentException("calibrated example " + c + " of " + name
                    + " is not among its examples");
            }
        }
    }

    /**
     * @param example one of {@link #examples()}
     * @return whether its 90 % intervals are expected to hold their coverage on iid data
     */
    public boolean isCalibrated(T example) {
        return calibratedExamples.contains(example);
    }
}
