package skpro.benchmarking;

/**
 * The predictive independence verdict of one data set in a {@link ComparisonTable}: does some
 * estimator that uses X predict significantly better than every uninformed baseline (one that
 * ignores X)? If none does, the benchmark gives no evidence that the target depends on X in a way
 * these estimators can exploit.
 */
public enum IndependenceVerdict {
    /**
     * Some X-using estimator beats the best uninformed baseline: its mean loss is better in the
     * metric's direction and its Holm-adjusted p-value is below the level.
     */
    X_HELPS("X helps"),
    /** Every X-using estimator was tested and none beats the best uninformed baseline. */
    NO_EVIDENCE("no evidence that X helps"),
    /** No uninformed baseline has losses on the data set, so there is nothing to test against. */
    NO_BASELINE("not tested: no uninformed baseline"),
    /** No estimator that uses X has losses on the data set. */
    NO_X_USING_ESTIMATOR("not tested: no X-using estimator");

    private final String label;

    IndependenceVerdict(String label) {
        this.label = label;
    }

    /** @return the verdict in words, as the rendered tables print it, e.g. {@code X helps} */
    public String label() {
        return label;
    }
}
