package skpro.neural.train;

/**
 * What a training run did.
 *
 * @param epochs epochs completed
 * @param steps optimiser steps taken
 * @param trainLoss mean training loss of each epoch (over its minibatches, weighted by rows)
 * @param validationLoss validation negative log-likelihood after each epoch (empty without a
 *     validation split)
 * @param bestEpoch the 1-based epoch whose weights were kept (the last one without early stopping)
 * @param stoppedEarly whether early stopping ended the run
 * @param rowsPerSecond training rows processed per second of wall time (not reproducible)
 */
public record TrainingResult(int epochs, long steps, double[] trainLoss, double[] validationLoss, int bestEpoch,
                             boolean stoppedEarly, double rowsPerSecond) {

    /** Copies the arrays. */
    public TrainingResult {
        trainLoss = trainLoss.clone();
        validationLoss = validationLoss.clone();
    }

    @Override
    public double[] trainLoss() {
        return trainLoss.clone();
    }

    @Override
    public double[] validationLoss() {
        return validationLoss.clone();
    }
}
