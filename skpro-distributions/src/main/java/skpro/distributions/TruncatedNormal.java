package skpro.distributions;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.numbers.gamma.ErfDifference;
import org.apache.commons.numbers.gamma.Erfc;
import org.apache.commons.numbers.gamma.InverseErfc;

import skpro.distributions.internal.Check;
import skpro.distributions.internal.NormalTail;

/**
 * Normal distributions N(mu, sigma^2) truncated to [lTrunc, rTrunc], one per row.
 *
 * <p>With z = (x - mu) / sigma, alpha = (lTrunc - mu) / sigma, beta = (rTrunc - mu) / sigma and
 * Z = Phi(beta) - Phi(alpha): f(x) = phi(z) / (sigma Z) on [lTrunc, rTrunc] (0 outside),
 * F(x) = (Phi(z) - Phi(alpha)) / Z. mu real, sigma &gt; 0, lTrunc &lt; rTrunc; either bound may
 * be infinite. Moments of the standardised variable T: E T = (phi(alpha) - phi(beta)) / Z,
 * Var T = 1 + (alpha phi(alpha) - beta phi(beta)) / Z - (E T)^2. Energy terms (the closed form of
 * the truncated-normal CRPS, Thorarinsdottir and Gneiting 2010, written per term):
 * E|X - x| = sigma (z (2 F(x) - 1) + (2 phi(z) - phi(alpha) - phi(beta)) / Z) for x inside the
 * interval and |x - E X| outside it; E|X - X'| = sigma ((2 / sqrt(pi)) Z_2 / Z^2
 * - 2 (phi(alpha) + phi(beta)) / Z) with Z_2 = Phi(sqrt2 beta) - Phi(sqrt2 alpha).
 *
 * <p>Everything is closed form; the formulas above are evaluated in forms that neither
 * underflow nor cancel. An interval entirely below mu is handled as the mirror image of one
 * above it. For an interval above mu (0 &le; alpha) every quantity is taken relative to
 * phi(alpha) through the Mills ratio R(t) = Q(t) / phi(t) = sqrt(pi / 2) erfcx(t / sqrt 2), so
 * nothing underflows even for alpha in the hundreds; the mean excess r = 1 / R(alpha) - alpha
 * and the variance (s - r) / (alpha + s) of a one-sided truncation come from the continued
 * fraction r = 1 / (alpha + s), s = 2 / (alpha + 3 / (alpha + ...)) (the textbook variance
 * cancels to nothing at alpha = 1000); with an upper bound the mean excess is
 * (g(alpha) - e (g(beta) + (beta - alpha) R(beta))) / (R(alpha) - e R(beta)), g = 1 - t R(t),
 * e = phi(beta) / phi(alpha). Within d of an end where d (|end| + d) &le; 1, probabilities and
 * quantiles use the Taylor series of the strip integral int_0^d exp(-end w - w^2 / 2) dw, and
 * intervals that narrow get their moments and energies from the same series, so nothing
 * cancels near the ends either. Elsewhere the quantile of an interval above mu solves
 * log Q(t) = log(target) by Newton's method (log Q is concave: the iteration converges
 * monotonically), started from the inverse complementary error function where that does not
 * underflow; intervals around mu use erf differences and the normal quantile. Draws are by
 * inversion.
 */
public final class TruncatedNormal extends AbstractDistribution {

    private static final double SQRT2 = Math.sqrt(2.0);
    private static final double SQRT_HALF_PI = Math.sqrt(0.5 * Math.PI);
    private static final double SQRT_2PI = Math.sqrt(2.0 * Math.PI);
    private static final double TWO_OVER_SQRT_PI = 2.0 / Math.sqrt(Math.PI);
    /** Below this ratio phi(beta) / phi(alpha) the upper bound does not change any double. */
    private static final double ONE_SIDED = 1e-18;

    private final double[] mu;
    private final double[] sigma;
    private final double[] lTrunc;
    private final double[] rTrunc;

