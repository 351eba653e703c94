package skpro.distributions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

import skpro.distributions.internal.Check;
import skpro.distributions.internal.Tables;

/**
 * Affine transforms Y = mu + sigma X of any distribution X, one per row (skpro's
 * {@code MeanScale(d, mu, sigma)}).
 *
 * <p>With z = (y - mu) / sigma: F_Y(y) = F_X(z), S_Y(y) = S_X(z) (and their logs), f_Y(y) =
 * f_X(z) / sigma, Q_Y(p) = mu + sigma Q_X(p), E Y = mu + sigma E X, Var Y = sigma^2 Var X,
 * E|Y - y| = sigma E|X - z|, E|Y - Y'| = sigma E|X - X'|; sampling draws X and transforms it.
 * Every method is exact given X (one vectorised call to X each). Parameters: mu real, sigma
 * &gt; 0 and finite, one per row (or one for all rows). The support is mu + sigma supp(X).
 *
 * <p>Atoms (discrete or mixed X) keep their mass: the pmf is not divided by sigma; for a mixed X
 * atoms are recognised by the jump of X's cdf. Points of Y are mapped back to X by
 * (y - mu) / sigma in floating point, so an atom of Y is found only where that division lands
 * exactly on X's atom (true, for instance, when mu and sigma are small integers or powers of 2).
 *
 * <p>skpro 2.14's {@code MeanScale.mean} returns mu + E X, forgetting sigma; this returns the
 * mean of Y.
 */
public final class MeanScale implements Distribution {

    private final Distribution d;
    private final double[] mu;
    private final double[] sigma;

    private MeanScale(Distribution d, double[] mu, double[] sigma) {
        this.d = d;
        this.mu = mu;
        this.sigma = sigma;
    }

    /**
     * @param d the distribution of X
     * @param mu the shift for every row
     * @param sigma the scale for every row, &gt; 0
     * @return Y = mu + sigma X
     * @throws IllegalArgumentException if d is null, mu is not finite, or sigma is not finite and
     *     positive
     */
    public static MeanScale of(Distribution d, double mu, double sigma) {
        Check.notNull("d", d);
        return of(d, Check.fill(mu, d.size()), Check.fill(sigma, d.size()));
    }

    /**
     * @param d the distribution of X
     * @param mu one shift per row of d
     * @param sigma one scale per row of d, each &gt; 0
     * @return Y_i = mu_i + sigma_i X_i
     * @throws IllegalArgumentException if d is null, an array's length differs from d's size, a
     *     mu is not finite, or a sigma is not finite and positive
     */
    public static MeanScale of(Distribution d, double[] mu, double[] sigma) {
        Check.notNull("d", d);
        Check.length("mu", mu, d.size());
        Check.length("sigma", sigma, d.size());
        Check.finite("mu", mu);
        Check.positive("sigma", sigma);
        return new MeanScale(d, mu.clone(), sigma.clone());
    }

    /** @return the distribution of X */
    public Distribution distribution() {
        return d;
    }

    /** @return the shifts (a copy) */
    public double[] mu() {
        return mu.clone();
    }

    /** @return the scales (a copy) */
    public double[] sigma() {
        return sigma.clone();
    }

    /** @return {@code mu} and {@code sigma} per row (copies) */
    public Map<String, double[]> parameters() {
        Map<String, double[]> out = new LinkedHashMap<>();
        out.put("mu", mu());
        out.put("sigma", sigma());
        return out;
    }

    @Override
    public String toString() {
        return Tables.describe("MeanScale[" + d.getClass().getSimpleName() + "]", size(), parameters());
    }

    @Override
    public int size() {
        return mu.length;
    }

    @Override
    public MeasureType measureType() {
        return d.measureType();
    }

    @Override
    public MeanScale select(int... rows) {
        Check.rows(rows, size());
        return new MeanScale(d.select(rows), Check.pick(mu, rows), Check.pick(sigma, rows));
    }

