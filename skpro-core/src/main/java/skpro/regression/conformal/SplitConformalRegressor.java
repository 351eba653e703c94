package skpro.regression.conformal;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

import skpro.regression.Parameterized;
import skpro.regression.Params;
import skpro.regression.PointModel;
import skpro.regression.ProbaModel;
import skpro.regression.ProbaRegressor;
import skpro.regression.Regressor;
import skpro.regression.baselines.MeanRegressor;
import skpro.regression.internal.DataChecks;

/**
 * Split (inductive) conformal regression (Papadopoulos et al. 2002; Lei et al. 2018): a point
 * model fitted on one part of the data, conformity scores on the other.
 *
 * <p>Fit on (X, y), n rows: rows are permuted by {@code seed}; the first round(f n) rows of the
 * permutation ({@code calibrationFraction} f) calibrate, the other rows train. The location model
 * m is fitted on the training part: a point {@link Regressor}, or a {@link ProbaRegressor} whose
 * predictive mean is m. Scores on the n calibration rows:
 * <ul>
 * <li>{@link Score#ABSOLUTE}: R_i = |y_i - m(x_i)|, intervals m(x) -/+ q;</li>
 * <li>{@link Score#NORMALISED} (locally weighted): R_i = |y_i - m(x_i)| / s(x_i), intervals
 *     m(x) -/+ q s(x), where s is {@code scaleEstimator} fitted on the training part to the
 *     absolute training residuals |y_j - m(x_j)| (for a ProbaRegressor, s is its predictive
 *     standard deviation and scaleEstimator is not used); s is clipped from below at 1e-6 times
 *     the mean absolute training residual (at 1 if that is 0).</li>
 * </ul>
 * q at coverage c = 1 - alpha is the ceil((n + 1) c)-th smallest score, so that on exchangeable
 * data P(y in interval) &ge; c, and, without ties among the scores, &lt; c + 1/(n + 1). If
 * ceil((n + 1) c) &gt; n the interval would be infinite: {@code predictInterval} then throws,
 * stating the minimum n &ge; 1/alpha - 1 (n = 19 for c = 0.95, 99 for c = 0.99).
 *
 * <p>{@code predictProba} returns the conformal predictive distribution (Vovk et al.): per row
 * the {@code Empirical} of the 2n values m(x) -/+ s(x) R_i, each with weight 1/(2(n + 1)), the
 * lowest and the highest also carrying the 1/(2(n + 1)) of the atoms at -inf and +inf. Its
 * central interval at every coverage c &le; n/(n + 1) is the conformal interval; {@code predict}
 * is its mean, m(x) up to a tie-breaking weight of 1e-10.
 *
 * <p>Parameters: {@code estimator}, {@code score} (default ABSOLUTE), {@code scaleEstimator}
 * (default {@link MeanRegressor}), {@code calibrationFraction} (in (0, 1), default 0.5),
 * {@code seed} (default 0).
 */
public final class SplitConformalRegressor implements ProbaRegressor {

    /** The conformity score. */
    public enum Score {
        /** |y - m(x)|: intervals of constant width. */
        ABSOLUTE,
        /** |y - m(x)| / s(x): intervals of width proportional to s(x). */
        NORMALISED
    }

    private final Parameterized<?> estimator;
    private final Score score;
    private final Regressor scaleEstimator;
    private final double calibrationFraction;
    private final long seed;

    private SplitConformalRegressor(Parameterized<?> estimator, Score score, Regressor scaleEstimator,
                                    double calibrationFraction, long seed) {
        if (!(estimator instanceof Regressor || estimator instanceof ProbaRegressor)) {
            throw new IllegalArgumentException("estimator must be a Regressor or a ProbaRegressor, got " + estimator);
        }
        if (score == null) {
            throw new IllegalArgumentException("score must not be null");
        }
        if (scaleEstimator == null) {
            throw new IllegalArgumentException("scaleEstimator must not be null");
        }
        this.estimator = estimator;
        this.score = score;
        this.scaleEstimator = scaleEstimator;
        this.calibrationFraction = Rows.fraction(calibrationFraction);
        this.seed = seed;
    }

