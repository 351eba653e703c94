package skpro.regression.boosting;

import skpro.distributions.Distribution;
import skpro.distributions.Exponential;

/**
 * The exponential family for NGBoost, theta = log rate (lambda = e^theta), support [0, inf).
 *
 * <p>Log score -log f = -theta + lambda y, gradient lambda y - 1, Fisher information 1
 * (lambda Y is standard exponential).
 *
 * <p>CRPS = y + (2 exp(-lambda y) - 3/2) / lambda, gradient
 * -2 y exp(-lambda y) - (2 exp(-lambda y) - 3/2) / lambda; metric U = 2 int (d F / d theta)^2 dx
 * = 2 int (lambda x e^(-lambda x))^2 dx = 1 / (2 lambda).
 *
 * <p>Initial parameter: log(1 / mean y).
 */
public final class NgbExponential implements NgbFamily {

    private static final NgbExponential INSTANCE = new NgbExponential();

    private NgbExponential() {
    }

    /** @return the exponential family */
    public static NgbExponential of() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return "Exponential";
    }

    @Override
    public int numParams() {
        return 1;
    }

    @Override
    public String paramName(int k) {
        return "log rate";
    }

    /** @throws IllegalArgumentException naming the first negative target */
    @Override
    public void checkSupport(double[] y) {
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0.0) {
                throw new IllegalArgumentException("y[" + i + "] = " + y[i]
                    + " is outside the support [0, inf) of the Exponential family");
            }
        }
    }

    @Override
    public double[] initialParams(double[] y) {
        return new double[] {-Math.log(FamilyMath.mean(y))};
    }

    @Override
    public Distribution distribution(double[][] theta) {
        return Exponential.of(FamilyMath.exp(theta[0]));
    }

    @Override
    public void logScoreGradient(double[] theta, double y, double[] grad) {
        grad[0] = Math.exp(theta[0]) * y - 1.0;
    }

    @Override
    public void fisherInformation(double[] theta, double[] metric) {
        metric[0] = 1.0;
    }

    @Override
    public boolean hasCrps() {
        return true;
    }

    @Override
    public void crpsGradient(double[] theta, double y, double[] grad) {
        double rate = Math.exp(theta[0]);
        double e = Math.exp(-rate * y);
        grad[0] = -2.0 * y * e - (2.0 * e - 1.5) / rate;
    }

    @Override
    public void crpsMetric(double[] theta, double[] metric) {
        metric[0] = 0.5 / Math.exp(theta[0]);
    }

    @Override
    public String toString() {
        return "NgbExponential";
    }
}
