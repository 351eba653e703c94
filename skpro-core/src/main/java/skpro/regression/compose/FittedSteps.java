package skpro.regression.compose;

import java.util.List;

import skpro.regression.internal.DataChecks;

/**
 * The fitted steps of a pipeline as one transform: f_k(...f_1(X)...), names likewise passed
 * through each step in turn. With no step it is the identity on p columns. Immutable.
 */
final class FittedSteps implements FittedTransformer {

    private final List<FittedTransformer> fitted;
    private final int numFeatures;

    FittedSteps(List<FittedTransformer> fitted, int numFeatures) {
        this.fitted = List.copyOf(fitted);
        this.numFeatures = numFeatures;
    }

    /** @return the fitted steps in order (unmodifiable) */
    List<FittedTransformer> fitted() {
        return fitted;
    }

    @Override
    public int numFeatures() {
        return numFeatures;
    }

    @Override
    public int numOutputs() {
        return fitted.isEmpty() ? numFeatures : fitted.get(fitted.size() - 1).numOutputs();
    }

    /**
     * The features the final estimator sees, without a copy when there is no step (the estimator
     * then validates X itself).
     *
     * @param x features with {@link #numFeatures()} columns
     * @return f_k(...f_1(X)...)
     * @throws IllegalArgumentException if a step rejects its input
     */
    double[][] apply(double[][] x) {
        double[][] z = x;
        for (FittedTransformer f : fitted) {
            z = f.transform(z);
        }
        return z;
    }

    /** @throws IllegalArgumentException if a step rejects its input (with no step: as DataChecks) */
    @Override
    public double[][] transform(double[][] x) {
        if (!fitted.isEmpty()) {
            return apply(x);
        }
        DataChecks.featuresFor(x, numFeatures);
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i].clone();
        }
        return out;
    }

    @Override
    public String[] featureNames(String[] in) {
        String[] names = Transforms.names(in, numFeatures);
        for (FittedTransformer f : fitted) {
            names = f.featureNames(names);
        }
        return names;
    }
}
