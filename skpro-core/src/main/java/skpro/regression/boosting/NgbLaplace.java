package skpro.regression.boosting;

import skpro.distributions.Distribution;
import skpro.distributions.Laplace;

/**
 * The Laplace family for NGBoost, theta = (mu, log b), z = (y - mu) / b.
 *
 * <p>Log score -log f = log 2 + log b + |z|, gradient (-sign(z) / b, 1 - |z|), Fisher information
 * diag(1 / b^2, 1) (|Z| is standard exponential, so E(1 - |Z|)^2 = 1).
 *
 * <p>CRPS = b (|z| + exp(-|z|) - 3/4), gradient (-sign(z) (1 - exp(-|z|)),
 * b ((1 + |z|) exp(-|z|) - 3/4)); metric U = 2 int grad F grad F^T dx = diag(1 / (2b), b / 4).
 *
 * <p>Initial parameters (maximum likelihood): the median and the log of the mean absolute
 * deviation from it.
 */
public final class NgbLaplace implements NgbFamily {

    private static final NgbLaplace INSTANCE = new NgbLaplace();

    private NgbLaplace() {
    }

    /** @return the Laplace family */
    public static NgbLaplace of() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return "Laplace";
    }

    @Override
    public int numParams() {
        return 2;
    }

    @Override
    public String paramName(int k) {
        return k == 0 ? "mu" : "log b";
    }

    /** Every finite value is in the support. */
    @Override
    public void checkSupport(double[] y) {
        // the real line
    }

    @Override
    public double[] initialParams(double[] y) {
        double med = FamilyMath.median(y);
        double mad = 0.0;
        for (double v : y) {
            mad += Math.abs(v - med);
        }
        return new double[] {med, Math.log(mad / y.length)};
    }

    @Override
    public Distribution distribution(double[][] theta) {
        return Laplace.of(theta[0], FamilyMath.exp(theta[1]));
    }

    @Override
    public void logScoreGradient(double[] theta, double y, double[] grad) {
        double b = Math.exp(theta[1]);
        double z = (y - theta[0]) / b;
        grad[0] = -Math.signum(z) / b;
        grad[1] = 1.0 - Math.abs(z);
    }

    @Override
    public void fisherInformation(double[] theta, double[] metric) {
        metric[0] = Math.exp(-2.0 * theta[1]);
        metric[1] = 0.0;
        metric[2] = 0.0;
        metric[3] = 1.0;
    }

    @Override
    public boolean hasCrps() {
        return true;
    }

    @Override
    public void crpsGradient(double[] theta, double y, double[] grad) {
        double b = Math.exp(theta[1]);
        double z = (y - theta[0]) / b;
        double a = Math.abs(z);
        double e = Math.exp(-a);
        grad[0] = -Math.signum(z) * (1.0 - e);
        grad[1] = b * ((1.0 + a) * e - 0.75);
    }

    @Override
    public void crpsMetric(double[] theta, double[] metric) {
        double b = Math.exp(theta[1]);
        metric[0] = 0.5 / b;
        metric[1] = 0.0;
        metric[2] = 0.0;
        metric[3] = 0.25 * b;
    }

    @Override
    public String toString() {
        return "NgbLaplace";
    }
}
