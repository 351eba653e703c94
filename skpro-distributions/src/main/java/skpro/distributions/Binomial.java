package skpro.distributions;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.numbers.gamma.RegularizedBeta;

import skpro.distributions.internal.BetaFraction;
import skpro.distributions.internal.Check;
import skpro.distributions.internal.SaddlePoint;

/**
 * Binomial distributions, one per row.
 *
 * <p>p_k = C(n, k) p^k (1 - p)^(n - k) on k = 0, ..., n; n &ge; 0 an integer, p in [0, 1]
 * (p = 0 and p = 1 are point masses at 0 and n, as is n = 0). F(k) = 1 - I_p(k + 1, n - k) and
 * S(k) = I_p(k + 1, n - k), both from the regularized incomplete beta function computed
 * directly. E X = np, Var X = np(1 - p), skewness (1 - 2p) / sqrt(np(1 - p)).
 *
 * <p>The log mass is Loader's saddle-point form delta(n) - delta(k) - delta(n - k)
 * - D(k, np) - D(n - k, n(1 - p)) - log(2 pi k (n - k) / n) / 2 (n log(1 - p) and n log p at the
 * ends), accurate where the log-gamma form cancels. Where F or S underflows, its log is
 * log p_k (resp. p_{k+1}) plus the log of the incomplete beta continued fraction
 * ({@code BetaFraction}).
 *
 * <p>Accuracy: Commons Numbers' regularized incomplete beta function loses about n 1e-17 of
 * relative accuracy for huge n (1e-13 up to n = 1e8, 2e-8 at n = 2e9, against mpmath); the
 * log mass and the log tails (through the continued fraction) do not. Where it does not
 * converge, F and S come from the mass sums of {@link AbstractIntegerDistribution}.
 *
 * <p>Energies: E|X - x| = (x - np)(F(a) - S(a)) + 2 p (n - a) p_a with a = floor(x), for
 * x in the support's range (np - x below it, x - np above it), closed form from
 * (k + 1) p_{k+1} = (n - k) (p / (1 - p)) p_k. E|X - X'| is summed as 2 sum_k F(k) S(k) over at
 * most n + 1 points, the deterministic fallback of
 * {@link AbstractIntegerDistribution#energyAt(int)}. Draws are by inversion.
 */
public final class Binomial extends AbstractIntegerDistribution {

    private final int[] n;
    private final double[] p;

    private Binomial(int[] n, double[] p) {
        super(n.length);
        this.n = n;
        this.p = p;
    }

    /**
     * @param n the numbers of trials, one per row, each &ge; 0
     * @param p the success probabilities, one per row, each in [0, 1]
     * @return the distribution
     * @throws IllegalArgumentException if the arrays are empty or of different lengths, an n is
     *     negative, or a p is outside [0, 1] or NaN
     */
    public static Binomial of(int[] n, double[] p) {
        Check.notEmpty("n", n);
        Check.notEmpty("p", p);
        if (n.length != p.length) {
            throw new IllegalArgumentException("n has " + n.length + " rows but p has " + p.length);
        }
        for (int i = 0; i < n.length; i++) {
            if (n[i] < 0) {
                throw new IllegalArgumentException("n[" + i + "] must be >= 0, got " + n[i]);
            }
        }
        Check.inRange("p", p, 0.0, 1.0);
        return new Binomial(n.clone(), p.clone());
    }

    /**
     * @param n the number of trials, &ge; 0
     * @param p the success probability, in [0, 1]
     * @return a one-row distribution
     * @throws IllegalArgumentException if n is negative or p is outside [0, 1] or NaN
     */
    public static Binomial of(int n, double p) {
        return of(new int[] {n}, new double[] {p});
    }

    /** @return the numbers of trials (a copy) */
    public int[] n() {
        return n.clone();
    }

    /** @return the success probabilities (a copy) */
    public double[] p() {
        return p.clone();
    }

    @Override
    public Map<String, double[]> parameters() {
        Map<String, double[]> out = new LinkedHashMap<>();
        double[] trials = new double[n.length];
        for (int i = 0; i < n.length; i++) {
            trials[i] = n[i];
        }
        out.put("n", trials);
        out.put("p", p());
        return out;
    }

