package skpro.regression.compose;

import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

import skpro.distributions.Cauchy;
import skpro.distributions.Distribution;
import skpro.distributions.IID;
import skpro.distributions.Laplace;
import skpro.distributions.MeanScale;
import skpro.distributions.Normal;
import skpro.distributions.TDistribution;
import skpro.regression.Params;
import skpro.regression.PointModel;
import skpro.regression.ProbaModel;
import skpro.regression.ProbaRegressor;
import skpro.regression.Regressor;
import skpro.regression.baselines.MeanRegressor;
import skpro.regression.internal.DataChecks;
import skpro.regression.internal.SampleWeights;

/**
 * Residual doubling (skpro's {@code ResidualDouble}): one point regressor for the location, a
 * second one for the scale of the residual.
 *
 * <p>Fit on (X, y): the location model mhat = estimator.fit(X, y); residuals r_i = y_i - m_i with
 * m_i = mhat(x_i) in-sample (skpro's default) or, with {@link #withCrossFitting cross-fitting}
 * over k folds, m_i predicted by a location model fitted without the fold of row i; then the
 * residual model shat = residualEstimator.fit(X, t(r)) on transformed residuals t(r_i):
 * <ul>
 * <li>{@link ResidualTransform#ABSOLUTE} (default): t(r) = |r|, scale s(x) = shat(x);</li>
 * <li>{@link ResidualTransform#SQUARED}: t(r) = r^2, s(x) = sqrt(max(shat(x), 0)) (skpro uses
 *     the predicted variance itself as the scale, a bug not copied);</li>
 * <li>{@link ResidualTransform#LOG}: t(r) = log(max(|r|, minScale)), s(x) = exp(shat(x)).</li>
 * </ul>
 * The scale is then clipped from below, sigma(x) = max(s(x), minScale, relativeMinScale * std(y))
 * (defaults 1e-10 and 0; std with ddof = 0 over the training targets), and row i
 * predicts the location-scale family D(m(x_i), sigma(x_i)) with sigma as the family's scale
 * parameter: Normal(mu, sigma), Laplace(mu, b = sigma), t(mu, sigma, df), Cauchy(mu, sigma) or,
 * for {@link Family#MEAN_SCALE}, Y = mu + sigma X with X any one-row distribution given by
 * {@link #withMeanScale(Distribution)} ({@link MeanScale} over {@link IID} copies of X: a
 * standardised skewed or heavy-tailed law, an empirical law of standardised residuals, ...).
 * The default residual estimator is {@link MeanRegressor} (skpro: sklearn's
 * {@code DummyRegressor(strategy="mean")}), so by default sigma = (1/n) sum |r_i|, the in-sample
 * mean absolute residual, for every row. {@code predict} is the location m(x) for every family
 * (the Cauchy has no mean).
 *
 * <p>Sample weights ({@link #fit(double[][], double[], double[])}) are supported when both
 * estimators support them.
 *
 * <p>Parameters: {@code estimator}, {@code residualEstimator} (nested as {@code estimator__name}
 * and {@code residualEstimator__name}), {@code distribution} ({@link Family}), {@code df} (the
 * t's degrees of freedom, default 1 as skpro's TDistribution; used only by {@link Family#T}),
 * {@code base} (the law of X for {@link Family#MEAN_SCALE}, default the standard normal; compared
 * by identity in {@code equals}), {@code residualTransform}, {@code minScale},
 * {@code relativeMinScale}, {@code folds} (0 = in-sample) and {@code seed} (the fold assignment).
 */
public final class ResidualDouble implements ProbaRegressor {

    /** The location-scale family predicted. */
    public enum Family {
        /** Normal(mu, sigma). */
        NORMAL,
        /** Laplace(mu, b = sigma), sd = sqrt(2) sigma. */
        LAPLACE,
        /** Student's t(mu, sigma, df). */
        T,
        /** Cauchy(mu, sigma). */
        CAUCHY,
        /** mu + sigma X for the one-row law X of {@code base} (see {@link #withMeanScale}). */
        MEAN_SCALE
    }

