package skpro.regression.boosting;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

import skpro.distributions.Distribution;
import skpro.metrics.CRPS;
import skpro.regression.Params;
import skpro.regression.PointModel;
import skpro.regression.ProbaRegressor;
import skpro.regression.Regressor;
import skpro.regression.internal.DataChecks;
import skpro.regression.tree.DecisionTreeModel;
import skpro.regression.tree.DecisionTreeRegressor;
import skpro.regression.tree.PresortedFeatures;

/**
 * Natural gradient boosting (NGBoost, Duan et al. 2020): every parameter of a distribution family
 * is an additive model of boosted base learners, fitted by natural-gradient steps on a proper
 * scoring rule.
 *
 * <p>Fit on (X, y) with the family's parameters theta (see {@link NgbFamily}, positive parameters
 * on the log scale) and score S (log score or CRPS):
 * <ol>
 * <li>theta_i^(0) = theta0 for every row, the maximum-likelihood fit of the family to y alone;</li>
 * <li>for m = 1..M: draw a minibatch of round-down(minibatchFrac n) rows (at least 1) and
 *     max(1, round-down(colSample p)) columns without replacement; on the minibatch rows compute
 *     the gradient g_i = dS(theta_i, y_i)/dtheta and, with natural gradients on, the natural
 *     gradient G(theta_i)^-1 g_i, G the Fisher information (log score) or the CRPS metric (rows
 *     whose metric cannot be solved keep the ordinary gradient); fit one base learner f_mk per
 *     parameter k to the negative (natural) gradient on those rows and columns;</li>
 * <li>line search on the minibatch: with S(rho) the mean score of theta_i + rho f_m(x_i), start at
 *     rho = 1 and double while S(rho) &lt;= S(0) and rho &le; 256, then halve until S(rho) is
 *     finite, below S(0) (or the mean step norm is below 1e-4) and the mean step norm
 *     mean_i |rho f_m(x_i)|_I0 is below 5, the length measured in the Fisher metric I0 of the
 *     marginal fit theta0 (ngboost measures it in Euclidean parameter units, which ties its cap
 *     to the units of y: on targets in the thousands its normal location moves a few units per
 *     stage; with I0 the cap is ngboost's on standardised y);</li>
 * <li>theta_i += learningRate rho_m f_m(x_i) for every row.</li>
 * </ol>
 * Prediction after m stages is theta0 + sum_{l &le; m} learningRate rho_l f_l(x), mapped to the
 * family's distribution. With a validation set (explicit, or the fraction {@code
 * validationFraction} of the rows drawn by the seed) the mean validation score is recorded after
 * every stage, the model predicts with the best stage count, and with {@code earlyStoppingRounds}
 * r &gt; 0 training stops once r stages pass without a new best.
 *
 * <p>With the default base learner, a {@link DecisionTreeRegressor} (the paper's depth-3 CART), X
 * is sorted once per fit ({@link PresortedFeatures}) and every tree reuses that sorting on its
 * minibatch rows and columns; other base learners are fitted on copies of the sampled rows and
 * columns.
 *
 * <p>Parameters: {@code family} ({@link Family}), {@code df} (used by {@link Family#T} only,
 * default 3), {@code score} ({@link Score}; CRPS needs a family with {@link NgbFamily#hasCrps()}),
 * {@code baseLearner} (default depth-3 CART, nested as {@code baseLearner__name}),
 * {@code nEstimators} (500), {@code learningRate} (0.01), {@code minibatchFrac} (1),
 * {@code colSample} (1), {@code naturalGradient} (true), {@code validationFraction} (0: none),
 * {@code earlyStoppingRounds} (0: never stop early) and {@code seed} (0; row, column and
 * validation draws).
 */
public final class NGBoostRegressor implements ProbaRegressor {

    /** The predicted family. */
    public enum Family {
        /** {@link NgbNormal}. */
        NORMAL,
        /** {@link NgbLogNormal}, y &gt; 0. */
        LOG_NORMAL,
        /** {@link NgbLaplace}. */
        LAPLACE,
        /** {@link NgbT} with the regressor's df. */
        T,
        /** {@link NgbExponential}, y &ge; 0. */
        EXPONENTIAL,
        /** {@link NgbGamma}, y &gt; 0. */
        GAMMA,
        /** {@link NgbPoisson}, y in {0, 1, 2, ...}. */
        POISSON
    }