    // per row, in the frame of T (standardised, reflected when the interval lies below mu)
    private final boolean[] flip;
    /** lo &ge; 0: the interval lies above the mean (tail frame); else it straddles 0. */
    private final double[] lo;
    private final double[] hi;
    /** The scaling point m: lo in the tail frame, 0 when the interval straddles 0. */
    private final double[] m;
    /** Probability of the interval divided by phi(m). */
    private final double[] psi;
    /** Whether the whole interval is one strip, (hi - lo) (|lo| + hi - lo) &le; 1. */
    private final boolean[] narrow;
    private final double[] meanT;
    /** meanT - lo, kept apart for its precision. */
    private final double[] excessT;
    private final double[] varT;
    private final double[] energyT;

    private TruncatedNormal(double[] mu, double[] sigma, double[] lTrunc, double[] rTrunc) {
        super(mu.length);
        this.mu = mu;
        this.sigma = sigma;
        this.lTrunc = lTrunc;
        this.rTrunc = rTrunc;
        int n = mu.length;
        flip = new boolean[n];
        lo = new double[n];
        hi = new double[n];
        m = new double[n];
        psi = new double[n];
        narrow = new boolean[n];
        meanT = new double[n];
        excessT = new double[n];
        varT = new double[n];
        energyT = new double[n];
        for (int i = 0; i < n; i++) {
            double alpha = (lTrunc[i] - mu[i]) / sigma[i];
            double beta = (rTrunc[i] - mu[i]) / sigma[i];
            if (!(alpha < beta) || alpha == Double.POSITIVE_INFINITY || beta == Double.NEGATIVE_INFINITY) {
                throw new IllegalArgumentException("lTrunc[" + i + "], rTrunc[" + i + "]: the standardised interval ["
                    + alpha + ", " + beta + "] = [(lTrunc - mu) / sigma, (rTrunc - mu) / sigma] is empty in doubles");
            }
            flip[i] = beta <= 0.0;
            lo[i] = flip[i] ? -beta : alpha;
            hi[i] = flip[i] ? -alpha : beta;
            m[i] = Math.max(lo[i], 0.0);
            narrow[i] = hi[i] - lo[i] <= NormalTail.stripLimit(lo[i]);
            psi[i] = massBetween(i, lo[i], hi[i]);
            if (!(psi[i] > 0.0)) {
                throw new IllegalArgumentException("lTrunc[" + i + "] = " + lTrunc[i] + ", rTrunc[" + i + "] = "
                    + rTrunc[i] + ": the interval holds no probability mass representable in doubles");
            }
            moments(i);
        }
    }

    /**
     * @param mu the means of the untruncated normals, one per row
     * @param sigma their standard deviations, one per row, each &gt; 0
     * @param lTrunc the lower truncation bounds, one per row (may be -inf)
     * @param rTrunc the upper truncation bounds, one per row, each &gt; lTrunc (may be +inf)
     * @return the distribution
     * @throws IllegalArgumentException if the arrays are empty or of different lengths, mu or
     *     sigma is not finite, a sigma is not positive, a bound is NaN, lTrunc &ge; rTrunc, or
     *     the interval holds no probability mass representable in doubles
     */
    public static TruncatedNormal of(double[] mu, double[] sigma, double[] lTrunc, double[] rTrunc) {
        Check.sameLength("mu", mu, "sigma", sigma);
        Check.sameLength("mu", mu, "lTrunc", lTrunc);
        Check.sameLength("mu", mu, "rTrunc", rTrunc);
        Check.finite("mu", mu);
        Check.positive("sigma", sigma);
        Check.ordered("lTrunc", lTrunc, "rTrunc", rTrunc);
        return new TruncatedNormal(mu.clone(), sigma.clone(), lTrunc.clone(), rTrunc.clone());
    }

    /**
     * @param mu the mean of the untruncated normal
     * @param sigma its standard deviation, &gt; 0
     * @param lTrunc the lower truncation bound (may be -inf)
     * @param rTrunc the upper truncation bound, &gt; lTrunc (may be +inf)
     * @return a one-row distribution
     * @throws IllegalArgumentException as {@link #of(double[], double[], double[], double[])}
     */
    public static TruncatedNormal of(double mu, double sigma, double lTrunc, double rTrunc) {
        return of(new double[] {mu}, new double[] {sigma}, new double[] {lTrunc}, new double[] {rTrunc});
    }