    /**
     * @param estimator the point regressor of the location
     * @return split conformal with absolute scores, calibration fraction 0.5, seed 0
     * @throws IllegalArgumentException if estimator is null
     */
    public static SplitConformalRegressor of(Regressor estimator) {
        return new SplitConformalRegressor(estimator, Score.ABSOLUTE, MeanRegressor.of(), 0.5, 0L);
    }

    /**
     * @param estimator a probabilistic regressor: its mean is the location, its standard
     *     deviation the scale of normalised scores
     * @return split conformal with absolute scores, calibration fraction 0.5, seed 0
     * @throws IllegalArgumentException if estimator is null
     */
    public static SplitConformalRegressor of(ProbaRegressor estimator) {
        return new SplitConformalRegressor(estimator, Score.ABSOLUTE, MeanRegressor.of(), 0.5, 0L);
    }

    /**
     * @param newScore the conformity score
     * @return a copy with it
     * @throws IllegalArgumentException if it is null
     */
    public SplitConformalRegressor withScore(Score newScore) {
        return new SplitConformalRegressor(estimator, newScore, scaleEstimator, calibrationFraction, seed);
    }

    /**
     * @param newScaleEstimator the regressor of the absolute residuals
     * @return a copy with normalised scores |y - m| / s, s from that regressor
     * @throws IllegalArgumentException if it is null
     */
    public SplitConformalRegressor withNormalisedScores(Regressor newScaleEstimator) {
        return new SplitConformalRegressor(estimator, Score.NORMALISED, newScaleEstimator, calibrationFraction, seed);
    }

    /**
     * @param fraction the fraction of rows that calibrate, in (0, 1)
     * @return a copy with it
     * @throws IllegalArgumentException if it is not in (0, 1)
     */
    public SplitConformalRegressor withCalibrationFraction(double fraction) {
        return new SplitConformalRegressor(estimator, score, scaleEstimator, fraction, seed);
    }

    /**
     * @param newSeed the seed of the split
     * @return a copy with it
     */
    public SplitConformalRegressor withSeed(long newSeed) {
        return new SplitConformalRegressor(estimator, score, scaleEstimator, calibrationFraction, newSeed);
    }

    /** @return the location estimator (a Regressor or a ProbaRegressor) */
    public Parameterized<?> estimator() {
        return estimator;
    }

    /** @return the conformity score */
    public Score score() {
        return score;
    }

    /** @return the regressor of the absolute residuals (normalised scores, point estimator only) */
    public Regressor scaleEstimator() {
        return scaleEstimator;
    }

    /** @return the calibration fraction */
    public double calibrationFraction() {
        return calibrationFraction;
    }

    /** @return the seed of the split */
    public long seed() {
        return seed;
    }

