package skpro.regression.conformal;

import skpro.distributions.Distribution;
import skpro.distributions.Empirical;
import skpro.regression.ProbaModel;
import skpro.regression.ProbaRegressor;
import skpro.regression.internal.DataChecks;

/**
 * Base of the fitted conformal models: per row, a nested family of intervals indexed by pieces of
 * the coverage axis, from which both the intervals and the predictive distribution are read, so
 * that the two agree exactly.
 *
 * <p>The coverage axis (0, 1) is cut at increasing ends e_0 &lt; ... &lt; e_{K-1} &lt; 1; a
 * coverage c is served by piece k, the first with e_k &ge; c (up to a tie tolerance of 2e-10),
 * whose interval is [lower_k(x), upper_k(x)]. Coverages above e_{K-1} would need an infinite
 * interval and are rejected. For the order-statistic methods e_k = (k + 1)/(n + 1), k = 0..n-1,
 * and piece k is the conformal interval built on the (k+1)-th smallest score. Before use the
 * family is made nested (running minimum of the lower ends, running maximum of the upper ends over
 * k), which changes nothing where it is nested already and otherwise only widens.
 *
 * <p>The predictive distribution is the {@link Empirical} putting weight (e_k - e_{k-1})/2 (e_{-1}
 * = 0) on lower_k and the same on upper_k, plus the unservable mass (1 - e_{K-1})/2 on each of the
 * two extreme values lower_{K-1}, upper_{K-1} (where the infinite atoms of the conformal
 * predictive distribution belong). Its central interval at coverage c is then [lower_k, upper_k]
 * for the piece k serving c. The generalised inverse of an Empirical resolves ties at piece ends
 * differently in the two tails; to make both tails break ties the way {@link #predictInterval}
 * does, 1e-10 of weight is moved from the lowest and the highest value to upper_0.
 */
abstract class ConformalModel implements ProbaModel {

    /** Weight moved at the ends so that both tails resolve ties at piece ends alike. */
    static final double TILT = 1e-10;

    private final ProbaRegressor regressor;
    private final int numFeatures;
    private final double[] ends;
    private final int scores;
    private final String scoreName;

    /**
     * @param regressor the regressor that made the model
     * @param numFeatures columns at fit time
     * @param ends the increasing piece ends, in (0, 1)
     * @param scores the number n of scores, for messages
     * @param scoreName what the scores are called in messages
     */
    ConformalModel(ProbaRegressor regressor, int numFeatures, double[] ends, int scores, String scoreName) {
        this.regressor = regressor;
        this.numFeatures = numFeatures;
        this.ends = ends;
        this.scores = scores;
        this.scoreName = scoreName;
    }

    /** @return ends (k + 1)/(n + 1), k = 0..n-1, of the order-statistic methods */
    static double[] orderStatisticEnds(int n) {
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            out[k] = (k + 1) / (n + 1.0);
        }
        return out;
    }

    /**
     * The per-row interval families for validated rows.
     *
     * @param x validated features
     * @return a filler for the rows of x
     */
    abstract Bands bands(double[][] x);

    /** Per-row nested intervals of one prediction call. */
    interface Bands {
        /**
         * @param i a row of x
         * @param lower receives lower_k, k = 0..K-1
         * @param upper receives upper_k
         */
        void fill(int i, double[] lower, double[] upper);

        /**
         * Only for families nested by construction (the order-statistic methods), which may
         * answer one piece faster than {@link #fill}.
         *
         * @param i a row of x
         * @param k a piece
         * @param out receives {lower_k, upper_k}
         * @return whether out was filled (false: use {@link #fill})
         */
        default boolean piece(int i, int k, double[] out) {
            return false;
        }
    }

    @Override
    public final ProbaRegressor regressor() {
        return regressor;
    }

    @Override
    public final int numFeatures() {
        return numFeatures;
    }

    /** @return the number of scores (calibration scores or residuals) behind the intervals */
    public final int numScores() {
        return scores;
    }

    /**
     * @param coverage a coverage in (0, 1)
     * @return the index of the piece serving it
     * @throws IllegalArgumentException if coverage is not in (0, 1), or needs more scores than
     *     the model has (the message states the minimum n &ge; 1/(1 - coverage) - 1)
     */
    final int piece(double coverage) {
        if (!(coverage > 0.0 && coverage < 1.0)) {
            throw new IllegalArgumentException("coverage must be in (0, 1), got " + coverage);
        }
        double c = coverage - 2.0 * TILT;
        int lo = 0;
        int hi = ends.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] >= c) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        if (lo == ends.length) {
            long minimum = (long) Math.ceil(c / (1.0 - c) - 1e-9);
            throw new IllegalArgumentException("coverage " + coverage + " needs at least " + minimum + " "
                + scoreName + " (n >= 1/(1 - coverage) - 1), this model has " + scores
                + "; ask for a coverage of at most " + ends[ends.length - 1] + " or provide more data");
        }
        return lo;
    }

    /** Fills row i and makes it nested (running min of lower, running max of upper). */
    private static void nested(Bands b, int i, double[] lower, double[] upper) {
        b.fill(i, lower, upper);
        for (int k = 1; k < lower.length; k++) {
            lower[k] = Math.min(lower[k], lower[k - 1]);
            upper[k] = Math.max(upper[k], upper[k - 1]);
        }
    }

    /**
     * @throws IllegalArgumentException as {@link ProbaModel#predictInterval}, or if the coverage
     *     needs more scores than the model has: coverage c needs n &ge; 1/(1 - c) - 1 (the
     *     interval would otherwise be infinite)
     */
    @Override
    public double[][] predictInterval(double[][] x, double coverage) {
        DataChecks.featuresFor(x, numFeatures);
        int k = piece(coverage);
        Bands b = DataChecks.validated(x, () -> bands(x));
        double[] lower = new double[ends.length];
        double[] upper = new double[ends.length];
        double[][] out = new double[x.length][2];
        for (int i = 0; i < x.length; i++) {
            if (!b.piece(i, k, out[i])) {
                nested(b, i, lower, upper);
                out[i][0] = lower[k];
                out[i][1] = upper[k];
            }
        }
        return out;
    }

    /**
     * The conformal predictive distribution described in the class comment; quantiles at levels
     * below 1/(2(n + 1)) or above 1 - 1/(2(n + 1)) are the extreme values (where the conformal
     * distribution has its atoms at -inf and +inf).
     */
    @Override
    public Distribution predictProba(double[][] x) {
        DataChecks.featuresFor(x, numFeatures);
        Bands b = DataChecks.validated(x, () -> bands(x));
        int kk = ends.length;
        double[] w = new double[2 * kk];
        for (int k = 0; k < kk; k++) {
            double width = 0.5 * (ends[k] - (k == 0 ? 0.0 : ends[k - 1]));
            w[kk - 1 - k] = width;
            w[kk + k] = width;
        }
        double tail = 0.5 * (1.0 - ends[kk - 1]);
        w[0] += tail - TILT;
        w[2 * kk - 1] += tail - TILT;
        w[kk] += 2.0 * TILT;
        double[][] samples = new double[x.length][2 * kk];
        double[][] weights = new double[x.length][];
        double[] lower = new double[kk];
        double[] upper = new double[kk];
        for (int i = 0; i < x.length; i++) {
            nested(b, i, lower, upper);
            double[] row = samples[i];
            for (int k = 0; k < kk; k++) {
                row[kk - 1 - k] = lower[k];
                row[kk + k] = upper[k];
            }
            weights[i] = w;
        }
        return Empirical.of(samples, weights);
    }
}
