package skpro.regression.fit;

import java.util.Arrays;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.Trigamma;

import skpro.distributions.Beta;
import skpro.distributions.Cauchy;
import skpro.distributions.ChiSquared;
import skpro.distributions.Distribution;
import skpro.distributions.Exponential;
import skpro.distributions.Gamma;
import skpro.distributions.HalfCauchy;
import skpro.distributions.HalfLogistic;
import skpro.distributions.HalfNormal;
import skpro.distributions.IID;
import skpro.distributions.InverseGaussian;
import skpro.distributions.Laplace;
import skpro.distributions.LogNormal;
import skpro.distributions.Logistic;
import skpro.distributions.NegativeBinomial;
import skpro.distributions.Normal;
import skpro.distributions.Pareto;
import skpro.distributions.Poisson;
import skpro.distributions.TDistribution;
import skpro.distributions.Uniform;
import skpro.distributions.Weibull;
import skpro.regression.internal.BoundedNelderMead;

/**
 * Maximum-likelihood fitting of the parametric families of skpro-distributions to a sample
 * y_1..y_n: {@code ParametricFamily.GAMMA.fit(y)} returns the one-row distribution maximising
 * sum log f(y_i). Used by {@code DummyProbaRegressor.withFamily} and available to users.
 *
 * <p>Closed forms: NORMAL (mean, ddof-0 sd), EXPONENTIAL (rate 1/mean), POISSON (mean), LAPLACE
 * (median, mean absolute deviation from it), LOG_NORMAL (mean and ddof-0 sd of log y), UNIFORM
 * (min, max), HALF_NORMAL (sigma = sqrt(mean y^2)), PARETO (scale min y, alpha = n / sum log(y /
 * min y)), INVERSE_GAUSSIAN (mean m = mean y, shape lambda with 1 / lambda = mean(1/y - 1/m);
 * scipy's invgauss(m / lambda, scale = lambda)). One-dimensional equations: GAMMA (log k - psi(k) = log mean - mean log y by Newton,
 * rate k / mean), WEIBULL (the profile score in k by bisection, scale (mean y^k)^(1/k)),
 * NEGATIVE_BINOMIAL (mu = mean, the size's profile score sum psi(y + a) - n psi(a) +
 * n log(a / (a + mu)) = 0 by bisection in log a; needs Var y &gt; mean y), BETA (Newton on the two
 * digamma equations). Numeric (a bounded Nelder–Mead search on log parameters, from moment or quantile starts):
 * T (location, scale, df), CAUCHY, LOGISTIC, CHI_SQUARED, HALF_CAUCHY, HALF_LOGISTIC.
 *
 * <p>Not fitted: Binomial (its n is not identifiable by maximum likelihood alone), Delta and the
 * truncated and non-parametric laws (Empirical, Histogram, KernelMixture, ...).
 *
 * <p>This lives in skpro-core rather than skpro-distributions because the numeric fits use
 * skpro-core's optimiser and Commons Numbers' digamma, which skpro-core already depends on.
 */
public enum ParametricFamily {
    /** Normal(mu, sigma). */
    NORMAL,
    /** Exponential(rate), y &gt;= 0. */
    EXPONENTIAL,
    /** Poisson(mu), y non-negative integers. */
    POISSON,
    /** Laplace(mu, b). */
    LAPLACE,
    /** LogNormal(mu, sigma), y &gt; 0. */
    LOG_NORMAL,
    /** Uniform(lower, upper). */
    UNIFORM,
    /** HalfNormal(sigma), y &gt;= 0. */
    HALF_NORMAL,
    /** Pareto(scale, alpha), y &gt; 0. */
    PARETO,
    /** InverseGaussian(mean m, shape lambda), y &gt; 0. */
    INVERSE_GAUSSIAN,
    /** Gamma(shape, rate), y &gt; 0. */
    GAMMA,
    /** Weibull(scale, k), y &gt; 0. */
    WEIBULL,
    /** NegativeBinomial(mu, size), y non-negative integers, over-dispersed. */
    NEGATIVE_BINOMIAL,
    /** Beta(alpha, beta), 0 &lt; y &lt; 1. */
    BETA,
    /** Student t (location, scale, df). */
    T,
    /** Cauchy(mu, scale). */
    CAUCHY,
    /** Logistic(mu, scale). */
    LOGISTIC,
    /** ChiSquared(df), y &gt; 0. */
    CHI_SQUARED,
    /** HalfCauchy(scale), y &gt;= 0. */
    HALF_CAUCHY,
    /** HalfLogistic(scale), y &gt;= 0. */
    HALF_LOGISTIC;

