package skpro.regression.compose;

/** A fitted feature transform: immutable, safe to share between threads. */
public interface FittedTransformer {

    /** @return the number p of input columns it was fitted on */
    int numFeatures();

    /** @return the number of output columns */
    int numOutputs();

    /**
     * @param x m x p features with p = {@link #numFeatures()}
     * @return the m x {@link #numOutputs()} transformed features (a new array)
     * @throws IllegalArgumentException if X is null, empty, ragged, has another number of columns
     *     or holds a value the transform does not accept
     */
    double[][] transform(double[][] x);

    /**
     * @param in the names of the p input columns
     * @return the names of the output columns
     * @throws IllegalArgumentException if in is null, has another length than p or holds a null
     */
    String[] featureNames(String[] in);

    /** @return the output names for inputs named {@code x0, x1, ...} (sklearn's default) */
    default String[] featureNames() {
        String[] in = new String[numFeatures()];
        for (int j = 0; j < in.length; j++) {
            in[j] = "x" + j;
        }
        return featureNames(in);
    }
}
