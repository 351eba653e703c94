package skpro.distributions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.numbers.gamma.RegularizedGamma;
import org.apache.commons.statistics.distribution.GammaDistribution;

import skpro.distributions.internal.Check;
import skpro.distributions.internal.GammaVariates;
import skpro.distributions.internal.IncompleteTails;

/**
 * Gamma distributions, one per row, with shape alpha and <em>rate</em> beta (scipy's
 * {@code gamma(a = alpha, scale = 1 / beta)}).
 *
 * <p>f(x) = beta^alpha x^(alpha - 1) exp(-beta x) / Gamma(alpha) for x &ge; 0 (0 below), support
 * [0, inf); alpha &gt; 0, beta &gt; 0. F(x) = P(alpha, beta x), the regularised lower incomplete
 * gamma function; E X = m = alpha / beta, Var X = alpha / beta^2.
 *
 * <p>Energy terms (Scheuerer and Moeller 2015): for x &gt; 0,
 * E|X - x| = x (2 F(x) - 1) - m (2 P(alpha + 1, beta x) - 1), evaluated as
 * (x - m)(2 F(x) - 1) + 2 x g(beta x), with g(y) = y^(alpha - 1) e^(-y) / Gamma(alpha), using
 * P(alpha + 1, y) = P(alpha, y) - y^alpha e^(-y) / Gamma(alpha + 1), which avoids the
 * cancellation of the first form near the mean; E|X - x| = m - x for x &le; 0.
 * E|X - X'| = 2 Gamma(alpha + 1/2) / (beta sqrt(pi) Gamma(alpha)) = 2 / (beta B(1/2, alpha)).
 *
 * <p>Methods: density, cdf and survival from the Boost-derived special functions of Commons
 * Numbers ({@code RegularizedGamma.P/Q} and their derivative); {@code logCdf} and
 * {@code logSurvival} stay finite where P or Q underflow (series and continued fraction, see
 * {@link IncompleteTails}). {@code ppf} (p &le; 1/2) and {@code isf} (q &le; 1/2) invert the cdf,
 * resp. the survival function, with Commons Statistics' {@link GammaDistribution} (a bracketed
 * root search on P or Q; within 1e-14 relative of mpmath for shapes 0.01 to 1e4); the other
 * half of each goes through the exact complement, so both tails are accurate. Draws: Marsaglia
 * and Tsang's exact rejection method ({@link GammaVariates}).
 */
public final class Gamma extends AbstractDistribution {

    private final double[] alpha;
    private final double[] beta;

    private Gamma(double[] alpha, double[] beta) {
        super(alpha.length);
        this.alpha = alpha;
        this.beta = beta;
    }

    /**
     * @param alpha the shapes, one per row, each &gt; 0
     * @param beta the rates (inverse scales), one per row, each &gt; 0
     * @return the distribution
     * @throws IllegalArgumentException if the arrays are empty or of different lengths, or a
     *     value is not finite and positive
     */
    public static Gamma of(double[] alpha, double[] beta) {
        Check.sameLength("alpha", alpha, "beta", beta);
        Check.positive("alpha", alpha);
        Check.positive("beta", beta);
        return new Gamma(alpha.clone(), beta.clone());
    }

    /**
     * @param alpha the shape, &gt; 0
     * @param beta the rate, &gt; 0
     * @return a one-row distribution
     * @throws IllegalArgumentException if a value is not finite and positive
     */
    public static Gamma of(double alpha, double beta) {
        return of(new double[] {alpha}, new double[] {beta});
    }

    /** @return the shapes (a copy) */
    public double[] alpha() {
        return alpha.clone();
    }

    /** @return the rates (a copy) */
    public double[] beta() {
        return beta.clone();
    }

    @Override
    public Map<String, double[]> parameters() {
        Map<String, double[]> out = new LinkedHashMap<>();
        out.put("alpha", alpha());
        out.put("beta", beta());
        return out;
    }

    @Override
    public Gamma select(int... rows) {
        Check.rows(rows, size());
        return new Gamma(Check.pick(alpha, rows), Check.pick(beta, rows));
    }

