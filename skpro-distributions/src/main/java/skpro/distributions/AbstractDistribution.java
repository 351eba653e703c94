package skpro.distributions;

import java.util.random.RandomGenerator;

import skpro.distributions.internal.Bisection;
import skpro.distributions.internal.Check;
import skpro.distributions.internal.OpenUniform;
import skpro.distributions.internal.QuantileQuadrature;
import skpro.distributions.internal.Tables;

/**
 * Base class for distributions computed row by row. A family implements {@link #cdfAt(int, double)}
 * and {@link #select(int...)}; every other method has a documented, deterministic numerical
 * fallback that the family overrides with its closed form where one exists.
 *
 * <p>Fallbacks, for row i:
 * <ul>
 * <li>pdf: five-point central difference of the cdf, step 1e-3 of the interquartile range
 *     (shrunk to stay inside the support), relative error about 1e-10;</li>
 * <li>ppf and isf: bisection over the ordered doubles for the smallest x with F(x) &ge; p, resp.
 *     S(x) &le; q (at most 64 cdf evaluations, exact to one ulp, correct for jumps);</li>
 * <li>mean, var, energy() and energy(x): tanh-sinh quadrature on the quantile function
 *     ({@link QuantileQuadrature}): E X = int_0^1 Q(u) du, Var X = int_0^1 (Q(u) - E X)^2 du,
 *     E|X - X'| = 2 int_0^1 (2u - 1) Q(u) du, E|X - x| = int_0^1 |Q(u) - x| du split at F(x).
 *     These assume the moment exists; families with heavy tails override them;</li>
 * <li>sample: inversion, Q(U) with U uniform on the open interval (0, 1).</li>
 * </ul>
 *
 * <p>Public methods validate their arguments ({@link IllegalArgumentException} naming argument,
 * row and value) and then loop over rows.
 */
public abstract class AbstractDistribution implements Distribution {

    private final int size;

    /**
     * @param size the number of rows
     * @throws IllegalArgumentException if size &lt; 1
     */
    protected AbstractDistribution(int size) {
        this.size = Check.atLeastOne("size", size);
    }

    @Override
    public final int size() {
        return size;
    }

    @Override
    public MeasureType measureType() {
        return MeasureType.CONTINUOUS;
    }

    // ---------------------------------------------------------------- row-level primitives

    /**
     * @param i the row
     * @param x the point
     * @return F_i(x)
     */
    protected abstract double cdfAt(int i, double x);

    /**
     * @param i the row
     * @param x the point
     * @return S_i(x) = 1 - F_i(x); override where the upper tail needs it
     */
    protected double survivalAt(int i, double x) {
        return 1.0 - cdfAt(i, x);
    }

    /**
     * @param i the row
     * @param x the point
     * @return log F_i(x)
     */
    protected double logCdfAt(int i, double x) {
        return Math.log(cdfAt(i, x));
    }

    /**
     * @param i the row
     * @param x the point
     * @return log S_i(x)
     */
    protected double logSurvivalAt(int i, double x) {
        return Math.log(survivalAt(i, x));
    }

    /**
     * @param i the row
     * @return the lower end of row i's support (default -inf)
     */
    protected double supportLowerAt(int i) {
        return Double.NEGATIVE_INFINITY;
    }

    /**
     * @param i the row
     * @return the upper end of row i's support (default +inf)
     */
    protected double supportUpperAt(int i) {
        return Double.POSITIVE_INFINITY;
    }

    /**
     * Density at x; the fallback differentiates the cdf numerically (five-point stencil).
     * Discrete and mixed families must override it with their mass function.
     *
     * @param i the row
     * @param x the point
     * @return f_i(x)
     */
    protected double pdfAt(int i, double x) {
        double lo = supportLowerAt(i);
        double hi = supportUpperAt(i);
        if (x < lo || x > hi || Double.isInfinite(x)) {
            return 0.0;
        }
        double scale = ppfAt(i, 0.75) - ppfAt(i, 0.25);
        if (!(scale > 0.0)) {
            scale = Math.max(Math.abs(x), 1.0);
        }
        double h = 1e-3 * scale;
        h = Math.min(h, 0.5 * Math.min(x - lo, hi - x));
        if (!(h > 0.0)) {
            return 0.0;
        }
        double d = (-cdfAt(i, x + 2 * h) + 8 * cdfAt(i, x + h) - 8 * cdfAt(i, x - h) + cdfAt(i, x - 2 * h))
            / (12 * h);
        return Math.max(d, 0.0);
    }

    /**
     * @param i the row
     * @param x the point
     * @return log f_i(x)
     */
    protected double logPdfAt(int i, double x) {
        return Math.log(pdfAt(i, x));
    }

    /**
     * Quantile; the fallback bisects the cdf (or, for p &gt; 1/2, the survival function at the
     * exact complement 1 - p).
     *
     * @param p a probability in [0, 1]
     * @param i the row
     * @return min { x : F_i(x) &ge; p }
     */
    protected double ppfAt(int i, double p) {
        if (p > 0.5) {
            return isfAt(i, 1.0 - p);
        }
        double lo = supportLowerAt(i);
        if (p == 0.0) {
            return lo;
        }
        double hi = Math.min(supportUpperAt(i), Double.MAX_VALUE);
        return Bisection.firstTrue(x -> cdfAt(i, x) >= p, Math.max(lo, -Double.MAX_VALUE), hi);
    }