    /**
     * @param y the sample, at least 2 finite values
     * @return the maximum-likelihood distribution of this family, one row
     * @throws IllegalArgumentException if y has fewer than 2 values, a value is not finite or
     *     outside the family's support (the index and value are named), or the sample is
     *     degenerate for the family (constant, or not over-dispersed for NEGATIVE_BINOMIAL)
     */
    public Distribution fit(double[] y) {
        if (y == null || y.length < 2) {
            throw new IllegalArgumentException("fitting " + this + " needs at least 2 values, got "
                + (y == null ? "null" : y.length));
        }
        for (int i = 0; i < y.length; i++) {
            checkSupport(i, y[i]);
        }
        int n = y.length;
        double mean = mean(y);
        double sd = Math.sqrt(moment2(y, mean));
        if (!(sd > 0)) {
            throw new IllegalArgumentException("y is constant (" + y[0] + "): no " + this + " fits it");
        }
        switch (this) {
            case NORMAL:
                return Normal.of(mean, sd);
            case EXPONENTIAL:
                return Exponential.of(1.0 / mean);
            case POISSON:
                return Poisson.of(mean);
            case LAPLACE: {
                double med = median(y);
                double mad = 0.0;
                for (double v : y) {
                    mad += Math.abs(v - med);
                }
                return Laplace.of(med, mad / n);
            }
            case LOG_NORMAL: {
                double[] logs = logs(y);
                double m = mean(logs);
                return LogNormal.of(m, Math.sqrt(moment2(logs, m)));
            }
            case UNIFORM:
                return Uniform.of(Arrays.stream(y).min().orElseThrow(), Arrays.stream(y).max().orElseThrow());
            case HALF_NORMAL:
                return HalfNormal.of(Math.sqrt(moment2(y, 0.0)));
            case PARETO: {
                double min = Arrays.stream(y).min().orElseThrow();
                double s = 0.0;
                for (double v : y) {
                    s += Math.log(v / min);
                }
                return Pareto.of(min, n / s);
            }
            case INVERSE_GAUSSIAN: {
                // 1/lambda = mean(1/y) - 1/m >= 0 by Jensen; 0 only for a constant sample (rejected above)
                double s = 0.0;
                for (double v : y) {
                    s += 1.0 / v - 1.0 / mean;
                }
                double invLambda = s / n;
                if (!(invLambda > 0)) {
                    throw new IllegalArgumentException("mean(1/y - 1/mean y) = " + invLambda
                        + " is not positive (rounding of a nearly constant y): no INVERSE_GAUSSIAN fits it");
                }
                return InverseGaussian.ofMeanDispersion(new double[] {mean}, new double[] {invLambda});
            }
            case GAMMA: {
                double k = gammaShape(Math.log(mean) - mean(logs(y)));
                return Gamma.of(k, k / mean);
            }
            case WEIBULL:
                return weibull(y);
            case NEGATIVE_BINOMIAL:
                return NegativeBinomial.of(mean, negativeBinomialSize(y, mean, sd * sd));
            case BETA:
                return beta(y, mean, sd * sd);
            case T: {
                double[] t = numeric(y, new double[] {median(y), Math.log(sd), Math.log(5.0)},
                    new double[] {mean - 10 * sd, Math.log(sd) - 20, Math.log(0.05)},
                    new double[] {mean + 10 * sd, Math.log(sd) + 5, Math.log(1e6)},
                    th -> TDistribution.of(th[0], Math.exp(th[1]), Math.exp(th[2])));
                return TDistribution.of(t[0], Math.exp(t[1]), Math.exp(t[2]));
            }
            case CAUCHY:
            case LOGISTIC: {
                double iqr = quantile(y, 0.75) - quantile(y, 0.25);
                double scale0 = Math.log(iqr > 0 ? iqr / 2 : sd);
                Function<double[], Distribution> make = this == CAUCHY ? th -> Cauchy.of(th[0], Math.exp(th[1]))
                    : th -> Logistic.of(th[0], Math.exp(th[1]));
                double[] t = numeric(y, new double[] {median(y), scale0},
                    new double[] {mean - 10 * sd - 10 * Math.exp(scale0), scale0 - 20},
                    new double[] {mean + 10 * sd + 10 * Math.exp(scale0), Math.log(sd) + 5}, make);
                return make.apply(t);
            }
            case CHI_SQUARED:
                return ChiSquared.of(Math.exp(numeric1(y, Math.log(mean), th -> ChiSquared.of(Math.exp(th)))));
            case HALF_CAUCHY: {
                double s0 = Math.log(median(y));
                return HalfCauchy.of(Math.exp(numeric1(y, s0, th -> HalfCauchy.of(Math.exp(th)))));
            }
            default: {
                double s0 = Math.log(mean);
                return HalfLogistic.of(Math.exp(numeric1(y, s0, th -> HalfLogistic.of(Math.exp(th)))));
            }
        }
    }

