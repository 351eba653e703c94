package skpro.regression.baselines;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

import skpro.distributions.Distribution;
import skpro.distributions.Empirical;
import skpro.distributions.IID;
import skpro.distributions.KernelMixture;
import skpro.distributions.Normal;
import skpro.regression.Params;
import skpro.regression.ProbaModel;
import skpro.regression.ProbaRegressor;
import skpro.regression.fit.ParametricFamily;
import skpro.regression.internal.DataChecks;
import skpro.regression.internal.SampleWeights;

/**
 * The uninformed baseline (skpro's {@code DummyProbaRegressor}): ignores X and predicts, for every
 * row, one distribution fitted to the training targets y_1..y_n. X is still validated at fit and
 * at predict, where it must have the training number of columns.
 *
 * <ul>
 * <li>{@link Strategy#EMPIRICAL} (default): the empirical distribution of y_1..y_n, each with
 *     weight 1/n.</li>
 * <li>{@link Strategy#NORMAL}: N(ybar, s^2) with ybar = (1/n) sum y_i and the ddof = 0 standard
 *     deviation s = sqrt((1/n) sum (y_i - ybar)^2), as skpro; needs s &gt; 0.</li>
 * <li>{@link Strategy#KDE}: the Gaussian kernel density estimate centred at y_1..y_n with
 *     Silverman's bandwidth h = (4 / (3n))^(1/5) s_1, s_1 the ddof = 1 standard deviation
 *     ({@link KernelMixture.Bandwidth#SILVERMAN}).</li>
 * <li>{@link Strategy#FITTED}: the maximum-likelihood member of {@code family}
 *     ({@link ParametricFamily#fit}), e.g. a gamma or Student t fitted to y.</li>
 * </ul>
 * Every strategy but FITTED takes sample weights ({@link #fit(double[][], double[], double[])}).
 *
 * <p>Parameters: {@code strategy} (a {@link Strategy}), {@code family} (a {@link ParametricFamily},
 * used by FITTED; default NORMAL).
 */
public final class DummyProbaRegressor implements ProbaRegressor {

    /** What distribution of the training targets is predicted. */
    public enum Strategy {
        /** The empirical distribution of the training targets. */
        EMPIRICAL,
        /** The normal with the training mean and ddof = 0 standard deviation. */
        NORMAL,
        /** The Gaussian kernel density estimate with Silverman's bandwidth. */
        KDE,
        /** The maximum-likelihood member of a parametric family. */
        FITTED
    }

    private final Strategy strategy;
    private final ParametricFamily family;

    private DummyProbaRegressor(Strategy strategy) {
        this(strategy, ParametricFamily.NORMAL);
    }

    private DummyProbaRegressor(Strategy strategy, ParametricFamily family) {
        this.strategy = strategy;
        this.family = family;
    }

    /**
     * @param newFamily the parametric family to fit by maximum likelihood
     * @return a copy with strategy FITTED and that family
     * @throws IllegalArgumentException if it is null
     */
    public DummyProbaRegressor withFamily(ParametricFamily newFamily) {
        if (newFamily == null) {
            throw new IllegalArgumentException("family must not be null");
        }
        return new DummyProbaRegressor(Strategy.FITTED, newFamily);
    }

    private DummyProbaRegressor withFamilyOnly(ParametricFamily newFamily) {
        if (newFamily == null) {
            throw new IllegalArgumentException("family must not be null");
        }
        return new DummyProbaRegressor(strategy, newFamily);
    }

    /** @return the family fitted by strategy FITTED */
    public ParametricFamily family() {
        return family;
    }

    /** @return the empirical baseline */
    public static DummyProbaRegressor of() {
        return new DummyProbaRegressor(Strategy.EMPIRICAL);
    }

    /**
     * @param strategy the strategy
     * @return the baseline with that strategy
     * @throws IllegalArgumentException if strategy is null
     */
    public static DummyProbaRegressor of(Strategy strategy) {
        if (strategy == null) {
            throw new IllegalArgumentException("strategy must not be null");
        }
        return new DummyProbaRegressor(strategy);
    }

    /** @return the strategy */
    public Strategy strategy() {
        return strategy;
    }

    /**
     * @param newStrategy the strategy
     * @return a copy with it
     * @throws IllegalArgumentException if it is null
     */
    public DummyProbaRegressor withStrategy(Strategy newStrategy) {
        return of(newStrategy);
    }

    /**
     * @throws IllegalArgumentException if X is empty, ragged or not finite, y's length differs or
     *     a target is not finite, or (strategy NORMAL) y is constant, so its standard deviation is 0
     */
    @Override
    public ProbaModel fit(double[][] x, double[] y) {
        int p = DataChecks.features(x);
        DataChecks.targets(x, y);
        double[] ys = y.clone();
        switch (strategy) {
            case NORMAL:
                return normal(p, ys, null);
            case KDE:
                return new Model(this, p, KernelMixture.of(ys, KernelMixture.Kernel.GAUSSIAN,
                    KernelMixture.Bandwidth.SILVERMAN.select(ys)));
            case FITTED:
                return new Model(this, p, family.fit(ys));
            default:
                return new Model(this, p, Empirical.of(ys));
        }
    }