    /** @return the means of the untruncated normals (a copy) */
    public double[] mu() {
        return mu.clone();
    }

    /** @return the standard deviations of the untruncated normals (a copy) */
    public double[] sigma() {
        return sigma.clone();
    }

    /** @return the lower truncation bounds (a copy) */
    public double[] lTrunc() {
        return lTrunc.clone();
    }

    /** @return the upper truncation bounds (a copy) */
    public double[] rTrunc() {
        return rTrunc.clone();
    }

    @Override
    public Map<String, double[]> parameters() {
        Map<String, double[]> out = new LinkedHashMap<>();
        out.put("mu", mu());
        out.put("sigma", sigma());
        out.put("lTrunc", lTrunc());
        out.put("rTrunc", rTrunc());
        return out;
    }

    @Override
    public TruncatedNormal select(int... rows) {
        Check.rows(rows, size());
        return new TruncatedNormal(Check.pick(mu, rows), Check.pick(sigma, rows), Check.pick(lTrunc, rows),
            Check.pick(rTrunc, rows));
    }

    // ---------------------------------------------------------------- scaled normal pieces

    /** phi(t) / phi(m) for row i. */
    private double ratio(int i, double t) {
        return Math.exp(-0.5 * (t - m[i]) * (t + m[i]));
    }

    /** log(phi(t) / phi(m)) for row i. */
    private double logRatio(int i, double t) {
        return -0.5 * (t - m[i]) * (t + m[i]);
    }

    /** Q(t) / phi(m) for t &ge; 0; 0 at +inf. */
    private double qu(int i, double t) {
        return t == Double.POSITIVE_INFINITY ? 0.0 : ratio(i, t) * NormalTail.mills(t);
    }

    /** log(Q(t) / phi(m)) for t &ge; 0. */
    private double logQu(int i, double t) {
        return t == Double.POSITIVE_INFINITY ? Double.NEGATIVE_INFINITY
            : logRatio(i, t) + Math.log(NormalTail.mills(t));
    }

    /** log(P(u &lt; N &le; end) / phi(m)) for 0 &le; u &le; end, finite where it underflows. */
    private double logMassBeyond(int i, double u, double end) {
        double lu = logQu(i, u);
        return lu + Math.log1p(-Math.exp(logQu(i, end) - lu));
    }

    /**
     * P(u &lt; N &le; v) / phi(m) for lo &le; u &le; v &le; hi: by the strip series from whichever
     * end is within reach, else from Mills ratios (tail frame) or an erf difference.
     */
    private double massBetween(int i, double u, double v) {
        double w = v - u;
        if (w <= NormalTail.stripLimit(u)) {
            return ratio(i, u) * NormalTail.strip(u, w);
        }
        if (w <= NormalTail.stripLimit(v)) {
            return ratio(i, v) * NormalTail.strip(-v, w);
        }
        if (u >= 0.0) {
            return qu(i, u) - qu(i, v);
        }
        return SQRT_HALF_PI * ErfDifference.value(u / SQRT2, v / SQRT2);
    }

    // ---------------------------------------------------------------- in the frame of T

    private boolean tail(int i) {
        return lo[i] >= 0.0;
    }

    /** P(T &le; t) in the frame. */
    private double cdfT(int i, double t) {
        if (t <= lo[i]) {
            return 0.0;
        }
        if (t >= hi[i]) {
            return 1.0;
        }
        return Math.min(massBetween(i, lo[i], t) / psi[i], 1.0);
    }

    /** P(T &gt; t) in the frame. */
    private double survivalT(int i, double t) {
        if (t <= lo[i]) {
            return 1.0;
        }
        if (t >= hi[i]) {
            return 0.0;
        }
        return Math.min(massBetween(i, t, hi[i]) / psi[i], 1.0);
    }