    /** The scoring rule minimised. */
    public enum Score {
        /** -log f(y), the negative log-likelihood; metric the Fisher information. */
        LOG_SCORE,
        /** The continuous ranked probability score; metric 2 int grad F grad F^T. */
        CRPS
    }

    private static final double TOL = 1e-4;
    private static final double MAX_STEP_NORM = 5.0;

    private final Family family;
    private final double df;
    private final Score score;
    private final Regressor baseLearner;
    private final int nEstimators;
    private final double learningRate;
    private final double minibatchFrac;
    private final double colSample;
    private final boolean naturalGradient;
    private final double validationFraction;
    private final int earlyStoppingRounds;
    private final long seed;
    private final NgbFamily ngbFamily;

    private NGBoostRegressor(Family family, double df, Score score, Regressor baseLearner, int nEstimators,
        double learningRate, double minibatchFrac, double colSample, boolean naturalGradient,
        double validationFraction, int earlyStoppingRounds, long seed) {
        if (family == null) {
            throw new IllegalArgumentException("family must not be null");
        }
        if (score == null) {
            throw new IllegalArgumentException("score must not be null");
        }
        if (baseLearner == null) {
            throw new IllegalArgumentException("baseLearner must not be null");
        }
        if (nEstimators < 1) {
            throw new IllegalArgumentException("nEstimators must be >= 1, got " + nEstimators);
        }
        if (!(learningRate > 0.0 && learningRate < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("learningRate must be finite and > 0, got " + learningRate);
        }
        if (!(minibatchFrac > 0.0 && minibatchFrac <= 1.0)) {
            throw new IllegalArgumentException("minibatchFrac must be in (0, 1], got " + minibatchFrac);
        }
        if (!(colSample > 0.0 && colSample <= 1.0)) {
            throw new IllegalArgumentException("colSample must be in (0, 1], got " + colSample);
        }
        if (!(validationFraction >= 0.0 && validationFraction < 1.0)) {
            throw new IllegalArgumentException("validationFraction must be in [0, 1), got " + validationFraction);
        }
        if (earlyStoppingRounds < 0) {
            throw new IllegalArgumentException("earlyStoppingRounds must be >= 0, got " + earlyStoppingRounds);
        }
        this.ngbFamily = resolve(family, df);
        if (score == Score.CRPS && !ngbFamily.hasCrps()) {
            throw new IllegalArgumentException("score CRPS is not available for family " + family + ": "
                + ngbFamily.noCrps());
        }
        this.family = family;
        this.df = df;
        this.score = score;
        this.baseLearner = baseLearner;
        this.nEstimators = nEstimators;
        this.learningRate = learningRate;
        this.minibatchFrac = minibatchFrac;
        this.colSample = colSample;
        this.naturalGradient = naturalGradient;
        this.validationFraction = validationFraction;
        this.earlyStoppingRounds = earlyStoppingRounds;
        this.seed = seed;
    }

    private static NgbFamily resolve(Family family, double df) {
        switch (family) {
            case LOG_NORMAL:
                return NgbLogNormal.of();
            case LAPLACE:
                return NgbLaplace.of();
            case T:
                return NgbT.of(df);
            case EXPONENTIAL:
                return NgbExponential.of();
            case GAMMA:
                return NgbGamma.of();
            case POISSON:
                return NgbPoisson.of();
            default:
                if (!(df > 0.0 && df < Double.POSITIVE_INFINITY)) {
                    throw new IllegalArgumentException("df must be finite and > 0, got " + df);
                }
                return NgbNormal.of();
        }
    }

    /**
     * NGBoost with the paper's defaults: Normal, log score, depth-3 CART, 500 stages, learning
     * rate 0.01, full batches and columns, natural gradient, no validation, seed 0.
     *
     * @return the regressor
     */
    public static NGBoostRegressor of() {
        return new NGBoostRegressor(Family.NORMAL, 3.0, Score.LOG_SCORE, DecisionTreeRegressor.of().withMaxDepth(3),
            500, 0.01, 1.0, 1.0, true, 0.0, 0, 0L);
    }

    /**
     * @param newFamily the family (T keeps the current df)
     * @return a copy predicting it
     * @throws IllegalArgumentException if it is null, or the score is CRPS and the family has none
     */
    public NGBoostRegressor withFamily(Family newFamily) {
        return new NGBoostRegressor(newFamily, df, score, baseLearner, nEstimators, learningRate, minibatchFrac,
            colSample, naturalGradient, validationFraction, earlyStoppingRounds, seed);
    }

    /**
     * @param newDf the t's degrees of freedom, finite and &gt; 0
     * @return a copy predicting Student's t with that fixed df
     * @throws IllegalArgumentException if df is not finite and positive, or the score is CRPS
     */
    public NGBoostRegressor withTDistribution(double newDf) {
        return new NGBoostRegressor(Family.T, newDf, score, baseLearner, nEstimators, learningRate, minibatchFrac,
            colSample, naturalGradient, validationFraction, earlyStoppingRounds, seed);
    }

    /**
     * @param newScore the scoring rule
     * @return a copy minimising it
     * @throws IllegalArgumentException if it is null, or CRPS for a family without it
     */
    public NGBoostRegressor withScore(Score newScore) {
        return new NGBoostRegressor(family, df, newScore, baseLearner, nEstimators, learningRate, minibatchFrac,
            colSample, naturalGradient, validationFraction, earlyStoppingRounds, seed);
    }

    /**
     * @param newBaseLearner the point regressor boosted for each parameter
     * @return a copy with it
     * @throws IllegalArgumentException if it is null
     */
    public NGBoostRegressor withBaseLearner(Regressor newBaseLearner) {
        return new NGBoostRegressor(family, df, score, newBaseLearner, nEstimators, learningRate, minibatchFrac,
            colSample, naturalGradient, validationFraction, earlyStoppingRounds, seed);
    }

    /**
     * @param newNEstimators the number of boosting stages M, &gt;= 1
     * @return a copy with it
     * @throws IllegalArgumentException if it is below 1
     */
    public NGBoostRegressor withNEstimators(int newNEstimators) {
        return new NGBoostRegressor(family, df, score, baseLearner, newNEstimators, learningRate, minibatchFrac,
            colSample, naturalGradient, validationFraction, earlyStoppingRounds, seed);
    }

    /**
     * @param newLearningRate the shrinkage of every stage, finite and &gt; 0
     * @return a copy with it
     * @throws IllegalArgumentException if it is not finite and positive
     */
    public NGBoostRegressor withLearningRate(double newLearningRate) {
        return new NGBoostRegressor(family, df, score, baseLearner, nEstimators, newLearningRate, minibatchFrac,
            colSample, naturalGradient, validationFraction, earlyStoppingRounds, seed);
    }

    /**
     * @param newMinibatchFrac the fraction of rows each stage is fitted on, in (0, 1]
     * @return a copy with it
     * @throws IllegalArgumentException if it is outside (0, 1]
     */
    public NGBoostRegressor withMinibatchFrac(double newMinibatchFrac) {
        return new NGBoostRegressor(family, df, score, baseLearner, nEstimators, learningRate, newMinibatchFrac,
            colSample, naturalGradient, validationFraction, earlyStoppingRounds, seed);
    }

    /**
     * @param newColSample the fraction of columns each stage may use, in (0, 1]
     * @return a copy with it
     * @throws IllegalArgumentException if it is outside (0, 1]
     */
    public NGBoostRegressor withColSample(double newColSample) {
        return new NGBoostRegressor(family, df, score, baseLearner, nEstimators, learningRate, minibatchFrac,
            newColSample, naturalGradient, validationFraction, earlyStoppingRounds, seed);
    }

    /**
     * @param natural true for natural gradients (the metric's solve), false for ordinary ones
     * @return a copy with that choice
     */
    public NGBoostRegressor withNaturalGradient(boolean natural) {
        return new NGBoostRegressor(family, df, score, baseLearner, nEstimators, learningRate, minibatchFrac,
            colSample, natural, validationFraction, earlyStoppingRounds, seed);
    }

    /**
     * Holds out a random fraction of the training rows as a validation set (drawn by the seed):
     * the model then predicts with the stage count of the best mean validation score.
     *
     * @param fraction in [0, 1); 0 turns it off
     * @param rounds stop after this many stages without a new best validation score, &gt;= 0
     *     (0: train all stages)
     * @return a copy with that validation
     * @throws IllegalArgumentException if the fraction is outside [0, 1) or rounds is negative
     */
    public NGBoostRegressor withValidation(double fraction, int rounds) {
        return new NGBoostRegressor(family, df, score, baseLearner, nEstimators, learningRate, minibatchFrac,
            colSample, naturalGradient, fraction, rounds, seed);
    }

    /**
     * @param newSeed the seed of the minibatch, column and validation draws
     * @return a copy with it
     */
    public NGBoostRegressor withSeed(long newSeed) {
        return new NGBoostRegressor(family, df, score, baseLearner, nEstimators, learningRate, minibatchFrac,
            colSample, naturalGradient, validationFraction, earlyStoppingRounds, newSeed);
    }

    /** @return the family */
    public Family family() {
        return family;
    }

    /** @return the family's gradients and metrics */
    public NgbFamily ngbFamily() {
        return ngbFamily;
    }

    /** @return the scoring rule */
    public Score score() {
        return score;
    }

    /** @return the number of stages */
    public int nEstimators() {
        return nEstimators;
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("family", family, "df", df, "score", score, "baseLearner", baseLearner, "nEstimators",
            nEstimators, "learningRate", learningRate, "minibatchFrac", minibatchFrac, "colSample", colSample,
            "naturalGradient", naturalGradient, "validationFraction", validationFraction, "earlyStoppingRounds",
            earlyStoppingRounds, "seed", seed);
    }

    @Override
    public NGBoostRegressor withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("NGBoostRegressor", params(), changes);
        return new NGBoostRegressor((Family) p.get("family"), Params.getDouble(p, "df"), (Score) p.get("score"),
            (Regressor) p.get("baseLearner"), Params.getInt(p, "nEstimators"), Params.getDouble(p, "learningRate"),
            Params.getDouble(p, "minibatchFrac"), Params.getDouble(p, "colSample"),
            (Boolean) p.get("naturalGradient"), Params.getDouble(p, "validationFraction"),
            Params.getInt(p, "earlyStoppingRounds"), Params.getLong(p, "seed"));
    }

