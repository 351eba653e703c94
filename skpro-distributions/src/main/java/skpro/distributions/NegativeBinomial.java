package skpro.distributions;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.numbers.gamma.RegularizedBeta;

import skpro.distributions.internal.BetaFraction;
import skpro.distributions.internal.Check;
import skpro.distributions.internal.SaddlePoint;

/**
 * Negative binomial distributions in skpro's mean-dispersion form, one per row: scipy
 * {@code nbinom(n = alpha, p = alpha / (alpha + mu))}.
 *
 * <p>p_k = Gamma(k + alpha) / (Gamma(alpha) k!) p^alpha q^k on k = 0, 1, 2, ..., with
 * p = alpha / (alpha + mu) and q = mu / (alpha + mu) (both computed directly, never as 1 minus
 * the other); mu &gt; 0 the mean, alpha &gt; 0 the dispersion (size). E X = mu,
 * Var X = mu + mu^2 / alpha, skewness (1 + q) / sqrt(alpha q); alpha to infinity gives the
 * Poisson. F(k) = I_p(alpha, k + 1) and S(k) = I_q(k + 1, alpha) (regularized incomplete beta,
 * evaluated at the smaller of p and q so that each tail is computed directly).
 *
 * <p>The log mass is Loader's saddle-point form log(alpha / (alpha + k)) + log b(alpha;
 * alpha + k, p) (binomial saddle point with a real size), or for k &lt; 1e-10 alpha its
 * expansion k log(mu / (1 + mu / alpha)) - alpha log(1 + mu / alpha) - log k! +
 * log(1 + k (k - 1) / (2 alpha)). Where F or S underflows, its log is log p_k (resp. p_{k+1})
 * plus the log of the incomplete beta continued fraction ({@code BetaFraction}), so far tails
 * with q near 1 (tiny alpha) cost a few dozen terms; the fraction takes q as a double, which
 * limits that log to about 1e-16 / (1 - q) absolute (1e-7 for mu / alpha = 1e9).
 *
 * <p>Accuracy: Commons Numbers' regularized incomplete beta function loses about
 * (alpha + k) 1e-17 of relative accuracy when both shapes are huge (1e-13 up to 1e8, 1e-2 at
 * 1e15); where it does not converge, F and S come from the mass sums of
 * {@link AbstractIntegerDistribution}.
 *
 * <p>Energies: E|X - x| = (x - mu)(F(a) - S(a)) + 2 (mu / alpha)(a + alpha) p_a with
 * a = floor(x) &ge; 0 (mu - x for x &lt; 0), closed form from the recurrence
 * (k + 1) p_{k+1} = q (k + alpha) p_k. E|X - X'|: for mu / alpha &le; 1e3 the lattice sum
 * 2 sum_k F(k) S(k) of {@link AbstractIntegerDistribution#energyAt(int)}; above, where that sum
 * would need about 40 mu / alpha points, the characteristic-function integral
 * {@link AbstractIntegerDistribution#energyFromCharacteristicFunction} with
 * 1 - |phi(t)|^2 = -expm1(-alpha log1p(4 q s^2 / p^2)), s = sin(t / 2), whose cost does not depend
 * on mu / alpha. Draws are by inversion.
 */
public final class NegativeBinomial extends AbstractIntegerDistribution {

    private final double[] mu;
    private final double[] alpha;

    private NegativeBinomial(double[] mu, double[] alpha) {
        super(mu.length);
        this.mu = mu;
        this.alpha = alpha;
    }

    /**
     * @param mu the means, one per row, each &gt; 0 and finite
     * @param alpha the dispersions (scipy's n), one per row, each &gt; 0 and finite
     * @return the distribution
     * @throws IllegalArgumentException if the arrays are empty or of different lengths, or a
     *     value is not finite and positive
     */
    public static NegativeBinomial of(double[] mu, double[] alpha) {
        Check.sameLength("mu", mu, "alpha", alpha);
        Check.positive("mu", mu);
        Check.positive("alpha", alpha);
        return new NegativeBinomial(mu.clone(), alpha.clone());
    }

    /**
     * @param mu the mean, &gt; 0 and finite
     * @param alpha the dispersion, &gt; 0 and finite
     * @return a one-row distribution
     * @throws IllegalArgumentException if a value is not finite and positive
     */
    public static NegativeBinomial of(double mu, double alpha) {
        return of(new double[] {mu}, new double[] {alpha});
    }

    /** @return the means (a copy) */
    public double[] mu() {
        return mu.clone();
    }

    /** @return the dispersions (a copy) */
    public double[] alpha() {
        return alpha.clone();
    }

    @Override
    public Map<String, double[]> parameters() {
        Map<String, double[]> out = new LinkedHashMap<>();
        out.put("mu", mu());
        out.put("alpha", alpha());
        return out;
    }

