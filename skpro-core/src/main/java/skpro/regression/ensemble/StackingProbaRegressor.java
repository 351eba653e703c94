package skpro.regression.ensemble;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

import skpro.distributions.Distribution;
import skpro.regression.Params;
import skpro.regression.ProbaModel;
import skpro.regression.ProbaRegressor;
import skpro.regression.internal.DataChecks;
import skpro.regression.internal.Parallel;

/**
 * Stacking of probabilistic regressors: the predictive means and standard deviations of base
 * regressors become the features of a final probabilistic regressor.
 *
 * <p>Fit on (X, y) with B base regressors and k folds: the rows are shuffled by {@code seed} and
 * cut into k contiguous folds of sizes differing by at most 1. For every base b and fold f, base
 * b is fitted on the other folds and predicts the rows of f, so the meta-features of row i,
 * z_i = (mu_1(x_i), sigma_1(x_i), ..., mu_B(x_i), sigma_B(x_i)) (predictive mean and standard
 * deviation, 2B columns, in base order), come from models that never saw row i (out of fold).
 * The final regressor is fitted on z_i, or with {@code passthrough} on [x_i | z_i] (p + 2B
 * columns, X first). Every base is also fitted on all rows; at prediction those full-data models
 * give the meta-features of new rows, and the final model predicts the distribution.
 *
 * <p>Only the mean and standard deviation are passed on (not family-specific parameters), so any
 * mix of base families stacks. A base whose predictive variance is infinite or NaN (Cauchy, t
 * with df &le; 2) cannot be stacked: fitting or predicting throws, naming it.
 *
 * <p>Parameters: {@code estimators} (a non-empty list of {@link ProbaRegressor}s),
 * {@code finalEstimator}, {@code folds} (k &gt;= 2, default 5; at most the number of rows),
 * {@code seed} (the fold shuffle, default 0), {@code passthrough} (default false),
 * {@code threads} (base fits run at once, &gt;= 1, default 1; the result does not depend on it).
 */
public final class StackingProbaRegressor implements ProbaRegressor {
    private final List<ProbaRegressor> estimators;
    private final ProbaRegressor finalEstimator;
    private final int folds;
    private final long seed;
    private final boolean passthrough;
    private final int threads;

