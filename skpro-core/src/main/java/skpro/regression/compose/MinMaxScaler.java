package skpro.regression.compose;

import java.util.Map;

import skpro.regression.Params;
import skpro.regression.internal.DataChecks;

/**
 * Scaling to a range (sklearn's {@code MinMaxScaler}): z_ij = a + (x_ij - lo_j) (b - a) /
 * (hi_j - lo_j) with lo_j, hi_j the column's minimum and maximum at fit and [a, b] the feature
 * range (default [0, 1]). A constant column uses hi_j - lo_j = 1, as sklearn, so it maps to a.
 * Values outside the training range map outside [a, b] (no clipping). Names pass through.
 *
 * <p>Parameters: {@code min} = a, {@code max} = b (finite, a &lt; b).
 */
public final class MinMaxScaler implements Transformer {

    private final double min;
    private final double max;

    private MinMaxScaler(double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
            throw new IllegalArgumentException("feature range must be finite with min < max, got min = " + min
                + ", max = " + max);
        }
        this.min = min;
        this.max = max;
    }

    /** @return scaling to [0, 1] */
    public static MinMaxScaler of() {
        return new MinMaxScaler(0.0, 1.0);
    }

    /**
     * @param a the lower end
     * @param b the upper end
     * @return a copy scaling to [a, b]
     * @throws IllegalArgumentException if a or b is not finite or a &ge; b
     */
    public MinMaxScaler withRange(double a, double b) {
        return new MinMaxScaler(a, b);
    }

    /** @throws IllegalArgumentException if X is empty, ragged or not finite */
    @Override
    public FittedTransformer fit(double[][] x) {
        int p = DataChecks.features(x);
        double[] shift = new double[p];
        double[] scale = new double[p];
        for (int j = 0; j < p; j++) {
            double lo = x[0][j];
            double hi = x[0][j];
            for (double[] row : x) {
                lo = Math.min(lo, row[j]);
                hi = Math.max(hi, row[j]);
            }
            double range = hi > lo ? hi - lo : 1.0;
            // a + (x - lo) (b - a) / range = (x - (lo - a range / (b - a))) / (range / (b - a))
            scale[j] = range / (max - min);
            shift[j] = lo - min * scale[j];
        }
        return new StandardScaler.Affine(shift, scale);
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("min", min, "max", max);
    }

    @Override
    public MinMaxScaler withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("MinMaxScaler", params(), changes);
        return new MinMaxScaler(Params.getDouble(p, "min"), Params.getDouble(p, "max"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MinMaxScaler s && Double.compare(s.min, min) == 0 && Double.compare(s.max, max) == 0;
    }

    @Override
    public int hashCode() {
        return params().hashCode();
    }

    @Override
    public String toString() {
        return "MinMaxScaler" + params();
    }
}
