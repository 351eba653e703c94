package skpro.distributions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;

import skpro.distributions.internal.Check;
import skpro.distributions.internal.Tables;

/**
 * Y = g(X) for any distribution X and a strictly monotone transform g (skpro's
 * {@code TransformedDistribution}), given with its inverse h = g^-1 and the derivative h'.
 *
 * <p>Support: between g(lower end of X) and g(upper end of X), which g must give (as a limit,
 * e.g. {@code Math.exp(-inf) = 0}). For increasing g, with x = h(y) inside that range:
 * F_Y(y) = F_X(x), S_Y(y) = S_X(x) (and their logs), Q_Y(p) = g(Q_X(p)); for decreasing g,
 * F_Y(y) = S_X(x), S_Y(y) = F_X(x), Q_Y(p) = g(isf_X(p)) (with P(X &ge; x) = S_X(x-) for atoms).
 * Density, exact: f_Y(y) = f_X(h(y)) |h'(y)|, log f_Y(y) = log f_X(h(y)) + log|h'(y)|; atoms of a
 * discrete or mixed X keep their mass (pmf_Y(y) = pmf_X(h(y)), found where h(y) lands exactly on
 * the atom in floating point). skpro 2.14 differentiates the cdf numerically and forgets to divide
 * by the step (its pdf is 1e-7 too small); this does not.
 *
 * <p>No closed form exists for a general g: mean, variance, E|Y - Y'| = 2 int (2u - 1) Q_Y(u) du
 * and E|Y - y| = int |Q_Y(u) - y| du are computed row by row by tanh-sinh quadrature on Q_Y(u) =
 * g(Q_X(u)) ({@code internal/QuantileQuadrature}, split at u = 1/2 and at u = F_Y(y)), about 1e-13
 * relative for continuous X when the moment exists; the quadrature assumes it does (for instance
 * exp of a distribution without exponential moments has none, and the result is then
 * meaningless). For discrete X they are exact sums over the atoms g(x) (leaving out less than
 * 1e-18 of mass); for mixed X the quadrature meets the steps of Q_Y, about 1e-7 relative.
 * Sampling transforms draws of X.
 *
 * <p>An inverse that returns NaN inside Y's support makes the point-wise methods throw
 * {@link IllegalStateException}.
 *
 * <p>Construction checks that g maps the ends of X's support to an ordered range (not NaN) and
 * that h(g(m)) = m at X's median, to 1e-8 relative.
 */
public final class TransformedDistribution implements Distribution {

    private final Distribution d;
    private final DoubleUnaryOperator transform;
    private final DoubleUnaryOperator inverse;
    private final DoubleUnaryOperator inverseDerivative;
    private final boolean decreasing;
    private final String name;
    /** Ends of Y's support per row. */
    private final double[] low;
    private final double[] high;

    private TransformedDistribution(Distribution d, DoubleUnaryOperator transform, DoubleUnaryOperator inverse,
                                    DoubleUnaryOperator inverseDerivative, boolean decreasing, String name,
                                    double[] low, double[] high) {
        this.d = d;
        this.transform = transform;
        this.inverse = inverse;
        this.inverseDerivative = inverseDerivative;
        this.decreasing = decreasing;
        this.name = name;
        this.low = low;
        this.high = high;
    }

    /**
     * Y = g(X) for a strictly increasing g.
     *
     * @param d the distribution of X
     * @param transform g, strictly increasing on X's support and defined (as a limit) at its ends
     * @param inverse h = g^-1 on Y's support
     * @param inverseDerivative h', the derivative of the inverse
     * @return the distribution of g(X)
     * @throws IllegalArgumentException if an argument is null, g gives NaN or a decreasing range
     *     at the ends of X's support, or the inverse does not invert g at X's median
     */
    public static TransformedDistribution of(Distribution d, DoubleUnaryOperator transform,
                                             DoubleUnaryOperator inverse, DoubleUnaryOperator inverseDerivative) {
        return create(d, transform, inverse, inverseDerivative, false, "g");
    }

    /**
     * Y = g(X) for a strictly decreasing g.
     *
     * @see #of(Distribution, DoubleUnaryOperator, DoubleUnaryOperator, DoubleUnaryOperator)
     * @param d the distribution of X
     * @param transform the strictly decreasing transform g
     * @param inverse its inverse
     * @param inverseDerivative the derivative of the inverse
     * @return the distribution
     * @throws IllegalArgumentException if an argument is null, g gives NaN or an increasing range
     *     at the ends of X's support, or the inverse does not invert g at X's median
     */
    public static TransformedDistribution decreasing(Distribution d, DoubleUnaryOperator transform,
                                                     DoubleUnaryOperator inverse,
                                                     DoubleUnaryOperator inverseDerivative) {
        return create(d, transform, inverse, inverseDerivative, true, "g");
    }

    /**
     * Y = exp(X): for a normal X this is the log-normal distribution.
     *
     * @param d the distribution of X
     * @return the distribution of exp(X), on [exp(lower end), exp(upper end)]
     * @throws IllegalArgumentException if d is null
     */
    public static TransformedDistribution exp(Distribution d) {
        return create(d, Math::exp, Math::log, y -> 1.0 / y, false, "exp");
    }