    @Override
    public Binomial select(int... rows) {
        Check.rows(rows, size());
        int[] picked = new int[rows.length];
        for (int j = 0; j < rows.length; j++) {
            picked[j] = n[rows[j]];
        }
        return new Binomial(picked, Check.pick(p, rows));
    }

    /** @return 0, or n when p = 1 */
    @Override
    protected double supportLowerAt(int i) {
        return p[i] == 1.0 ? n[i] : 0.0;
    }

    /** @return n, or 0 when p = 0 */
    @Override
    protected double supportUpperAt(int i) {
        return p[i] == 0.0 ? 0.0 : n[i];
    }

    @Override
    protected double logPmfAt(int i, double k) {
        return SaddlePoint.binomial(k, n[i], p[i]);
    }

    @Override
    protected double pmfRatioAt(int i, double k) {
        return (n[i] - k) / (k + 1.0) * (p[i] / (1.0 - p[i]));
    }

    /** p_{m+1} / p_m = (n - m) p / ((m + 1)(1 - p)) decreases: bounded by its value at m = k + 1. */
    @Override
    protected double pmfRatioBoundAt(int i, double k) {
        return (n[i] - k - 1.0) / (k + 2.0) * (p[i] / (1.0 - p[i]));
    }

    /** F(k) = 1 - I_p(k + 1, n - k); by the mass sums where Commons Numbers does not converge. */
    @Override
    protected double cdfAtInteger(int i, double k) {
        try {
            return RegularizedBeta.complement(p[i], k + 1.0, n[i] - k);
        } catch (ArithmeticException e) {
            return cdfBySummation(i, k);
        }
    }

    /** S(k) = I_p(k + 1, n - k); by the mass sums where Commons Numbers does not converge. */
    @Override
    protected double survivalAtInteger(int i, double k) {
        try {
            return RegularizedBeta.value(p[i], k + 1.0, n[i] - k);
        } catch (ArithmeticException e) {
            return survivalBySummation(i, k);
        }
    }

    /** F(k) = I_{1-p}(n - k, k + 1) = p p_k h(1 - p; n - k, k + 1), h the beta fraction. */
    @Override
    protected double logLowerTailAt(int i, double k) {
        double q = 1.0 - p[i];
        if (!BetaFraction.converges(q, n[i] - k, k + 1.0)) {
            return super.logLowerTailAt(i, k);
        }
        return Math.log(p[i]) + logPmfAt(i, k) + BetaFraction.logFraction(q, n[i] - k, k + 1.0);
    }

    /** S(k) = I_p(k + 1, n - k) = (1 - p) p_{k+1} h(p; k + 1, n - k), h the beta fraction. */
    @Override
    protected double logUpperTailAt(int i, double k) {
        if (!BetaFraction.converges(p[i], k + 1.0, n[i] - k)) {
            return super.logUpperTailAt(i, k);
        }
        return Math.log1p(-p[i]) + logPmfAt(i, k + 1.0) + BetaFraction.logFraction(p[i], k + 1.0, n[i] - k);
    }

    @Override
    protected double meanAt(int i) {
        return n[i] * p[i];
    }

    @Override
    protected double varAt(int i) {
        return n[i] * p[i] * (1.0 - p[i]);
    }

    @Override
    protected double skewnessAt(int i) {
        double v = varAt(i);
        return v > 0.0 ? (1.0 - 2.0 * p[i]) / Math.sqrt(v) : 0.0;
    }

    /** E|X - x| = (x - np)(F(a) - S(a)) + 2 p (n - a) p_a inside the range; |x - np| outside. */
    @Override
    protected double energyAt(int i, double x) {
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        double m = meanAt(i);
        if (x < supportLowerAt(i)) {
            return m - x;
        }
        if (x >= supportUpperAt(i)) {
            return x - m;
        }
        double a = Math.floor(x);
        double f = cdfAtInteger(i, a);
        double s = survivalAtInteger(i, a);
        return (x - m) * (f - s) + 2.0 * p[i] * (n[i] - a) * Math.exp(SaddlePoint.binomial(a, n[i], p[i]));
    }
}