    private StackingProbaRegressor(List<?> estimators, ProbaRegressor finalEstimator, int folds, long seed,
        boolean passthrough, int threads) {
        this.estimators = Members.regressors("estimators", estimators);
        if (finalEstimator == null) {
            throw new IllegalArgumentException("finalEstimator must not be null");
        }
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be >= 2, got " + folds);
        }
        Sampling.checkThreads(threads);
        this.finalEstimator = finalEstimator;
        this.folds = folds;
        this.seed = seed;
        this.passthrough = passthrough;
        this.threads = threads;
    }

    /**
     * @param estimators the base regressors, at least one
     * @param finalEstimator the regressor fitted on the meta-features
     * @return stacking with 5 folds, seed 0, meta-features only, one thread
     * @throws IllegalArgumentException if a part is null or the list is empty
     */
    public static StackingProbaRegressor of(List<? extends ProbaRegressor> estimators,
        ProbaRegressor finalEstimator) {
        return new StackingProbaRegressor(estimators, finalEstimator, 5, 0L, false, 1);
    }

    /**
     * @param newFolds the number k of folds, &gt;= 2
     * @param newSeed the seed of the fold shuffle
     * @return a copy with those folds
     * @throws IllegalArgumentException if k &lt; 2
     */
    public StackingProbaRegressor withFolds(int newFolds, long newSeed) {
        return new StackingProbaRegressor(estimators, finalEstimator, newFolds, newSeed, passthrough, threads);
    }

    /**
     * @param newPassthrough true: the final regressor sees [X | meta-features]; false: only the
     *     meta-features
     * @return a copy with that choice
     */
    public StackingProbaRegressor withPassthrough(boolean newPassthrough) {
        return new StackingProbaRegressor(estimators, finalEstimator, folds, seed, newPassthrough, threads);
    }

    /**
     * @param newThreads the number of base fits run at once, &gt;= 1
     * @return a copy with that pool size
     * @throws IllegalArgumentException if threads &lt; 1
     */
    public StackingProbaRegressor withThreads(int newThreads) {
        return new StackingProbaRegressor(estimators, finalEstimator, folds, seed, passthrough, newThreads);
    }

    /** @return the base regressors */
    public List<ProbaRegressor> estimators() {
        return estimators;
    }

    /** @return the final regressor */
    public ProbaRegressor finalEstimator() {
        return finalEstimator;
    }

    /**
     * @throws IllegalArgumentException as {@link ProbaRegressor#fit}, if there are fewer rows than
     *     folds, or if a base or the final regressor rejects its data
     * @throws IllegalStateException if a base predicts a mean or variance that is not finite
     */
    @Override
    public ProbaModel fit(double[][] x, double[] y) {
        int p = DataChecks.features(x);
        DataChecks.targets(x, y);
        int n = y.length;
        if (n < folds) {
            throw new IllegalArgumentException("folds = " + folds + " needs at least as many rows, X has " + n);
        }
        int[] perm = Sampling.permutation(new SplittableRandom(seed), n);
        int bases = estimators.size();
        List<double[][]> outOfFold = Parallel.map(bases * folds, threads, t -> {
            int b = t / folds;
            int f = t % folds;
            int lo = (int) ((long) f * n / folds);
            int hi = (int) ((long) (f + 1) * n / folds);
            int[] train = new int[n - (hi - lo)];
            int[] test = new int[hi - lo];
            int a = 0;
            for (int q = 0; q < n; q++) {
                if (q < lo || q >= hi) {
                    train[a++] = perm[q];
                } else {
                    test[q - lo] = perm[q];
                }
            }
            ProbaModel m = estimators.get(b).fit(Sampling.rows(x, train, null), Sampling.pick(y, train));
            double[][] xt = Sampling.rows(x, test, null);
            return new double[][] {m.predict(xt), m.predictVar(xt), toDoubles(test)};
        });
        double[][] meta = new double[n][2 * bases];
        for (int t = 0; t < outOfFold.size(); t++) {
            int b = t / folds;
            double[][] r = outOfFold.get(t);
            for (int k = 0; k < r[0].length; k++) {
                int i = (int) r[2][k];
                meta[i][2 * b] = r[0][k];
                meta[i][2 * b + 1] = sd(r[1][k], r[0][k], b, i);
            }
        }
        List<ProbaModel> full = Parallel.map(bases, threads, b -> estimators.get(b).fit(x, y));
        ProbaModel top = finalEstimator.fit(features(x, meta), y);
        return new Model(this, full.toArray(new ProbaModel[0]), top, meta, p);
    }

    private static double[] toDoubles(int[] v) {
        double[] out = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            out[k] = v[k];
        }
        return out;
    }

    private double sd(double var, double mean, int base, int row) {
        if (!Double.isFinite(mean) || !(var >= 0.0 && var < Double.POSITIVE_INFINITY)) {
            throw new IllegalStateException("base estimator " + base + " (" + estimators.get(base).getClass()
                .getSimpleName() + ") predicted mean " + mean + " and variance " + var + " for row " + row
                + "; stacking needs a finite mean and variance");
        }
        return Math.sqrt(var);
    }

    /** @return the final regressor's features: meta, or [x | meta] with passthrough */
    private double[][] features(double[][] x, double[][] meta) {
        if (!passthrough) {
            return meta;
        }
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            double[] row = java.util.Arrays.copyOf(x[i], x[i].length + meta[i].length);
            System.arraycopy(meta[i], 0, row, x[i].length, meta[i].length);
            out[i] = row;
        }
        return out;
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("estimators", estimators, "finalEstimator", finalEstimator, "folds", folds, "seed", seed,
            "passthrough", passthrough, "threads", threads);
    }

    @Override
    public StackingProbaRegressor withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("StackingProbaRegressor", params(), changes);
        return new StackingProbaRegressor((List<?>) p.get("estimators"), (ProbaRegressor) p.get("finalEstimator"),
            Params.getInt(p, "folds"), Params.getLong(p, "seed"), (Boolean) p.get("passthrough"),
            Params.getInt(p, "threads"));
    }

    /** Value equality: equal parameters (threads included). */
    @Override
    public boolean equals(Object o) {
        return o instanceof StackingProbaRegressor r && r.estimators.equals(estimators)
            && r.finalEstimator.equals(finalEstimator) && r.folds == folds && r.seed == seed
            && r.passthrough == passthrough && r.threads == threads;
    }

    @Override
    public int hashCode() {
        return Objects.hash(StackingProbaRegressor.class, estimators, finalEstimator, folds, seed, passthrough,
            threads);
    }

    @Override
    public String toString() {
        return "StackingProbaRegressor" + params();
    }

    /** The full-data bases, the final model, and the out-of-fold meta-features of the training rows. */
    record Model(StackingProbaRegressor regressor, ProbaModel[] bases, ProbaModel top, double[][] meta,
                 int numFeatures) implements ProbaModel {

        /** @return the out-of-fold meta-features of the training rows, n x 2B (a copy) */
        double[][] metaFeatures() {
            double[][] out = new double[meta.length][];
            for (int i = 0; i < meta.length; i++) {
                out[i] = meta[i].clone();
            }
            return out;
        }

        @Override
        public Distribution predictProba(double[][] x) {
            DataChecks.featuresFor(x, numFeatures);
            int m = x.length;
            double[][] z = new double[m][2 * bases.length];
            for (int b = 0; b < bases.length; b++) {
                ProbaModel base = bases[b];
                double[][] mv = DataChecks.validated(x, () -> new double[][] {base.predict(x), base.predictVar(x)});
                for (int i = 0; i < m; i++) {
                    z[i][2 * b] = mv[0][i];
                    z[i][2 * b + 1] = regressor.sd(mv[1][i], mv[0][i], b, i);
                }
            }
            return top.predictProba(regressor.features(x, z));
        }
    }
}
