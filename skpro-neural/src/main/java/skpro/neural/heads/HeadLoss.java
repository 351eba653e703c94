package skpro.neural.heads;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A head's loss on a batch and its gradient.
 *
 * @param value the loss averaged over the batch's rows
 * @param gradient d(value)/d(raw outputs), same shape and data type as the raw outputs
 */
public record HeadLoss(double value, INDArray gradient) {
}
