package skpro.distributions;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.apache.commons.numbers.gamma.Erf;

import skpro.distributions.internal.Check;
import skpro.distributions.internal.Tables;

/**
 * Finite mixtures: row i is X_i with probability w_ik drawn from component k, k = 1..K.
 *
 * <p>The components are any {@link Distribution}s of the same size; the weights are either one
 * vector for every row or one vector per row, non-negative with a positive finite sum, and are
 * normalised. F(x) = sum_k w_k F_k(x), S(x) = sum_k w_k S_k(x), f(x) = sum_k w_k f_k(x); where
 * F (or S) exceeds 1/2 it is formed as 1 - S (or 1 - F), so that it rounds once.
 *
 * <p>Measure: continuous when every component is, discrete when every component is, mixed
 * otherwise. For a mixed mixture {@link #pdf(double[])} returns the probability mass at x when
 * some component has an atom there (sum of w_k P(X_k = x) over those components), and otherwise
 * the density sum_k w_k f_k(x) of the continuous parts; an atom of a mixed component is
 * recognised by the jump of its cdf (see {@code Composites.atoms}), so an atom lighter than about
 * 1e-16 is taken for density.
 *
 * <p>Every method combines one vectorised call per component (never a per-row call) in a
 * primitive loop, and is exact given the components: cdf, survival, pdf, mean, E X = sum w_k E
 * X_k, variance by the law of total variance, Var X = sum_k w_k (Var X_k + (E X_k - E X)^2),
 * E|X - x| = sum_k w_k E|X_k - x|. logCdf, logSurvival and (continuous or discrete) logPdf use
 * log-sum-exp over the components' logs, so they stay finite where the sums underflow (logCdf and
 * logSurvival switch to log1p of minus the complement above 1/2).
 *
 * <p>Quantiles: Q(p) lies between the smallest and the largest component quantile at p
 * (positive weights only). Inside that bracket, all rows at once, a few safeguarded regula falsi
 * (Illinois) steps shrink it and bisection over the doubles then finds the smallest x with
 * sum_k w_k F_k(x) &ge; p (or, for p &gt; 1/2, with sum_k w_k S_k(x) &le; 1 - p): the
 * generalised inverse of the exact cdf, to one ulp, also at jumps; each round is one
 * vectorised cdf (or survival) call per component, about 20 rounds for continuous components.
 *
 * <p>Energy: E|X - X'| = sum_j sum_k w_j w_k E|X_j - X_k'|. For j = k this is the component's
 * own {@link Distribution#energy()}. For j &ne; k: when both components are {@link Normal},
 * X_j - X_k' ~ N(m, s^2) with m = mu_j - mu_k, s^2 = sigma_j^2 + sigma_k^2, and E|N(m, s^2)| =
 * s sqrt(2/pi) exp(-m^2 / (2 s^2)) + m erf(m / (s sqrt 2)) (closed form). When one of them, say
 * X_k, is discrete: sum over its atoms a of P(X_k = a) E|X_j - a|, with X_j's own E|X_j - y|
 * (exact; the atoms are walked through X_k's quantile and survival functions, leaving out less
 * than 1e-18 of mass). Otherwise E|X_j - X_k'| = int_0^1 E|X_j - Q_k(u)| du, with X_j's
 * E|X_j - y| and tanh-sinh quadrature over the quantile function Q_k
 * ({@code internal/QuantileQuadrature}, split at u = 1/2), row by row, integrating over the
 * quantile of a continuous component where there is one: about 1e-13 relative for smooth
 * continuous components, about 1e-7 when a mixed component is involved (its atoms put kinks, or
 * steps, into the integrand; 1.4e-8 and 4.3e-8 measured with one and with two mixed components
 * of normals and lattices). A cross term
 * whose components lack a finite mean is +inf. (skpro's sampler draws one component for the
 * whole sample, so its Monte Carlo energy is biased; this one is not.)
 *
 * <p>Sampling: per row and draw, a component by its weight, then the draws of each component in
 * one call on that component's row.
 */
public final class Mixture implements Distribution {

    private static final double SQRT2 = Math.sqrt(2.0);
    private static final double SQRT_2_OVER_PI = Math.sqrt(2.0 / Math.PI);
    private static final double LOG_HALF = Math.log(0.5);

