package skpro.distributions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

import skpro.distributions.internal.Check;

/**
 * A column of {@link #size()} independent scalar distributions, one per row of a prediction.
 *
 * <p>Implementations are immutable values. Every element-wise method takes one argument per row
 * (an array of length {@code size()}) and returns one value per row; the overloads taking a single
 * {@code double} broadcast it to every row.
 *
 * <p>Densities: {@link #pdf(double[])} is the density with respect to the distribution's own base
 * measure. For continuous families this is the Lebesgue density; for discrete families and for
 * the atoms of mixed families it is the probability mass, so that the log-loss of a discrete
 * prediction is finite and proper.
 *
 * <p>Energy terms, used by the CRPS: {@code energy(x)[i] = E|X_i - x_i|} and
 * {@code energy()[i] = E|X_i - X_i'|} with {@code X_i'} an independent copy of {@code X_i}, so
 * that {@code CRPS_i = energy(y)[i] - energy()[i] / 2}. A moment that does not exist is reported
 * as {@code +inf} when it diverges, or {@code NaN} when it is undefined (the Cauchy mean), as
 * scipy does.
 *
 * <p>Arguments are validated: arrays must have length {@code size()}, points must not be NaN
 * (infinite points are allowed where the value is defined), probabilities must lie in [0, 1].
 * Violations throw {@link IllegalArgumentException} naming the argument, the row and the value.
 */
public interface Distribution {

    /** @return the number of rows (independent scalar distributions); at least 1 */
    int size();

    /** @return whether the rows are continuous, discrete or mixed */
    MeasureType measureType();

    /**
     * The parameters per row, in the family's constructor order, as copies (shown by
     * {@code toString}); composite distributions describe themselves by summary columns. The
     * default gives the mean and the standard deviation.
     *
     * @return an ordered map from parameter name to one value per row
     */
    default Map<String, double[]> parameters() {
        Map<String, double[]> out = new LinkedHashMap<>();
        out.put("mean", mean());
        out.put("std", std());
        return out;
    }

    /** @return E[X_i] per row */
    double[] mean();

    /** @return Var[X_i] per row */
    double[] var();