    /**
     * @throws IllegalArgumentException if X is empty, ragged or not finite, y's length differs, a
     *     target is not finite or outside the family's support (row and value named), y is
     *     constant, or the validation split leaves fewer than 2 training rows or no validation row
     */
    @Override
    public NGBoostModel fit(double[][] x, double[] y) {
        int p = DataChecks.features(x);
        DataChecks.targets(x, y);
        ngbFamily.checkSupport(y);
        if (validationFraction == 0.0) {
            notConstant("y", y);
            return DataChecks.validated(x, () -> train(x, y, p, null, null));
        }
        int n = y.length;
        int nVal = (int) Math.round(validationFraction * n);
        if (nVal < 1 || n - nVal < 2) {
            throw new IllegalArgumentException("validationFraction " + validationFraction + " of " + n
                + " rows leaves " + nVal + " validation and " + (n - nVal) + " training rows; need at least 1 and 2");
        }
        int[] perm = permutation(n, new SplittableRandom(seed ^ 0x5DEECE66DL));
        double[][] xTrain = new double[n - nVal][];
        double[] yTrain = new double[n - nVal];
        double[][] xVal = new double[nVal][];
        double[] yVal = new double[nVal];
        // keep the original row order within each part
        boolean[] isVal = new boolean[n];
        for (int k = 0; k < nVal; k++) {
            isVal[perm[k]] = true;
        }
        int a = 0;
        int b = 0;
        for (int i = 0; i < n; i++) {
            if (isVal[i]) {
                xVal[a] = x[i];
                yVal[a++] = y[i];
            } else {
                xTrain[b] = x[i];
                yTrain[b++] = y[i];
            }
        }
        notConstant("training y", yTrain);
        return DataChecks.validated(xTrain, () -> train(xTrain, yTrain, p, xVal, yVal));
    }

