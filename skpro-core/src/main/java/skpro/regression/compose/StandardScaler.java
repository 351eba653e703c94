package skpro.regression.compose;

import java.util.Map;

import skpro.regression.Params;
import skpro.regression.internal.DataChecks;

/**
 * Standardisation (sklearn's {@code StandardScaler}): z_ij = (x_ij - m_j) / s_j with m_j the
 * column mean and s_j = sqrt((1/n) sum_i (x_ij - m_j)^2) the population standard deviation
 * (ddof 0, as sklearn). A constant column (all values equal) gets s_j = 1, as sklearn, so it maps
 * to 0. With {@code withMean = false} m_j = 0; with {@code withStd = false} s_j = 1. Feature names
 * pass through unchanged.
 *
 * <p>Parameters: {@code withMean}, {@code withStd} (Booleans, default true).
 */
public final class StandardScaler implements Transformer {

    private final boolean withMean;
    private final boolean withStd;

    private StandardScaler(boolean withMean, boolean withStd) {
        this.withMean = withMean;
        this.withStd = withStd;
    }

    /** @return centring and scaling */
    public static StandardScaler of() {
        return new StandardScaler(true, true);
    }

    /**
     * @param centre whether to subtract the mean
     * @return a copy with it
     */
    public StandardScaler withMean(boolean centre) {
        return new StandardScaler(centre, withStd);
    }

    /**
     * @param scale whether to divide by the standard deviation
     * @return a copy with it
     */
    public StandardScaler withStd(boolean scale) {
        return new StandardScaler(withMean, scale);
    }

    /** @throws IllegalArgumentException if X is empty, ragged or not finite */
    @Override
    public FittedTransformer fit(double[][] x) {
        int p = DataChecks.features(x);
        int n = x.length;
        double[] mean = new double[p];
        double[] scale = new double[p];
        for (int j = 0; j < p; j++) {
            double s = 0.0;
            double lo = x[0][j];
            double hi = x[0][j];
            for (double[] row : x) {
                s += row[j];
                lo = Math.min(lo, row[j]);
                hi = Math.max(hi, row[j]);
            }
            double m = s / n;
            double ss = 0.0;
            for (double[] row : x) {
                double d = row[j] - m;
                ss += d * d;
            }
            mean[j] = withMean ? m : 0.0;
            scale[j] = withStd && lo != hi ? Math.sqrt(ss / n) : 1.0;
        }
        return new Affine(mean, scale);
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("withMean", withMean, "withStd", withStd);
    }

    @Override
    public StandardScaler withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("StandardScaler", params(), changes);
        return new StandardScaler((Boolean) p.get("withMean"), (Boolean) p.get("withStd"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StandardScaler s && s.withMean == withMean && s.withStd == withStd;
    }

    @Override
    public int hashCode() {
        return params().hashCode();
    }

    @Override
    public String toString() {
        return "StandardScaler" + params();
    }

    /** z_j = (x_j - shift_j) / scale_j then + offset; names unchanged. */
    static final class Affine implements FittedTransformer {
        private final double[] shift;
        private final double[] scale;

        Affine(double[] shift, double[] scale) {
            this.shift = shift;
            this.scale = scale;
        }

        @Override
        public int numFeatures() {
            return shift.length;
        }

        @Override
        public int numOutputs() {
            return shift.length;
        }

        @Override
        public double[][] transform(double[][] x) {
            DataChecks.featuresFor(x, shift.length);
            double[][] out = new double[x.length][shift.length];
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < shift.length; j++) {
                    out[i][j] = (x[i][j] - shift[j]) / scale[j];
                }
            }
            return out;
        }

        @Override
        public String[] featureNames(String[] in) {
            return Transforms.names(in, shift.length);
        }
    }
}