    private final Distribution[] components;
    /** Normalised weights, one array per component: weights[k][i]. */
    private final double[][] weights;
    private final int size;
    private final MeasureType measureType;

    private Mixture(Distribution[] components, double[][] weights) {
        this.components = components;
        this.weights = weights;
        this.size = components[0].size();
        this.measureType = measureTypeOf(components);
    }

    /**
     * A mixture with the same weights for every row.
     *
     * @param components the K components, all of the same size, at least one
     * @param weights K non-negative finite weights with a positive finite sum (normalised here)
     * @return the mixture
     * @throws IllegalArgumentException if a component is null or of another size, the number of
     *     weights differs from K, a weight is negative or not finite, or their sum is not positive
     */
    public static Mixture of(List<? extends Distribution> components, double[] weights) {
        Distribution[] comps = components(components);
        Check.notEmpty("weights", weights);
        if (weights.length != comps.length) {
            throw new IllegalArgumentException("weights has " + weights.length + " entries but there are "
                + comps.length + " components");
        }
        Check.nonNegative("weights", weights);
        double sum = 0.0;
        for (double w : weights) {
            sum += w;
        }
        if (!(sum > 0.0 && sum < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("weights must sum to a positive finite number, got " + sum);
        }
        int n = comps[0].size();
        double[][] w = new double[comps.length][n];
        for (int k = 0; k < comps.length; k++) {
            Arrays.fill(w[k], weights[k] / sum);
        }
        return new Mixture(comps, w);
    }

    /**
     * A mixture with weights per row.
     *
     * @param components the K components, all of the same size n, at least one
     * @param weights an n x K array: row i holds the non-negative finite weights of row i, with a
     *     positive finite sum (normalised here)
     * @return the mixture
     * @throws IllegalArgumentException if a component is null or of another size, the array is
     *     not n x K, a weight is negative or not finite, or a row's sum is not positive
     */
    public static Mixture of(List<? extends Distribution> components, double[][] weights) {
        Distribution[] comps = components(components);
        int n = comps[0].size();
        int k = comps.length;
        if (weights == null) {
            throw new IllegalArgumentException("weights must not be null");
        }
        if (weights.length != n) {
            throw new IllegalArgumentException("weights has " + weights.length + " rows but the components have "
                + n);
        }
        double[][] w = new double[k][n];
        for (int i = 0; i < n; i++) {
            double[] row = weights[i];
            if (row == null || row.length != k) {
                throw new IllegalArgumentException("weights[" + i + "] has " + (row == null ? 0 : row.length)
                    + " entries but there are " + k + " components");
            }
            double sum = 0.0;
            for (int c = 0; c < k; c++) {
                if (!(row[c] >= 0.0 && row[c] < Double.POSITIVE_INFINITY)) {
                    throw new IllegalArgumentException("weights[" + i + "][" + c + "] must be finite and >= 0, got "
                        + row[c]);
                }
                sum += row[c];
            }
            if (!(sum > 0.0 && sum < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("weights[" + i + "] must sum to a positive finite number, got "
                    + sum);
            }
            for (int c = 0; c < k; c++) {
                w[c][i] = row[c] / sum;
            }
        }
        return new Mixture(comps, w);
    }

    private static Distribution[] components(List<? extends Distribution> list) {
        if (list == null) {
            throw new IllegalArgumentException("components must not be null");
        }
        if (list.isEmpty()) {
            throw new IllegalArgumentException("components must not be empty");
        }
        Distribution[] comps = new Distribution[list.size()];
        for (int k = 0; k < comps.length; k++) {
            Distribution d = list.get(k);
            if (d == null) {
                throw new IllegalArgumentException("components[" + k + "] must not be null");
            }
            if (k > 0 && d.size() != comps[0].size()) {
                throw new IllegalArgumentException("components[" + k + "] has " + d.size()
                    + " rows but components[0] has " + comps[0].size());
            }
            comps[k] = d;
        }
        return comps;
    }

    private static MeasureType measureTypeOf(Distribution[] comps) {
        boolean allContinuous = true;
        boolean allDiscrete = true;
        for (Distribution d : comps) {
            MeasureType t = d.measureType();
            allContinuous &= t == MeasureType.CONTINUOUS;
            allDiscrete &= t == MeasureType.DISCRETE;
        }
        return allContinuous ? MeasureType.CONTINUOUS : allDiscrete ? MeasureType.DISCRETE : MeasureType.MIXED;
    }

    /** @return the components, in order (an unmodifiable list) */
    public List<Distribution> components() {
        return List.of(components);
    }

    /** @return the normalised weights, an n x K array (a copy) */
    public double[][] weights() {
        double[][] out = new double[size][components.length];
        for (int k = 0; k < components.length; k++) {
            for (int i = 0; i < size; i++) {
                out[i][k] = weights[k][i];
            }
        }
        return out;
    }

    /** @return the weights per component, as columns {@code w0, w1, ...} (copies) */
    public Map<String, double[]> parameters() {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int k = 0; k < components.length; k++) {
            out.put("w" + k, weights[k].clone());
        }
        return out;
    }

    @Override
    public String toString() {
        StringBuilder title = new StringBuilder("Mixture[");
        for (int k = 0; k < components.length; k++) {
            title.append(k == 0 ? "" : ", ").append(components[k].getClass().getSimpleName());
        }
        return Tables.describe(title.append(']').toString(), size, parameters());
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public MeasureType measureType() {
        return measureType;
    }

    @Override
    public Mixture select(int... rows) {
        Check.rows(rows, size);
        Distribution[] comps = new Distribution[components.length];
        double[][] w = new double[components.length][];
        for (int k = 0; k < components.length; k++) {
            comps[k] = components[k].select(rows);
            w[k] = Check.pick(weights[k], rows);
        }
        return new Mixture(comps, w);
    }

    // ---------------------------------------------------------------- combination loops

    /** @return sum_k w_k v_k per row, skipping zero weights (so 0 * inf does not arise) */
    private double[] weightedSum(double[][] values) {
        double[] out = new double[size];
        for (int k = 0; k < values.length; k++) {
            double[] w = weights[k];
            double[] v = values[k];
            for (int i = 0; i < size; i++) {
                if (w[i] != 0.0) {
                    out[i] += w[i] * v[i];
                }
            }
        }
        return out;
    }

    /**
     * A probability sum_k w_k v_k, clamped to [0, 1] and exactly 1 where every component
     * (of positive weight) gives 1, whatever the rounding of the normalised weights.
     */
    private double[] probability(double[][] values) {
        double[] out = new double[size];
        boolean[] belowOne = new boolean[size];
        for (int k = 0; k < values.length; k++) {
            double[] w = weights[k];
            double[] v = values[k];
            for (int i = 0; i < size; i++) {
                if (w[i] != 0.0) {
                    out[i] += w[i] * v[i];
                    belowOne[i] |= v[i] != 1.0;
                }
            }
        }
        for (int i = 0; i < size; i++) {
            out[i] = belowOne[i] ? Math.min(1.0, Math.max(0.0, out[i])) : 1.0;
        }
        return out;
    }

    /** @return log sum_k w_k exp(l_k) per row, by log-sum-exp over the components of positive weight */
    private double[] logSum(double[][] logs) {
        double[] max = new double[size];
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (int k = 0; k < logs.length; k++) {
            double[] w = weights[k];
            double[] l = logs[k];
            for (int i = 0; i < size; i++) {
                if (w[i] != 0.0 && l[i] > max[i]) {
                    max[i] = l[i];
                }
            }
        }
        double[] sum = new double[size];
        for (int k = 0; k < logs.length; k++) {
            double[] w = weights[k];
            double[] l = logs[k];
            for (int i = 0; i < size; i++) {
                if (w[i] != 0.0 && Double.isFinite(max[i])) {
                    sum[i] += w[i] * Math.exp(l[i] - max[i]);
                }
            }
        }
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = Double.isFinite(max[i]) ? max[i] + Math.log(sum[i]) : max[i];
        }
        return out;
    }

    // ---------------------------------------------------------------- densities and cdf

    /**
     * sum_k w_k F_k(x); where that exceeds 1/2, 1 - sum_k w_k S_k(x) instead (one more call per
     * component, made only when some row needs it), which rounds once near 1.
     */
    @Override
    public double[] cdf(double[] x) {
        Check.points("x", x, size);
        return complementary(x, false);
    }

    /** sum_k w_k S_k(x); where that exceeds 1/2, 1 - sum_k w_k F_k(x) instead. */
    @Override
    public double[] survival(double[] x) {
        Check.points("x", x, size);
        return complementary(x, true);
    }

    private double[] complementary(double[] x, boolean survival) {
        double[][] v = new double[components.length][];
        for (int k = 0; k < components.length; k++) {
            v[k] = survival ? components[k].survival(x) : components[k].cdf(x);
        }
        double[] out = probability(v);
        boolean any = false;
        for (int i = 0; i < size && !any; i++) {
            any = out[i] > 0.5;
        }
        if (!any) {
            return out;
        }
        for (int k = 0; k < components.length; k++) {
            v[k] = survival ? components[k].cdf(x) : components[k].survival(x);
        }
        double[] other = probability(v);
        for (int i = 0; i < size; i++) {
            if (out[i] > 0.5) {
                out[i] = 1.0 - other[i];
            }
        }
        return out;
    }

    /**
     * log sum_k w_k F_k(x) by log-sum-exp of the components' logCdf (finite where the cdf
     * underflows); where the cdf exceeds 1/2, log1p(-S(x)) instead.
     */
    @Override
    public double[] logCdf(double[] x) {
        Check.points("x", x, size);
        return logProbability(x, false);
    }

    /** As {@link #logCdf(double[])} for the survival function. */
    @Override
    public double[] logSurvival(double[] x) {
        Check.points("x", x, size);
        return logProbability(x, true);
    }

    private double[] logProbability(double[] x, boolean survival) {
        double[][] v = new double[components.length][];
        for (int k = 0; k < components.length; k++) {
            v[k] = survival ? components[k].logSurvival(x) : components[k].logCdf(x);
        }
        double[] out = logSum(v);
        boolean any = false;
        for (int i = 0; i < size; i++) {
            out[i] = Math.min(out[i], 0.0);
            any |= out[i] > LOG_HALF;
        }
        if (any) {
            double[] other = survival ? cdf(x) : survival(x);
            for (int i = 0; i < size; i++) {
                if (out[i] > LOG_HALF) {
                    out[i] = Math.log1p(-other[i]);
                }
            }
        }
        return out;
    }

    /**
     * Density, mass function, or (mixed mixtures) the mass at an atom of some component and the
     * density of the continuous parts elsewhere; see the class comment.
     */
    @Override
    public double[] pdf(double[] x) {
        Check.points("x", x, size);
        double[][] v = new double[components.length][];
        for (int k = 0; k < components.length; k++) {
            v[k] = components[k].pdf(x);
        }
        if (measureType != MeasureType.MIXED) {
            return weightedSum(v);
        }
        double[] mass = new double[size];
        double[] density = new double[size];
        for (int k = 0; k < components.length; k++) {
            boolean[] atom = Composites.atoms(components[k], x, v[k]);
            double[] w = weights[k];
            for (int i = 0; i < size; i++) {
                if (w[i] != 0.0) {
                    if (atom[i]) {
                        mass[i] += w[i] * v[k][i];
                    } else {
                        density[i] += w[i] * v[k][i];
                    }
                }
            }
        }
        for (int i = 0; i < size; i++) {
            mass[i] = mass[i] > 0.0 ? mass[i] : density[i];
        }
        return mass;
    }

    /** log of {@link #pdf(double[])}; log-sum-exp of the components' logPdf unless mixed. */
    @Override
    public double[] logPdf(double[] x) {
        if (measureType == MeasureType.MIXED) {
            double[] p = pdf(x);
            for (int i = 0; i < size; i++) {
                p[i] = Math.log(p[i]);
            }
            return p;
        }
        Check.points("x", x, size);
        double[][] v = new double[components.length][];
        for (int k = 0; k < components.length; k++) {
            v[k] = components[k].logPdf(x);
        }
        return logSum(v);
    }

    // ---------------------------------------------------------------- quantiles

    @Override
    public double[] ppf(double[] p) {
        Check.probabilities("p", p, size);
        boolean[] upper = new boolean[size];
        double[] level = new double[size];
        for (int i = 0; i < size; i++) {
            upper[i] = p[i] > 0.5;
            level[i] = upper[i] ? 1.0 - p[i] : p[i];
        }
        return invert(level, upper);
    }

    @Override
    public double[] isf(double[] q) {
        Check.probabilities("q", q, size);
        boolean[] upper = new boolean[size];
        double[] level = new double[size];
        for (int i = 0; i < size; i++) {
            upper[i] = q[i] < 0.5;
            level[i] = upper[i] ? q[i] : 1.0 - q[i];
        }
        return invert(level, upper);
    }

    /** Quantiles: rows with {@code upper} solve S(x) &le; level, the others F(x) &ge; level. */
    private double[] invert(double[] level, boolean[] upper) {
        double[] out = new double[size];
        for (boolean tail : new boolean[] {false, true}) {
            int[] rows = Composites.where(upper, tail);
            if (rows.length == 0) {
                continue;
            }
            double[] x = part(rows).solve(rows.length == size ? level : Check.pick(level, rows), tail);
            for (int m = 0; m < rows.length; m++) {
                out[rows[m]] = x[m];
            }
        }
        return out;
    }

    private double[] solve(double[] level, boolean upper) {
        double[] lo = new double[size];
        double[] hi = new double[size];
        Arrays.fill(lo, Double.POSITIVE_INFINITY);
        Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (int k = 0; k < components.length; k++) {
            double[] q = upper ? components[k].isf(level) : components[k].ppf(level);
            double[] w = weights[k];
            for (int i = 0; i < size; i++) {
                if (w[i] != 0.0) {
                    lo[i] = Math.min(lo[i], q[i]);
                    hi[i] = Math.max(hi[i], q[i]);
                }
            }
        }
        if (upper) {
            double[] negated = new double[size];
            for (int i = 0; i < size; i++) {
                negated[i] = -level[i];
            }
            return Composites.inverse((rows, x) -> {
                double[] s = part(rows).sum(x, true);
                for (int i = 0; i < s.length; i++) {
                    s[i] = -s[i];
                }
                return s;
            }, negated, lo, hi);
        }
        return Composites.inverse((rows, x) -> part(rows).sum(x, false), level, lo, hi);
    }

    /** @return this mixture restricted to increasing row indices (itself for all rows) */
    private Mixture part(int[] rows) {
        return rows.length == size ? this : select(rows);
    }

    /** sum_k w_k F_k(x) (or S_k), one call per component, for the quantile search. */
    private double[] sum(double[] x, boolean survival) {
        double[][] v = new double[components.length][];
        for (int k = 0; k < components.length; k++) {
            v[k] = survival ? components[k].survival(x) : components[k].cdf(x);
        }
        return probability(v);
    }

    // ---------------------------------------------------------------- moments

    @Override
    public double[] mean() {
        double[][] m = new double[components.length][];
        for (int k = 0; k < components.length; k++) {
            m[k] = components[k].mean();
        }
        return weightedSum(m);
    }

    /**
     * Law of total variance; +inf where the mean is infinite, NaN where it is undefined.
     */
    @Override
    public double[] var() {
        double[][] m = new double[components.length][];
        double[][] v = new double[components.length][];
        for (int k = 0; k < components.length; k++) {
            m[k] = components[k].mean();
            v[k] = components[k].var();
        }
        double[] mean = weightedSum(m);
        double[] out = new double[size];
        for (int k = 0; k < components.length; k++) {
            double[] w = weights[k];
            for (int i = 0; i < size; i++) {
                if (w[i] != 0.0 && Double.isFinite(mean[i])) {
                    double d = m[k][i] - mean[i];
                    out[i] += w[i] * (v[k][i] + d * d);
                }
            }
        }
        for (int i = 0; i < size; i++) {
            if (Double.isNaN(mean[i])) {
                out[i] = Double.NaN;
            } else if (Double.isInfinite(mean[i])) {
                out[i] = Double.POSITIVE_INFINITY;
            }
        }
        return out;
    }

    @Override
    public double[] energy(double[] x) {
        Check.points("x", x, size);
        double[][] v = new double[components.length][];
        for (int k = 0; k < components.length; k++) {
            v[k] = components[k].energy(x);
        }
        return weightedSum(v);
    }

    @Override
    public double[] energy() {
        int kk = components.length;
        double[] out = new double[size];
        for (int k = 0; k < kk; k++) {
            double[] e = components[k].energy();
            double[] w = weights[k];
            for (int i = 0; i < size; i++) {
                if (w[i] != 0.0) {
                    out[i] += w[i] * w[i] * e[i];
                }
            }
        }
        for (int j = 0; j < kk; j++) {
            for (int k = j + 1; k < kk; k++) {
                double[] c = crossEnergy(j, k);
                double[] wj = weights[j];
                double[] wk = weights[k];
                for (int i = 0; i < size; i++) {
                    if (wj[i] != 0.0 && wk[i] != 0.0) {
                        out[i] += 2.0 * wj[i] * wk[i] * c[i];
                    }
                }
            }
        }
        return out;
    }

    /** E|X_j - X_k'| per row (rows where either weight is 0 are left at 0). */
    private double[] crossEnergy(int j, int k) {
        if (components[j] instanceof Normal a && components[k] instanceof Normal b) {
            return normalCrossEnergy(a, b);
        }
        Distribution a = components[j];
        Distribution b = components[k];
        // walk the atoms of a discrete component where there is one, else integrate over the
        // quantile of a continuous one where there is one
        boolean swap = b.measureType() != MeasureType.DISCRETE
            && (a.measureType() == MeasureType.DISCRETE
                || (b.measureType() == MeasureType.MIXED && a.measureType() == MeasureType.CONTINUOUS));
        if (swap) {
            Distribution t = a;
            a = b;
            b = t;
        }
        double[] meanA = a.mean();
        double[] meanB = b.mean();
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            if (weights[j][i] == 0.0 || weights[k][i] == 0.0) {
                continue;
            }
            if (!Double.isFinite(meanA[i]) || !Double.isFinite(meanB[i])) {
                out[i] = Double.POSITIVE_INFINITY;
                continue;
            }
            Distribution rowA = a.select(i);
            Distribution rowB = b.select(i);
            if (b.measureType() == MeasureType.DISCRETE) {
                Composites.Atoms atoms = Composites.Atoms.of(rowB);
                double[] e = Composites.atRow(a, i, java.util.Arrays.copyOf(atoms.x, atoms.count),
                    Distribution::energy);
                double sum = 0.0;
                for (int m = 0; m < atoms.count; m++) {
                    sum += atoms.mass[m] * e[m];
                }
                out[i] = sum;
            } else {
                out[i] = Composites.integrate((u, uc) -> rowA.energy(Composites.quantile(rowB, u, uc))[0]);
            }
        }
        return out;
    }