    @Override
    public NegativeBinomial select(int... rows) {
        Check.rows(rows, size());
        return new NegativeBinomial(Check.pick(mu, rows), Check.pick(alpha, rows));
    }

    /** @return p = alpha / (alpha + mu) */
    private double p(int i) {
        return alpha[i] / (alpha[i] + mu[i]);
    }

    /** @return q = mu / (alpha + mu) */
    private double q(int i) {
        return mu[i] / (alpha[i] + mu[i]);
    }

    @Override
    protected double logPmfAt(int i, double k) {
        return SaddlePoint.negativeBinomial(k, alpha[i], mu[i]);
    }

    @Override
    protected double pmfRatioAt(int i, double k) {
        return q(i) * (k + alpha[i]) / (k + 1.0);
    }

    /** p_{m+1} / p_m = q (m + alpha) / (m + 1): decreasing to q for alpha &gt; 1, increasing to q below. */
    @Override
    protected double pmfRatioBoundAt(int i, double k) {
        return q(i) * Math.max(1.0, (k + 1.0 + alpha[i]) / (k + 2.0));
    }

    /** F(k) = I_p(alpha, k + 1); by the mass sums where Commons Numbers does not converge. */
    @Override
    protected double cdfAtInteger(int i, double k) {
        try {
            double p = p(i);
            double q = q(i);
            return p <= q ? RegularizedBeta.value(p, alpha[i], k + 1.0)
                : RegularizedBeta.complement(q, k + 1.0, alpha[i]);
        } catch (ArithmeticException e) {
            return cdfBySummation(i, k);
        }
    }

    /** S(k) = I_q(k + 1, alpha); by the mass sums where Commons Numbers does not converge. */
    @Override
    protected double survivalAtInteger(int i, double k) {
        try {
            double p = p(i);
            double q = q(i);
            return p <= q ? RegularizedBeta.complement(p, alpha[i], k + 1.0)
                : RegularizedBeta.value(q, k + 1.0, alpha[i]);
        } catch (ArithmeticException e) {
            return survivalBySummation(i, k);
        }
    }

    /** F(k) = I_p(alpha, k + 1) = p_k q (alpha + k) / alpha h(p; alpha, k + 1), h the beta fraction. */
    @Override
    protected double logLowerTailAt(int i, double k) {
        double p = p(i);
        if (!BetaFraction.converges(p, alpha[i], k + 1.0)) {
            return super.logLowerTailAt(i, k);
        }
        return logPmfAt(i, k) - Math.log1p(alpha[i] / mu[i]) + Math.log1p(k / alpha[i])
            + BetaFraction.logFraction(p, alpha[i], k + 1.0);
    }

    /** S(k) = I_q(k + 1, alpha) = p_{k+1} h(q; k + 1, alpha), h the beta fraction. */
    @Override
    protected double logUpperTailAt(int i, double k) {
        double q = q(i);
        if (!BetaFraction.converges(q, k + 1.0, alpha[i])) {
            return super.logUpperTailAt(i, k);
        }
        return logPmfAt(i, k + 1.0) + BetaFraction.logFraction(q, k + 1.0, alpha[i]);
    }

    @Override
    protected double meanAt(int i) {
        return mu[i];
    }

    @Override
    protected double varAt(int i) {
        return mu[i] + mu[i] * (mu[i] / alpha[i]);
    }

    @Override
    protected double skewnessAt(int i) {
        double q = q(i);
        return (1.0 + q) / Math.sqrt(alpha[i] * q);
    }

    /** E|X - x| = (x - mu)(F(a) - S(a)) + 2 (mu / alpha)(a + alpha) p_a; mu - x below 0. */
    /** Spread mu / alpha above which E|X - X'| comes from the characteristic function. */
    private static final double LATTICE_SUM_LIMIT = 1e3;

    @Override
    protected double energyAt(int i) {
        if (mu[i] / alpha[i] <= LATTICE_SUM_LIMIT) {
            return super.energyAt(i);
        }
        double p = p(i);
        double c = 4.0 * q(i) / (p * p);
        double a = alpha[i];
        return energyFromCharacteristicFunction(s2 -> -Math.expm1(-a * Math.log1p(c * s2)));
    }

    @Override
    protected double energyAt(int i, double x) {
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        double m = mu[i];
        if (x < 0.0) {
            return m - x;
        }
        double a = Math.floor(x);
        double f = cdfAtInteger(i, a);
        double s = survivalAtInteger(i, a);
        double pa = Math.exp(SaddlePoint.negativeBinomial(a, alpha[i], m));
        double atom = pa > 0.0 ? 2.0 * (m / alpha[i]) * (a + alpha[i]) * pa : 0.0;
        return (x - m) * (f - s) + atom;
    }
}