    /**
     * Fits to the targets weighted by w_i (targets of weight 0 are left out; equal weights give
     * {@link #fit(double[][], double[])}):
     * <ul>
     * <li>EMPIRICAL: the empirical distribution putting weight w_i / W on y_i, W = sum_i w_i;</li>
     * <li>NORMAL: N(m, s^2) with the weighted mean m = sum_i w_i y_i / W and the weighted
     *     ddof = 0 standard deviation s = sqrt(sum_i w_i (y_i - m)^2 / W);</li>
     * <li>KDE: the mixture sum_i (w_i / W) N(y_i, h^2), with Silverman's bandwidth
     *     h = (4 / (3 n_eff))^(1/5) s_1 for Kish's effective sample size n_eff = W^2 / sum_i w_i^2
     *     and s_1^2 = sum_i w_i (y_i - m)^2 / (W - sum_i w_i^2 / W) (s_1 = 1 where that is not
     *     positive), as scipy's weighted {@code gaussian_kde}; with equal weights these are n and
     *     the ddof = 1 standard deviation. Unlike the other strategies this is not the fit on the
     *     targets repeated w_i times (whose bandwidth would shrink with W instead of n_eff). It is
     *     a weighted {@link KernelMixture}, with the unweighted KDE's methods and costs.</li>
     * </ul>
     * For EMPIRICAL and NORMAL an integer weight w is w copies of the target.
     *
     * @throws IllegalArgumentException as {@link ProbaRegressor#fit(double[][], double[], double[])},
     *     or (strategy NORMAL) if the targets of positive weight are all equal
     */
    @Override
    public ProbaModel fit(double[][] x, double[] y, double[] sampleWeight) {
        int p = DataChecks.features(x);
        DataChecks.targets(x, y);
        if (DataChecks.weights(x, sampleWeight)) {
            return fit(x, y);
        }
        if (strategy == Strategy.FITTED) {
            throw new UnsupportedOperationException("DummyProbaRegressor does not support sample weights with "
                + "strategy FITTED: its maximum-likelihood fitters are unweighted");
        }
        SampleWeights.Rows rows = SampleWeights.positive(x, y, sampleWeight);
        double[] ys = rows.y().clone();
        double[] ws = rows.weights().clone();
        switch (strategy) {
            case NORMAL:
                return normal(p, ys, ws);
            case KDE:
                return new Model(this, p, weightedKde(ys, ws));
            default:
                return new Model(this, p, Empirical.of(ys, ws));
        }
    }

    /** @return true for every strategy but FITTED (its fitters are unweighted) */
    @Override
    public boolean supportsSampleWeight() {
        return strategy != Strategy.FITTED;
    }

    private Model normal(int p, double[] ys, double[] ws) {
        double sd = SampleWeights.std(ys, ws);
        if (!(sd > 0.0)) {
            throw new IllegalArgumentException("y is constant (" + ys[0]
                + "): strategy NORMAL needs a positive standard deviation of y");
        }
        return new Model(this, p, SampleWeights.mean(ys, ws), sd);
    }

    /** The weighted Gaussian kernel density estimate of {@link #fit(double[][], double[], double[])}. */
    private static Distribution weightedKde(double[] ys, double[] ws) {
        double total = 0.0;
        double squares = 0.0;
        for (double w : ws) {
            total += w;
            squares += w * w;
        }
        double mean = SampleWeights.mean(ys, ws);
        double ss = 0.0;
        for (int i = 0; i < ys.length; i++) {
            ss += ws[i] * (ys[i] - mean) * (ys[i] - mean);
        }
        double s = Math.sqrt(ss / (total - squares / total));
        if (!(s > 0.0 && s < Double.POSITIVE_INFINITY)) {
            s = 1.0;
        }
        double h = Math.pow(4.0 / (3.0 * SampleWeights.effectiveSize(ws)), 0.2) * s;
        return KernelMixture.of(new double[][] {ys}, new double[][] {ws}, KernelMixture.Kernel.GAUSSIAN,
            new double[] {h});
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("strategy", strategy, "family", family);
    }

    @Override
    public DummyProbaRegressor withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("DummyProbaRegressor", params(), changes);
        return of((Strategy) p.get("strategy")).withFamilyOnly((ParametricFamily) p.get("family"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DummyProbaRegressor d && d.strategy == strategy && d.family == family;
    }

    @Override
    public int hashCode() {
        return Objects.hash(DummyProbaRegressor.class, strategy, family);
    }

    @Override
    public String toString() {
        return "DummyProbaRegressor(strategy=" + strategy + (strategy == Strategy.FITTED ? ", family=" + family : "")
            + ")";
    }

    /** A fitted baseline: one-row distribution {@code one} (EMPIRICAL, KDE) or (NORMAL) mean and sd. */
    private static final class Model implements ProbaModel {
        private final DummyProbaRegressor regressor;
        private final int numFeatures;
        private final Distribution one;
        private final double mean;
        private final double sd;

        Model(DummyProbaRegressor regressor, int numFeatures, Distribution one) {
            this(regressor, numFeatures, one, Double.NaN, Double.NaN);
        }

        Model(DummyProbaRegressor regressor, int numFeatures, double mean, double sd) {
            this(regressor, numFeatures, null, mean, sd);
        }

        private Model(DummyProbaRegressor regressor, int numFeatures, Distribution one, double mean, double sd) {
            this.regressor = regressor;
            this.numFeatures = numFeatures;
            this.one = one;
            this.mean = mean;
            this.sd = sd;
        }

        @Override
        public ProbaRegressor regressor() {
            return regressor;
        }

        @Override
        public int numFeatures() {
            return numFeatures;
        }

        @Override
        public Distribution predictProba(double[][] x) {
            DataChecks.featuresFor(x, numFeatures);
            int m = x.length;
            if (one == null) {
                double[] mu = new double[m];
                double[] sigma = new double[m];
                Arrays.fill(mu, mean);
                Arrays.fill(sigma, sd);
                return Normal.of(mu, sigma);
            }
            // one distribution shared by every row: stored and evaluated once
            return IID.of(one, m);
        }
    }
}