    private double logCdfT(int i, double t) {
        double c = cdfT(i, t);
        if (c > 0.5) {
            return Math.log1p(-survivalT(i, t));
        }
        if (c < 1e-300 && t < 0.0 && t > lo[i]) {
            // straddling frame (m = 0): the lower mass is the mirror image of an upper one
            return logMassBeyond(i, -t, -lo[i]) - Math.log(psi[i]);
        }
        return Math.log(c);
    }

    private double logSurvivalT(int i, double t) {
        double s = survivalT(i, t);
        if (s > 0.5) {
            return Math.log1p(-cdfT(i, t));
        }
        if (s < 1e-300 && t >= 0.0 && t < hi[i]) {
            return logMassBeyond(i, t, hi[i]) - Math.log(psi[i]);
        }
        return Math.log(s);
    }

    /** Quantile of T at p &le; 1/2 (above, the inverse survival function at 1 - p). */
    private double ppfT(int i, double p) {
        if (p > 0.5) {
            return isfT(i, 1.0 - p);
        }
        double a = lo[i];
        double reach = Math.min(NormalTail.stripLimit(a), hi[i] - a);
        double target = Math.exp(Math.log(p * psi[i]) - logRatio(i, a));
        double t;
        if (target <= NormalTail.strip(a, reach)) {
            t = a + NormalTail.solveStrip(a, target, reach);
        } else if (tail(i)) {
            t = solveQu(i, NormalTail.mills(a) - p * psi[i]);
        } else {
            double z = psi[i] / SQRT_2PI;
            double below = 0.5 * Erfc.value(-a / SQRT2) + p * z;
            t = below <= 0.5 ? -SQRT2 * InverseErfc.value(2.0 * below)
                : SQRT2 * InverseErfc.value(2.0 * (0.5 * Erfc.value(a / SQRT2) - p * z));
        }
        return Math.min(Math.max(t, lo[i]), hi[i]);
    }

    /** Inverse survival function of T at q &le; 1/2 (above, the quantile at 1 - q). */
    private double isfT(int i, double q) {
        if (q > 0.5) {
            return ppfT(i, 1.0 - q);
        }
        double b = hi[i];
        double reach = Math.min(NormalTail.stripLimit(b), b - lo[i]);
        double target = Math.exp(Math.log(q * psi[i]) - logRatio(i, b));
        double t;
        if (target <= NormalTail.strip(-b, reach)) {
            t = b - NormalTail.solveStrip(-b, target, reach);
        } else if (tail(i)) {
            t = solveQu(i, qu(i, b) + q * psi[i]);
        } else {
            double z = psi[i] / SQRT_2PI;
            double above = 0.5 * Erfc.value(b / SQRT2) + q * z;
            t = above <= 0.5 ? SQRT2 * InverseErfc.value(2.0 * above)
                : -SQRT2 * InverseErfc.value(2.0 * (0.5 * Erfc.value(-b / SQRT2) - q * z));
        }
        return Math.min(Math.max(t, lo[i]), hi[i]);
    }

    /**
     * Solves Q(t) / phi(m) = target for t &ge; lo (tail frame) by Newton's method on the concave,
     * decreasing log Q: t &lt;- t + (log Qu(t) - log target) R(t).
     */
    private double solveQu(int i, double target) {
        if (!(target > 0.0)) {
            return hi[i];
        }
        double logTarget = Math.log(target);
        double t = lo[i];
        if (logTarget >= logQu(i, t)) {
            return t;
        }
        double q = target * Math.exp(-0.5 * m[i] * m[i]) / SQRT_2PI;
        if (q > Double.MIN_NORMAL && q <= 0.5) {
            t = Math.max(t, SQRT2 * InverseErfc.value(2.0 * q));
        }
        for (int k = 0; k < 200; k++) {
            double step = (logQu(i, t) - logTarget) * NormalTail.mills(t);
            double next = t + step;
            if (!(Math.abs(step) > 2.0 * Math.ulp(t))) {
                return next;
            }
            t = Math.max(next, lo[i]);
        }
        return t;
    }

