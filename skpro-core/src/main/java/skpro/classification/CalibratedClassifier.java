package skpro.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

import skpro.regression.Params;
import skpro.regression.internal.DataChecks;

/**
 * Probability calibration by cross-validation, as sklearn's {@code CalibratedClassifierCV}: a base
 * classifier's predicted probabilities are mapped through calibrators fitted on predictions for
 * rows the base model did not see.
 *
 * <p>Folds: the rows of each class are shuffled by {@code seed} and dealt in turn to the k =
 * {@code cv} folds, the count running on from one class to the next (stratified folds whose sizes
 * differ by at most one). Every class needs at least k rows, so every training part holds every
 * class (sklearn's requirement too).
 *
 * <p>Calibration, one-vs-rest as sklearn: the score of class c is the base model's probability
 * p_c; a calibrator maps it to q_c, fitted with class c positive and the others negative. With two
 * classes only the second class is calibrated and q_0 = 1 - q_1; with K &gt; 2 every class is, and
 * the q_c are divided by their sum (1/K each when all are 0).
 * <ul>
 * <li>{@link Method#SIGMOID}: Platt's q = 1 / (1 + exp(A p + B)), A and B by maximum likelihood
 *     against the smoothed targets (N+ + 1) / (N+ + 2) and 1 / (N- + 2) (Newton's method).</li>
 * <li>{@link Method#ISOTONIC}: the non-decreasing least-squares fit (pool adjacent violators),
 *     linearly interpolated between the distinct scores and clipped at the ends, so in [0, 1].
 *     It needs many rows: with few it overfits.</li>
 * </ul>
 *
 * <p>{@code ensemble = true} (sklearn's default): for each fold, the base classifier is fitted on
 * the other folds and the calibrators on its predictions for the fold; the prediction is the mean
 * of the k calibrated fold models' probabilities. {@code ensemble = false}: one set of calibrators
 * fitted on all n out-of-fold predictions, applied to the base classifier refitted on all rows.
 * The base classifier is fitted on the class indices 0..K-1 of the labels, so it may be of any
 * kind. Cost: k + 1 (or k) base fits plus O(n log n) per class.
 *
 * <p>Parameters: {@code estimator} (the base {@link ProbaClassifier}), {@code method} (default
 * SIGMOID), {@code cv} (the number of folds k &gt;= 2, default 5), {@code ensemble} (default true),
 * {@code seed} (the fold assignment, default 0).
 */
public final class CalibratedClassifier implements ProbaClassifier {

    /** The calibration map. */
    public enum Method {
        /** Platt's sigmoid in the base probability. */
        SIGMOID,
        /** A non-decreasing step function (isotonic regression). */
        ISOTONIC
    }

    private final ProbaClassifier estimator;
    private final Method method;
    private final int cv;
    private final boolean ensemble;
    private final long seed;

    private CalibratedClassifier(ProbaClassifier estimator, Method method, int cv, boolean ensemble, long seed) {
        if (estimator == null) {
            throw new IllegalArgumentException("estimator must not be null");
        }
        if (method == null) {
            throw new IllegalArgumentException("method must not be null");
        }
        if (cv < 2) {
            throw new IllegalArgumentException("cv must be >= 2 folds, got " + cv);
        }
        this.estimator = estimator;
        this.method = method;
        this.cv = cv;
        this.ensemble = ensemble;
        this.seed = seed;
    }

    /**
     * @param estimator the base classifier
     * @return sigmoid calibration over 5 stratified folds, ensemble, seed 0
     * @throws IllegalArgumentException if estimator is null
     */
    public static CalibratedClassifier of(ProbaClassifier estimator) {
        return new CalibratedClassifier(estimator, Method.SIGMOID, 5, true, 0L);
    }

    /**
     * @param newMethod the calibration map
     * @return a copy with it
     * @throws IllegalArgumentException if it is null
     */
    public CalibratedClassifier withMethod(Method newMethod) {
        return new CalibratedClassifier(estimator, newMethod, cv, ensemble, seed);
    }

