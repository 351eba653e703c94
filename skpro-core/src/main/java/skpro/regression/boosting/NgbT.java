package skpro.regression.boosting;

import java.util.Arrays;

import skpro.distributions.Distribution;
import skpro.distributions.TDistribution;

/**
 * Student's t family with fixed degrees of freedom nu for NGBoost, theta = (mu, log sigma),
 * z = (y - mu) / sigma.
 *
 * <p>Log score -log f = log sigma + log(sqrt(nu) B(1/2, nu/2)) + (nu + 1)/2 log(1 + z^2 / nu),
 * gradient (-(nu + 1) z / (sigma (nu + z^2)), 1 - (nu + 1) z^2 / (nu + z^2)), Fisher information
 * diag((nu + 1) / ((nu + 3) sigma^2), 2 nu / (nu + 3)). Log score only.
 *
 * <p>Initial parameters: the maximum-likelihood location and scale for the fixed nu, by the EM
 * iteration w_i = (nu + 1) / (nu + z_i^2), mu = sum w y / sum w, sigma^2 = sum w (y - mu)^2 / n
 * (each step increases the likelihood), started at the median and the mean absolute deviation,
 * stopped after 500 steps or when mu and sigma change by less than 1e-12 relative.
 */
public final class NgbT implements NgbFamily {

    private final double df;

    private NgbT(double df) {
        this.df = df;
    }

    /**
     * @param df the degrees of freedom nu, finite and &gt; 0
     * @return the t family with that nu
     * @throws IllegalArgumentException if df is not finite and positive
     */
    public static NgbT of(double df) {
        if (!(df > 0.0 && df < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("df must be finite and > 0, got " + df);
        }
        return new NgbT(df);
    }

    /** @return the degrees of freedom */
    public double df() {
        return df;
    }

    @Override
    public String name() {
        return "TDistribution(df=" + df + ")";
    }

    @Override
    public int numParams() {
        return 2;
    }

    @Override
    public String paramName(int k) {
        return k == 0 ? "mu" : "log sigma";
    }

    /** Every finite value is in the support. */
    @Override
    public void checkSupport(double[] y) {
        // the real line
    }

    @Override
    public double[] initialParams(double[] y) {
        int n = y.length;
        double mu = FamilyMath.median(y);
        double s2 = 0.0;
        for (double v : y) {
            s2 += Math.abs(v - mu);
        }
        s2 = Math.pow(s2 / n, 2);
        for (int it = 0; it < 500; it++) {
            double sw = 0.0;
            double swy = 0.0;
            for (double v : y) {
                double w = (df + 1.0) / (df + (v - mu) * (v - mu) / s2);
                sw += w;
                swy += w * v;
            }
            double newMu = swy / sw;
            double ss = 0.0;
            for (double v : y) {
                double w = (df + 1.0) / (df + (v - mu) * (v - mu) / s2);
                ss += w * (v - newMu) * (v - newMu);
            }
            double newS2 = ss / n;
            boolean done = Math.abs(newMu - mu) <= 1e-12 * (Math.abs(mu) + Math.sqrt(s2))
                && Math.abs(newS2 - s2) <= 1e-12 * s2;
            mu = newMu;
            s2 = newS2;
            if (done) {
                break;
            }
        }
        return new double[] {mu, 0.5 * Math.log(s2)};
    }

    @Override
    public Distribution distribution(double[][] theta) {
        double[] nu = new double[theta[0].length];
        Arrays.fill(nu, df);
        return TDistribution.of(theta[0], FamilyMath.exp(theta[1]), nu);
    }

    @Override
    public void logScoreGradient(double[] theta, double y, double[] grad) {
        double sigma = Math.exp(theta[1]);
        double z = (y - theta[0]) / sigma;
        double d = df + z * z;
        grad[0] = -(df + 1.0) * z / (sigma * d);
        grad[1] = 1.0 - (df + 1.0) * z * z / d;
    }

    @Override
    public void fisherInformation(double[] theta, double[] metric) {
        metric[0] = (df + 1.0) / (df + 3.0) * Math.exp(-2.0 * theta[1]);
        metric[1] = 0.0;
        metric[2] = 0.0;
        metric[3] = 2.0 * df / (df + 3.0);
    }

    /** Value equality: the same df. */
    @Override
    public boolean equals(Object o) {
        return o instanceof NgbT t && Double.compare(t.df, df) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(df);
    }

    @Override
    public String toString() {
        return "NgbT(df=" + df + ")";
    }
}