    /** The default {@code base}: the standard normal, one row. */
    private static final Distribution STANDARD_NORMAL = Normal.of(new double[] {0.0}, new double[] {1.0});

    /** The labels the residual estimator learns and how its prediction becomes a scale. */
    public enum ResidualTransform {
        /** Learns |r|; scale = prediction. */
        ABSOLUTE,
        /** Learns r^2; scale = sqrt(prediction). */
        SQUARED,
        /** Learns log |r|; scale = exp(prediction). */
        LOG
    }

    private final Regressor estimator;
    private final Regressor residualEstimator;
    private final Family distribution;
    private final double df;
    private final Distribution base;
    private final ResidualTransform residualTransform;
    private final double minScale;
    private final double relativeMinScale;
    private final int folds;
    private final long seed;

    private ResidualDouble(Regressor estimator, Regressor residualEstimator, Family distribution, double df,
        Distribution base, ResidualTransform residualTransform, double minScale, double relativeMinScale, int folds, long seed) {
        if (estimator == null) {
            throw new IllegalArgumentException("estimator must not be null");
        }
        if (residualEstimator == null) {
            throw new IllegalArgumentException("residualEstimator must not be null");
        }
        if (distribution == null) {
            throw new IllegalArgumentException("distribution must not be null");
        }
        if (!(df > 0.0 && df < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("df must be finite and > 0, got " + df);
        }
        if (base == null || base.size() != 1) {
            throw new IllegalArgumentException("base must be a distribution of exactly one row, got "
                + (base == null ? "null" : base.size() + " rows"));
        }
        if (residualTransform == null) {
            throw new IllegalArgumentException("residualTransform must not be null");
        }
        if (!(minScale > 0.0 && minScale < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("minScale must be finite and > 0, got " + minScale);
        }
        if (!(relativeMinScale >= 0.0 && relativeMinScale < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("relativeMinScale must be finite and >= 0, got " + relativeMinScale);
        }
        if (folds < 0 || folds == 1) {
            throw new IllegalArgumentException("folds must be 0 (in-sample residuals) or at least 2, got " + folds);
        }
        this.estimator = estimator;
        this.residualEstimator = residualEstimator;
        this.distribution = distribution;
        this.df = df;
        this.base = base;
        this.residualTransform = residualTransform;
        this.minScale = minScale;
        this.relativeMinScale = relativeMinScale;
        this.folds = folds;
        this.seed = seed;
    }

    /**
     * Residual doubling with skpro's defaults: mean residual model, Normal, absolute residuals,
     * minScale 1e-10, in-sample residuals.
     *
     * @param estimator the location estimator
     * @return the regressor
     * @throws IllegalArgumentException if estimator is null
     */
    public static ResidualDouble of(Regressor estimator) {
        return new ResidualDouble(estimator, MeanRegressor.of(), Family.NORMAL, 1.0, STANDARD_NORMAL,
            ResidualTransform.ABSOLUTE, 1e-10, 0.0, 0, 0L);
    }

    /**
     * @param newResidualEstimator the estimator of the transformed residuals
     * @return a copy with it
     * @throws IllegalArgumentException if it is null
     */
    public ResidualDouble withResidualRegressor(Regressor newResidualEstimator) {
        return new ResidualDouble(estimator, newResidualEstimator, distribution, df, base, residualTransform, minScale,
            relativeMinScale, folds, seed);
    }

    /**
     * @param family NORMAL, LAPLACE, CAUCHY or T (T keeps the current df, default 1)
     * @return a copy predicting that family
     * @throws IllegalArgumentException if family is null
     */
    public ResidualDouble withDistribution(Family family) {
        return new ResidualDouble(estimator, residualEstimator, family, df, base, residualTransform, minScale,
            relativeMinScale, folds, seed);
    }

    /**
     * @param newDf the degrees of freedom, finite and &gt; 0
     * @return a copy predicting Student's t with that df
     * @throws IllegalArgumentException if df is not finite and positive
     */
    public ResidualDouble withTDistribution(double newDf) {
        return new ResidualDouble(estimator, residualEstimator, Family.T, newDf, base, residualTransform, minScale,
            relativeMinScale, folds, seed);
    }

    /**
     * Predicts Y = m(x) + sigma(x) X for a fixed law X ({@link Family#MEAN_SCALE}): any
     * one-row distribution, for instance a standardised skewed law or the {@code Empirical} law
     * of standardised residuals. sigma(x) is the predicted scale as for the other families, so
     * with absolute residuals X should be standardised to E|X| = 1 for sigma to match the
     * residuals' spread.
     *
     * @param newBase the law of X, exactly one row
     * @return a copy predicting mu + sigma X
     * @throws IllegalArgumentException if newBase is null or has another number of rows than 1
     */
    public ResidualDouble withMeanScale(Distribution newBase) {
        return new ResidualDouble(estimator, residualEstimator, Family.MEAN_SCALE, df, newBase, residualTransform,
            minScale, relativeMinScale, folds, seed);
    }

    /**
     * @param transform the residual transform
     * @return a copy with it
     * @throws IllegalArgumentException if it is null
     */
    public ResidualDouble withResidualTransform(ResidualTransform transform) {
        return new ResidualDouble(estimator, residualEstimator, distribution, df, base, transform, minScale,
            relativeMinScale, folds, seed);
    }

    /**
     * @param newMinScale the smallest scale predicted, finite and &gt; 0
     * @return a copy with it
     * @throws IllegalArgumentException if it is not finite and positive
     */
    public ResidualDouble withMinScale(double newMinScale) {
        return new ResidualDouble(estimator, residualEstimator, distribution, df, base, residualTransform,
            newMinScale, relativeMinScale, folds, seed);
    }

    /**
     * @param newFolds 0 for in-sample residuals, else the number k &ge; 2 of folds: rows are
     *     shuffled by the seed and cut into k contiguous folds of sizes differing by at most 1
     * @param newSeed the seed of the shuffle
     * @return a copy with out-of-sample residuals
     * @throws IllegalArgumentException if folds is negative or 1
     */
    public ResidualDouble withCrossFitting(int newFolds, long newSeed) {
        return new ResidualDouble(estimator, residualEstimator, distribution, df, base, residualTransform, minScale,
            relativeMinScale, newFolds, newSeed);
    }

    /**
     * A minimum scale relative to the spread of the training targets: the predicted scale is
     * clipped from below at max(minScale, relativeMinScale * std(y)), std with ddof = 0, so that
     * a near-perfect location fit cannot predict an overconfident spread.
     *
     * @param newRelativeMinScale the fraction of std(y), finite and &ge; 0 (0, the default, turns
     *     the relative floor off)
     * @return a copy with that floor
     * @throws IllegalArgumentException if the fraction is negative, NaN or infinite
     */
    public ResidualDouble withRelativeMinScale(double newRelativeMinScale) {
        return new ResidualDouble(estimator, residualEstimator, distribution, df, base, residualTransform, minScale,
            newRelativeMinScale, folds, seed);
    }

    /** @return the minimum scale as a fraction of std(y) (0: none) */
    public double relativeMinScale() {
        return relativeMinScale;
    }

    /** @return the location estimator */
    public Regressor estimator() {
        return estimator;
    }

    /** @return the residual estimator */
    public Regressor residualEstimator() {
        return residualEstimator;
    }

    /** @return the family */
    public Family distribution() {
        return distribution;
    }

    /** @return the t's degrees of freedom */
    public double df() {
        return df;
    }

    /** @return the law of X for {@link Family#MEAN_SCALE} (one row; the standard normal by default) */
    public Distribution base() {
        return base;
    }

    /** @return the residual transform */
    public ResidualTransform residualTransform() {
        return residualTransform;
    }

    /** @return the minimum scale */
    public double minScale() {
        return minScale;
    }

    /** @return the number of cross-fitting folds, 0 for in-sample residuals */
    public int folds() {
        return folds;
    }

    /** @return the seed of the fold assignment */
    public long seed() {
        return seed;
    }

    /**
     * @throws IllegalArgumentException if X is empty, ragged or not finite, y's length differs or
     *     a target is not finite, there are fewer rows than folds, or an estimator rejects the data
     * @throws IllegalStateException if the location estimator predicts a non-finite value
     */
    @Override
    public ProbaModel fit(double[][] x, double[] y) {
        int p = DataChecks.features(x);
        DataChecks.targets(x, y);
        checkFolds(y.length);
        return DataChecks.validated(x, () -> fitValidated(x, y, null, p));
    }

    /**
     * Fits with sample weights, supported when both estimators support them: the location
     * estimator is fitted with the weights (with cross-fitting, each fold's model with the weights
     * of its training rows), the residual estimator with the same weights, and the relative
     * minimum scale uses the weighted standard deviation of y (ddof = 0). With in-sample residuals
     * an integer weight w is then w copies of the row, when it is so for both estimators; with
     * cross-fitting it is not (the folds are drawn over rows, not copies), and a fold whose
     * training rows all have weight 0 is rejected by the location estimator. Weights absent or
     * all 1 give {@link #fit(double[][], double[])}.
     *
     * @throws IllegalArgumentException as {@link #fit(double[][], double[])} and
     *     {@link ProbaRegressor#fit(double[][], double[], double[])}
     * @throws IllegalStateException as {@link #fit(double[][], double[])}
     * @throws UnsupportedOperationException if an estimator does not support sample weights and
     *     they are not all equal
     */
    @Override
    public ProbaModel fit(double[][] x, double[] y, double[] sampleWeight) {
        if (!supportsSampleWeight()) {
            return ProbaRegressor.super.fit(x, y, sampleWeight);
        }
        DataChecks.weights(x, sampleWeight);
        if (SampleWeights.isUnit(sampleWeight)) {
            return fit(x, y);
        }
        int p = DataChecks.features(x);
        DataChecks.targets(x, y);
        checkFolds(y.length);
        return DataChecks.validated(x, () -> fitValidated(x, y, sampleWeight, p));
    }

    /** @throws IllegalArgumentException if cross-fitting has more folds than the n rows */
    private void checkFolds(int n) {
        if (folds > 0 && n < folds) {
            throw new IllegalArgumentException("folds = " + folds + " needs at least as many rows, X has " + n);
        }
    }

    /** @return whether both the location and the residual estimator support sample weights */
    @Override
    public boolean supportsSampleWeight() {
        return estimator.supportsSampleWeight() && residualEstimator.supportsSampleWeight();
    }

    /** @param w validated sample weights, or null */
    private ProbaModel fitValidated(double[][] x, double[] y, double[] w, int p) {
        int n = y.length;
        PointModel location = w == null ? estimator.fit(x, y) : estimator.fit(x, y, w);
        double[] m = folds == 0 ? location.predict(x) : crossFitted(x, y, w);
        double[] labels = new double[n];
        for (int i = 0; i < n; i++) {
            double r = y[i] - m[i];
            if (!Double.isFinite(r)) {
                throw new IllegalStateException("the location estimator predicted " + m[i] + " for training row " + i);
            }
            switch (residualTransform) {
                case SQUARED:
                    labels[i] = r * r;
                    break;
                case LOG:
                    labels[i] = Math.log(Math.max(Math.abs(r), minScale));
                    break;
                default:
                    labels[i] = Math.abs(r);
            }
        }
        PointModel scale = w == null ? residualEstimator.fit(x, labels) : residualEstimator.fit(x, labels, w);
        return new Model(this, location, scale, p, Math.max(minScale, relativeMinScale * SampleWeights.std(y, w)));
    }

    /**
     * Out-of-fold location predictions: row i is predicted by a model fitted without its fold
     * (with the weights w of its training rows, if w is not null).
     */
    private double[] crossFitted(double[][] x, double[] y, double[] w) {
        int n = y.length;
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        double[] out = new double[n];
        for (int f = 0; f < folds; f++) {
            int lo = (int) ((long) f * n / folds);
            int hi = (int) ((long) (f + 1) * n / folds);
            double[][] xTrain = new double[n - (hi - lo)][];
            double[] yTrain = new double[xTrain.length];
            double[] wTrain = w == null ? null : new double[xTrain.length];
            int k = 0;
            for (int q = 0; q < n; q++) {
                if (q < lo || q >= hi) {
                    xTrain[k] = x[perm[q]];
                    if (w != null) {
                        wTrain[k] = w[perm[q]];
                    }
                    yTrain[k++] = y[perm[q]];
                }
            }
            double[][] xTest = new double[hi - lo][];
            for (int q = lo; q < hi; q++) {
                xTest[q - lo] = x[perm[q]];
            }
            PointModel foldModel = w == null ? estimator.fit(xTrain, yTrain) : estimator.fit(xTrain, yTrain, wTrain);
            double[] pred = foldModel.predict(xTest);
            for (int q = lo; q < hi; q++) {
                out[perm[q]] = pred[q - lo];
            }
        }
        return out;
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("estimator", estimator, "residualEstimator", residualEstimator, "distribution",
            distribution, "df", df, "base", base, "residualTransform", residualTransform, "minScale", minScale,
            "relativeMinScale", relativeMinScale, "folds", folds,
            "seed", seed);
    }

    @Override
    public ResidualDouble withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("ResidualDouble", params(), changes);
        return new ResidualDouble((Regressor) p.get("estimator"), (Regressor) p.get("residualEstimator"),
            (Family) p.get("distribution"), Params.getDouble(p, "df"), (Distribution) p.get("base"),
            (ResidualTransform) p.get("residualTransform"),
            Params.getDouble(p, "minScale"), Params.getDouble(p, "relativeMinScale"), Params.getInt(p, "folds"),
            Params.getLong(p, "seed"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResidualDouble r && r.estimator.equals(estimator)
            && r.residualEstimator.equals(residualEstimator) && r.distribution == distribution
            && Double.compare(r.df, df) == 0 && r.base == base && r.residualTransform == residualTransform
            && Double.compare(r.minScale, minScale) == 0
            && Double.compare(r.relativeMinScale, relativeMinScale) == 0 && r.folds == folds && r.seed == seed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(estimator, residualEstimator, distribution, df, System.identityHashCode(base),
            residualTransform, minScale,
            relativeMinScale, folds, seed);
    }

    @Override
    public String toString() {
        return "ResidualDouble" + params();
    }

    /** A fitted residual double; {@code floor} = max(minScale, relativeMinScale * std(y)). */
    private record Model(ResidualDouble regressor, PointModel location, PointModel scale, int numFeatures,
                         double floor) implements ProbaModel {

        @Override
        public double[] predict(double[][] x) {
            DataChecks.featuresFor(x, numFeatures);
            return DataChecks.validated(x, () -> location.predict(x));
        }

        /** @throws IllegalStateException if a prediction is not finite (the row is named) */
        @Override
        public Distribution predictProba(double[][] x) {
            DataChecks.featuresFor(x, numFeatures);
            double[][] both = DataChecks.validated(x, () -> new double[][] {location.predict(x), scale.predict(x)});
            double[] mu = both[0];
            double[] s = both[1];
            double min = floor;
            for (int i = 0; i < s.length; i++) {
                if (!Double.isFinite(mu[i])) {
                    throw new IllegalStateException("the location estimator predicted " + mu[i] + " for row " + i);
                }
                double v;
                switch (regressor.residualTransform) {
                    case SQUARED:
                        v = Math.sqrt(Math.max(s[i], 0.0));
                        break;
                    case LOG:
                        v = Math.exp(s[i]);
                        break;
                    default:
                        v = s[i];
                }
                if (Double.isNaN(v) || v == Double.POSITIVE_INFINITY) {
                    throw new IllegalStateException("the residual estimator predicted " + s[i] + " for row " + i
                        + ", which gives no finite scale");
                }
                s[i] = Math.max(v, min);
            }
            switch (regressor.distribution) {
                case LAPLACE:
                    return Laplace.of(mu, s);
                case T: {
                    double[] dfs = new double[mu.length];
                    java.util.Arrays.fill(dfs, regressor.df);
                    return TDistribution.of(mu, s, dfs);
                }
                case CAUCHY:
                    return Cauchy.of(mu, s);
                case MEAN_SCALE:
                    return MeanScale.of(IID.of(regressor.base, mu.length), mu, s);
                default:
                    return Normal.of(mu, s);
            }
        }
    }
}
