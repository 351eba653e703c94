package skpro.metrics;

import java.util.Arrays;

import skpro.metrics.internal.StatChecks;

/**
 * Holm-Bonferroni step-down adjustment of p-values for m simultaneous tests (Holm 1979). It
 * controls the family-wise error rate under any dependence between the tests and is uniformly
 * more powerful than Bonferroni.
 *
 * <p>With the p-values sorted ascending, p_(1) &lt;= ... &lt;= p_(m), the adjusted values are
 * <pre>
 *   p~_(i) = max_{j &lt;= i} min(1, (m - j + 1) p_(j))
 * </pre>
 * (the running maximum makes them monotone in the order of the raw p-values), returned in the
 * order of the input. Rejecting the hypotheses whose adjusted p-value is &lt;= alpha is Holm's
 * procedure at level alpha. Tied p-values receive equal adjusted values.
 */
public final class Holm {

    private Holm() {
    }

    /**
     * @param pValues raw p-values, each in [0, 1]
     * @return the Holm-adjusted p-values, in the order of {@code pValues}, each in [0, 1] and
     *     &gt;= its raw value
     * @throws IllegalArgumentException if {@code pValues} is null or empty, or a value is NaN or
     *     outside [0, 1] (naming its row)
     */
    public static double[] adjust(double[] pValues) {
        StatChecks.probabilities("pValues", pValues);
        int m = pValues.length;
        double[] sorted = pValues.clone();
        Arrays.sort(sorted);
        double[] adjustedSorted = new double[m];
        double running = 0.0;
        for (int j = 0; j < m; j++) {
            double v = Math.min(1.0, (m - j) * sorted[j]);
            running = Math.max(running, v);
            adjustedSorted[j] = running;
        }
        // Tied p-values share one adjusted value (the running maximum cannot change within a run
        // of ties), so any position of a value in the sorted copy gives its adjustment.
        double[] adjusted = new double[m];
        for (int i = 0; i < m; i++) {
            adjusted[i] = adjustedSorted[Arrays.binarySearch(sorted, pValues[i])];
        }
        return adjusted;
    }
}