    /**
     * @param folds the number of folds k, &gt;= 2
     * @param newSeed the seed of the fold assignment
     * @return a copy with those folds
     * @throws IllegalArgumentException if folds &lt; 2
     */
    public CalibratedClassifier withCv(int folds, long newSeed) {
        return new CalibratedClassifier(estimator, method, folds, ensemble, newSeed);
    }

    /**
     * @param newEnsemble true: average k calibrated fold models; false: one calibrator on all
     *     out-of-fold predictions and the base refitted on all rows
     * @return a copy with that choice
     */
    public CalibratedClassifier withEnsemble(boolean newEnsemble) {
        return new CalibratedClassifier(estimator, method, cv, newEnsemble, seed);
    }

    /** @return the base classifier */
    public ProbaClassifier estimator() {
        return estimator;
    }

    /** @return the calibration map */
    public Method method() {
        return method;
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("estimator", estimator, "method", method, "cv", cv, "ensemble", ensemble, "seed", seed);
    }

    @Override
    public CalibratedClassifier withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("CalibratedClassifier", params(), changes);
        return new CalibratedClassifier((ProbaClassifier) p.get("estimator"), (Method) p.get("method"),
            Params.getInt(p, "cv"), (Boolean) p.get("ensemble"), Params.getLong(p, "seed"));
    }

    /**
     * @throws IllegalArgumentException as {@link ProbaClassifier#fit}, if a class has fewer than
     *     {@code cv} rows, or if the base classifier rejects a fold
     */
    @Override
    public <L> ProbaClassifierModel<L> fit(double[][] x, List<L> y) {
        int p = DataChecks.features(x);
        ClassLabels<L> labels = ClassLabels.ofTargets(x, y);
        int[] codes = labels.encode(y);
        int k = labels.size();
        int[] fold = stratifiedFolds(codes, k, labels);
        int n = x.length;
        List<ProbaClassifierModel<Integer>> members = new ArrayList<>();
        List<ScoreCalibrator[]> calibrators = new ArrayList<>();
        double[][] outOfFold = new double[n][];
        for (int f = 0; f < cv; f++) {
            int[] test = rowsWhere(fold, f, true);
            int[] train = rowsWhere(fold, f, false);
            ProbaClassifierModel<Integer> model = estimator.fit(rows(x, train), boxed(pick(codes, train)));
            double[][] pred = model.predictProbaMatrix(rows(x, test));
            if (ensemble) {
                members.add(model);
                calibrators.add(calibrate(pred, pick(codes, test), k));
            } else {
                for (int i = 0; i < test.length; i++) {
                    outOfFold[test[i]] = pred[i];
                }
            }
        }
        if (!ensemble) {
            List<Integer> all = boxed(codes);
            members.add(DataChecks.validated(x, () -> estimator.fit(x, all)));
            calibrators.add(calibrate(outOfFold, codes, k));
        }
        return new Model<>(this, labels, p, members, calibrators);
    }

    /** @return per row its fold, after checking that every class has at least cv rows */
    private <L> int[] stratifiedFolds(int[] codes, int k, ClassLabels<L> labels) {
        int[] size = new int[k];
        for (int c : codes) {
            size[c]++;
        }
        int[][] members = new int[k][];
        for (int c = 0; c < k; c++) {
            if (size[c] < cv) {
                throw new IllegalArgumentException("class " + labels.classes().get(c) + " has " + size[c]
                    + " rows, fewer than cv = " + cv + " folds: every class needs at least cv rows");
            }
            members[c] = new int[size[c]];
            size[c] = 0;
        }
        for (int i = 0; i < codes.length; i++) {
            members[codes[i]][size[codes[i]]++] = i;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        int[] fold = new int[codes.length];
        int next = 0;
        for (int[] rows : members) {
            for (int i = rows.length - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = rows[i];
                rows[i] = rows[j];
                rows[j] = t;
            }
            for (int r : rows) {
                fold[r] = next;
                next = (next + 1) % cv;
            }
        }
        return fold;
    }

    private static int[] rowsWhere(int[] fold, int f, boolean in) {
        int count = 0;
        for (int v : fold) {
            count += (v == f) == in ? 1 : 0;
        }
        int[] out = new int[count];
        int a = 0;
        for (int i = 0; i < fold.length; i++) {
            if ((fold[i] == f) == in) {
                out[a++] = i;
            }
        }
        return out;
    }

    private static double[][] rows(double[][] x, int[] idx) {
        double[][] out = new double[idx.length][];
        for (int i = 0; i < idx.length; i++) {
            out[i] = x[idx[i]];
        }
        return out;
    }

    private static int[] pick(int[] codes, int[] idx) {
        int[] out = new int[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = codes[idx[i]];
        }
        return out;
    }

    private static List<Integer> boxed(int[] codes) {
        List<Integer> out = new ArrayList<>(codes.length);
        for (int c : codes) {
            out.add(c);
        }
        return out;
    }

    /** @return one calibrator per calibrated class (class 1 only when K = 2) */
    private ScoreCalibrator[] calibrate(double[][] pred, int[] truth, int k) {
        int m = pred.length;
        int first = k == 2 ? 1 : 0;
        ScoreCalibrator[] out = new ScoreCalibrator[k - first];
        double[] score = new double[m];
        boolean[] positive = new boolean[m];
        for (int c = first; c < k; c++) {
            for (int i = 0; i < m; i++) {
                score[i] = pred[i][c];
                positive[i] = truth[i] == c;
            }
            out[c - first] = method == Method.SIGMOID ? PlattCalibrator.fit(score, positive)
                : IsotonicCalibrator.fit(score, positive);
        }
        return out;
    }

    /** Value equality: equal base classifier and parameters. */
    @Override
    public boolean equals(Object o) {
        return o instanceof CalibratedClassifier c && c.estimator.equals(estimator) && c.method == method
            && c.cv == cv && c.ensemble == ensemble && c.seed == seed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(CalibratedClassifier.class, estimator, method, cv, ensemble, seed);
    }

    @Override
    public String toString() {
        return "CalibratedClassifier" + params();
    }

    /** The calibrated base models and their calibrators; predictions averaged over members. */
    private static final class Model<L> extends ClassifierModelBase<L> {
        private final List<ProbaClassifierModel<Integer>> members;
        private final List<ScoreCalibrator[]> calibrators;

        Model(CalibratedClassifier classifier, ClassLabels<L> labels, int p,
            List<ProbaClassifierModel<Integer>> members, List<ScoreCalibrator[]> calibrators) {
            super(classifier, labels, p);
            this.members = List.copyOf(members);
            this.calibrators = List.copyOf(calibrators);
        }

        @Override
        protected double[][] probabilities(double[][] x) {
            int k = numClasses();
            int m = x.length;
            double[][] out = new double[m][k];
            double share = 1.0 / members.size();
            for (int e = 0; e < members.size(); e++) {
                ProbaClassifierModel<Integer> member = members.get(e);
                double[][] base = DataChecks.validated(x, () -> member.predictProbaMatrix(x));
                ScoreCalibrator[] cal = calibrators.get(e);
                for (int i = 0; i < m; i++) {
                    double[] q = base[i];
                    if (k == 2) {
                        double q1 = cal[0].calibrate(q[1]);
                        out[i][0] += share * (1.0 - q1);
                        out[i][1] += share * q1;
                        continue;
                    }
                    double sum = 0.0;
                    for (int c = 0; c < k; c++) {
                        q[c] = cal[c].calibrate(q[c]);
                        sum += q[c];
                    }
                    for (int c = 0; c < k; c++) {
                        out[i][c] += share * (sum > 0.0 ? q[c] / sum : 1.0 / k);
                    }
                }
            }
            return out;
        }
    }
}
