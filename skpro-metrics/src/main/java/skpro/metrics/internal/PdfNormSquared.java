package skpro.metrics.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

import skpro.distributions.Beta;
import skpro.distributions.Categorical;
import skpro.distributions.Cauchy;
import skpro.distributions.ChiSquared;
import skpro.distributions.Delta;
import skpro.distributions.Distribution;
import skpro.distributions.Empirical;
import skpro.distributions.Exponential;
import skpro.distributions.Gamma;
import skpro.distributions.HalfCauchy;
import skpro.distributions.HalfLogistic;
import skpro.distributions.HalfNormal;
import skpro.distributions.Histogram;
import skpro.distributions.IID;
import skpro.distributions.KernelMixture;
import skpro.distributions.Laplace;
import skpro.distributions.LogNormal;
import skpro.distributions.Logistic;
import skpro.distributions.MeanScale;
import skpro.distributions.MeasureType;
import skpro.distributions.Mixture;
import skpro.distributions.Normal;
import skpro.distributions.Pareto;
import skpro.distributions.QpdEmpirical;
import skpro.distributions.TDistribution;
import skpro.distributions.TruncatedNormal;
import skpro.distributions.Uniform;
import skpro.distributions.Weibull;

/**
 * The squared L2 norm of each row's density, {@code ||p||^2 = int p(x)^2 dmu(x)}, taken with
 * respect to the distribution's own base measure (Lebesgue measure for continuous rows, counting
 * measure on the atoms for discrete rows, their sum for mixed rows). It equals E[p(X)], which for
 * a discrete row is sum_k p_k^2.
 *
 * <p>Closed forms, read from the families' public parameters (each verified against mpmath
 * quadrature to 1e-14 relative, see the unit tests):
 * <ul>
 * <li>Normal(mu, sigma): 1 / (2 sigma sqrt(pi)); Laplace(mu, b): 1 / (4b); Logistic(mu, s):
 *     1 / (6s); Cauchy(mu, s): 1 / (2 pi s); Uniform(a, b): 1 / (b - a); Exponential(rate): rate / 2;
 *     HalfNormal(sigma): 1 / (sigma sqrt(pi)); HalfCauchy(beta): 1 / (pi beta); HalfLogistic(beta):
 *     1 / (3 beta); Pareto(s, alpha): alpha^2 / ((2 alpha + 1) s);
 *     LogNormal(mu, sigma): exp(sigma^2 / 4 - mu) / (2 sigma sqrt(pi));</li>
 * <li>TDistribution(mu, sigma, nu): sqrt(nu) f_nu(0)^2 / (sqrt(2 nu + 1) f_(2 nu + 1)(0) sigma),
 *     with f_nu the standard t density (the square of a t_nu density is proportional to a t
 *     density with 2 nu + 1 degrees of freedom, rescaled);</li>
 * <li>Gamma(alpha, beta rate), ChiSquared(k) = Gamma(k/2, 1/2):
 *     beta / ((2 alpha - 1) B(alpha, 1/2)) = beta sqrt(2 alpha) f_(2 alpha)(0) / (2 alpha - 1) for
 *     alpha &gt; 1/2, +inf otherwise;</li>
 * <li>Beta(a, b): B(2a - 1, 2b - 1) / B(a, b)^2, formed as f_(a,b)(x)^2 / f_(2a-1,2b-1)(x) at
 *     x = a / (a + b) (the powers of x cancel exactly, so no large logarithms cancel), for
 *     a, b &gt; 1/2, +inf otherwise;</li>
 * <li>Weibull(lambda, k): (k / lambda) Gamma(2 - 1/k) / 2^(2 - 1/k) for k &gt; 1/2, +inf
 *     otherwise;</li>
 * <li>TruncatedNormal(mu, sigma, l, r), with a = (l - mu)/sigma, b = (r - mu)/sigma:
 *     (Phi(sqrt2 b) - Phi(sqrt2 a)) / (2 sqrt(pi) sigma (Phi(b) - Phi(a))^2) (the quadrature
 *     below for bounds beyond about 26 sigma, where these probabilities underflow, and for
 *     intervals narrower than 1e-3 sigma, where they cancel);</li>
 * <li>Histogram: sum_j m_j^2 / w_j; Gaussian KernelMixture of m samples, bandwidth h:
 *     (1 / m^2) sum_(j,k) exp(-(x_j - x_k)^2 / (4 h^2)) / (2 h sqrt(pi)) (an O(m^2) pair sum);
 *     Mixture of Normals: sum_(j,k) w_j w_k phi(mu_j - mu_k; sigma_j^2 + sigma_k^2);</li>
 * <li>discrete: Delta 1; Categorical sum_k p_k^2; Empirical (and QpdEmpirical) sum over the
 *     distinct sample values of their total weight squared;</li>
 * <li>MeanScale(X, mu, sigma): ||p_X||^2 / sigma for continuous X and ||p_X||^2 for discrete X;
 *     of a Mixture, the mixture of the scaled components;
 *     IID: that of its one row; a Mixture with both continuous and discrete components splits into
 *     W_c^2 ||p_c||^2 + W_d^2 ||p_d||^2 (continuous and discrete parts, renormalised, have
 *     disjoint base measures).</li>
 * </ul>
 * The special-function values (t density at 0, Beta log densities, Gamma(z) = e^-1 / g_z(1) with
 * g_z the standard gamma density, the normal cdf and survival function) come from Commons
 * Statistics; consecutive rows with equal
 * parameters reuse the previous row's value.
 *
 * <p>Other families, numerically:
 * <ul>
 * <li>continuous: int_0^1 p(Q(u)) du by {@link UnitQuadrature} (tanh-sinh on the quantile
 *     function, split at the median), about 1e-13 relative for densities that are smooth inside
 *     their support (also where p is unbounded but p^2 integrable at an end); a kink or jump of
 *     p elsewhere slows it to about 1e-6;</li>
 * <li>a Mixture of continuous components other than normals: sum_(j,k) w_j w_k &lt;f_j, f_k&gt;,
 *     each component's own norm as above (closed forms where they exist) and the cross terms
 *     &lt;f_j, f_k&gt; = int_0^1 f_k(Q_j(u)) du by the same quadrature split at the levels of the
 *     ends and the median of X_k (where f_k's jumps and, for Laplace-like densities, kinks sit)
 *     and at 1/2;</li>
 * <li>discrete: sum_k p_k^2 over the atoms, walked upwards from the quantile at 1e-20: from an
 *     atom a the next is ppf(F(a)(1 + 4 eps)) while F(a) &le; 1/2 and isf(S(a)(1 - 4 eps))
 *     above, until S(a)^2 (a bound on what is left) falls below 1e-17 of the sum; atoms lighter
 *     than 4 eps of the mass on their side are passed over (error below 1e-15 relative); at most
 *     2^22 atoms per row, else {@link IllegalStateException};</li>
 * <li>mixed (other than a Mixture of continuous and discrete components, or such a mixture
 *     shifted and scaled): the quadrature above, whose integrand then jumps between densities
 *     and masses at the atoms; it converges only like the finest step, about 1e-3 relative
 *     (7e-4 measured for a lognormal with one atom; documented limitation).</li>
 * </ul>
 */
