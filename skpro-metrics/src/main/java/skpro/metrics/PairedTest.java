package skpro.metrics;

/**
 * Which paired test {@link PairedComparison#againstBaseline(double[], double[][], PairedTest)}
 * applies to each strategy.
 */
public enum PairedTest {
    /** The paired t-test, {@link PairedComparison#pairedTTest()}. */
    T_TEST {
        @Override
        public SignificanceResult apply(PairedComparison comparison) {
            return comparison.pairedTTest();
        }
    },
    /**
     * The Wilcoxon signed-rank test with {@link WilcoxonMethod#AUTO},
     * {@link PairedComparison#wilcoxonSignedRank()}.
     */
    WILCOXON {
        @Override
        public SignificanceResult apply(PairedComparison comparison) {
            return comparison.wilcoxonSignedRank();
        }
    };

    /**
     * @param comparison the paired losses
     * @return this test's result on them
     */
    public abstract SignificanceResult apply(PairedComparison comparison);
}
