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

    @Override
    public double[] initialParams(double[] y) {
        double[] w = FamilyMath.logs(y);
        double m = FamilyMath.mean(w);
        return new double[] {m, Math.log(FamilyMath.sd(w, m))};
    }

    @Override
    public Distribution distribution(double[][] theta) {
        return LogNormal.of(theta[0], FamilyMath.exp(theta[1]));
    }

    @Override
    public void logScoreGradient(double[] theta, double y, double[] grad) {
        double s = Math.exp(theta[1]);
        double z = (Math.log(y) - theta[0]) / s;
        grad[0] = -z / s;
        grad[1] = 1.0 - z * z;
    }

    @Override
    public void fisherInformation(double[] theta, double[] metric) {
        metric[0] = Math.exp(-2.0 * theta[1]);
        metric[1] = 0.0;
        metric[2] = 0.0;
        metric[3] = 2.0;
    }

    @Override
    public String toString() {
        return "NgbLogNormal";
    }
}