    /**
     * Y = log(X) for X on [0, inf).
     *
     * @param d the distribution of X, with support in [0, inf)
     * @return the distribution of log(X)
     * @throws IllegalArgumentException if d is null or some row's support reaches below 0
     */
    public static TransformedDistribution log(Distribution d) {
        Check.notNull("distribution", d);
        double[] start = d.ppf(Check.fill(0.0, d.size()));
        for (int i = 0; i < start.length; i++) {
            if (!(start[i] >= 0.0)) {
                throw new IllegalArgumentException("log needs a distribution on [0, inf): row " + i
                    + " has support from " + start[i]);
            }
        }
        return create(d, Math::log, Math::exp, Math::exp, false, "log");
    }

    private static TransformedDistribution create(Distribution d, DoubleUnaryOperator transform,
                                                  DoubleUnaryOperator inverse, DoubleUnaryOperator inverseDerivative,
                                                  boolean decreasing, String name) {
        Check.notNull("distribution", d);
        Check.notNull("transform", transform);
        Check.notNull("inverse", inverse);
        Check.notNull("inverseDerivative", inverseDerivative);
        int n = d.size();
        double[] start = d.ppf(Check.fill(0.0, n));
        double[] end = d.ppf(Check.fill(1.0, n));
        double[] median = d.ppf(Check.fill(0.5, n));
        double[] low = new double[n];
        double[] high = new double[n];
        for (int i = 0; i < n; i++) {
            double gs = transform.applyAsDouble(start[i]);
            double ge = transform.applyAsDouble(end[i]);
            if (Double.isNaN(gs) || Double.isNaN(ge)) {
                throw new IllegalArgumentException("transform is NaN at an end of the support of row " + i + " ["
                    + start[i] + ", " + end[i] + "]; it must give its limit there");
            }
            low[i] = decreasing ? ge : gs;
            high[i] = decreasing ? gs : ge;
            if (!(low[i] <= high[i])) {
                throw new IllegalArgumentException("transform is not " + (decreasing ? "decreasing" : "increasing")
                    + " on the support of row " + i + ": transform(" + start[i] + ") = " + gs + ", transform("
                    + end[i] + ") = " + ge);
            }
            double m = median[i];
            double back = inverse.applyAsDouble(transform.applyAsDouble(m));
            if (!(Math.abs(back - m) <= 1e-8 * Math.max(1.0, Math.abs(m)))) {
                throw new IllegalArgumentException("inverse does not invert transform at the median of row " + i
                    + ": inverse(transform(" + m + ")) = " + back);
            }
        }
        return new TransformedDistribution(d, transform, inverse, inverseDerivative, decreasing, name, low, high);
    }

    /** @return the distribution of X */
    public Distribution distribution() {
        return d;
    }

    /** @return whether g is decreasing */
    public boolean isDecreasing() {
        return decreasing;
    }

    /** @return the ends of the support and the median per row (copies) */
    public Map<String, double[]> parameters() {
        Map<String, double[]> out = new LinkedHashMap<>();
        out.put("lower", low.clone());
        out.put("median", ppf(Check.fill(0.5, size())));
        out.put("upper", high.clone());
        return out;
    }

    @Override
    public String toString() {
        return Tables.describe("TransformedDistribution[" + name + "(" + d.getClass().getSimpleName() + ")]", size(),
            parameters());
    }

    @Override
    public int size() {
        return low.length;
    }

    @Override
    public MeasureType measureType() {
        return d.measureType();
    }

    @Override
    public TransformedDistribution select(int... rows) {
        Check.rows(rows, size());
        return new TransformedDistribution(d.select(rows), transform, inverse, inverseDerivative, decreasing, name,
            Check.pick(low, rows), Check.pick(high, rows));
    }

    // ---------------------------------------------------------------- mapping back to X

