package skpro.distributions;

import java.util.LinkedHashMap;
import java.util.Map;

import skpro.distributions.internal.Check;

/**
 * Half-Cauchy distributions, the law of |beta C| with C standard Cauchy, one per row.
 *
 * <p>f(x) = 2 / (pi beta (1 + z^2)) for x &ge; 0 (0 below), z = x / beta; support [0, inf);
 * beta &gt; 0. F(x) = (2 / pi) atan(z); Q(p) = beta tan(pi p / 2).
 *
 * <p>No moment exists and every one diverges: the mean and the variance are +inf (as scipy
 * reports), and so are E|X - x| and E|X - X'|.
 *
 * <p>Tails: the survival function is (2 / pi) atan(1 / z), exact far out, with its log
 * log(2 / pi) - log z beyond z = 1e8; the inverse survival function is beta / tan(pi q / 2).
 * Draws are by inversion.
 */
public final class HalfCauchy extends AbstractDistribution {

    private static final double TWO_OVER_PI = 2.0 / Math.PI;
    private static final double LOG_TWO_OVER_PI = Math.log(2.0 / Math.PI);

    private final double[] beta;

    private HalfCauchy(double[] beta) {
        super(beta.length);
        this.beta = beta;
    }

    /**
     * @param beta the scales (the medians), one per row, each &gt; 0
     * @return the distribution
     * @throws IllegalArgumentException if the array is empty or a beta is not finite and positive
     */
    public static HalfCauchy of(double[] beta) {
        Check.positive("beta", beta);
        return new HalfCauchy(beta.clone());
    }

    /**
     * @param beta the scale, &gt; 0
     * @return a one-row distribution
     * @throws IllegalArgumentException if beta is not finite and positive
     */
    public static HalfCauchy of(double beta) {
        return of(new double[] {beta});
    }

    /** @return the scales (a copy) */
    public double[] beta() {
        return beta.clone();
    }

    @Override
    public Map<String, double[]> parameters() {
        Map<String, double[]> out = new LinkedHashMap<>();
        out.put("beta", beta());
        return out;
    }

    @Override
    public HalfCauchy select(int... rows) {
        Check.rows(rows, size());
        return new HalfCauchy(Check.pick(beta, rows));
    }

    // ---------------------------------------------------------------- row primitives

    @Override
    protected double supportLowerAt(int i) {
        return 0.0;
    }

    @Override
    protected double pdfAt(int i, double x) {
        if (x < 0.0) {
            return 0.0;
        }
        double z = x / beta[i];
        if (z < 1e150) {
            return TWO_OVER_PI / (beta[i] * (1.0 + z * z));
        }
        return Math.exp(logPdfAt(i, x));
    }

    @Override
    protected double logPdfAt(int i, double x) {
        if (x < 0.0) {
            return Double.NEGATIVE_INFINITY;
        }
        return LOG_TWO_OVER_PI - Math.log(beta[i]) - Cauchy.log1pSquare(x / beta[i]);
    }

    @Override
    protected double cdfAt(int i, double x) {
        if (x <= 0.0) {
            return 0.0;
        }
        double z = x / beta[i];
        return z < 1.0 ? TWO_OVER_PI * Math.atan(z) : 1.0 - TWO_OVER_PI * Math.atan2(1.0, z);
    }

    @Override
    protected double survivalAt(int i, double x) {
        if (x <= 0.0) {
            return 1.0;
        }
        double z = x / beta[i];
        return z > 1.0 ? TWO_OVER_PI * Math.atan2(1.0, z) : 1.0 - TWO_OVER_PI * Math.atan(z);
    }

    @Override
    protected double logCdfAt(int i, double x) {
        if (x <= 0.0) {
            return Double.NEGATIVE_INFINITY;
        }
        double z = x / beta[i];
        return z > 1.0 ? Math.log1p(-survivalAt(i, x)) : Math.log(TWO_OVER_PI * Math.atan(z));
    }

    @Override
    protected double logSurvivalAt(int i, double x) {
        if (x <= 0.0) {
            return 0.0;
        }
        double z = x / beta[i];
        if (z < 1.0) {
            return Math.log1p(-cdfAt(i, x));
        }
        // atan(1/z) = (1/z) (1 - 1/(3 z^2) + ...): beyond 1e8 the correction is below 1e-17
        return z > 1e8 ? LOG_TWO_OVER_PI - Math.log(z) : Math.log(TWO_OVER_PI * Math.atan2(1.0, z));
    }

    @Override
    protected double ppfAt(int i, double p) {
        if (p > 0.5) {
            return isfAt(i, 1.0 - p);
        }
        return beta[i] * Math.tan(0.5 * Math.PI * p);
    }

    @Override
    protected double isfAt(int i, double q) {
        if (q > 0.5) {
            return ppfAt(i, 1.0 - q);
        }
        if (q == 0.0) {
            return Double.POSITIVE_INFINITY;
        }
        return beta[i] / Math.tan(0.5 * Math.PI * q);
    }

    /** @return +inf: the mean diverges */
    @Override
    protected double meanAt(int i) {
        return Double.POSITIVE_INFINITY;
    }

    /** @return +inf: the second moment diverges */
    @Override
    protected double varAt(int i) {
        return Double.POSITIVE_INFINITY;
    }

    /** @return +inf: E|X - X'| diverges */
    @Override
    protected double energyAt(int i) {
        return Double.POSITIVE_INFINITY;
    }

    /** @return +inf: E|X - x| diverges */
    @Override
    protected double energyAt(int i, double x) {
        return Double.POSITIVE_INFINITY;
    }
}
