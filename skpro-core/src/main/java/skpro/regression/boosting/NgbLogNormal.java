package skpro.regression.boosting;

import skpro.distributions.Distribution;
import skpro.distributions.LogNormal;

/**
 * The log-normal family for NGBoost, theta = (mu, log s): log Y ~ N(mu, s^2), support (0, inf).
 * With z = (log y - mu) / s: -log f = log y + log s + log(2 pi) / 2 + z^2 / 2, gradient
 * (-z / s, 1 - z^2), Fisher information diag(1 / s^2, 2) (the normal's, on log y).
 * Initial parameters: mean and log standard deviation (ddof = 0) of log y. Log score only.
 */
public final class NgbLogNormal implements NgbFamily {

    private static final NgbLogNormal INSTANCE = new NgbLogNormal();

    private NgbLogNormal() {
    }

    /** @return the log-normal family */
    public static NgbLogNormal of() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return "LogNormal";
    }

    @Override
    public int numParams() {
        return 2;
    }

    @Override
    public String paramName(int k) {
        return k == 0 ? "mu" : "log s";
    }

    /** @throws IllegalArgumentException naming the first target that is not positive */
    @Override
    public void checkSupport(double[] y) {
        FamilyMath.positive(name(), y);
    }

    /** The normal family's fit to log y: log-normal (mu, log s) are normal parameters of log y. */
    @Override
    public double[] initialParams(double[] y) {
        return NgbNormal.of().initialParams(FamilyMath.logs(y));
    }

    @Override
    public Distribution distribution(double[][] theta) {
        return LogNormal.of(theta[0], FamilyMath.exp(theta[1]));
    }

    /**
     * -log f(y) = -log phi((log y - mu) / s) + log s + log y: the normal score of log y plus a term
     * free of theta, so the gradient is the normal one at log y.
     */
    @Override
    public void logScoreGradient(double[] theta, double y, double[] grad) {
        NgbNormal.of().logScoreGradient(theta, Math.log(y), grad);
    }

    /** The normal family's information: (mu, log s) enter as for a normal of log y. */
    @Override
    public void fisherInformation(double[] theta, double[] metric) {
        NgbNormal.of().fisherInformation(theta, metric);
    }

    @Override
    public String toString() {
        return "NgbLogNormal";
    }
}