    /** @return the standard deviation per row, {@code sqrt(var())} */
    default double[] std() {
        double[] v = var();
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.sqrt(v[i]);
        }
        return v;
    }

    /**
     * Density (or probability mass for discrete families and atoms) at {@code x[i]} for row i.
     *
     * @param x one point per row; not NaN
     * @return f_i(x_i)
     * @throws IllegalArgumentException if {@code x.length != size()} or a point is NaN
     */
    double[] pdf(double[] x);

    /**
     * @param x the point, the same for every row
     * @return {@link #pdf(double[])} at one point for every row
     */
    default double[] pdf(double x) {
        return pdf(Check.broadcast("x", x, size()));
    }

    /**
     * Log density, accurate where the density underflows.
     *
     * @param x one point per row; not NaN
     * @return log f_i(x_i), {@code -inf} outside the support
     */
    double[] logPdf(double[] x);

    /**
     * @param x the point, the same for every row
     * @return {@link #logPdf(double[])} at one point for every row
     */
    default double[] logPdf(double x) {
        return logPdf(Check.broadcast("x", x, size()));
    }

    /**
     * Cumulative distribution function.
     *
     * @param x one point per row; not NaN
     * @return F_i(x_i) = P(X_i &le; x_i), in [0, 1] and non-decreasing in x
     */
    double[] cdf(double[] x);

    /**
     * @param x the point, the same for every row
     * @return {@link #cdf(double[])} at one point for every row
     */
    default double[] cdf(double x) {
        return cdf(Check.broadcast("x", x, size()));
    }

    /**
     * Survival function; families override it where {@code 1 - cdf} loses the upper tail.
     *
     * @param x one point per row; not NaN
     * @return S_i(x_i) = P(X_i &gt; x_i)
     */
    default double[] survival(double[] x) {
        double[] s = cdf(x);
        for (int i = 0; i < s.length; i++) {
            s[i] = 1.0 - s[i];
        }
        return s;
    }

    /**
     * @param x the point, the same for every row
     * @return {@link #survival(double[])} at one point for every row
     */
    default double[] survival(double x) {
        return survival(Check.broadcast("x", x, size()));
    }

    /**
     * Log of the cdf; families override it where the cdf underflows in the lower tail.
     *
     * @param x one point per row; not NaN
     * @return log F_i(x_i)
     */
    default double[] logCdf(double[] x) {
        double[] c = cdf(x);
        for (int i = 0; i < c.length; i++) {
            c[i] = Math.log(c[i]);
        }
        return c;
    }

    /**
     * @param x the point, the same for every row
     * @return {@link #logCdf(double[])} at one point for every row
     */
    default double[] logCdf(double x) {
        return logCdf(Check.broadcast("x", x, size()));
    }

    /**
     * Log of the survival function; families override it where it underflows in the upper tail.
     *
     * @param x one point per row; not NaN
     * @return log S_i(x_i)
     */
    default double[] logSurvival(double[] x) {
        double[] s = survival(x);
        for (int i = 0; i < s.length; i++) {
            s[i] = Math.log(s[i]);
        }
        return s;
    }

    /**
     * @param x the point, the same for every row
     * @return {@link #logSurvival(double[])} at one point for every row
     */
    default double[] logSurvival(double x) {
        return logSurvival(Check.broadcast("x", x, size()));
    }

    /**
     * Quantile function, the generalised inverse of the cdf:
     * {@code Q_i(p) = inf { x : F_i(x) >= p }}; {@code Q_i(0)} and {@code Q_i(1)} are the ends
     * of the support.
     *
     * @param p one probability per row, in [0, 1]
     * @return Q_i(p_i), non-decreasing in p
     * @throws IllegalArgumentException if {@code p.length != size()} or a value is outside [0, 1]
     */
    double[] ppf(double[] p);

    /**
     * @param p a probability in [0, 1], the same for every row
     * @return {@link #ppf(double[])} at one probability for every row
     */
    default double[] ppf(double p) {
        return ppf(Check.broadcast("p", p, size()));
    }

    /**
     * Inverse survival function {@code Q_i(1 - q)}, accurate for upper-tail probabilities
     * {@code q} far below the spacing of doubles near 1.
     *
     * @param q one upper-tail probability per row, in [0, 1]
     * @return the point x with S_i(x) = q_i
     */
    default double[] isf(double[] q) {
        Check.probabilities("q", q, size());
        double[] p = new double[q.length];
        for (int i = 0; i < q.length; i++) {
            p[i] = 1.0 - q[i];
        }
        return ppf(p);
    }

    /**
     * @param q an upper-tail probability in [0, 1], the same for every row
     * @return {@link #isf(double[])} at one probability for every row
     */
    default double[] isf(double q) {
        return isf(Check.broadcast("q", q, size()));
    }

    /** @return E|X_i - X_i'| per row, with X_i' an independent copy of X_i */
    double[] energy();

    /**
     * Expected absolute distance to a point.
     *
     * @param x one point per row; not NaN
     * @return E|X_i - x_i| per row
     */
    double[] energy(double[] x);

    /**
     * @param x the point, the same for every row
     * @return {@link #energy(double[])} at one point for every row
     */
    default double[] energy(double x) {
        return energy(Check.broadcast("x", x, size()));
    }

    /**
     * Draws independent samples.
     *
     * @param n the number of draws per row, at least 1
     * @param rng the generator; the same generator state gives the same draws
     * @return a {@code size() x n} array: row i holds n draws from X_i
     * @throws IllegalArgumentException if n &lt; 1 or rng is null
     */
    double[][] sample(int n, RandomGenerator rng);

    /**
     * The distribution of a subset of rows, in the order given (rows may repeat).
     *
     * @param rows row indices in [0, size())
     * @return a distribution of {@code rows.length} rows
     * @throws IllegalArgumentException if rows is empty or an index is out of range
     */
    Distribution select(int... rows);

    /**
     * Quantiles at several levels.
     *
     * @param alphas the levels, each in [0, 1], in any order
     * @return an {@code n x k} array; column j holds the quantile at {@code alphas[j]}
     * @throws IllegalArgumentException if no level is given or a level is outside [0, 1]
     */
    default double[][] quantiles(double... alphas) {
        Check.notEmpty("alphas", alphas);
        for (int j = 0; j < alphas.length; j++) {
            Check.probability("alphas", j, alphas[j]);
        }
        int n = size();
        double[][] out = new double[n][alphas.length];
        for (int j = 0; j < alphas.length; j++) {
            double[] q = alphas[j] > 0.5 ? isf(1.0 - alphas[j]) : ppf(alphas[j]);
            for (int i = 0; i < n; i++) {
                out[i][j] = q[i];
            }
        }
        return out;
    }

    /**
     * Central (equal-tailed) prediction interval.
     *
     * @param coverage the nominal coverage c in (0, 1)
     * @return an {@code n x 2} array of {@code [Q_i((1-c)/2), Q_i((1+c)/2)]}
     * @throws IllegalArgumentException if coverage is not in (0, 1)
     */
    default double[][] interval(double coverage) {
        if (!(coverage > 0.0 && coverage < 1.0)) {
            throw new IllegalArgumentException("coverage must be in (0, 1), got " + coverage);
        }
        double tail = 0.5 * (1.0 - coverage);
        double[] lower = ppf(tail);
        double[] upper = isf(tail); // the same tail from above: symmetric families stay symmetric
        double[][] out = new double[lower.length][2];
        for (int i = 0; i < lower.length; i++) {
            out[i][0] = lower[i];
            out[i][1] = upper[i];
        }
        return out;
    }
}
