package skpro.regression.compose;

/** Checks shared by the transformers. */
final class Transforms {

    private Transforms() {
    }

    /**
     * @param in input names
     * @param p the expected count
     * @return a copy
     * @throws IllegalArgumentException if in is null, has another length or a null entry
     */
    static String[] names(String[] in, int p) {
        if (in == null) {
            throw new IllegalArgumentException("feature names must not be null");
        }
        if (in.length != p) {
            throw new IllegalArgumentException("got " + in.length + " feature names but the transform was fitted on "
                + p + " columns");
        }
        for (int j = 0; j < p; j++) {
            if (in[j] == null) {
                throw new IllegalArgumentException("feature name " + j + " must not be null");
            }
        }
        return in.clone();
    }

    /**
     * Shape checks only (values are the caller's business): NaN and infinities pass.
     *
     * @param x a matrix
     * @return its number of columns
     * @throws IllegalArgumentException if X is null, empty, has no columns or is ragged
     */
    static int shape(double[][] x) {
        if (x == null) {
            throw new IllegalArgumentException("X must not be null");
        }
        if (x.length == 0) {
            throw new IllegalArgumentException("X must have at least one row");
        }
        if (x[0] == null || x[0].length == 0) {
            throw new IllegalArgumentException("X must have at least one column");
        }
        int p = x[0].length;
        for (int i = 0; i < x.length; i++) {
            if (x[i] == null || x[i].length != p) {
                throw new IllegalArgumentException("X is ragged: row " + i + " has "
                    + (x[i] == null ? "no array" : x[i].length + " columns") + ", row 0 has " + p);
            }
        }
        return p;
    }
}
