package skpro.regression.boosting;

import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.Trigamma;

import skpro.distributions.Distribution;
import skpro.distributions.Gamma;

/**
 * The gamma family for NGBoost, theta = (log alpha, log beta), beta the rate; support (0, inf).
 *
 * <p>Log score -log f = -alpha log beta + log Gamma(alpha) - (alpha - 1) log y + beta y, gradient
 * (alpha (psi(alpha) - log beta - log y), beta y - alpha), Fisher information
 * [[alpha^2 psi'(alpha), -alpha], [-alpha, alpha]] (the (alpha, beta) information
 * [[psi'(alpha), -1/beta], [-1/beta, alpha/beta^2]] in log coordinates). Log score only.
 *
 * <p>Initial parameters (maximum likelihood): alpha solves log alpha - psi(alpha) = s with
 * s = log(mean y) - mean(log y) &gt; 0, by Newton's method from Minka's start
 * (3 - s + sqrt((s - 3)^2 + 24 s)) / (12 s); beta = alpha / mean y.
 */
public final class NgbGamma implements NgbFamily {

    private static final NgbGamma INSTANCE = new NgbGamma();

    private NgbGamma() {
    }

    /** @return the gamma family */
    public static NgbGamma of() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return "Gamma";
    }

    @Override
    public int numParams() {
        return 2;
    }

    @Override
    public String paramName(int k) {
        return k == 0 ? "log alpha" : "log beta";
    }

    /** @throws IllegalArgumentException naming the first target that is not positive */
    @Override
    public void checkSupport(double[] y) {
        FamilyMath.positive(name(), y);
    }

    @Override
    public double[] initialParams(double[] y) {
        double m = FamilyMath.mean(y);
        double ml = FamilyMath.mean(FamilyMath.logs(y));
        double s = Math.max(Math.log(m) - ml, 1e-300);
        double a = (3.0 - s + Math.sqrt((s - 3.0) * (s - 3.0) + 24.0 * s)) / (12.0 * s);
        for (int it = 0; it < 100; it++) {
            // Newton on g(a) = log a - psi(a) - s, g'(a) = 1/a - psi'(a) < 0
            double g = Math.log(a) - Digamma.value(a) - s;
            double step = g / (1.0 / a - Trigamma.value(a));
            double next = a - step;
            if (!(next > 0.0)) {
                next = 0.5 * a;
            }
            boolean done = Math.abs(next - a) <= 1e-14 * a;
            a = next;
            if (done) {
                break;
            }
        }
        return new double[] {Math.log(a), Math.log(a / m)};
    }

    @Override
    public Distribution distribution(double[][] theta) {
        return Gamma.of(FamilyMath.exp(theta[0]), FamilyMath.exp(theta[1]));
    }

    @Override
    public void logScoreGradient(double[] theta, double y, double[] grad) {
        double alpha = Math.exp(theta[0]);
        double beta = Math.exp(theta[1]);
        grad[0] = alpha * (Digamma.value(alpha) - theta[1] - Math.log(y));
        grad[1] = beta * y - alpha;
    }

    @Override
    public void fisherInformation(double[] theta, double[] metric) {
        double alpha = Math.exp(theta[0]);
        metric[0] = alpha * alpha * Trigamma.value(alpha);
        metric[1] = -alpha;
        metric[2] = -alpha;
        metric[3] = alpha;
    }

    @Override
    public String toString() {
        return "NgbGamma";
    }
}
