package skpro.neural;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.nd4j.linalg.api.buffer.DataType;

import skpro.neural.engine.Network;
import skpro.neural.heads.DistributionHead;
import skpro.neural.heads.LaplaceHead;
import skpro.neural.heads.NormalHead;
import skpro.neural.heads.NormalMixtureHead;
import skpro.neural.heads.Score;
import skpro.neural.heads.StudentTHead;
import skpro.neural.train.TrainingResult;
import skpro.regression.DataValidation;
import skpro.regression.Params;
import skpro.regression.ProbaRegressor;

/**
 * A multilayer perceptron whose outputs parameterise a predictive distribution per row, trained by
 * minibatch AdamW on the negative log-likelihood or the CRPS (the "neural density network" of the
 * UCI benchmark literature, e.g. one hidden layer of 50 units with a Normal head).
 *
 * <p>Model: z = standardise(x); raw = W_k a(... a(W_1 z + b_1) ...) + b_k; the head maps raw to a
 * law of the standardised target y' = (y - m) / s (see {@link MlpHead}); the prediction is that law
 * mapped back, m + s Y' (a Normal head predicts {@code Normal(m + s mu, s sigma)}, and so on). X's
 * columns and y are standardised with the training rows' means and standard deviations.
 *
 * <p>Training: AdamW (learning rate {@code learningRate}, decoupled weight decay
 * {@code weightDecay}), {@code epochs} passes in minibatches of {@code batchSize} rows in a seeded
 * order; optional validation split with early stopping on validation NLL (best epoch's weights
 * kept); optional dropout after each hidden activation. Float32 on ND4J; the same seed gives the
 * same model on any thread.
 *
 * <p>Parameters: {@code hiddenSizes} (list of widths, default [50]), {@code activation} (RELU),
 * {@code head} (NORMAL), {@code mixtureComponents} (3, for MIXTURE), {@code loss} (NLL; CRPS for
 * NORMAL and LAPLACE only), {@code epochs} (40), {@code batchSize} (32), {@code learningRate}
 * (1e-3), {@code weightDecay} (0), {@code dropout} (0), {@code validationFraction} (0),
 * {@code patience} (0: no early stopping), {@code seed} (0).
 */
public final class MLPProbaRegressor implements ProbaRegressor {
    private final MlpSettings s;
    private final MlpHead head;
    private final int mixtureComponents;
    private final Score loss;

    private MLPProbaRegressor(MlpSettings s, MlpHead head, int mixtureComponents, Score loss) {
        if (head == null) {
            throw new IllegalArgumentException("head must not be null");
        }
        if (mixtureComponents < 1) {
            throw new IllegalArgumentException("mixtureComponents must be >= 1, got " + mixtureComponents);
        }
        if (loss == null) {
            throw new IllegalArgumentException("loss must not be null");
        }
        if (loss == Score.CRPS && head != MlpHead.NORMAL && head != MlpHead.LAPLACE) {
            throw new IllegalArgumentException("loss CRPS is available for the NORMAL and LAPLACE heads only, not "
                + head);
        }
        this.s = s;
        this.head = head;
        this.mixtureComponents = mixtureComponents;
        this.loss = loss;
    }

    /** @return the defaults: one hidden layer of 50 ReLU units, Normal head, NLL, 40 epochs */
    public static MLPProbaRegressor of() {
        return new MLPProbaRegressor(MlpSettings.DEFAULT, MlpHead.NORMAL, 3, Score.NLL);
    }

    /**
     * @param widths hidden layer widths, each &gt;= 1 (empty: a linear model)
     * @return a copy
     * @throws IllegalArgumentException if a width is below 1
     */
    public MLPProbaRegressor withHiddenSizes(int... widths) {
        Integer[] boxed = new Integer[widths.length];
        for (int i = 0; i < widths.length; i++) {
            boxed[i] = widths[i];
        }
        return with("hiddenSizes", List.of(boxed));
    }

    /**
     * @param a the hidden activation
     * @return a copy
     */
    public MLPProbaRegressor withActivation(MlpActivation a) {
        return with("activation", a);
    }

    /**
     * @param h the predictive law
     * @return a copy
     * @throws IllegalArgumentException if the loss does not fit it
     */
    public MLPProbaRegressor withHead(MlpHead h) {
        return with("head", h);
    }

    /**
     * @param k mixture components, &gt;= 1
     * @return a copy
     * @throws IllegalArgumentException if k &lt; 1
     */
    public MLPProbaRegressor withMixtureComponents(int k) {
        return with("mixtureComponents", k);
    }

    /**
     * @param score NLL or CRPS
     * @return a copy
     * @throws IllegalArgumentException if the head lacks it
     */
    public MLPProbaRegressor withLoss(Score score) {
        return with("loss", score);
    }

