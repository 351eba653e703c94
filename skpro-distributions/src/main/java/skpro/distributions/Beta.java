package skpro.distributions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.numbers.gamma.RegularizedBeta;
import org.apache.commons.statistics.distribution.BetaDistribution;

import skpro.distributions.internal.Check;
import skpro.distributions.internal.GammaVariates;
import skpro.distributions.internal.IncompleteTails;

/**
 * Beta distributions, one per row, with shapes alpha and beta.
 *
 * <p>f(x) = x^(alpha - 1) (1 - x)^(beta - 1) / B(alpha, beta) on the support [0, 1] (0 outside);
 * alpha &gt; 0, beta &gt; 0. F(x) = I_x(alpha, beta), the regularised incomplete beta function;
 * E X = m = alpha / (alpha + beta), Var X = alpha beta / ((alpha + beta)^2 (alpha + beta + 1)).
 *
 * <p>Energy terms: for 0 &lt; x &lt; 1,
 * E|X - x| = x (2 F(x) - 1) - m (2 I_x(alpha + 1, beta) - 1), evaluated as
 * (x - m)(2 F(x) - 1) + 2 x (1 - x) f(x) / (alpha + beta), by
 * I_x(alpha + 1, beta) = I_x(alpha, beta) - x^alpha (1 - x)^beta / (alpha B(alpha, beta));
 * E|X - x| = m - x for x &le; 0 and x - m for x &ge; 1 (skpro's value is wrong for x &gt; 1).
 * E|X - X'| = 4 B(2 alpha, 2 beta) / ((alpha + beta) B(alpha, beta)^2), evaluated with the
 * duplication formula as 2 B(1/2, alpha + beta) / ((alpha + beta) B(1/2, alpha) B(1/2, beta)),
 * which neither underflows nor cancels for large shapes.
 *
 * <p>Methods: density, cdf and survival from Commons Numbers ({@code RegularizedBeta} value,
 * complement and derivative); {@code logCdf} and {@code logSurvival} stay finite where they
 * underflow (continued fraction, see {@link IncompleteTails}). {@code ppf} (p &le; 1/2) and
 * {@code isf} (q &le; 1/2) invert the cdf, resp. the survival function, with Commons Statistics'
 * {@link BetaDistribution} (a bracketed root search; within 6e-14 relative of mpmath down to
 * shapes 0.01); the other half of each goes through the exact complement. Draws:
 * X = G_a / (G_a + G_b) from two exact gamma variates, formed from their logarithms so that tiny
 * shapes do not give 0/0.
 */
public final class Beta extends AbstractDistribution {

    private final double[] alpha;
    private final double[] beta;

    private Beta(double[] alpha, double[] beta) {
        super(alpha.length);
        this.alpha = alpha;
        this.beta = beta;
    }

    /**
     * @param alpha the first shapes, one per row, each &gt; 0
     * @param beta the second shapes, one per row, each &gt; 0
     * @return the distribution
     * @throws IllegalArgumentException if the arrays are empty or of different lengths, or a
     *     value is not finite and positive
     */
    public static Beta of(double[] alpha, double[] beta) {
        Check.sameLength("alpha", alpha, "beta", beta);
        Check.positive("alpha", alpha);
        Check.positive("beta", beta);
        return new Beta(alpha.clone(), beta.clone());
    }

    /**
     * @param alpha the first shape, &gt; 0
     * @param beta the second shape, &gt; 0
     * @return a one-row distribution
     * @throws IllegalArgumentException if a value is not finite and positive
     */
    public static Beta of(double alpha, double beta) {
        return of(new double[] {alpha}, new double[] {beta});
    }

    /** @return the first shapes (a copy) */
    public double[] alpha() {
        return alpha.clone();
    }

    /** @return the second shapes (a copy) */
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
    public Beta select(int... rows) {
        Check.rows(rows, size());
        return new Beta(Check.pick(alpha, rows), Check.pick(beta, rows));
    }

    // ---------------------------------------------------------------- row primitives

    @Override
    protected double supportLowerAt(int i) {
        return 0.0;
    }

    @Override
    protected double supportUpperAt(int i) {
        return 1.0;
    }

