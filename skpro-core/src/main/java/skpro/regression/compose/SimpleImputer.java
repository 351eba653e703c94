package skpro.regression.compose;

import java.util.Arrays;
import java.util.Map;

import skpro.regression.Params;

/**
 * Imputation of missing values (sklearn's {@code SimpleImputer}). <b>NaN marks a missing
 * value</b>: this is the one transformer, and with it first the one {@link Pipeline} or
 * {@link PointPipeline}, that accepts NaN in X; infinities are still rejected. Each NaN in column j is replaced by a fill value learned
 * at fit from the column's non-missing values:
 * <ul>
 * <li>{@link Strategy#MEAN} (default): their mean;</li>
 * <li>{@link Strategy#MEDIAN}: their median (mean of the two middle values for an even count);</li>
 * <li>{@link Strategy#CONSTANT}: the parameter {@code fillValue} (default 0).</li>
 * </ul>
 * A column with no observed value at fit is rejected for MEAN and MEDIAN (sklearn would drop it).
 * Names pass through.
 *
 * <p>Parameters: {@code strategy}, {@code fillValue} (finite).
 */
public final class SimpleImputer implements Transformer {

    /** How the fill value of a column is learned. */
    public enum Strategy {
        /** The mean of the observed values. */
        MEAN,
        /** The median of the observed values. */
        MEDIAN,
        /** A given constant. */
        CONSTANT
    }

    private final Strategy strategy;
    private final double fillValue;

    private SimpleImputer(Strategy strategy, double fillValue) {
        if (strategy == null) {
            throw new IllegalArgumentException("strategy must not be null");
        }
        if (!Double.isFinite(fillValue)) {
            throw new IllegalArgumentException("fillValue must be finite, got " + fillValue);
        }
        this.strategy = strategy;
        this.fillValue = fillValue;
    }

    /** @return mean imputation */
    public static SimpleImputer of() {
        return new SimpleImputer(Strategy.MEAN, 0.0);
    }

    /**
     * @param s MEAN or MEDIAN (CONSTANT uses the current fill value)
     * @return a copy with that strategy
     * @throws IllegalArgumentException if s is null
     */
    public SimpleImputer withStrategy(Strategy s) {
        return new SimpleImputer(s, fillValue);
    }

    /**
     * @param value the fill value, finite
     * @return a copy imputing that constant
     * @throws IllegalArgumentException if value is not finite
     */
    public SimpleImputer withConstant(double value) {
        return new SimpleImputer(Strategy.CONSTANT, value);
    }

    /**
     * @param x n x p features; NaN marks a missing value
     * @throws IllegalArgumentException if X is empty or ragged, holds an infinity, or a column has
     *     no observed value under MEAN or MEDIAN
     */
    @Override
    public FittedTransformer fit(double[][] x) {
        int p = Transforms.shape(x);
        noInfinity(x);
        double[] fill = new double[p];
        for (int j = 0; j < p; j++) {
            if (strategy == Strategy.CONSTANT) {
                fill[j] = fillValue;
                continue;
            }
            double[] seen = new double[x.length];
            int k = 0;
            for (double[] row : x) {
                if (!Double.isNaN(row[j])) {
                    seen[k++] = row[j];
                }
            }
            if (k == 0) {
                throw new IllegalArgumentException("column " + j + " of X has no observed value to impute from");
            }
            if (strategy == Strategy.MEAN) {
                double s = 0.0;
                for (int i = 0; i < k; i++) {
                    s += seen[i];
                }
                fill[j] = s / k;
            } else {
                Arrays.sort(seen, 0, k);
                fill[j] = k % 2 == 1 ? seen[k / 2] : 0.5 * (seen[k / 2 - 1] + seen[k / 2]);
            }
        }
        return new Fitted(fill);
    }

    private static void noInfinity(double[][] x) {
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x[i].length; j++) {
                if (Double.isInfinite(x[i][j])) {
                    throw new IllegalArgumentException("X[" + i + "][" + j + "] must be finite or NaN (missing), got "
                        + x[i][j]);
                }
            }
        }
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("strategy", strategy, "fillValue", fillValue);
    }

    @Override
    public SimpleImputer withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("SimpleImputer", params(), changes);
        return new SimpleImputer((Strategy) p.get("strategy"), Params.getDouble(p, "fillValue"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SimpleImputer s && s.strategy == strategy && Double.compare(s.fillValue, fillValue) == 0;
    }

    @Override
    public int hashCode() {
        return params().hashCode();
    }

    @Override
    public String toString() {
        return "SimpleImputer" + params();
    }

    private static final class Fitted implements FittedTransformer {
        private final double[] fill;

        Fitted(double[] fill) {
            this.fill = fill;
        }

        @Override
        public int numFeatures() {
            return fill.length;
        }

        @Override
        public int numOutputs() {
            return fill.length;
        }

        /** @throws IllegalArgumentException as fit, or if the column count differs */
        @Override
        public double[][] transform(double[][] x) {
            int p = Transforms.shape(x);
            if (p != fill.length) {
                throw new IllegalArgumentException("X has " + p + " columns but the imputer was fitted on "
                    + fill.length);
            }
            noInfinity(x);
            double[][] out = new double[x.length][];
            for (int i = 0; i < x.length; i++) {
                out[i] = x[i].clone();
                for (int j = 0; j < p; j++) {
                    if (Double.isNaN(out[i][j])) {
                        out[i][j] = fill[j];
                    }
                }
            }
            return out;
        }

        @Override
        public String[] featureNames(String[] in) {
            return Transforms.names(in, fill.length);
        }
    }
}