    /** E|N(mu_a - mu_b, sigma_a^2 + sigma_b^2)| per row, in closed form. */
    private static double[] normalCrossEnergy(Normal a, Normal b) {
        double[] ma = a.mu();
        double[] sa = a.sigma();
        double[] mb = b.mu();
        double[] sb = b.sigma();
        double[] out = new double[ma.length];
        for (int i = 0; i < out.length; i++) {
            double m = ma[i] - mb[i];
            double s = Math.hypot(sa[i], sb[i]);
            double z = m / (s * SQRT2);
            out[i] = s * SQRT_2_OVER_PI * Math.exp(-z * z) + m * Erf.value(z);
        }
        return out;
    }

    // ---------------------------------------------------------------- sampling

    @Override
    public double[][] sample(int n, RandomGenerator rng) {
        Check.atLeastOne("n", n);
        Check.notNull("rng", rng);
        int kk = components.length;
        double[][] out = new double[size][n];
        int[] choice = new int[n];
        int[] count = new int[kk];
        for (int i = 0; i < size; i++) {
            Arrays.fill(count, 0);
            for (int j = 0; j < n; j++) {
                int c = pick(i, rng.nextDouble());
                choice[j] = c;
                count[c]++;
            }
            for (int c = 0; c < kk; c++) {
                if (count[c] == 0) {
                    continue;
                }
                double[] draws = components[c].select(i).sample(count[c], rng)[0];
                int m = 0;
                for (int j = 0; j < n; j++) {
                    if (choice[j] == c) {
                        out[i][j] = draws[m++];
                    }
                }
            }
        }
        return out;
    }

    /** @return the component whose cumulative weight interval in row i contains u */
    private int pick(int i, double u) {
        double acc = 0.0;
        int last = 0;
        for (int k = 0; k < components.length; k++) {
            double w = weights[k][i];
            if (w == 0.0) {
                continue;
            }
            acc += w;
            last = k;
            if (u < acc) {
                return k;
            }
        }
        return last;
    }
}