    /**
     * Fits with an explicit validation set: the model records the mean validation score after
     * every stage, predicts with the best stage count and, with {@code earlyStoppingRounds} r &gt; 0,
     * stops after r stages without a new best. {@code validationFraction} is ignored.
     *
     * @param x n x p training features
     * @param y n training targets
     * @param xVal validation features, p columns
     * @param yVal validation targets
     * @return the fitted model
     * @throws IllegalArgumentException as {@link #fit(double[][], double[])}, for the validation set too
     */
    public NGBoostModel fit(double[][] x, double[] y, double[][] xVal, double[] yVal) {
        int p = DataChecks.features(x);
        DataChecks.targets(x, y);
        ngbFamily.checkSupport(y);
        notConstant("y", y);
        DataChecks.featuresFor(xVal, p);
        DataChecks.targets(xVal, yVal);
        ngbFamily.checkSupport(yVal);
        return DataChecks.validated(x, () -> train(x, y, p, xVal, yVal));
    }

    private static void notConstant(String name, double[] y) {
        for (double v : y) {
            if (v != y[0]) {
                return;
            }
        }
        throw new IllegalArgumentException(name + " is constant (every value is " + y[0]
            + "): no distribution family can be fitted to it");
    }

    private static int[] permutation(int n, SplittableRandom rng) {
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        return perm;
    }