    /** @return (y - mu) / sigma per row, after validating y */
    private double[] standardise(double[] y) {
        Check.points("x", y, size());
        double[] z = new double[y.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = (y[i] - mu[i]) / sigma[i];
        }
        return z;
    }

    private double[] affine(double[] x) {
        for (int i = 0; i < x.length; i++) {
            x[i] = mu[i] + sigma[i] * x[i];
        }
        return x;
    }

    @Override
    public double[] pdf(double[] x) {
        double[] z = standardise(x);
        double[] f = d.pdf(z);
        boolean[] atom = Composites.atoms(d, z, f);
        for (int i = 0; i < f.length; i++) {
            if (!atom[i]) {
                f[i] /= sigma[i];
            }
        }
        return f;
    }

    @Override
    public double[] logPdf(double[] x) {
        double[] z = standardise(x);
        double[] l = d.logPdf(z);
        boolean[] atom = d.measureType() == MeasureType.CONTINUOUS ? new boolean[l.length]
            : Composites.atoms(d, z, d.pdf(z));
        for (int i = 0; i < l.length; i++) {
            if (!atom[i]) {
                l[i] -= Math.log(sigma[i]);
            }
        }
        return l;
    }

    @Override
    public double[] cdf(double[] x) {
        return d.cdf(standardise(x));
    }

    @Override
    public double[] survival(double[] x) {
        return d.survival(standardise(x));
    }

    @Override
    public double[] logCdf(double[] x) {
        return d.logCdf(standardise(x));
    }

    @Override
    public double[] logSurvival(double[] x) {
        return d.logSurvival(standardise(x));
    }

    /**
     * mu + sigma Q_X(p); for discrete or mixed X then moved to the exact generalised inverse of
     * this distribution's computed cdf (a few ulps at most: the rounding of (y - mu) / sigma may
     * map the double just below an atom of Y onto X's atom).
     */
    @Override
    public double[] ppf(double[] p) {
        Check.probabilities("p", p, size());
        double[] x = affine(d.ppf(p));
        if (d.measureType() == MeasureType.CONTINUOUS) {
            return x;
        }
        boolean[] upper = new boolean[p.length];
        double[] level = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            upper[i] = p[i] > 0.5;
            level[i] = upper[i] ? 1.0 - p[i] : p[i];
        }
        return Composites.refineQuantile(this, x, level, upper);
    }

    /** mu + sigma isf_X(q), refined as {@link #ppf(double[])} for discrete or mixed X. */
    @Override
    public double[] isf(double[] q) {
        Check.probabilities("q", q, size());
        double[] x = affine(d.isf(q));
        if (d.measureType() == MeasureType.CONTINUOUS) {
            return x;
        }
        boolean[] upper = new boolean[q.length];
        double[] level = new double[q.length];
        for (int i = 0; i < q.length; i++) {
            upper[i] = q[i] < 0.5;
            level[i] = upper[i] ? q[i] : 1.0 - q[i];
        }
        return Composites.refineQuantile(this, x, level, upper);
    }

    @Override
    public double[] mean() {
        return affine(d.mean());
    }

    @Override
    public double[] var() {
        double[] v = d.var();
        for (int i = 0; i < v.length; i++) {
            v[i] *= sigma[i] * sigma[i];
        }
        return v;
    }

    @Override
    public double[] energy() {
        double[] e = d.energy();
        for (int i = 0; i < e.length; i++) {
            e[i] *= sigma[i];
        }
        return e;
    }

    @Override
    public double[] energy(double[] x) {
        double[] e = d.energy(standardise(x));
        for (int i = 0; i < e.length; i++) {
            e[i] *= sigma[i];
        }
        return e;
    }

    @Override
    public double[][] sample(int n, RandomGenerator rng) {
        Check.atLeastOne("n", n);
        Check.notNull("rng", rng);
        double[][] s = d.sample(n, rng);
        for (int i = 0; i < s.length; i++) {
            double[] row = s[i];
            for (int j = 0; j < row.length; j++) {
                row[j] = mu[i] + sigma[i] * row[j];
            }
        }
        return s;
    }
}
