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
        int n = ys.length;
        switch (strategy) {
            case NORMAL: {
                double mean = 0.0;
                for (double v : ys) {
                    mean += v;
                }
                mean /= n;
                double ss = 0.0;
                for (double v : ys) {
                    ss += (v - mean) * (v - mean);
                }
                double sd = Math.sqrt(ss / n);
                if (!(sd > 0.0)) {
                    throw new IllegalArgumentException("y is constant (" + ys[0]
                        + "): strategy NORMAL needs a positive standard deviation of y");
                }
                return new Model(this, p, new double[] {mean, sd}, 0.0);
            }
            case KDE:
                return new Model(this, p, ys, KernelMixture.Bandwidth.SILVERMAN.select(ys));
            case FITTED:
                return new Model(this, p, family.fit(ys));
            default:
                return new Model(this, p, ys, 0.0);
        }
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

    /** values: the targets (EMPIRICAL, KDE) or {mean, sd} (NORMAL); h: the KDE bandwidth. */
    private static final class Model implements ProbaModel {
        private final DummyProbaRegressor regressor;
        private final int numFeatures;
        private final double[] values;
        private final double bandwidth;
        private final Distribution fitted;

        Model(DummyProbaRegressor regressor, int numFeatures, Distribution fitted) {
            this.regressor = regressor;
            this.numFeatures = numFeatures;
            this.values = null;
            this.bandwidth = 0.0;
            this.fitted = fitted;
        }

        Model(DummyProbaRegressor regressor, int numFeatures, double[] values, double bandwidth) {
            this.regressor = regressor;
            this.numFeatures = numFeatures;
            this.values = values;
            this.bandwidth = bandwidth;
            this.fitted = null;
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
            switch (regressor.strategy) {
                case NORMAL: {
                    double[] mu = new double[m];
                    double[] sd = new double[m];
                    Arrays.fill(mu, values[0]);
                    Arrays.fill(sd, values[1]);
                    return Normal.of(mu, sd);
                }
                case FITTED:
                    return IID.of(fitted, m);
                case KDE:
                    // one distribution shared by every row: stored and evaluated once
                    return IID.of(KernelMixture.of(values, KernelMixture.Kernel.GAUSSIAN, bandwidth), m);
                default:
                    return IID.of(Empirical.of(values), m);
            }
        }
    }
}
