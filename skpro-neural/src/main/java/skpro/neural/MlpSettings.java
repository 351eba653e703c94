package skpro.neural;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import skpro.neural.heads.Score;
import skpro.neural.optim.AdamW;
import skpro.neural.optim.LearningRateSchedule;
import skpro.neural.train.Trainer;
import skpro.regression.Params;

/**
 * The architecture and training hyper-parameters the MLP estimators share, validated.
 *
 * @param hiddenSizes hidden widths, each &gt;= 1
 * @param activation hidden activation
 * @param epochs passes over the training rows, &gt;= 1
 * @param batchSize rows per step, &gt;= 1
 * @param learningRate AdamW's rate, &gt; 0
 * @param weightDecay decoupled weight decay, &gt;= 0
 * @param dropout rate after each hidden activation, in [0, 1)
 * @param validationFraction held-out share for early stopping, in [0, 1)
 * @param patience epochs without improvement before stopping, &gt;= 0 (0: never)
 * @param seed seeds weights, split, shuffles and dropout
 */
record MlpSettings(List<Integer> hiddenSizes, MlpActivation activation, int epochs, int batchSize,
                   double learningRate, double weightDecay, double dropout, double validationFraction, int patience,
                   long seed) {

    static final MlpSettings DEFAULT = new MlpSettings(List.of(50), MlpActivation.RELU, 40, 32, 1e-3, 0.0, 0.0, 0.0,
        0, 0L);

    MlpSettings {
        hiddenSizes = Mlp.checkHidden(hiddenSizes);
        if (activation == null) {
            throw new IllegalArgumentException("activation must not be null");
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learningRate must be positive and finite, got " + learningRate);
        }
        if (!(weightDecay >= 0) || Double.isInfinite(weightDecay)) {
            throw new IllegalArgumentException("weightDecay must be finite and >= 0, got " + weightDecay);
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validationFraction must be in [0, 1), got " + validationFraction);
        }
        if (patience < 0) {
            throw new IllegalArgumentException("patience must be >= 0, got " + patience);
        }
        if (patience > 0 && validationFraction == 0) {
            throw new IllegalArgumentException("patience " + patience + " needs a validationFraction > 0");
        }
    }

    /**
     * @param loss the training loss
     * @param progress where to draw progress, or null
     * @return AdamW at a constant rate with these epochs, batch, validation, patience and seed
     */
    Trainer trainer(Score loss, PrintStream progress) {
        double lr = learningRate;
        LearningRateSchedule constant = step -> lr;
        return Trainer.of(AdamW.of().withWeightDecay(weightDecay), constant).withEpochs(epochs)
            .withBatchSize(batchSize).withValidationFraction(validationFraction).withPatience(patience)
            .withSeed(seed).withScore(loss).withProgress(progress);
    }

    Map<String, Object> params() {
        return Params.of("hiddenSizes", hiddenSizes, "activation", activation, "epochs", epochs, "batchSize",
            batchSize, "learningRate", learningRate, "weightDecay", weightDecay, "dropout", dropout,
            "validationFraction", validationFraction, "patience", patience, "seed", seed);
    }

    @SuppressWarnings("unchecked")
    static MlpSettings from(Map<String, Object> p) {
        return new MlpSettings((List<Integer>) p.get("hiddenSizes"), (MlpActivation) p.get("activation"),
            Params.getInt(p, "epochs"), Params.getInt(p, "batchSize"), Params.getDouble(p, "learningRate"),
            Params.getDouble(p, "weightDecay"), Params.getDouble(p, "dropout"),
            Params.getDouble(p, "validationFraction"), Params.getInt(p, "patience"), Params.getLong(p, "seed"));
    }
}
