package skpro.neural;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import skpro.classification.ClassLabels;
import skpro.classification.ClassifierModelBase;
import skpro.classification.ProbaClassifier;
import skpro.neural.engine.Context;
import skpro.neural.engine.Network;
import skpro.neural.heads.CategoricalHead;
import skpro.neural.heads.Score;
import skpro.neural.train.TrainingResult;
import skpro.regression.DataValidation;
import skpro.regression.Params;

/**
 * A multilayer perceptron classifier: softmax over K class logits, trained by minibatch AdamW on
 * the log-loss -log p(y | x). The prediction is a categorical distribution over the classes
 * (indices 0..K-1 in the order of {@link skpro.classification.ProbaClassifierModel#classes()}).
 *
 * <p>Model: p(k | x) = softmax(W_L a(... a(W_1 z + b_1) ...) + b_L)_k with z the standardised
 * features. Parameters as {@link MLPProbaRegressor}'s architecture and training ones:
 * {@code hiddenSizes} ([50]), {@code activation} (RELU), {@code epochs} (40), {@code batchSize}
 * (32), {@code learningRate} (1e-3), {@code weightDecay} (0), {@code dropout} (0),
 * {@code validationFraction} (0), {@code patience} (0), {@code seed} (0).
 */
public final class MLPProbaClassifier implements ProbaClassifier {
    private final MlpSettings s;

    private MLPProbaClassifier(MlpSettings s) {
        this.s = s;
    }

    /** @return the defaults: one hidden layer of 50 ReLU units, 40 epochs of AdamW at 1e-3 */
    public static MLPProbaClassifier of() {
        return new MLPProbaClassifier(MlpSettings.DEFAULT);
    }

    /**
     * @param widths hidden widths, each &gt;= 1 (empty: multinomial logistic regression)
     * @return a copy
     * @throws IllegalArgumentException if a width is below 1
     */
    public MLPProbaClassifier withHiddenSizes(int... widths) {
        Integer[] boxed = new Integer[widths.length];
        for (int i = 0; i < widths.length; i++) {
            boxed[i] = widths[i];
        }
        return withParams(Params.of("hiddenSizes", List.of(boxed)));
    }

    /**
     * @param a the hidden activation
     * @return a copy
     * @throws IllegalArgumentException if a is null
     */
    public MLPProbaClassifier withActivation(MlpActivation a) {
        return withParams(Params.of("activation", a));
    }

    /**
     * @param n epochs, &gt;= 1
     * @return a copy
     * @throws IllegalArgumentException if n &lt; 1
     */
    public MLPProbaClassifier withEpochs(int n) {
        return withParams(Params.of("epochs", n));
    }

    /**
     * @param n rows per step, &gt;= 1
     * @return a copy
     * @throws IllegalArgumentException if n &lt; 1
     */
    public MLPProbaClassifier withBatchSize(int n) {
        return withParams(Params.of("batchSize", n));
    }

    /**
     * @param lr AdamW's learning rate, &gt; 0
     * @return a copy
     * @throws IllegalArgumentException if not positive and finite
     */
    public MLPProbaClassifier withLearningRate(double lr) {
        return withParams(Params.of("learningRate", lr));
    }

    /**
     * @param wd decoupled weight decay, &gt;= 0
     * @return a copy
     * @throws IllegalArgumentException if negative or not finite
     */
    public MLPProbaClassifier withWeightDecay(double wd) {
        return withParams(Params.of("weightDecay", wd));
    }

    /**
     * @param rate dropout rate after each hidden activation, in [0, 1)
     * @return a copy
     * @throws IllegalArgumentException if outside [0, 1)
     */
    public MLPProbaClassifier withDropout(double rate) {
        return withParams(Params.of("dropout", rate));
    }

    /**
     * @param fraction validation share in [0, 1)
     * @param patience epochs without improvement before stopping (0: train all epochs, keep the best)
     * @return a copy
     * @throws IllegalArgumentException if out of range
     */
    public MLPProbaClassifier withValidation(double fraction, int patience) {
        return withParams(Params.of("validationFraction", fraction, "patience", patience));
    }

    /**
     * @param seed seeds weights, shuffles, split and dropout
     * @return a copy
     */
    public MLPProbaClassifier withSeed(long seed) {
        return withParams(Params.of("seed", seed));
    }

    @Override
    public Map<String, Object> params() {
        return s.params();
    }

    @Override
    public MLPProbaClassifier withParams(Map<String, ?> changes) {
        return new MLPProbaClassifier(MlpSettings.from(Params.merge("MLPProbaClassifier", params(), changes)));
    }

    @Override
    public <L> Model<L> fit(double[][] x, List<L> y) {
        return fitWithProgress(x, y, null);
    }

    /**
     * @param x features
     * @param y labels, one per row, at least two distinct
     * @param progress where to draw a progress bar, or null
     * @param <L> the label type
     * @return the fitted model
     * @throws IllegalArgumentException if X or y is invalid
     */
    public <L> Model<L> fitWithProgress(double[][] x, List<L> y, PrintStream progress) {
        int p = DataValidation.features(x);
        ClassLabels<L> labels = ClassLabels.ofTargets(x, y);
        int[] codes = labels.encode(y);
        double[] target = new double[codes.length];
        for (int i = 0; i < codes.length; i++) {
            target[i] = codes[i];
        }
        ColumnScaler scaler = ColumnScaler.fit(x);
        CategoricalHead head = CategoricalHead.of(labels.size());
        Network net = Network.of(Mlp.build(p, s.hiddenSizes(), s.activation(), s.dropout(), labels.size()),
            DataType.FLOAT, s.seed());
        TrainingResult result = s.trainer(Score.NLL, progress)
            .fit(net, head, scaler.transform(x), target);
        return new Model<>(this, labels, p, net, scaler, result);
    }

    /** Value equality over all parameters. */
    @Override
    public boolean equals(Object o) {
        return o instanceof MLPProbaClassifier c && c.s.equals(s);
    }

    @Override
    public int hashCode() {
        return Objects.hash(MLPProbaClassifier.class, s);
    }

    @Override
    public String toString() {
        return "MLPProbaClassifier" + params();
    }

    /**
     * A fitted MLP classifier. Predictions on one model are serialised (thread-safe).
     *
     * @param <L> the label type
     */
    public static final class Model<L> extends ClassifierModelBase<L> {
        private final Network network;
        private final ColumnScaler scaler;
        private final TrainingResult training;

        Model(MLPProbaClassifier classifier, ClassLabels<L> labels, int p, Network network, ColumnScaler scaler,
              TrainingResult training) {
            super(classifier, labels, p);
            this.network = network;
            this.scaler = scaler;
            this.training = training;
        }

        /** @return the training run's record */
        public TrainingResult training() {
            return training;
        }

        @Override
        protected double[][] probabilities(double[][] x) {
            INDArray logits;
            synchronized (network) {
                logits = network.forward(scaler.transform(x), Context.inference());
            }
            int k = numClasses();
            double[] raw = NetworkOutputs.finiteRows(logits);
            double[][] out = new double[x.length][k];
            for (int i = 0; i < x.length; i++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < k; j++) {
                    max = Math.max(max, raw[i * k + j]);
                }
                double sum = 0;
                for (int j = 0; j < k; j++) {
                    out[i][j] = Math.exp(raw[i * k + j] - max);
                    sum += out[i][j];
                }
                for (int j = 0; j < k; j++) {
                    out[i][j] /= sum;
                }
            }
            return out;
        }
    }
}