    /**
     * @param n epochs, &gt;= 1
     * @return a copy
     * @throws IllegalArgumentException if n &lt; 1
     */
    public MLPProbaRegressor withEpochs(int n) {
        return with("epochs", n);
    }

    /**
     * @param n rows per minibatch, &gt;= 1
     * @return a copy
     * @throws IllegalArgumentException if n &lt; 1
     */
    public MLPProbaRegressor withBatchSize(int n) {
        return with("batchSize", n);
    }

    /**
     * @param lr AdamW's learning rate, &gt; 0
     * @return a copy
     * @throws IllegalArgumentException if not
     */
    public MLPProbaRegressor withLearningRate(double lr) {
        return with("learningRate", lr);
    }

    /**
     * @param wd decoupled weight decay, &gt;= 0
     * @return a copy
     * @throws IllegalArgumentException if not
     */
    public MLPProbaRegressor withWeightDecay(double wd) {
        return with("weightDecay", wd);
    }

    /**
     * @param rate dropout rate in [0, 1)
     * @return a copy
     * @throws IllegalArgumentException if not
     */
    public MLPProbaRegressor withDropout(double rate) {
        return with("dropout", rate);
    }

    /**
     * @param fraction validation share in [0, 1)
     * @param patience epochs without improvement before stopping (0: train all epochs, keep the best)
     * @return a copy
     * @throws IllegalArgumentException if out of range
     */
    public MLPProbaRegressor withValidation(double fraction, int patience) {
        return withParams(Params.of("validationFraction", fraction, "patience", patience));
    }

    /**
     * @param seed seeds weights, shuffles, split and dropout
     * @return a copy
     */
    public MLPProbaRegressor withSeed(long seed) {
        return with("seed", seed);
    }

    private MLPProbaRegressor with(String name, Object value) {
        return withParams(Params.of(name, value));
    }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new java.util.LinkedHashMap<>(s.params());
        p.put("head", head);
        p.put("mixtureComponents", mixtureComponents);
        p.put("loss", loss);
        return java.util.Collections.unmodifiableMap(p);
    }

    @Override
    public MLPProbaRegressor withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("MLPProbaRegressor", params(), changes);
        return new MLPProbaRegressor(MlpSettings.from(p), (MlpHead) p.get("head"), Params.getInt(p,
            "mixtureComponents"), (Score) p.get("loss"));
    }

    DistributionHead newHead() {
        return switch (head) {
            case NORMAL -> NormalHead.of();
            case LAPLACE -> LaplaceHead.of();
            case STUDENT_T -> StudentTHead.of();
            case MIXTURE -> NormalMixtureHead.of(mixtureComponents);
        };
    }

    @Override
    public MLPProbaModel fit(double[][] x, double[] y) {
        return fitWithProgress(x, y, null);
    }

    /**
     * Fits, drawing a progress bar per epoch on {@code progress}.
     *
     * @param x features
     * @param y targets
     * @param progress where to draw progress (e.g. System.err), or null for none
     * @return the fitted model
     * @throws IllegalArgumentException if X or y is invalid (the message names the row/column)
     * @throws skpro.neural.train.TrainingDivergedException if training produces NaN or infinity
     */
    public MLPProbaModel fitWithProgress(double[][] x, double[] y, PrintStream progress) {
        int p = DataValidation.features(x);
        DataValidation.targets(x, y);
        ColumnScaler scaler = ColumnScaler.fit(x);
        double m = 0;
        for (double v : y) {
            m += v;
        }
        m /= y.length;
        double ss = 0;
        for (double v : y) {
            ss += (v - m) * (v - m);
        }
        double sd = Math.sqrt(ss / y.length);
        double scale = sd > 0 ? sd : 1.0;
        double[] yStd = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            yStd[i] = (y[i] - m) / scale;
        }
        DistributionHead head = newHead();
        Network net = Network.of(Mlp.build(p, s.hiddenSizes(), s.activation(), s.dropout(), head.numOutputs()),
            DataType.FLOAT, s.seed());
        TrainingResult result = s.trainer(loss, progress).fit(net, head, scaler.transform(x), yStd);
        return new MLPProbaModel(this, net, head, scaler, p, m, scale, result);
    }

    /** Value equality over all parameters. */
    @Override
    public boolean equals(Object o) {
        return o instanceof MLPProbaRegressor r && r.params().equals(params());
    }

    @Override
    public int hashCode() {
        return Objects.hash(MLPProbaRegressor.class, params());
    }

    @Override
    public String toString() {
        return "MLPProbaRegressor" + params();
    }
}