    /** Density at an end of the support: +inf, the boundary value, or 0 by the shape there. */
    private static double endDensity(double shapeHere, double shapeOther) {
        if (shapeHere < 1.0) {
            return Double.POSITIVE_INFINITY;
        }
        // f(0) = 1 / B(1, b) = b when alpha = 1
        return shapeHere == 1.0 ? shapeOther : 0.0;
    }

    @Override
    protected double pdfAt(int i, double x) {
        if (x < 0.0 || x > 1.0) {
            return 0.0;
        }
        if (x == 0.0) {
            return endDensity(alpha[i], beta[i]);
        }
        if (x == 1.0) {
            return endDensity(beta[i], alpha[i]);
        }
        return RegularizedBeta.derivative(x, alpha[i], beta[i]);
    }

    @Override
    protected double logPdfAt(int i, double x) {
        if (x < 0.0 || x > 1.0) {
            return Double.NEGATIVE_INFINITY;
        }
        double d = pdfAt(i, x);
        if (x == 0.0 || x == 1.0 || d >= Double.MIN_NORMAL && d < Double.POSITIVE_INFINITY) {
            return Math.log(d);
        }
        return (alpha[i] - 1.0) * Math.log(x) + (beta[i] - 1.0) * Math.log1p(-x) - LogBeta.value(alpha[i], beta[i]);
    }

    @Override
    protected double cdfAt(int i, double x) {
        if (x <= 0.0) {
            return 0.0;
        }
        return x >= 1.0 ? 1.0 : RegularizedBeta.value(x, alpha[i], beta[i]);
    }

    @Override
    protected double survivalAt(int i, double x) {
        if (x <= 0.0) {
            return 1.0;
        }
        return x >= 1.0 ? 0.0 : RegularizedBeta.complement(x, alpha[i], beta[i]);
    }

    @Override
    protected double logCdfAt(int i, double x) {
        return IncompleteTails.logI(x, alpha[i], beta[i]);
    }

    @Override
    protected double logSurvivalAt(int i, double x) {
        return IncompleteTails.logIComplement(x, alpha[i], beta[i]);
    }

    @Override
    protected double ppfAt(int i, double p) {
        if (p > 0.5) {
            return isfAt(i, 1.0 - p);
        }
        if (p == 0.0) {
            return 0.0;
        }
        return BetaDistribution.of(alpha[i], beta[i]).inverseCumulativeProbability(p);
    }

    @Override
    protected double isfAt(int i, double q) {
        if (q > 0.5) {
            return ppfAt(i, 1.0 - q);
        }
        if (q == 0.0) {
            return 1.0;
        }
        return BetaDistribution.of(alpha[i], beta[i]).inverseSurvivalProbability(q);
    }

    @Override
    protected double meanAt(int i) {
        return alpha[i] / (alpha[i] + beta[i]);
    }

    @Override
    protected double varAt(int i) {
        double a = alpha[i];
        double b = beta[i];
        double s = a + b;
        return a / s * (b / s) / (s + 1.0);
    }

    @Override
    protected double energyAt(int i) {
        double s = alpha[i] + beta[i];
        return 2.0 * betaHalf(s) / (s * betaHalf(alpha[i]) * betaHalf(beta[i]));
    }

    /** B(1/2, s). */
    private static double betaHalf(double s) {
        return org.apache.commons.numbers.gamma.Beta.value(0.5, s);
    }

    @Override
    protected double energyAt(int i, double x) {
        double m = meanAt(i);
        if (x <= 0.0) {
            return m - x;
        }
        if (x >= 1.0) {
            return x - m;
        }
        double f = RegularizedBeta.value(x, alpha[i], beta[i]);
        double twoFm1 = f < 0.5 ? 2.0 * f - 1.0 : 1.0 - 2.0 * RegularizedBeta.complement(x, alpha[i], beta[i]);
        double density = RegularizedBeta.derivative(x, alpha[i], beta[i]);
        return (x - m) * twoFm1 + 2.0 * x * (1.0 - x) * density / (alpha[i] + beta[i]);
    }

    @Override
    protected double sampleAt(int i, RandomGenerator rng) {
        double logA = GammaVariates.logStandard(alpha[i], rng);
        double logB = GammaVariates.logStandard(beta[i], rng);
        // G_a / (G_a + G_b) = 1 / (1 + exp(log G_b - log G_a))
        return 1.0 / (1.0 + Math.exp(logB - logA));
    }
}