public final class PdfNormSquared {

    private static final double SQRT_PI = Math.sqrt(Math.PI);
    private static final double START_LEVEL = 1e-20;
    private static final double STOP = 1e-17;
    private static final long MAX_ATOMS = 1L << 22;
    private static final double BUMP = 4.0 * Math.ulp(1.0);
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0.0, 1.0);

    private PdfNormSquared() {
    }

    /**
     * @param d the distribution
     * @return {@code int p_i^2 dmu} for every row (may be +inf)
     */
    public static double[] of(Distribution d) {
        int n = d.size();
        double[] out = new double[n];
        if (d instanceof Normal x) {
            double[] s = x.sigma();
            for (int i = 0; i < n; i++) {
                out[i] = 1.0 / (2.0 * SQRT_PI * s[i]);
            }
            return out;
        }
        if (d instanceof Laplace x) {
            return reciprocal(x.scale(), 4.0);
        }
        if (d instanceof Logistic x) {
            return reciprocal(x.scale(), 6.0);
        }
        if (d instanceof Cauchy x) {
            return reciprocal(x.scale(), 2.0 * Math.PI);
        }
        if (d instanceof HalfNormal x) {
            return reciprocal(x.sigma(), SQRT_PI);
        }
        if (d instanceof HalfCauchy x) {
            return reciprocal(x.beta(), Math.PI);
        }
        if (d instanceof HalfLogistic x) {
            return reciprocal(x.beta(), 3.0);
        }
        if (d instanceof Uniform x) {
            double[] lo = x.lower();
            double[] hi = x.upper();
            for (int i = 0; i < n; i++) {
                out[i] = 1.0 / (hi[i] - lo[i]);
            }
            return out;
        }
        if (d instanceof Exponential x) {
            double[] rate = x.rate();
            for (int i = 0; i < n; i++) {
                out[i] = 0.5 * rate[i];
            }
            return out;
        }
        if (d instanceof Pareto x) {
            double[] s = x.scale();
            double[] a = x.alpha();
            for (int i = 0; i < n; i++) {
                out[i] = a[i] * a[i] / ((2.0 * a[i] + 1.0) * s[i]);
            }
            return out;
        }
        if (d instanceof LogNormal x) {
            double[] mu = x.mu();
            double[] s = x.sigma();
            for (int i = 0; i < n; i++) {
                out[i] = Math.exp(0.25 * s[i] * s[i] - mu[i]) / (2.0 * SQRT_PI * s[i]);
            }
            return out;
        }
        if (d instanceof TDistribution x) {
            return student(x.sigma(), x.df());
        }
        if (d instanceof Gamma x) {
            return gamma(x.alpha(), x.beta());
        }
        if (d instanceof ChiSquared x) {
            double[] dof = x.dof();
            double[] alpha = new double[n];
            double[] rate = new double[n];
            for (int i = 0; i < n; i++) {
                alpha[i] = 0.5 * dof[i];
                rate[i] = 0.5;
            }
            return gamma(alpha, rate);
        }
        if (d instanceof Beta x) {
            return beta(x.alpha(), x.beta());
        }
        if (d instanceof Weibull x) {
            return weibull(x.scale(), x.k());
        }
        if (d instanceof TruncatedNormal x) {
            return truncatedNormal(x);
        }
        if (d instanceof Histogram x) {
            return histogram(x.bins(), x.binMass());
        }
        if (d instanceof KernelMixture x && x.kernel() == KernelMixture.Kernel.GAUSSIAN) {
            return gaussianKernels(x.samples(), x.bandwidth());
        }
        if (d instanceof Delta) {
            Arrays.fill(out, 1.0);
            return out;
        }
        if (d instanceof Categorical x) {
            int k = x.numClasses();
            for (int i = 0; i < n; i++) {
                double s = 0.0;
                for (int c = 0; c < k; c++) {
                    double p = x.probability(i, c);
                    s += p * p;
                }
                out[i] = s;
            }
            return out;
        }
        if (d instanceof Empirical x) {
            return empirical(x);
        }
        if (d instanceof QpdEmpirical x) {
            return empirical(x.toEmpirical());
        }
        if (d instanceof IID x) {
            Arrays.fill(out, of(x.distribution())[0]);
            return out;
        }
        if (d instanceof MeanScale x && x.distribution() instanceof Mixture inner) {
            // mu + sigma (mixture of X_k) = mixture of (mu + sigma X_k), same weights
            List<Distribution> scaled = new ArrayList<>();
            for (Distribution c : inner.components()) {
                scaled.add(MeanScale.of(c, x.mu(), x.sigma()));
            }
            return of(Mixture.of(scaled, inner.weights()));
        }
        if (d instanceof MeanScale x && x.distribution().measureType() != MeasureType.MIXED) {
            double[] inner = of(x.distribution());
            if (x.distribution().measureType() == MeasureType.CONTINUOUS) {
                double[] s = x.sigma();
                for (int i = 0; i < n; i++) {
                    inner[i] /= s[i];
                }
            }
            return inner;
        }
        if (d instanceof Mixture x) {
            double[] m = mixture(x);
            if (m != null) {
                return m;
            }
        }
        return d.measureType() == MeasureType.DISCRETE ? atomWalk(d) : quadrature(d);
    }

    private static double[] reciprocal(double[] scale, double factor) {
        double[] out = new double[scale.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = 1.0 / (factor * scale[i]);
        }
        return out;
    }

    /** Standard t density at 0 with nu degrees of freedom. */
    private static double studentAtZero(double nu) {
        return org.apache.commons.statistics.distribution.TDistribution.of(nu).density(0.0);
    }

    private static double[] student(double[] sigma, double[] df) {
        int n = sigma.length;
        double[] out = new double[n];
        double lastNu = Double.NaN;
        double lastValue = Double.NaN;
        for (int i = 0; i < n; i++) {
            double nu = df[i];
            if (nu != lastNu) {
                double f = studentAtZero(nu);
                lastValue = Math.sqrt(nu) * f * f / (Math.sqrt(2.0 * nu + 1.0) * studentAtZero(2.0 * nu + 1.0));
                lastNu = nu;
            }
            out[i] = lastValue / sigma[i];
        }
        return out;
    }

    private static double[] gamma(double[] alpha, double[] rate) {
        int n = alpha.length;
        double[] out = new double[n];
        double lastAlpha = Double.NaN;
        double lastValue = Double.NaN;
        for (int i = 0; i < n; i++) {
            double a = alpha[i];
            if (!(a > 0.5)) {
                out[i] = Double.POSITIVE_INFINITY;
                continue;
            }
            if (a != lastAlpha) {
                lastValue = Math.sqrt(2.0 * a) * studentAtZero(2.0 * a) / (2.0 * a - 1.0);
                lastAlpha = a;
            }
            out[i] = rate[i] * lastValue;
        }
        return out;
    }

    private static double[] beta(double[] a, double[] b) {
        int n = a.length;
        double[] out = new double[n];
        double lastA = Double.NaN;
        double lastB = Double.NaN;
        double lastValue = Double.NaN;
        for (int i = 0; i < n; i++) {
            if (!(a[i] > 0.5 && b[i] > 0.5)) {
                out[i] = Double.POSITIVE_INFINITY;
                continue;
            }
            if (a[i] != lastA || b[i] != lastB) {
                double x = a[i] / (a[i] + b[i]);
                double logF = BetaDistribution.of(a[i], b[i]).logDensity(x);
                double logG = BetaDistribution.of(2.0 * a[i] - 1.0, 2.0 * b[i] - 1.0).logDensity(x);
                lastValue = Math.exp(2.0 * logF - logG);
                lastA = a[i];
                lastB = b[i];
            }
            out[i] = lastValue;
        }
        return out;
    }

    private static double[] weibull(double[] scale, double[] k) {
        int n = scale.length;
        double[] out = new double[n];
        double lastK = Double.NaN;
        double lastValue = Double.NaN;
        for (int i = 0; i < n; i++) {
            if (!(k[i] > 0.5)) {
                out[i] = Double.POSITIVE_INFINITY;
                continue;
            }
            if (k[i] != lastK) {
                double z = 2.0 - 1.0 / k[i];
                // Gamma(z) = 1^(z-1) e^-1 / g_z(1), g_z the density of Gamma(shape z, scale 1)
                double gammaZ = Math.exp(-1.0) / GammaDistribution.of(z, 1.0).density(1.0);
                lastValue = k[i] * gammaZ / Math.pow(2.0, z);
                lastK = k[i];
            }
            out[i] = lastValue / scale[i];
        }
        return out;
    }

    /**
     * Z_2 / (2 sqrt(pi) sigma Z^2) with Z = Phi(b) - Phi(a), Z_2 = Phi(sqrt2 b) - Phi(sqrt2 a),
     * each difference taken from the tail that keeps it accurate; rows where a probability
     * underflows (bounds beyond about 26 sigma) or the interval is narrower than 1e-3 sigma
     * (where the differences cancel) use the quadrature.
     */
    private static double[] truncatedNormal(TruncatedNormal x) {
        double[] mu = x.mu();
        double[] sigma = x.sigma();
        double[] lo = x.lTrunc();
        double[] hi = x.rTrunc();
        int n = mu.length;
        double[] out = new double[n];
        int[] rest = new int[n];
        int m = 0;
        double root2 = Math.sqrt(2.0);
        for (int i = 0; i < n; i++) {
            double a = (lo[i] - mu[i]) / sigma[i];
            double b = (hi[i] - mu[i]) / sigma[i];
            double z = standardNormalMass(a, b);
            double z2 = standardNormalMass(root2 * a, root2 * b);
            if (b - a >= 1e-3 && z > 1e-280 && z2 > 1e-280) {
                out[i] = z2 / (2.0 * SQRT_PI * sigma[i] * z * z);
            } else {
                rest[m++] = i;
            }
        }
        if (m > 0) {
            double[] q = quadrature(x.select(Arrays.copyOf(rest, m)));
            for (int k = 0; k < m; k++) {
                out[rest[k]] = q[k];
            }
        }
        return out;
    }

    /** Phi(b) - Phi(a) for a &lt; b, from the lower tail, the upper tail, or both. */
    private static double standardNormalMass(double a, double b) {
        if (a >= 0.0) {
            return STANDARD_NORMAL.survivalProbability(a) - STANDARD_NORMAL.survivalProbability(b);
        }
        if (b <= 0.0) {
            return STANDARD_NORMAL.cumulativeProbability(b) - STANDARD_NORMAL.cumulativeProbability(a);
        }
        return 1.0 - STANDARD_NORMAL.cumulativeProbability(a) - STANDARD_NORMAL.survivalProbability(b);
    }

    private static double[] histogram(double[][] bins, double[][] mass) {
        double[] out = new double[bins.length];
        for (int i = 0; i < out.length; i++) {
            double[] e = bins[i];
            double[] m = mass[i];
            double s = 0.0;
            for (int j = 0; j < m.length; j++) {
                if (m[j] > 0.0) {
                    s += m[j] * m[j] / (e[j + 1] - e[j]);
                }
            }
            out[i] = s;
        }
        return out;
    }

    private static double[] gaussianKernels(double[][] samples, double[] bandwidth) {
        double[] out = new double[samples.length];
        for (int i = 0; i < out.length; i++) {
            double[] x = samples[i];
            int m = x.length;
            double h = bandwidth[i];
            double c = -1.0 / (4.0 * h * h);
            double off = 0.0;
            for (int j = 0; j < m; j++) {
                double xj = x[j];
                for (int k = j + 1; k < m; k++) {
                    double diff = xj - x[k];
                    off += Math.exp(c * diff * diff);
                }
            }
            out[i] = (m + 2.0 * off) / ((double) m * m * 2.0 * h * SQRT_PI);
        }
        return out;
    }

    private static double[] empirical(Empirical e) {
        double[][] values = e.samples();
        double[] out = new double[values.length];
        if (!e.isWeighted()) {
            for (int i = 0; i < out.length; i++) {
                double[] v = values[i];
                Arrays.sort(v);
                long sumSquares = 0;
                int k = 0;
                while (k < v.length) {
                    int start = k;
                    while (k < v.length && v[k] == v[start]) {
                        k++;
                    }
                    long run = k - start;
                    sumSquares += run * run;
                }
                out[i] = (double) sumSquares / ((double) v.length * v.length);
            }
            return out;
        }
        double[][] weights = e.weights();
        for (int i = 0; i < out.length; i++) {
            double[] v = values[i];
            double[] w = weights[i];
            int[] order = StableOrder.of(v);
            double s = 0.0;
            int k = 0;
            while (k < order.length) {
                double value = v[order[k]];
                double run = 0.0;
                while (k < order.length && v[order[k]] == value) {
                    run += w[order[k]];
                    k++;
                }
                s += run * run;
            }
            out[i] = s;
        }
        return out;
    }

    /** @return the norm for mixtures handled exactly, or null to fall back */
    private static double[] mixture(Mixture mix) {
        List<Distribution> comps = mix.components();
        double[][] w = mix.weights();
        int n = mix.size();
        int k = comps.size();
        boolean allNormal = true;
        for (Distribution c : comps) {
            allNormal &= c instanceof Normal;
        }
        if (allNormal) {
            double[][] mu = new double[k][];
            double[][] var = new double[k][];
            for (int c = 0; c < k; c++) {
                Normal nc = (Normal) comps.get(c);
                mu[c] = nc.mu();
                var[c] = nc.sigma();
                for (int i = 0; i < n; i++) {
                    var[c][i] *= var[c][i];
                }
            }
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                double s = 0.0;
                for (int a = 0; a < k; a++) {
                    double wa = w[i][a];
                    if (wa == 0.0) {
                        continue;
                    }
                    s += wa * wa / (2.0 * SQRT_PI * Math.sqrt(var[a][i]));
                    for (int b = a + 1; b < k; b++) {
                        double v = var[a][i] + var[b][i];
                        double diff = mu[a][i] - mu[b][i];
                        s += 2.0 * wa * w[i][b] * Math.exp(-0.5 * diff * diff / v) / Math.sqrt(2.0 * Math.PI * v);
                    }
                }
                out[i] = s;
            }
            return out;
        }
        if (mix.measureType() == MeasureType.CONTINUOUS) {
            return continuousMixture(comps, w);
        }
        if (mix.measureType() != MeasureType.MIXED) {
            return null;
        }
        List<Integer> cont = new ArrayList<>();
        List<Integer> disc = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            MeasureType t = comps.get(c).measureType();
            if (t == MeasureType.MIXED) {
                return null;
            }
            (t == MeasureType.CONTINUOUS ? cont : disc).add(c);
        }
        double[] out = part(comps, w, cont);
        double[] d = part(comps, w, disc);
        for (int i = 0; i < n; i++) {
            out[i] += d[i];
        }
        return out;
    }

    /** W^2 ||p_part||^2 for the sub-mixture of the given components, W its weight per row. */
    private static double[] part(List<Distribution> comps, double[][] w, List<Integer> members) {
        int n = w.length;
        int m = members.size();
        double[] total = new double[n];
        double[][] sub = new double[n][m];
        List<Distribution> list = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            list.add(comps.get(members.get(j)));
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                total[i] += w[i][members.get(j)];
            }
            for (int j = 0; j < m; j++) {
                // a row without weight on this part gets equal weights; its term is multiplied by 0
                sub[i][j] = total[i] > 0.0 ? w[i][members.get(j)] : 1.0;
            }
        }
        double[] norm = of(m == 1 ? list.get(0) : Mixture.of(list, sub));
        for (int i = 0; i < n; i++) {
            norm[i] = total[i] == 0.0 ? 0.0 : total[i] * total[i] * norm[i];
        }
        return norm;
    }

    /**
     * sum_(j,k) w_j w_k &lt;f_j, f_k&gt;: the squares from each component's own norm, the cross terms
     * &lt;f_j, f_k&gt; = E f_k(X_j) = int_0^1 f_k(Q_j(u)) du by quadrature, split where f_k may
     * have a jump or a kink (at the levels of X_j at the ends and the median of X_k) and at 1/2.
     */
    private static double[] continuousMixture(List<Distribution> comps, double[][] w) {
        int n = w.length;
        int k = comps.size();
        double[] out = new double[n];
        for (int a = 0; a < k; a++) {
            double[] self = of(comps.get(a));
            for (int i = 0; i < n; i++) {
                out[i] += w[i][a] * w[i][a] * self[i];
            }
            for (int b = a + 1; b < k; b++) {
                double[] cross = crossTerm(comps.get(a), comps.get(b));
                for (int i = 0; i < n; i++) {
                    out[i] += 2.0 * w[i][a] * w[i][b] * cross[i];
                }
            }
        }
        return out;
    }

    /** int_0^1 f_b(Q_a(u)) du, split at 1/2 and at F_a of the support ends and median of b. */
    private static double[] crossTerm(Distribution a, Distribution b) {
        int n = a.size();
        double[][] marks = {b.ppf(0.0), b.ppf(0.5), b.isf(0.0)};
        int cuts = marks.length + 1;
        double[][] level = new double[cuts][];
        double[][] complement = new double[cuts][];
        for (int m = 0; m < marks.length; m++) {
            level[m] = a.cdf(marks[m]);
            complement[m] = a.survival(marks[m]);
        }
        level[marks.length] = new double[n];
        complement[marks.length] = new double[n];
        Arrays.fill(level[marks.length], 0.5);
        Arrays.fill(complement[marks.length], 0.5);
        // sort the cut points of each row (insertion sort on a handful of values)
        for (int i = 0; i < n; i++) {
            for (int m = 1; m < cuts; m++) {
                double l = level[m][i];
                double c = complement[m][i];
                int j = m - 1;
                while (j >= 0 && level[j][i] > l) {
                    level[j + 1][i] = level[j][i];
                    complement[j + 1][i] = complement[j][i];
                    j--;
                }
                level[j + 1][i] = l;
                complement[j + 1][i] = c;
            }
        }
        double[] zero = new double[n];
        double[] one = new double[n];
        Arrays.fill(one, 1.0);
        UnitQuadrature.Integrand g = (u, uc, x, out) -> System.arraycopy(b.pdf(x), 0, out, 0, n);
        double[] total = UnitQuadrature.integrate(a, g, zero, one, level[0], complement[0]);
        for (int m = 0; m < cuts; m++) {
            double[] lo = level[m];
            double[] loC = complement[m];
            double[] hi = m + 1 < cuts ? level[m + 1] : one;
            double[] hiC = m + 1 < cuts ? complement[m + 1] : zero;
            double[] part = UnitQuadrature.integrate(a, g, lo, loC, hi, hiC);
            for (int i = 0; i < n; i++) {
                total[i] += part[i];
            }
        }
        return total;
    }

    private static double[] quadrature(Distribution d) {
        int n = d.size();
        double[] zero = new double[n];
        double[] one = new double[n];
        Arrays.fill(one, 1.0);
        double[] half = new double[n];
        Arrays.fill(half, 0.5);
        UnitQuadrature.Integrand g = (u, uc, x, out) -> System.arraycopy(d.pdf(x), 0, out, 0, n);
        double[] lower = UnitQuadrature.integrate(d, g, zero, one, half, half);
        double[] upper = UnitQuadrature.integrate(d, g, half, half, one, zero);
        for (int i = 0; i < n; i++) {
            lower[i] += upper[i];
        }
        return lower;
    }

    /** sum_k p_k^2 over the atoms of a discrete distribution, all rows walked together. */
    static double[] atomWalk(Distribution d) {
        int n = d.size();
        double[] sum = new double[n];
        double[] bump = new double[n];
        Arrays.fill(bump, BUMP);
        boolean[] active = new boolean[n];
        Arrays.fill(active, true);
        double[] last = new double[n];
        Arrays.fill(last, Double.NEGATIVE_INFINITY);
        double[] a = d.ppf(START_LEVEL);
        double[] low = new double[n];
        double[] high = new double[n];
        long steps = 0;
        int remaining = n;
        while (remaining > 0) {
            double[] mass = d.pdf(a);
            double[] cdf = d.cdf(a);
            double[] surv = d.survival(a);
            boolean anyLow = false;
            boolean anyHigh = false;
            for (int i = 0; i < n; i++) {
                low[i] = 0.5;
                high[i] = 0.5;
                if (!active[i]) {
                    continue;
                }
                if (a[i] > last[i]) {
                    sum[i] += mass[i] * mass[i];
                    last[i] = a[i];
                    bump[i] = BUMP;
                } else {
                    bump[i] *= 16.0;
                }
                double s = surv[i];
                if (!(s > 0.0) || s * s <= STOP * sum[i] || bump[i] > 1e-8 || Double.isInfinite(a[i])) {
                    active[i] = false;
                    remaining--;
                    continue;
                }
                if (cdf[i] <= 0.5) {
                    low[i] = Math.min(cdf[i] * (1.0 + bump[i]), 1.0);
                    anyLow = true;
                } else {
                    high[i] = s * (1.0 - bump[i]);
                    anyHigh = true;
                }
            }
            if (remaining == 0) {
                break;
            }
            if (++steps > MAX_ATOMS) {
                throw new IllegalStateException("sum of squared masses: more than " + MAX_ATOMS
                    + " atoms in a row; the distribution is too spread out for exact summation");
            }
            double[] viaCdf = anyLow ? d.ppf(low) : null;
            double[] viaSurvival = anyHigh ? d.isf(high) : null;
            for (int i = 0; i < n; i++) {
                if (active[i]) {
                    a[i] = cdf[i] <= 0.5 ? viaCdf[i] : viaSurvival[i];
                }
            }
        }
        return sum;
    }
}