    /** The first k of a partial Fisher-Yates shuffle of perm, sorted; perm is reused across calls. */
    private static int[] draw(int[] perm, int k, SplittableRandom rng) {
        int n = perm.length;
        for (int i = 0; i < k; i++) {
            int j = i + rng.nextInt(n - i);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        int[] out = Arrays.copyOf(perm, k);
        Arrays.sort(out);
        return out;
    }

    private NGBoostModel train(double[][] x, double[] y, int p, double[][] xVal, double[] yVal) {
        int n = y.length;
        int np = ngbFamily.numParams();
        double[] theta0 = ngbFamily.initialParams(y);
        // the metric of the step cap: the Fisher information of the marginal fit, fixed for the fit
        double[] metric0 = new double[ngbFamily.numParams() * ngbFamily.numParams()];
        ngbFamily.fisherInformation(theta0, metric0);
        double[][] theta = broadcast(theta0, n);
        double[][] thetaVal = xVal == null ? null : broadcast(theta0, xVal.length);
        DecisionTreeRegressor tree = baseLearner instanceof DecisionTreeRegressor t ? t : null;
        PresortedFeatures data = tree == null ? null : PresortedFeatures.of(x);
        SplittableRandom rng = new SplittableRandom(seed);
        int batch = Math.max(1, (int) (minibatchFrac * n));
        int nCols = Math.max(1, (int) (colSample * p));
        int[] rowPerm = permutation(n, new SplittableRandom(0));
        int[] colPerm = permutation(p, new SplittableRandom(0));
        double[][] target = new double[np][n];
        double[] t = new double[np];
        double[] g = new double[np];
        double[] metric = new double[np * np];
        PointModel[][] models = new PointModel[nEstimators][];
        int[][] stageCols = new int[nEstimators][];
        double[] scales = new double[nEstimators];
        double[] valScores = new double[xVal == null ? 0 : nEstimators];
        double best = xVal == null ? 0.0 : meanScore(thetaVal, null, 0.0, yVal, null);
        int bestStages = 0;
        int stages = 0;
        for (int m = 0; m < nEstimators; m++) {
            int[] rows = batch < n ? draw(rowPerm, batch, rng) : null;
            int[] cols = nCols < p ? draw(colPerm, nCols, rng) : null;
            int count = rows == null ? n : rows.length;
            for (int r = 0; r < count; r++) {
                int i = rows == null ? r : rows[r];
                for (int k = 0; k < np; k++) {
                    t[k] = theta[k][i];
                }
                direction(t, y[i], g, metric);
                for (int k = 0; k < np; k++) {
                    target[k][i] = -g[k];
                }
            }
            PointModel[] fitted = new PointModel[np];
            double[][] step = new double[np][];
            double[][] xCols = cols == null || tree != null ? x : project(x, cols);
            for (int k = 0; k < np; k++) {
                if (tree != null) {
                    DecisionTreeModel f = tree.fit(data, target[k], rows, cols);
                    fitted[k] = f;
                } else {
                    fitted[k] = fitSubset(xCols, target[k], rows);
                }
                step[k] = fitted[k].predict(xCols);
            }
            double rho = lineSearch(theta, step, y, rows, metric0);
            double scale = learningRate * rho;
            for (int k = 0; k < np; k++) {
                double[] th = theta[k];
                double[] s = step[k];
                for (int i = 0; i < n; i++) {
                    th[i] += scale * s[i];
                }
            }
            models[m] = fitted;
            stageCols[m] = tree == null ? cols : null;
            scales[m] = scale;
            stages = m + 1;
            if (xVal != null) {
                double[][] xv = stageCols[m] == null ? xVal : project(xVal, cols);
                for (int k = 0; k < np; k++) {
                    double[] s = fitted[k].predict(xv);
                    double[] th = thetaVal[k];
                    for (int i = 0; i < s.length; i++) {
                        th[i] += scale * s[i];
                    }
                }
                double v = meanScore(thetaVal, null, 0.0, yVal, null);
                valScores[m] = v;
                if (v < best) {
                    best = v;
                    bestStages = stages;
                }
                if (earlyStoppingRounds > 0 && stages - bestStages >= earlyStoppingRounds) {
                    break;
                }
            }
        }
        return new NGBoostModel(this, ngbFamily, theta0, Arrays.copyOf(models, stages), Arrays.copyOf(stageCols, stages),
            Arrays.copyOf(scales, stages), p, xVal == null ? stages : bestStages, Arrays.copyOf(valScores,
                xVal == null ? 0 : stages));
    }

    private PointModel fitSubset(double[][] x, double[] target, int[] rows) {
        if (rows == null) {
            return baseLearner.fit(x, target);
        }
        double[][] xs = new double[rows.length][];
        double[] ys = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            xs[r] = x[rows[r]];
            ys[r] = target[rows[r]];
        }
        return baseLearner.fit(xs, ys);
    }

