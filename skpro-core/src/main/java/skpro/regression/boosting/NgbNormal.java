package skpro.regression.boosting;

import skpro.distributions.Distribution;
import skpro.distributions.Normal;

/**
 * The normal family for NGBoost, theta = (mu, log sigma), z = (y - mu) / sigma.
 *
 * <p>Log score -log f = log sigma + log(2 pi) / 2 + z^2 / 2, gradient (-z / sigma, 1 - z^2),
 * Fisher information diag(1 / sigma^2, 2).
 *
 * <p>CRPS = sigma (z (2 Phi(z) - 1) + 2 phi(z) - 1 / sqrt(pi)), gradient
 * (1 - 2 Phi(z), sigma (2 phi(z) - 1 / sqrt(pi))); metric U = 2 int grad F grad F^T dx =
 * diag(1 / (sigma sqrt(pi)), sigma / (2 sqrt(pi))) (from int phi^2 = 1 / (2 sqrt(pi)) and
 * int z^2 phi^2 = 1 / (4 sqrt(pi))). The Python ngboost uses sigma times this metric; this one is
 * the definition's.
 *
 * <p>Initial parameters: the sample mean and the log of the standard deviation (ddof = 0).
 */
public final class NgbNormal implements NgbFamily {

    private static final NgbNormal INSTANCE = new NgbNormal();

    private NgbNormal() {
    }

    /** @return the normal family */
    public static NgbNormal of() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return "Normal";
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
        double m = FamilyMath.mean(y);
        return new double[] {m, Math.log(FamilyMath.sd(y, m))};
    }

    @Override
    public Distribution distribution(double[][] theta) {
        return Normal.of(theta[0], FamilyMath.exp(theta[1]));
    }

    @Override
    public void logScoreGradient(double[] theta, double y, double[] grad) {
        double sigma = Math.exp(theta[1]);
        double z = (y - theta[0]) / sigma;
        grad[0] = -z / sigma;
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
    public boolean hasCrps() {
        return true;
    }

    @Override
    public void crpsGradient(double[] theta, double y, double[] grad) {
        double sigma = Math.exp(theta[1]);
        double z = (y - theta[0]) / sigma;
        grad[0] = 1.0 - 2.0 * FamilyMath.bigPhi(z);
        grad[1] = sigma * (2.0 * FamilyMath.phi(z) - 1.0 / FamilyMath.SQRT_PI);
    }

    @Override
    public void crpsMetric(double[] theta, double[] metric) {
        double sigma = Math.exp(theta[1]);
        metric[0] = 1.0 / (sigma * FamilyMath.SQRT_PI);
        metric[1] = 0.0;
        metric[2] = 0.0;
        metric[3] = sigma / (2.0 * FamilyMath.SQRT_PI);
    }

    @Override
    public String toString() {
        return "NgbNormal";
    }
}