    /** Mean, variance and E|T - T'| of row i, in the frame. */
    private void moments(int i) {
        double a = lo[i];
        double b = hi[i];
        if (narrow[i]) {
            narrowMoments(i);
            return;
        }
        if (a >= 0.0) {
            double e = ratio(i, b);
            if (e < ONE_SIDED) {
                double[] rs = NormalTail.excess(a);
                double r = rs[0];
                double s = rs[1];
                double r2 = NormalTail.excess(SQRT2 * a)[0] / SQRT2;
                excessT[i] = r;
                varT[i] = (s - r) / (a + s);
                energyT[i] = 2.0 * (a + r) * (r - r2) / (a + r2);
            } else {
                double w = b - a;
                double rb = NormalTail.mills(b);
                double m1 = (NormalTail.oneMinusTimesMills(a) - e * (NormalTail.oneMinusTimesMills(b) + w * rb))
                    / psi[i];
                excessT[i] = m1;
                varT[i] = 1.0 - m1 * (a + m1) - w * e / psi[i];
                energyT[i] = 2.0 * SQRT2 * (NormalTail.mills(SQRT2 * a) - e * e * NormalTail.mills(SQRT2 * b))
                    / (psi[i] * psi[i]) - 2.0 * (1.0 + e) / psi[i];
            }
            meanT[i] = a + excessT[i];
            return;
        }
        double z = psi[i] / SQRT_2PI;
        double pa = phi(a);
        double pb = phi(b);
        double mean = (pa - pb) / z;
        meanT[i] = mean;
        excessT[i] = mean - a;
        varT[i] = 1.0 + (timesPhi(a) - timesPhi(b)) / z - mean * mean;
        double z2 = 0.5 * ErfDifference.value(a, b);
        energyT[i] = TWO_OVER_SQRT_PI * z2 / (z * z) - 2.0 * (pa + pb) / z;
    }

    /**
     * Moments of D = T - lo on [0, w] with density proportional to h(u) = exp(-lo u - u^2 / 2)
     * = sum_k h_k u^k: M_j = int u^j h = sum_k h_k w^(k+j+1) / (k+j+1), and
     * E|D - D'| = 4 E[D F(D)] - 2 E D with E[D F(D)] M_0^2 = sum_(j,k) h_j h_k w^(j+k+3) / ((k+1) (j+k+3)).
     */
    private void narrowMoments(int i) {
        double w = hi[i] - lo[i];
        double[] p = NormalTail.stripCoefficients(lo[i], w);
        double m0 = 0.0;
        double m1 = 0.0;
        double m2 = 0.0;
        double dfd = 0.0;
        for (int k = p.length - 1; k >= 0; k--) {
            m0 += p[k] / (k + 1);
            m1 += p[k] / (k + 2);
            m2 += p[k] / (k + 3);
            double inner = 0.0;
            for (int j = p.length - 1; j >= 0; j--) {
                inner += p[j] / (j + k + 3);
            }
            dfd += p[k] / (k + 1) * inner;
        }
        double mean = w * m1 / m0;
        excessT[i] = mean;
        meanT[i] = lo[i] + mean;
        varT[i] = w * w * (m2 / m0 - (m1 / m0) * (m1 / m0));
        energyT[i] = 4.0 * w * dfd / (m0 * m0) - 2.0 * mean;
    }

    private static double phi(double t) {
        return Math.exp(-0.5 * t * t) / SQRT_2PI;
    }

    /** t phi(t), 0 at the infinities. */
    private static double timesPhi(double t) {
        return Double.isInfinite(t) ? 0.0 : t * phi(t);
    }

