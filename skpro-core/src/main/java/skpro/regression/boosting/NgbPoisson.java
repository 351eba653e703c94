package skpro.regression.boosting;

import skpro.distributions.Distribution;
import skpro.distributions.Poisson;

/**
 * The Poisson family for NGBoost, theta = log mu; support the non-negative integers.
 *
 * <p>Log score -log p = mu - k theta + log k!, gradient mu - k, Fisher information mu (the
 * variance of K). Log score only. Initial parameter: log(mean y).
 */
public final class NgbPoisson implements NgbFamily {

    private static final NgbPoisson INSTANCE = new NgbPoisson();

    private NgbPoisson() {
    }

    /** @return the Poisson family */
    public static NgbPoisson of() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return "Poisson";
    }

    @Override
    public int numParams() {
        return 1;
    }

    @Override
    public String paramName(int k) {
        return "log mu";
    }

    /** @throws IllegalArgumentException naming the first target that is not a non-negative integer */
    @Override
    public void checkSupport(double[] y) {
        for (int i = 0; i < y.length; i++) {
            if (!(y[i] >= 0.0) || y[i] != Math.rint(y[i])) {
                throw new IllegalArgumentException("y[" + i + "] = " + y[i]
                    + " is outside the support {0, 1, 2, ...} of the Poisson family");
            }
        }
    }

    @Override
    public double[] initialParams(double[] y) {
        return new double[] {Math.log(FamilyMath.mean(y))};
    }

    @Override
    public Distribution distribution(double[][] theta) {
        return Poisson.of(FamilyMath.exp(theta[0]));
    }

    @Override
    public void logScoreGradient(double[] theta, double y, double[] grad) {
        grad[0] = Math.exp(theta[0]) - y;
    }

    @Override
    public void fisherInformation(double[] theta, double[] metric) {
        metric[0] = Math.exp(theta[0]);
    }

    @Override
    public String toString() {
        return "NgbPoisson";
    }
}
