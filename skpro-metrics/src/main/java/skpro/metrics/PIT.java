package skpro.metrics;

import java.util.Arrays;
import java.util.random.RandomGenerator;

import skpro.distributions.Distribution;
import skpro.metrics.internal.MetricChecks;

/**
 * Probability integral transform (PIT) values of predictions and their calibration diagnostics.
 * For a prediction F_i and an observation y_i the PIT value is F_i(y_i); if y_i is a draw from
 * a continuous F_i, it is uniform on [0, 1], so a histogram of PIT values that is far from flat
 * reveals bias (slope) or wrong spread (U shape: too narrow, hump: too wide) (Dawid 1984;
 * Gneiting, Balabdaoui and Raftery 2007).
 *
 * <p>For discrete and mixed predictions F_i(y_i) is not uniform even for a calibrated
 * prediction. Two corrections, with F(y-) = P(X &lt; y) = F(nextDown(y)):
 * <ul>
 * <li>{@link #randomised}: F(y-) + V (F(y) - F(y-)), V uniform on [0, 1) from the given
 *     generator (Brockwell 2007; Czado, Gneiting and Held 2009): exactly uniform under
 *     calibration;</li>
 * <li>{@link #mid}: the mid-PIT (F(y-) + F(y)) / 2, deterministic; its mean is 1/2 under
 *     calibration, but its histogram is not flat (it puts the mass of each atom at its middle).</li>
 * </ul>
 * For continuous predictions all three agree (up to the one-ulp step of F(nextDown(y))).
 *
 * <p>Diagnostics: {@link #histogram} counts PIT values in B equal bins and
 * {@link #calibrationError} is the exact L1 distance between the empirical cdf of the PIT
 * values and the uniform cdf.
 */
public final class PIT {

    private PIT() {
    }

    /**
     * @param yTrue one finite observation per row
     * @param yPred the predictions
     * @return F_i(y_i) per row
     * @throws IllegalArgumentException if an argument is null, the lengths differ or an
     *     observation is not finite
     */
    public static double[] values(double[] yTrue, Distribution yPred) {
        MetricChecks.observations(yTrue, yPred);
        return yPred.cdf(yTrue);
    }

    /**
     * The mid-PIT, (F_i(y_i-) + F_i(y_i)) / 2.
     *
     * @param yTrue one finite observation per row
     * @param yPred the predictions
     * @return the mid-PIT per row
     * @throws IllegalArgumentException as {@link #values}
     */
    public static double[] mid(double[] yTrue, Distribution yPred) {
        MetricChecks.observations(yTrue, yPred);
        double[] upper = yPred.cdf(yTrue);
        double[] lower = yPred.cdf(below(yTrue));
        for (int i = 0; i < upper.length; i++) {
            upper[i] = 0.5 * (lower[i] + upper[i]);
        }
        return upper;
    }

    /**
     * The randomised PIT, F_i(y_i-) + V_i (F_i(y_i) - F_i(y_i-)), V_i uniform on [0, 1) drawn
     * from {@code rng} in row order (one draw per row, also for continuous rows).
     *
     * @param yTrue one finite observation per row
     * @param yPred the predictions
     * @param rng the generator; the same state gives the same values
     * @return the randomised PIT per row
     * @throws IllegalArgumentException as {@link #values}, or if rng is null
     */
    public static double[] randomised(double[] yTrue, Distribution yPred, RandomGenerator rng) {
        MetricChecks.observations(yTrue, yPred);
        MetricChecks.notNull("rng", rng);
        double[] upper = yPred.cdf(yTrue);
        double[] lower = yPred.cdf(below(yTrue));
        for (int i = 0; i < upper.length; i++) {
            upper[i] = lower[i] + rng.nextDouble() * (upper[i] - lower[i]);
        }
        return upper;
    }

    private static double[] below(double[] y) {
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = Math.nextDown(y[i]);
        }
        return out;
    }

    /**
     * Counts of PIT values in B equal bins [0, 1/B), [1/B, 2/B), ..., [(B-1)/B, 1] (the last one
     * closed); value v falls in bin min(floor(v B), B - 1).
     *
     * @param pit PIT values, each in [0, 1]
     * @param bins the number of bins B, at least 1
     * @return B counts summing to {@code pit.length}
     * @throws IllegalArgumentException if pit is null or empty, a value is not in [0, 1], or
     *     bins &lt; 1
     */
    public static int[] histogram(double[] pit, int bins) {
        checkPit(pit);
        MetricChecks.atLeastOne("bins", bins);
        int[] out = new int[bins];
        for (double v : pit) {
            out[Math.min((int) (v * bins), bins - 1)]++;
        }
        return out;
    }

    /**
     * Calibration error: the area between the empirical cdf G of the PIT values and the uniform
     * cdf, {@code int_0^1 |G(u) - u| du}, computed exactly (G is a step function; each step
     * contributes the integral of |k/N - u| over it). It is 1/(4N) for the equally spaced values
     * (k - 1/2)/N, 1/2 when every value is 0 (or every value is 1), and for N values of a
     * calibrated prediction about sqrt(2 pi) / (8 sqrt(N)) = 0.313 / sqrt(N) on average (the
     * mean L1 norm of a Brownian bridge). Unlike {@link AUCalibration}, a Riemann sum at the order
     * statistics, this is the area itself. Lower is better.
     *
     * @param pit PIT values, each in [0, 1]
     * @return the area, in (0, 1/2]
     * @throws IllegalArgumentException if pit is null or empty, or a value is not in [0, 1]
     */
    public static double calibrationError(double[] pit) {
        checkPit(pit);
        double[] v = pit.clone();
        Arrays.sort(v);
        int n = v.length;
        double area = 0.0;
        double start = 0.0;
        for (int k = 0; k <= n; k++) {
            double end = k < n ? v[k] : 1.0;
            area += absoluteArea((double) k / n, start, end);
            start = end;
        }
        return area;
    }

    /** int_a^b |c - u| du for a &le; b. */
    private static double absoluteArea(double c, double a, double b) {
        if (!(b > a)) {
            return 0.0;
        }
        if (c <= a) {
            return 0.5 * ((b - c) * (b - c) - (a - c) * (a - c));
        }
        if (c >= b) {
            return 0.5 * ((c - a) * (c - a) - (c - b) * (c - b));
        }
        return 0.5 * ((c - a) * (c - a) + (b - c) * (b - c));
    }

    private static void checkPit(double[] pit) {
        MetricChecks.notNull("pit", pit);
        if (pit.length == 0) {
            throw new IllegalArgumentException("pit must not be empty");
        }
        for (int i = 0; i < pit.length; i++) {
            if (!(pit[i] >= 0.0 && pit[i] <= 1.0)) {
                throw new IllegalArgumentException("pit[" + i + "] must be in [0, 1], got " + pit[i]);
            }
        }
    }
}
