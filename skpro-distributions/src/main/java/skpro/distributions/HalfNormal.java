package skpro.distributions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.apache.commons.numbers.gamma.Erf;
import org.apache.commons.numbers.gamma.Erfc;
import org.apache.commons.numbers.gamma.Erfcx;
import org.apache.commons.numbers.gamma.InverseErf;
import org.apache.commons.numbers.gamma.InverseErfc;

import skpro.distributions.internal.Check;

/**
 * Half-normal distributions, the law of |N(0, sigma^2)|, one per row.
 *
 * <p>f(x) = sqrt(2 / pi) / sigma exp(-z^2 / 2) for x &ge; 0 (0 below), z = x / sigma; support
 * [0, inf); sigma &gt; 0. F(x) = erf(z / sqrt 2). Mean sigma sqrt(2 / pi), variance
 * sigma^2 (1 - 2 / pi). With phi the standard normal density,
 * E|X - x| = sigma (z (2 erf(z / sqrt 2) - 1) + 4 phi(z) - 2 phi(0)) for x &ge; 0 and
 * E X - x below 0; E|X - X'| = 2 sigma sqrt(2 / pi) (sqrt 2 - 1) = sigma (4 - 2 sqrt 2) / sqrt(pi).
 *
 * <p>Everything is closed form. Tails: the survival function is erfc(z / sqrt 2), its log uses
 * the scaled erfcx beyond z = 7 (finite where erfc underflows), the quantile is
 * sigma sqrt 2 inverf(p) and the inverse survival function sigma sqrt 2 inverfc(q). Draws are
 * sigma |N(0, 1)|.
 */
public final class HalfNormal extends AbstractDistribution {

    private static final double SQRT2 = Math.sqrt(2.0);
    private static final double SQRT_2_OVER_PI = Math.sqrt(2.0 / Math.PI);
    private static final double HALF_LOG_2_OVER_PI = 0.5 * Math.log(2.0 / Math.PI);
    private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2.0 * Math.PI);
    private static final double ENERGY = (4.0 - 2.0 * Math.sqrt(2.0)) / Math.sqrt(Math.PI);

    private final double[] sigma;

    private HalfNormal(double[] sigma) {
        super(sigma.length);
        this.sigma = sigma;
    }

    /**
     * @param sigma the scales (standard deviations of the underlying normal), one per row, each
     *     &gt; 0
     * @return the distribution
     * @throws IllegalArgumentException if the array is empty or a sigma is not finite and positive
     */
    public static HalfNormal of(double[] sigma) {
        Check.positive("sigma", sigma);
        return new HalfNormal(sigma.clone());
    }

    /**
     * @param sigma the scale, &gt; 0
     * @return a one-row distribution
     * @throws IllegalArgumentException if sigma is not finite and positive
     */
    public static HalfNormal of(double sigma) {
        return of(new double[] {sigma});
    }

    /** @return the scales (a copy) */
    public double[] sigma() {
        return sigma.clone();
    }

    @Override
    public Map<String, double[]> parameters() {
        Map<String, double[]> out = new LinkedHashMap<>();
        out.put("sigma", sigma());
        return out;
    }

    @Override
    public HalfNormal select(int... rows) {
        Check.rows(rows, size());
        return new HalfNormal(Check.pick(sigma, rows));
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
        double z = x / sigma[i];
        return SQRT_2_OVER_PI / sigma[i] * Math.exp(-0.5 * z * z);
    }

    @Override
    protected double logPdfAt(int i, double x) {
        if (x < 0.0) {
            return Double.NEGATIVE_INFINITY;
        }
        double z = x / sigma[i];
        return HALF_LOG_2_OVER_PI - Math.log(sigma[i]) - 0.5 * z * z;
    }

    @Override
    protected double cdfAt(int i, double x) {
        return x <= 0.0 ? 0.0 : Erf.value(x / (sigma[i] * SQRT2));
    }

    @Override
    protected double survivalAt(int i, double x) {
        return x <= 0.0 ? 1.0 : Erfc.value(x / (sigma[i] * SQRT2));
    }

    @Override
    protected double logCdfAt(int i, double x) {
        if (x <= 0.0) {
            return Double.NEGATIVE_INFINITY;
        }
        double t = x / (sigma[i] * SQRT2);
        return t < 1.0 ? Math.log(Erf.value(t)) : Math.log1p(-Erfc.value(t));
    }

    @Override
    protected double logSurvivalAt(int i, double x) {
        if (x <= 0.0) {
            return 0.0;
        }
        double t = x / (sigma[i] * SQRT2);
        if (t < 0.5) {
            return Math.log1p(-Erf.value(t));
        }
        return t > 5.0 ? Math.log(Erfcx.value(t)) - t * t : Math.log(Erfc.value(t));
    }

    @Override
    protected double ppfAt(int i, double p) {
        if (p > 0.5) {
            return isfAt(i, 1.0 - p);
        }
        return sigma[i] * SQRT2 * InverseErf.value(p);
    }

    @Override
    protected double isfAt(int i, double q) {
        if (q > 0.5) {
            return ppfAt(i, 1.0 - q);
        }
        return sigma[i] * SQRT2 * InverseErfc.value(q);
    }

    @Override
    protected double meanAt(int i) {
        return SQRT_2_OVER_PI * sigma[i];
    }

    @Override
    protected double varAt(int i) {
        return sigma[i] * sigma[i] * (1.0 - 2.0 / Math.PI);
    }

    @Override
    protected double energyAt(int i) {
        return ENERGY * sigma[i];
    }

    @Override
    protected double energyAt(int i, double x) {
        if (x <= 0.0) {
            return meanAt(i) - x;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return x;
        }
        double z = x / sigma[i];
        double twoErfMinusOne = 1.0 - 2.0 * Erfc.value(z / SQRT2);
        return sigma[i] * (z * twoErfMinusOne + 4.0 * INV_SQRT_2PI * (Math.exp(-0.5 * z * z) - 0.5));
    }

    @Override
    protected double sampleAt(int i, RandomGenerator rng) {
        return sigma[i] * Math.abs(rng.nextGaussian());
    }
}
