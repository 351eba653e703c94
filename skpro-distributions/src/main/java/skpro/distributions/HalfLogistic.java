package skpro.distributions;

import java.util.LinkedHashMap;
import java.util.Map;

import skpro.distributions.internal.Check;

/**
 * Half-logistic distributions, the law of |L| with L logistic of location 0 and scale beta, one
 * per row.
 *
 * <p>f(x) = 2 exp(-z) / (beta (1 + exp(-z))^2) for x &ge; 0 (0 below), z = x / beta; support
 * [0, inf); beta &gt; 0. F(x) = (1 - exp(-z)) / (1 + exp(-z)) = tanh(z / 2);
 * Q(p) = beta log((1 + p) / (1 - p)). Mean 2 beta log 2, variance beta^2 (pi^2 / 3 - 4 log^2 2).
 * E|X - x| = beta (z + 4 log(1 + exp(-z)) - 2 log 2) for x &ge; 0 (from the integral of F,
 * 2 log cosh(z / 2)) and E X - x below 0; E|X - X'| = 4 beta (1 - log 2).
 *
 * <p>Everything is closed form and evaluated through exp(-z): the survival function
 * 2 exp(-z) / (1 + exp(-z)) and its log are exact far out, the cdf near 0 uses expm1, and the
 * inverse survival function is beta log((2 - q) / q). Draws are by inversion.
 */
public final class HalfLogistic extends AbstractDistribution {

    private static final double LN2 = Math.log(2.0);
    private static final double VAR = Math.PI * Math.PI / 3.0 - 4.0 * LN2 * LN2;

    private final double[] beta;

    private HalfLogistic(double[] beta) {
        super(beta.length);
        this.beta = beta;
    }

    /**
     * @param beta the scales, one per row, each &gt; 0
     * @return the distribution
     * @throws IllegalArgumentException if the array is empty or a beta is not finite and positive
     */
    public static HalfLogistic of(double[] beta) {
        Check.positive("beta", beta);
        return new HalfLogistic(beta.clone());
    }

    /**
     * @param beta the scale, &gt; 0
     * @return a one-row distribution
     * @throws IllegalArgumentException if beta is not finite and positive
     */
    public static HalfLogistic of(double beta) {
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
    public HalfLogistic select(int... rows) {
        Check.rows(rows, size());
        return new HalfLogistic(Check.pick(beta, rows));
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
        double e = Math.exp(-x / beta[i]);
        double d = 1.0 + e;
        return 2.0 * e / (beta[i] * d * d);
    }

    @Override
    protected double logPdfAt(int i, double x) {
        if (x < 0.0) {
            return Double.NEGATIVE_INFINITY;
        }
        double z = x / beta[i];
        // log 2 - log beta - z - 2 log(1 + exp(-z)), with 1 + exp(-z) = 2 (1 + expm1(-z) / 2)
        return -Math.log(2.0 * beta[i]) - z - 2.0 * Math.log1p(0.5 * Math.expm1(-z));
    }

    @Override
    protected double cdfAt(int i, double x) {
        if (x <= 0.0) {
            return 0.0;
        }
        double z = x / beta[i];
        return -Math.expm1(-z) / (1.0 + Math.exp(-z));
    }

    @Override
    protected double survivalAt(int i, double x) {
        if (x <= 0.0) {
            return 1.0;
        }
        double e = Math.exp(-x / beta[i]);
        return 2.0 * e / (1.0 + e);
    }

    @Override
    protected double logCdfAt(int i, double x) {
        if (x <= 0.0) {
            return Double.NEGATIVE_INFINITY;
        }
        double z = x / beta[i];
        return Math.log(-Math.expm1(-z)) - Math.log1p(Math.exp(-z));
    }

    @Override
    protected double logSurvivalAt(int i, double x) {
        if (x <= 0.0) {
            return 0.0;
        }
        double z = x / beta[i];
        // log(2 exp(-z) / (1 + exp(-z))) = -z - log(1 + expm1(-z) / 2)
        return -z - Math.log1p(0.5 * Math.expm1(-z));
    }

    @Override
    protected double ppfAt(int i, double p) {
        if (p > 0.5) {
            return isfAt(i, 1.0 - p);
        }
        return beta[i] * (Math.log1p(p) - Math.log1p(-p));
    }

    @Override
    protected double isfAt(int i, double q) {
        if (q > 0.5) {
            return ppfAt(i, 1.0 - q);
        }
        return beta[i] * (Math.log(2.0 - q) - Math.log(q));
    }

    @Override
    protected double meanAt(int i) {
        return 2.0 * LN2 * beta[i];
    }

    @Override
    protected double varAt(int i) {
        return VAR * beta[i] * beta[i];
    }

    @Override
    protected double energyAt(int i) {
        return 4.0 * (1.0 - LN2) * beta[i];
    }

    @Override
    protected double energyAt(int i, double x) {
        if (x <= 0.0) {
            return meanAt(i) - x;
        }
        double z = x / beta[i];
        return beta[i] * (z + 4.0 * Math.log1p(Math.exp(-z)) - 2.0 * LN2);
    }
}