    /** @return the columns cols of every row of x */
    static double[][] project(double[][] x, int[] cols) {
        double[][] out = new double[x.length][cols.length];
        for (int i = 0; i < x.length; i++) {
            double[] row = x[i];
            double[] o = out[i];
            for (int c = 0; c < cols.length; c++) {
                o[c] = row[cols[c]];
            }
        }
        return out;
    }

    static double[][] broadcast(double[] theta0, int n) {
        double[][] out = new double[theta0.length][n];
        for (int k = 0; k < theta0.length; k++) {
            Arrays.fill(out[k], theta0[k]);
        }
        return out;
    }

    /** Writes the (natural) gradient of the score at one row into g. */
    private void direction(double[] t, double y, double[] g, double[] metric) {
        int np = g.length;
        if (score == Score.LOG_SCORE) {
            ngbFamily.logScoreGradient(t, y, g);
        } else {
            ngbFamily.crpsGradient(t, y, g);
        }
        if (!naturalGradient) {
            return;
        }
        if (score == Score.LOG_SCORE) {
            ngbFamily.fisherInformation(t, metric);
        } else {
            ngbFamily.crpsMetric(t, metric);
        }
        if (np == 1) {
            double v = g[0] / metric[0];
            if (Double.isFinite(v)) {
                g[0] = v;
            }
        } else if (np == 2) {
            double det = metric[0] * metric[3] - metric[1] * metric[2];
            double a = (metric[3] * g[0] - metric[1] * g[1]) / det;
            double b = (metric[0] * g[1] - metric[2] * g[0]) / det;
            if (det > 0.0 && Double.isFinite(a) && Double.isFinite(b)) {
                g[0] = a;
                g[1] = b;
            }
        } else {
            solveInPlace(metric, g);
        }
    }

    /** Gaussian elimination with partial pivoting; leaves g unchanged if the metric is singular. */
    private static void solveInPlace(double[] metric, double[] g) {
        int np = g.length;
        double[] a = metric.clone();
        double[] b = g.clone();
        for (int c = 0; c < np; c++) {
            int piv = c;
            for (int r = c + 1; r < np; r++) {
                if (Math.abs(a[r * np + c]) > Math.abs(a[piv * np + c])) {
                    piv = r;
                }
            }
            if (!(Math.abs(a[piv * np + c]) > 0.0)) {
                return;
            }
            for (int k = 0; k < np; k++) {
                double tmp = a[c * np + k];
                a[c * np + k] = a[piv * np + k];
                a[piv * np + k] = tmp;
            }
            double tb = b[c];
            b[c] = b[piv];
            b[piv] = tb;
            for (int r = c + 1; r < np; r++) {
                double f = a[r * np + c] / a[c * np + c];
                for (int k = c; k < np; k++) {
                    a[r * np + k] -= f * a[c * np + k];
                }
                b[r] -= f * b[c];
            }
        }
        for (int c = np - 1; c >= 0; c--) {
            double s = b[c];
            for (int k = c + 1; k < np; k++) {
                s -= a[c * np + k] * b[k];
            }
            b[c] = s / a[c * np + c];
        }
        for (double v : b) {
            if (!Double.isFinite(v)) {
                return;
            }
        }
        System.arraycopy(b, 0, g, 0, np);
    }

