package skpro.regression.compose;

import skpro.regression.Parameterized;

/**
 * A feature transformer (sklearn's {@code TransformerMixin}): an immutable description whose
 * {@link #fit} learns what it needs from a feature matrix and returns an immutable
 * {@link FittedTransformer}; the description itself never changes.
 */
public interface Transformer extends Parameterized<Transformer> {

    /**
     * @param x n x p features, rectangular and finite (only {@link SimpleImputer} accepts NaN)
     * @return the fitted transform
     * @throws IllegalArgumentException if X is null, empty, ragged or holds a value the
     *     transformer does not accept (the message names the row and column)
     */
    FittedTransformer fit(double[][] x);
}