    /**
     * @throws IllegalArgumentException if X is empty, ragged or not finite, y's length differs or
     *     a target is not finite, either part of the split would be empty, or an estimator
     *     rejects its part
     * @throws IllegalStateException if a model predicts a non-finite location or scale
     */
    @Override
    public SplitConformalModel fit(double[][] x, double[] y) {
        int p = DataChecks.features(x);
        DataChecks.targets(x, y);
        int[][] parts = Rows.split(y.length, calibrationFraction, seed);
        double[][] xTrain = Rows.rows(x, parts[0]);
        double[] yTrain = Rows.values(y, parts[0]);
        double[][] xCal = Rows.rows(x, parts[1]);
        double[] yCal = Rows.values(y, parts[1]);
        Object location;
        double[] mTrain;
        if (estimator instanceof Regressor r) {
            PointModel pm = r.fit(xTrain, yTrain);
            location = pm;
            mTrain = score == Score.NORMALISED ? pm.predict(xTrain) : null;
        } else {
            ProbaModel pm = ((ProbaRegressor) estimator).fit(xTrain, yTrain);
            location = pm;
            mTrain = score == Score.NORMALISED ? pm.predict(xTrain) : null;
        }
        PointModel scale = null;
        double floor = 0.0;
        if (score == Score.NORMALISED) {
            double[] abs = new double[yTrain.length];
            double mean = 0.0;
            for (int i = 0; i < abs.length; i++) {
                abs[i] = Math.abs(yTrain[i] - mTrain[i]);
                mean += abs[i];
            }
            mean /= abs.length;
            floor = mean > 0.0 && Double.isFinite(mean) ? 1e-6 * mean : 1.0;
            if (location instanceof PointModel) {
                scale = scaleEstimator.fit(xTrain, abs);
            }
        }
        SplitConformalModel probe = new SplitConformalModel(this, p, location, scale, floor, new double[] {0.0});
        double[][] ms = probe.centerAndScale(xCal);
        double[] scores = new double[yCal.length];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = Math.abs(yCal[i] - ms[0][i]) / ms[1][i];
        }
        Arrays.sort(scores);
        return new SplitConformalModel(this, p, location, scale, floor, scores);
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("estimator", estimator, "score", score, "scaleEstimator", scaleEstimator,
            "calibrationFraction", calibrationFraction, "seed", seed);
    }

    @Override
    public SplitConformalRegressor withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("SplitConformalRegressor", params(), changes);
        return new SplitConformalRegressor((Parameterized<?>) p.get("estimator"), (Score) p.get("score"),
            (Regressor) p.get("scaleEstimator"), Params.getDouble(p, "calibrationFraction"),
            Params.getLong(p, "seed"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SplitConformalRegressor r && r.estimator.equals(estimator) && r.score == score
            && r.scaleEstimator.equals(scaleEstimator)
            && Double.compare(r.calibrationFraction, calibrationFraction) == 0 && r.seed == seed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(SplitConformalRegressor.class, estimator, score, scaleEstimator, calibrationFraction,
            seed);
    }

    @Override
    public String toString() {
        return "SplitConformalRegressor" + params();
    }

    /**
     * A fitted split conformal model: intervals m(x) -/+ q s(x) for any coverage c with
     * ceil((n + 1) c) &le; n, n the number of calibration scores (see the regressor).
     */
    public static final class SplitConformalModel extends ConformalModel {
        private final Object location;
        private final PointModel scale;
        private final double floor;
        private final double[] sortedScores;

        private SplitConformalModel(SplitConformalRegressor regressor, int numFeatures, Object location,
                                    PointModel scale, double floor, double[] sortedScores) {
            super(regressor, numFeatures, orderStatisticEnds(sortedScores.length), sortedScores.length,
                "calibration scores");
            this.location = location;
            this.scale = scale;
            this.floor = floor;
            this.sortedScores = sortedScores;
        }

        /** @return the calibration scores, ascending (a copy) */
        public double[] calibrationScores() {
            return sortedScores.clone();
        }

        /** @return {m(x), s(x)} for validated rows (s = 1 for absolute scores) */
        private double[][] centerAndScale(double[][] x) {
            return DataChecks.validated(x, () -> {
                double[] m;
                double[] s = new double[x.length];
                if (location instanceof PointModel pm) {
                    m = pm.predict(x);
                    if (scale != null) {
                        s = scale.predict(x);
                    } else {
                        Arrays.fill(s, 1.0);
                    }
                } else {
                    ProbaModel pm = (ProbaModel) location;
                    m = pm.predict(x);
                    if (floor > 0.0) {
                        double[] v = pm.predictVar(x);
                        for (int i = 0; i < s.length; i++) {
                            s[i] = Math.sqrt(v[i]);
                        }
                    } else {
                        Arrays.fill(s, 1.0);
                    }
                }
                for (int i = 0; i < s.length; i++) {
                    if (!Double.isFinite(m[i])) {
                        throw new IllegalStateException("the location model predicted " + m[i] + " for row " + i);
                    }
                    if (Double.isNaN(s[i]) || s[i] == Double.POSITIVE_INFINITY) {
                        throw new IllegalStateException("the scale model predicted " + s[i] + " for row " + i);
                    }
                    s[i] = Math.max(s[i], floor);
                }
                return new double[][] {m, s};
            });
        }

        @Override
        Bands bands(double[][] x) {
            double[][] ms = centerAndScale(x);
            return Rows.symmetric(ms[0], ms[1], sortedScores);
        }
    }
}