    // ---------------------------------------------------------------- row primitives

    @Override
    protected double supportLowerAt(int i) {
        return 0.0;
    }

    /** Density of the standard (rate 1) gamma at y &gt; 0. */
    private double standardDensity(int i, double y) {
        return RegularizedGamma.P.derivative(alpha[i], y);
    }

    @Override
    protected double pdfAt(int i, double x) {
        if (x < 0.0 || x == Double.POSITIVE_INFINITY) {
            return 0.0;
        }
        if (x == 0.0) {
            return alpha[i] < 1.0 ? Double.POSITIVE_INFINITY : alpha[i] == 1.0 ? beta[i] : 0.0;
        }
        return beta[i] * standardDensity(i, beta[i] * x);
    }

    @Override
    protected double logPdfAt(int i, double x) {
        if (x < 0.0 || x == Double.POSITIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        if (x == 0.0) {
            return Math.log(pdfAt(i, x));
        }
        double d = pdfAt(i, x);
        if (d >= Double.MIN_NORMAL && d < Double.POSITIVE_INFINITY) {
            return Math.log(d);
        }
        double y = beta[i] * x;
        return (alpha[i] - 1.0) * Math.log(y) - y - LogGamma.value(alpha[i]) + Math.log(beta[i]);
    }

    @Override
    protected double cdfAt(int i, double x) {
        if (x <= 0.0) {
            return 0.0;
        }
        return x == Double.POSITIVE_INFINITY ? 1.0 : RegularizedGamma.P.value(alpha[i], beta[i] * x);
    }

    @Override
    protected double survivalAt(int i, double x) {
        if (x <= 0.0) {
            return 1.0;
        }
        return x == Double.POSITIVE_INFINITY ? 0.0 : RegularizedGamma.Q.value(alpha[i], beta[i] * x);
    }

    @Override
    protected double logCdfAt(int i, double x) {
        if (x == Double.POSITIVE_INFINITY) {
            return 0.0;
        }
        return IncompleteTails.logP(alpha[i], beta[i] * Math.max(x, 0.0));
    }

    @Override
    protected double logSurvivalAt(int i, double x) {
        return IncompleteTails.logQ(alpha[i], beta[i] * Math.max(x, 0.0));
    }

    @Override
    protected double ppfAt(int i, double p) {
        if (p > 0.5) {
            return isfAt(i, 1.0 - p);
        }
        if (p == 0.0) {
            return 0.0;
        }
        return GammaDistribution.of(alpha[i], 1.0).inverseCumulativeProbability(p) / beta[i];
    }

    @Override
    protected double isfAt(int i, double q) {
        if (q > 0.5) {
            return ppfAt(i, 1.0 - q);
        }
        if (q == 0.0) {
            return Double.POSITIVE_INFINITY;
        }
        return GammaDistribution.of(alpha[i], 1.0).inverseSurvivalProbability(q) / beta[i];
    }

    @Override
    protected double meanAt(int i) {
        return alpha[i] / beta[i];
    }

    @Override
    protected double varAt(int i) {
        return alpha[i] / beta[i] / beta[i];
    }

    @Override
    protected double energyAt(int i) {
        return 2.0 / (beta[i] * org.apache.commons.numbers.gamma.Beta.value(0.5, alpha[i]));
    }

    @Override
    protected double energyAt(int i, double x) {
        double m = meanAt(i);
        if (x <= 0.0) {
            return m - x;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        double y = beta[i] * x;
        double f = RegularizedGamma.P.value(alpha[i], y);
        double twoFm1 = f < 0.5 ? 2.0 * f - 1.0 : 1.0 - 2.0 * RegularizedGamma.Q.value(alpha[i], y);
        return (x - m) * twoFm1 + 2.0 * x * standardDensity(i, y);
    }

    @Override
    protected double sampleAt(int i, RandomGenerator rng) {
        return GammaVariates.standard(alpha[i], rng) / beta[i];
    }
}