    private void checkSupport(int i, double v) {
        boolean ok;
        switch (this) {
            case EXPONENTIAL:
            case HALF_NORMAL:
            case HALF_CAUCHY:
            case HALF_LOGISTIC:
                ok = v >= 0;
                break;
            case POISSON:
            case NEGATIVE_BINOMIAL:
                ok = v >= 0 && v == Math.rint(v);
                break;
            case LOG_NORMAL:
            case PARETO:
            case INVERSE_GAUSSIAN:
            case GAMMA:
            case WEIBULL:
            case CHI_SQUARED:
                ok = v > 0;
                break;
            case BETA:
                ok = v > 0 && v < 1;
                break;
            default:
                ok = true;
                break;
        }
        if (!ok || !Double.isFinite(v)) {
            throw new IllegalArgumentException("y[" + i + "] = " + v + " is outside the support of " + this);
        }
    }

    private static double mean(double[] y) {
        double s = 0.0;
        for (double v : y) {
            s += v;
        }
        return s / y.length;
    }

    /** @return (1/n) sum (y - c)^2 */
    private static double moment2(double[] y, double c) {
        double s = 0.0;
        for (double v : y) {
            s += (v - c) * (v - c);
        }
        return s / y.length;
    }

    private static double[] logs(double[] y) {
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = Math.log(y[i]);
        }
        return out;
    }

    private static double median(double[] y) {
        return quantile(y, 0.5);
    }

    /** Linear interpolation between order statistics (numpy's default). */
    private static double quantile(double[] y, double q) {
        double[] s = y.clone();
        Arrays.sort(s);
        double h = (s.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, s.length - 1);
        return s[lo] + (h - lo) * (s[hi] - s[lo]);
    }

    /** Solves log k - psi(k) = s &gt; 0 by Newton in k from Minka's start. */
    static double gammaShape(double s) {
        double k = (3 - s + Math.sqrt((s - 3) * (s - 3) + 24 * s)) / (12 * s);
        for (int it = 0; it < 100; it++) {
            double f = Math.log(k) - Digamma.value(k) - s;
            double df = 1.0 / k - Trigamma.value(k);
            double next = k - f / df;
            if (!(next > 0)) {
                next = k / 2;
            }
            if (Math.abs(next - k) <= 1e-14 * k) {
                return next;
            }
            k = next;
        }
        return k;
    }

    private static Weibull weibull(double[] y) {
        double meanLog = mean(logs(y));
        // g(k) = sum y^k log y / sum y^k - 1/k - mean log y increases in k; scaled y avoids overflow
        double ymax = Arrays.stream(y).max().orElseThrow();
        double lo = 1e-3;
        double hi = 1e3;
        for (int it = 0; it < 200; it++) {
            double k = Math.sqrt(lo * hi);
            double s0 = 0.0;
            double s1 = 0.0;
            for (double v : y) {
                double w = Math.pow(v / ymax, k);
                s0 += w;
                s1 += w * Math.log(v);
            }
            double g = s1 / s0 - 1.0 / k - meanLog;
            if (g > 0) {
                hi = k;
            } else {
                lo = k;
            }
        }
        double k = Math.sqrt(lo * hi);
        double s0 = 0.0;
        for (double v : y) {
            s0 += Math.pow(v / ymax, k);
        }
        return Weibull.of(ymax * Math.pow(s0 / y.length, 1.0 / k), k);
    }

    private static double negativeBinomialSize(double[] y, double mu, double var) {
        if (!(var > mu)) {
            throw new IllegalArgumentException("the sample variance " + var + " does not exceed its mean " + mu
                + ": the negative binomial's size would be infinite; fit POISSON");
        }
        int n = y.length;
        double lo = Math.log(1e-8);
        double hi = Math.log(1e10);
        for (int it = 0; it < 200; it++) {
            double a = Math.exp(0.5 * (lo + hi));
            double score = n * Math.log(a / (a + mu)) - n * Digamma.value(a);
            for (double v : y) {
                score += Digamma.value(v + a);
            }
            // the profile score is positive below the maximum and negative above it
            if (score > 0) {
                lo = 0.5 * (lo + hi);
            } else {
                hi = 0.5 * (lo + hi);
            }
        }
        return Math.exp(0.5 * (lo + hi));
    }

    private static Beta beta(double[] y, double mean, double var) {
        double l1 = mean(logs(y));
        double l2 = 0.0;
        for (double v : y) {
            l2 += Math.log1p(-v);
        }
        l2 /= y.length;
        double common = Math.max(mean * (1 - mean) / var - 1, 1e-3);
        double a = mean * common;
        double b = (1 - mean) * common;
        for (int it = 0; it < 200; it++) {
            double ab = Digamma.value(a + b);
            double f1 = Digamma.value(a) - ab - l1;
            double f2 = Digamma.value(b) - ab - l2;
            double tab = Trigamma.value(a + b);
            double j11 = Trigamma.value(a) - tab;
            double j22 = Trigamma.value(b) - tab;
            double det = j11 * j22 - tab * tab;
            double da = (j22 * f1 + tab * f2) / det;
            double db = (tab * f1 + j11 * f2) / det;
            double step = 1.0;
            while (!(a - step * da > 0 && b - step * db > 0)) {
                step *= 0.5;
            }
            a -= step * da;
            b -= step * db;
            if (Math.abs(da) <= 1e-14 * a && Math.abs(db) <= 1e-14 * b) {
                break;
            }
        }
        return Beta.of(a, b);
    }

    private static double logLikelihood(double[] y, Distribution one) {
        double[] lp = IID.of(one, y.length).logPdf(y);
        double s = 0.0;
        for (double v : lp) {
            s += v;
        }
        return Double.isNaN(s) ? Double.NEGATIVE_INFINITY : s;
    }

    /** Maximises the log likelihood over theta within bounds by a bounded Nelder–Mead search. */
    private static double[] numeric(double[] y, double[] start, double[] lo, double[] hi,
        Function<double[], Distribution> make) {
        ToDoubleFunction<double[]> f = th -> Math.max(-1e300, logLikelihood(y, make.apply(th)));
        return BoundedNelderMead.maximize(f, start, lo, hi, 0.5, 1e-15, 1e-10, 5000).x();
    }

    /** One log parameter, searched within 25 of its start. */
    private static double numeric1(double[] y, double start, Function<Double, Distribution> make) {
        return numeric(y, new double[] {start}, new double[] {start - 25}, new double[] {start + 25},
            th -> make.apply(th[0]))[0];
    }
}