    /**
     * Inverse survival function; the fallback bisects the survival function.
     *
     * @param q an upper-tail probability in [0, 1]
     * @param i the row
     * @return min { x : S_i(x) &le; q }
     */
    protected double isfAt(int i, double q) {
        double hi = supportUpperAt(i);
        if (q == 0.0) {
            return hi;
        }
        double lo = Math.max(supportLowerAt(i), -Double.MAX_VALUE);
        return Bisection.firstTrue(x -> survivalAt(i, x) <= q, lo, Math.min(hi, Double.MAX_VALUE));
    }

    /** Quantile at u, taken from the upper tail when u &gt; 1/2 ({@code uc = 1 - u} exact). */
    private double quantile(int i, double u, double uc) {
        return u <= 0.5 ? ppfAt(i, u) : isfAt(i, uc);
    }

    /**
     * @param i the row
     * @return E X_i; fallback: quadrature of the quantile function
     */
    protected double meanAt(int i) {
        return QuantileQuadrature.integrate((u, uc) -> quantile(i, u, uc), 0.0, 1.0, 1.0, 0.0);
    }

    /**
     * @param i the row
     * @return Var X_i; fallback: quadrature of (Q(u) - mean)^2
     */
    protected double varAt(int i) {
        double m = meanAt(i);
        return QuantileQuadrature.integrate((u, uc) -> {
            double d = quantile(i, u, uc) - m;
            return d * d;
        }, 0.0, 1.0, 1.0, 0.0);
    }

    /**
     * @param i the row
     * @return E|X_i - X_i'|; fallback: 2 int_0^1 (2u - 1) Q(u) du by quadrature
     */
    protected double energyAt(int i) {
        return 2.0 * QuantileQuadrature.integrate((u, uc) -> (u - uc) * quantile(i, u, uc), 0.0, 1.0, 1.0, 0.0);
    }

    /**
     * @param i the row
     * @param x the point
     * @return E|X_i - x|; fallback: quadrature of |Q(u) - x|, split at u = F(x)
     */
    protected double energyAt(int i, double x) {
        if (x == Double.NEGATIVE_INFINITY || x == Double.POSITIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        double f = cdfAt(i, x);
        double s = survivalAt(i, x);
        double below = QuantileQuadrature.integrate((u, uc) -> x - quantile(i, u, uc), 0.0, 1.0, f, s);
        double above = QuantileQuadrature.integrate((u, uc) -> quantile(i, u, uc) - x, f, s, 1.0, 0.0);
        return Math.max(below, 0.0) + Math.max(above, 0.0);
    }

    /**
     * @param i the row
     * @param rng the generator
     * @return one draw from X_i by inversion; families override with faster exact samplers
     */
    protected double sampleAt(int i, RandomGenerator rng) {
        double u = OpenUniform.draw(rng);
        return u <= 0.5 ? ppfAt(i, u) : isfAt(i, 1.0 - u);
    }

    // ---------------------------------------------------------------- vectorised API

    @Override
    public double[] mean() {
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = meanAt(i);
        }
        return out;
    }

    @Override
    public double[] var() {
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = varAt(i);
        }
        return out;
    }

    @Override
    public double[] pdf(double[] x) {
        Check.points("x", x, size);
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = pdfAt(i, x[i]);
        }
        return out;
    }

    @Override
    public double[] logPdf(double[] x) {
        Check.points("x", x, size);
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = logPdfAt(i, x[i]);
        }
        return out;
    }

    @Override
    public double[] cdf(double[] x) {
        Check.points("x", x, size);
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = cdfAt(i, x[i]);
        }
        return out;
    }

    @Override
    public double[] survival(double[] x) {
        Check.points("x", x, size);
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = survivalAt(i, x[i]);
        }
        return out;
    }

    @Override
    public double[] logCdf(double[] x) {
        Check.points("x", x, size);
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = logCdfAt(i, x[i]);
        }
        return out;
    }

    @Override
    public double[] logSurvival(double[] x) {
        Check.points("x", x, size);
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = logSurvivalAt(i, x[i]);
        }
        return out;
    }

    @Override
    public double[] ppf(double[] p) {
        Check.probabilities("p", p, size);
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = ppfAt(i, p[i]);
        }
        return out;
    }

    @Override
    public double[] isf(double[] q) {
        Check.probabilities("q", q, size);
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = isfAt(i, q[i]);
        }
        return out;
    }

    @Override
    public double[] energy() {
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = energyAt(i);
        }
        return out;
    }

    @Override
    public double[] energy(double[] x) {
        Check.points("x", x, size);
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = energyAt(i, x[i]);
        }
        return out;
    }

    @Override
    public double[][] sample(int n, RandomGenerator rng) {
        Check.atLeastOne("n", n);
        Check.notNull("rng", rng);
        double[][] out = new double[size][n];
        for (int i = 0; i < size; i++) {
            double[] row = out[i];
            for (int j = 0; j < n; j++) {
                row[j] = sampleAt(i, rng);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- description

    /** @return the class name, the row count and the first rows of {@link #parameters()} */
    @Override
    public String toString() {
        return Tables.describe(getClass().getSimpleName(), size, parameters());
    }
}
