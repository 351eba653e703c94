package skpro.neural;

import org.nd4j.linalg.api.ndarray.INDArray;

import skpro.distributions.Distribution;
import skpro.distributions.Laplace;
import skpro.distributions.MeanScale;
import skpro.distributions.Normal;
import skpro.distributions.TDistribution;
import skpro.neural.engine.Context;
import skpro.neural.engine.Network;
import skpro.neural.heads.DistributionHead;
import skpro.neural.train.TrainingResult;
import skpro.regression.DataValidation;
import skpro.regression.ProbaModel;

/**
 * A fitted {@link MLPProbaRegressor}: the trained network, the scalers and the training record.
 * Predictions map the head's law of the standardised target back to y's units, m + s Y'
 * (Normal, Laplace and t stay in their family; a mixture is wrapped as {@link MeanScale}).
 *
 * <p>Thread-safe: predictions on one model are serialised (the network keeps activations).
 */
public final class MLPProbaModel implements ProbaModel {
    private final MLPProbaRegressor regressor;
    private final Network network;
    private final DistributionHead head;
    private final ColumnScaler scaler;
    private final int numFeatures;
    private final double yMean;
    private final double yScale;
    private final TrainingResult training;

    MLPProbaModel(MLPProbaRegressor regressor, Network network, DistributionHead head, ColumnScaler scaler,
                  int numFeatures, double yMean, double yScale, TrainingResult training) {
        this.regressor = regressor;
        this.network = network;
        this.head = head;
        this.scaler = scaler;
        this.numFeatures = numFeatures;
        this.yMean = yMean;
        this.yScale = yScale;
        this.training = training;
    }

    @Override
    public MLPProbaRegressor regressor() {
        return regressor;
    }

    @Override
    public int numFeatures() {
        return numFeatures;
    }

    /** @return the training run's record (losses per epoch, best epoch, speed) */
    public TrainingResult training() {
        return training;
    }

    /** @return the number of trainable values */
    public long parameterCount() {
        return network.parameters().size();
    }

    /**
     * @throws IllegalArgumentException if X is invalid or has another number of columns
     */
    @Override
    public Distribution predictProba(double[][] x) {
        DataValidation.featuresFor(x, numFeatures);
        INDArray raw;
        synchronized (network) {
            raw = network.forward(scaler.transform(x), Context.inference());
        }
        NetworkOutputs.finiteRows(raw);
        return toOriginalUnits(head.distribution(raw));
    }

    private Distribution toOriginalUnits(Distribution d) {
        if (d instanceof Normal normal) {
            return Normal.of(affine(normal.mu(), yMean, yScale), affine(normal.sigma(), 0, yScale));
        }
        if (d instanceof Laplace laplace) {
            return Laplace.of(affine(laplace.mu(), yMean, yScale), affine(laplace.scale(), 0, yScale));
        }
        if (d instanceof TDistribution t) {
            return TDistribution.of(affine(t.mu(), yMean, yScale), affine(t.sigma(), 0, yScale), t.df());
        }
        return MeanScale.of(d, yMean, yScale);
    }

    private static double[] affine(double[] v, double shift, double scale) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = shift + scale * v[i];
        }
        return out;
    }
}