    /** h(y) per row; rows outside Y's support get a point outside X's support instead. */
    private double[] back(double[] y) {
        double[] x = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            if (y[i] < low[i]) {
                x[i] = decreasing ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            } else if (y[i] > high[i]) {
                x[i] = decreasing ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            } else {
                x[i] = inverse.applyAsDouble(y[i]);
                if (Double.isNaN(x[i])) {
                    throw new IllegalStateException("inverse(" + y[i] + ") is NaN inside the support of row " + i);
                }
            }
        }
        return x;
    }

    /** Where X may have atoms and g decreases, P(X &ge; x) needs X's cdf just below x. */
    private double[] belowIfAtoms(double[] x) {
        return d.measureType() == MeasureType.CONTINUOUS ? x : Composites.nextDown(x);
    }

    @Override
    public double[] cdf(double[] y) {
        Check.points("x", y, size());
        double[] x = back(y);
        double[] out = decreasing ? d.survival(belowIfAtoms(x)) : d.cdf(x);
        return ends(y, out, 0.0, 1.0);
    }

    @Override
    public double[] survival(double[] y) {
        Check.points("x", y, size());
        double[] x = back(y);
        double[] out = decreasing ? d.cdf(belowIfAtoms(x)) : d.survival(x);
        return ends(y, out, 1.0, 0.0);
    }

    @Override
    public double[] logCdf(double[] y) {
        Check.points("x", y, size());
        double[] x = back(y);
        double[] out = decreasing ? d.logSurvival(belowIfAtoms(x)) : d.logCdf(x);
        return ends(y, out, Double.NEGATIVE_INFINITY, 0.0);
    }

    @Override
    public double[] logSurvival(double[] y) {
        Check.points("x", y, size());
        double[] x = back(y);
        double[] out = decreasing ? d.logCdf(belowIfAtoms(x)) : d.logSurvival(x);
        return ends(y, out, 0.0, Double.NEGATIVE_INFINITY);
    }

    /** Sets the values below and above Y's support (y &lt; low, y &ge; high). */
    private double[] ends(double[] y, double[] out, double below, double above) {
        for (int i = 0; i < out.length; i++) {
            if (y[i] < low[i]) {
                out[i] = below;
            } else if (y[i] >= high[i]) {
                out[i] = above;
            }
        }
        return out;
    }

    @Override
    public double[] pdf(double[] y) {
        Check.points("x", y, size());
        double[] x = back(y);
        double[] f = d.pdf(x);
        boolean[] atom = Composites.atoms(d, x, f);
        for (int i = 0; i < f.length; i++) {
            if (y[i] < low[i] || y[i] > high[i] || f[i] == 0.0) {
                f[i] = 0.0;
            } else if (!atom[i]) {
                f[i] *= Math.abs(inverseDerivative.applyAsDouble(y[i]));
            }
        }
        return f;
    }

    @Override
    public double[] logPdf(double[] y) {
        Check.points("x", y, size());
        double[] x = back(y);
        double[] l = d.logPdf(x);
        boolean[] atom = d.measureType() == MeasureType.CONTINUOUS ? new boolean[l.length]
            : Composites.atoms(d, x, d.pdf(x));
        for (int i = 0; i < l.length; i++) {
            if (y[i] < low[i] || y[i] > high[i] || l[i] == Double.NEGATIVE_INFINITY) {
                l[i] = Double.NEGATIVE_INFINITY;
            } else if (!atom[i]) {
                l[i] += Math.log(Math.abs(inverseDerivative.applyAsDouble(y[i])));
            }
        }
        return l;
    }

    // ---------------------------------------------------------------- quantiles

    private double[] forward(double[] x) {
        for (int i = 0; i < x.length; i++) {
            x[i] = transform.applyAsDouble(x[i]);
        }
        return x;
    }

    /**
     * g(Q_X(p)) (increasing g) or g(isf_X(p)) (decreasing g); for discrete or mixed X then moved
     * to the exact generalised inverse of this distribution's computed cdf, since h(g(x)) may miss
     * x by a few ulps.
     */
    @Override
    public double[] ppf(double[] p) {
        Check.probabilities("p", p, size());
        double[] y = forward(decreasing ? d.isf(p) : d.ppf(p));
        if (d.measureType() == MeasureType.CONTINUOUS) {
            return y;
        }
        boolean[] upper = new boolean[p.length];
        double[] level = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            upper[i] = p[i] > 0.5;
            level[i] = upper[i] ? 1.0 - p[i] : p[i];
        }
        return Composites.refineQuantile(this, y, level, upper);
    }

    /** g(isf_X(q)) (increasing g) or g(Q_X(q)) (decreasing g), refined as {@link #ppf(double[])}. */
    @Override
    public double[] isf(double[] q) {
        Check.probabilities("q", q, size());
        double[] y = forward(decreasing ? d.ppf(q) : d.isf(q));
        if (d.measureType() == MeasureType.CONTINUOUS) {
            return y;
        }
        boolean[] upper = new boolean[q.length];
        double[] level = new double[q.length];
        for (int i = 0; i < q.length; i++) {
            upper[i] = q[i] < 0.5;
            level[i] = upper[i] ? q[i] : 1.0 - q[i];
        }
        return Composites.refineQuantile(this, y, level, upper);
    }

    // ---------------------------------------------------------------- moments by quadrature

    @Override
    public double[] mean() {
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Composites.mean(select(i));
        }
        return out;
    }

    @Override
    public double[] var() {
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            Distribution row = select(i);
            out[i] = Composites.variance(row, Composites.mean(row));
        }
        return out;
    }

    @Override
    public double[] energy() {
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Composites.selfEnergy(select(i));
        }
        return out;
    }

    @Override
    public double[] energy(double[] y) {
        Check.points("x", y, size());
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Composites.energy(select(i), y[i]);
        }
        return out;
    }

    @Override
    public double[][] sample(int n, RandomGenerator rng) {
        Check.atLeastOne("n", n);
        Check.notNull("rng", rng);
        double[][] s = d.sample(n, rng);
        for (double[] row : s) {
            forward(row);
        }
        return s;
    }
}
