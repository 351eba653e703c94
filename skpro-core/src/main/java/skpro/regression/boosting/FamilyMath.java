package skpro.regression.boosting;

import org.apache.commons.numbers.gamma.Erfc;

/** Shared helpers of the NGBoost families: moments of the targets and the standard normal. */
final class FamilyMath {

    static final double SQRT_PI = Math.sqrt(Math.PI);
    private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2.0 * Math.PI);

    private FamilyMath() {
    }

    /** @return the mean of y */
    static double mean(double[] y) {
        double s = 0.0;
        for (double v : y) {
            s += v;
        }
        return s / y.length;
    }

    /** @return the population standard deviation (ddof = 0) of y around m */
    static double sd(double[] y, double m) {
        double ss = 0.0;
        for (double v : y) {
            ss += (v - m) * (v - m);
        }
        return Math.sqrt(ss / y.length);
    }

    /** @return log y element-wise (y &gt; 0) */
    static double[] logs(double[] y) {
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = Math.log(y[i]);
        }
        return out;
    }

    /** @return the median of y */
    static double median(double[] y) {
        double[] s = y.clone();
        java.util.Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }

    /** @return the standard normal density */
    static double phi(double z) {
        return INV_SQRT_2PI * Math.exp(-0.5 * z * z);
    }

    /** @return the standard normal cdf, erfc(-z / sqrt 2) / 2 */
    static double bigPhi(double z) {
        return 0.5 * Erfc.value(-z / Math.sqrt(2.0));
    }

    /** @return exp of each value of a column */
    static double[] exp(double[] t) {
        double[] out = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            out[i] = Math.exp(t[i]);
        }
        return out;
    }

    /**
     * @throws IllegalArgumentException naming the first row whose target is not positive
     */
    static void positive(String family, double[] y) {
        for (int i = 0; i < y.length; i++) {
            if (!(y[i] > 0.0)) {
                throw new IllegalArgumentException("y[" + i + "] = " + y[i] + " is outside the support (0, inf) of the "
                    + family + " family");
            }
        }
    }
}