    /** NGBoost's line search for the stage's scaling rho on the minibatch rows (class javadoc). */
    private double lineSearch(double[][] theta, double[][] step, double[] y, int[] rows, double[] metric0) {
        double start = meanScore(theta, step, 0.0, y, rows);
        double unitNorm = meanNorm(step, rows, metric0);
        double rho = 1.0;
        while (rho <= 256.0) {
            double s = meanScore(theta, step, rho, y, rows);
            if (!(s <= start)) {
                break;
            }
            rho *= 2.0;
        }
        for (int halvings = 0; halvings < 64; halvings++) {
            double s = meanScore(theta, step, rho, y, rows);
            double norm = rho * unitNorm;
            if (s < Double.POSITIVE_INFINITY && (s < start || norm < TOL) && norm < MAX_STEP_NORM) {
                return rho;
            }
            rho *= 0.5;
        }
        return 0.0;
    }

    /**
     * mean_i sqrt(d_i^T I0 d_i): the length of the unit step d_i = f_m(x_i) in the Fisher metric
     * I0 of the marginal fit theta0, averaged over the rows; the step of rho is rho times it.
     * ngboost measures the Euclidean length of the parameter step, so its cap of 5 depends on the
     * units of y (a normal's location moves at most about 5 units per stage, which stalls on
     * targets in the thousands). With I0 a normal's location step is measured in marginal standard
     * deviations of y (its log scale as in ngboost, times sqrt 2): ngboost's behaviour on
     * standardised y, whatever the units. I0 stays fixed, so the cap does not tighten as the
     * fitted scales shrink.
     */
    private static double meanNorm(double[][] step, int[] rows, double[] metric0) {
        int np = step.length;
        int count = rows == null ? step[0].length : rows.length;
        double total = 0.0;
        for (int r = 0; r < count; r++) {
            int i = rows == null ? r : rows[r];
            double q = 0.0;
            for (int a = 0; a < np; a++) {
                double row = 0.0;
                for (int b = 0; b < np; b++) {
                    row += metric0[a * np + b] * step[b][i];
                }
                q += step[a][i] * row;
            }
            total += Math.sqrt(Math.max(q, 0.0));
        }
        return total / count;
    }

    /**
     * The mean score of theta + rho step over the rows (all if null); +inf where the parameters
     * give no valid distribution or a score is not finite.
     */
    double meanScore(double[][] theta, double[][] step, double rho, double[] y, int[] rows) {
        int np = theta.length;
        int count = rows == null ? y.length : rows.length;
        double[][] cols = new double[np][count];
        double[] ys = rows == null ? y : new double[count];
        for (int r = 0; r < count; r++) {
            int i = rows == null ? r : rows[r];
            for (int k = 0; k < np; k++) {
                cols[k][r] = step == null ? theta[k][i] : theta[k][i] + rho * step[k][i];
            }
            if (rows != null) {
                ys[r] = y[i];
            }
        }
        Distribution d;
        try {
            d = ngbFamily.distribution(cols);
        } catch (IllegalArgumentException e) {
            // a scale overflowed or underflowed: this step is unusable
            return Double.POSITIVE_INFINITY;
        }
        double[] s = score == Score.LOG_SCORE ? d.logPdf(ys) : CRPS.of().evaluateByIndex(ys, d);
        double sign = score == Score.LOG_SCORE ? -1.0 : 1.0;
        double total = 0.0;
        for (double v : s) {
            total += sign * v;
        }
        double mean = total / count;
        return Double.isNaN(mean) ? Double.POSITIVE_INFINITY : mean;
    }

    /** Value equality: equal hyper-parameters. */
    @Override
    public boolean equals(Object o) {
        return o instanceof NGBoostRegressor r && r.family == family && Double.compare(r.df, df) == 0
            && r.score == score && r.baseLearner.equals(baseLearner) && r.nEstimators == nEstimators
            && Double.compare(r.learningRate, learningRate) == 0 && Double.compare(r.minibatchFrac, minibatchFrac) == 0
            && Double.compare(r.colSample, colSample) == 0 && r.naturalGradient == naturalGradient
            && Double.compare(r.validationFraction, validationFraction) == 0
            && r.earlyStoppingRounds == earlyStoppingRounds && r.seed == seed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(family, df, score, baseLearner, nEstimators, learningRate, minibatchFrac, colSample,
            naturalGradient, validationFraction, earlyStoppingRounds, seed);
    }

    @Override
    public String toString() {
        return "NGBoostRegressor" + params();
    }
}