    /** E|T - t| in the frame: E T - t + 2 E(t - T)+. */
    private double energyT(int i, double t) {
        if (t <= lo[i]) {
            return meanT[i] - t;
        }
        if (t >= hi[i]) {
            return t - meanT[i];
        }
        double a = lo[i];
        double d = t - a;
        double below;
        if (narrow[i]) {
            // E(d - D)+ = sum_k h_k d^(k+2) / ((k+1) (k+2)) / M_0, M_0 = psi / (phi(lo) / phi(m))
            double[] p = NormalTail.stripCoefficients(a, d);
            double sum = 0.0;
            for (int k = p.length - 1; k >= 0; k--) {
                sum += p[k] / ((k + 1.0) * (k + 2.0));
            }
            below = sum * d * d * ratio(i, a) / psi[i];
        } else if (tail(i)) {
            // E(t - T)+ = (d R(lo) - g(lo) + (phi(t) / phi(lo)) g(t)) / psi, g(u) = 1 - u R(u)
            below = (d * NormalTail.mills(a) - NormalTail.oneMinusTimesMills(a)
                + ratio(i, t) * NormalTail.oneMinusTimesMills(t)) / psi[i];
        } else {
            double z = psi[i] / SQRT_2PI;
            return t * (2.0 * cdfT(i, t) - 1.0) + (2.0 * phi(t) - phi(a) - phi(hi[i])) / z;
        }
        return excessT[i] - d + 2.0 * Math.max(below, 0.0);
    }

    // ---------------------------------------------------------------- row primitives

    /** The point x in the frame of T. */
    private double frame(int i, double x) {
        double t = (x - mu[i]) / sigma[i];
        return flip[i] ? -t : t;
    }

    /** The point t of the frame back on the scale of x, clamped to the support. */
    private double unframe(int i, double t) {
        double x = mu[i] + sigma[i] * (flip[i] ? -t : t);
        return Math.min(Math.max(x, lTrunc[i]), rTrunc[i]);
    }

    @Override
    protected double supportLowerAt(int i) {
        return lTrunc[i];
    }

    @Override
    protected double supportUpperAt(int i) {
        return rTrunc[i];
    }

    @Override
    protected double pdfAt(int i, double x) {
        if (x < lTrunc[i] || x > rTrunc[i]) {
            return 0.0;
        }
        return ratio(i, frame(i, x)) / (sigma[i] * psi[i]);
    }

    @Override
    protected double logPdfAt(int i, double x) {
        if (x < lTrunc[i] || x > rTrunc[i]) {
            return Double.NEGATIVE_INFINITY;
        }
        double t = frame(i, x);
        return -0.5 * (t - m[i]) * (t + m[i]) - Math.log(sigma[i] * psi[i]);
    }

    @Override
    protected double cdfAt(int i, double x) {
        double t = frame(i, x);
        return flip[i] ? survivalT(i, t) : cdfT(i, t);
    }

    @Override
    protected double survivalAt(int i, double x) {
        double t = frame(i, x);
        return flip[i] ? cdfT(i, t) : survivalT(i, t);
    }

    @Override
    protected double logCdfAt(int i, double x) {
        double t = frame(i, x);
        return flip[i] ? logSurvivalT(i, t) : logCdfT(i, t);
    }

    @Override
    protected double logSurvivalAt(int i, double x) {
        double t = frame(i, x);
        return flip[i] ? logCdfT(i, t) : logSurvivalT(i, t);
    }

    @Override
    protected double ppfAt(int i, double p) {
        if (p == 0.0) {
            return lTrunc[i];
        }
        if (p == 1.0) {
            return rTrunc[i];
        }
        return unframe(i, flip[i] ? isfT(i, p) : ppfT(i, p));
    }

    @Override
    protected double isfAt(int i, double q) {
        if (q == 0.0) {
            return rTrunc[i];
        }
        if (q == 1.0) {
            return lTrunc[i];
        }
        return unframe(i, flip[i] ? ppfT(i, q) : isfT(i, q));
    }

    @Override
    protected double meanAt(int i) {
        return mu[i] + sigma[i] * (flip[i] ? -meanT[i] : meanT[i]);
    }

    @Override
    protected double varAt(int i) {
        return sigma[i] * sigma[i] * varT[i];
    }

    @Override
    protected double energyAt(int i) {
        return sigma[i] * energyT[i];
    }

    @Override
    protected double energyAt(int i, double x) {
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        return sigma[i] * energyT(i, frame(i, x));
    }
}
