package skpro.distributions;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.numbers.gamma.RegularizedGamma;

import skpro.distributions.internal.Check;
import skpro.distributions.internal.SaddlePoint;

/**
 * Poisson distributions, one per row.
 *
 * <p>p_k = mu^k e^-mu / k! on k = 0, 1, 2, ...; mu &gt; 0. F(k) = Q(k + 1, mu) and
 * S(k) = P(k + 1, mu) (regularized incomplete gamma functions, each computed directly, so both
 * tails keep their relative accuracy). E X = Var X = mu, skewness 1 / sqrt(mu).
 *
 * <p>Commons Numbers' incomplete gamma function does not converge in the upper tail (more than
 * about 4.5 sd above the mean) once mu exceeds about 1e11; there cdf and survival fall back to
 * the mass sums of {@link AbstractIntegerDistribution} (about 40 sqrt(mu) / z terms at z sd,
 * carried by the ratio mu / (k + 1)).
 *
 * <p>The log mass is the saddle-point form -delta(k) - D(k, mu) - log(2 pi k) / 2 (Stirling
 * remainder delta, deviance D = k log(k / mu) + mu - k; {@code -mu} at k = 0), accurate where
 * {@code k log mu - mu - log k!} cancels; log cdf and log survival stay finite where the cdf and
 * survival underflow (see {@link AbstractIntegerDistribution}).
 *
 * <p>Energies: E|X - x| = (x - mu)(F(a) - S(a)) + 2 mu p_a with a = floor(x) &ge; 0 (and
 * mu - x for x &lt; 0), closed form from k p_k = mu p_{k-1}. E|X - X'| = 2 mu e^-2mu
 * (I_0(2 mu) + I_1(2 mu)) (the mean absolute value of a Skellam variable): for mu &ge; 50 from
 * the asymptotic series of the scaled Bessel functions, below 50 summed as 2 sum_k F(k) S(k),
 * the deterministic fallback of {@link AbstractIntegerDistribution#energyAt(int)}. Draws are by
 * inversion.
 */
public final class Poisson extends AbstractIntegerDistribution {

    /** From this mean on, E|X - X'| comes from the asymptotic series of the Bessel functions. */
    private static final double BESSEL_ASYMPTOTIC_MU = 50.0;

    private final double[] mu;

    private Poisson(double[] mu) {
        super(mu.length);
        this.mu = mu;
    }

    /**
     * @param mu the means (rates), one per row, each &gt; 0 and finite
     * @return the distribution
     * @throws IllegalArgumentException if mu is empty, or a value is not finite and positive
     */
    public static Poisson of(double[] mu) {
        Check.positive("mu", mu);
        return new Poisson(mu.clone());
    }

    /**
     * @param mu the mean, &gt; 0 and finite
     * @return a one-row distribution
     * @throws IllegalArgumentException if mu is not finite and positive
     */
    public static Poisson of(double mu) {
        return of(new double[] {mu});
    }

    /** @return the means (a copy) */
    public double[] mu() {
        return mu.clone();
    }

    @Override
    public Map<String, double[]> parameters() {
        Map<String, double[]> out = new LinkedHashMap<>();
        out.put("mu", mu());
        return out;
    }

    @Override
    public Poisson select(int... rows) {
        Check.rows(rows, size());
        return new Poisson(Check.pick(mu, rows));
    }

    @Override
    protected double logPmfAt(int i, double k) {
        return SaddlePoint.poisson(k, mu[i]);
    }

    @Override
    protected double pmfRatioAt(int i, double k) {
        return mu[i] / (k + 1.0);
    }

    /** p_{m+1} / p_m = mu / (m + 1) decreases: bounded by mu / (k + 2) beyond k. */
    @Override
    protected double pmfRatioBoundAt(int i, double k) {
        return mu[i] / (k + 2.0);
    }

    /** Q(k + 1, mu); by summation where Commons Numbers does not converge (mu above ~1e11). */
    @Override
    protected double cdfAtInteger(int i, double k) {
        try {
            return RegularizedGamma.Q.value(k + 1.0, mu[i]);
        } catch (ArithmeticException e) {
            return cdfBySummation(i, k);
        }
    }

    /** P(k + 1, mu); by summation where Commons Numbers does not converge (mu above ~1e11). */
    @Override
    protected double survivalAtInteger(int i, double k) {
        try {
            return RegularizedGamma.P.value(k + 1.0, mu[i]);
        } catch (ArithmeticException e) {
            return survivalBySummation(i, k);
        }
    }

    @Override
    protected double meanAt(int i) {
        return mu[i];
    }

    @Override
    protected double varAt(int i) {
        return mu[i];
    }

    @Override
    protected double skewnessAt(int i) {
        return 1.0 / Math.sqrt(mu[i]);
    }

    /**
     * E|X - X'| = 2 mu e^-2mu (I_0(2 mu) + I_1(2 mu)) (X - X' is Skellam): for mu &ge; 50 from
     * the asymptotic series e^-x I_nu(x) = (2 pi x)^-1/2 sum_k (-1)^k a_k(nu) / x^k,
     * a_k(nu) = prod_{j &le; k} (4 nu^2 - (2j - 1)^2) / (k! 8^k), summed to 1e-17 (at most a
     * dozen terms; relative error about 1e-16); below 50 by the lattice sum of the base class.
     */
    @Override
    protected double energyAt(int i) {
        double m = mu[i];
        if (m < BESSEL_ASYMPTOTIC_MU) {
            return super.energyAt(i);
        }
        double x = 2.0 * m;
        double t0 = 1.0;
        double t1 = 1.0;
        double sum = 2.0;
        for (int k = 1; k < 60; k++) {
            double odd = 2.0 * k - 1.0;
            t0 *= odd * odd / (8.0 * k * x);
            t1 *= (odd * odd - 4.0) / (8.0 * k * x);
            double term = t0 + t1;
            sum += term;
            if (Math.abs(term) <= 1e-17 * sum) {
                break;
            }
        }
        return sum * Math.sqrt(x / (2.0 * Math.PI));
    }

    /** E|X - x| = (x - mu)(F(a) - S(a)) + 2 mu p_a, a = floor(x); mu - x below 0. */
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
        return (x - m) * (f - s) + 2.0 * m * Math.exp(SaddlePoint.poisson(a, m));
    }
}
