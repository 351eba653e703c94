package skpro.neural.train;

import java.util.ArrayList;
import java.util.List;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import skpro.neural.engine.Context;
import skpro.neural.engine.Parameters;
import skpro.neural.optim.OptimizerState;

/**
 * The mutable bookkeeping of one training run: counters, loss history, early-stopping state; and
 * its round trip through a {@link Checkpoint}.
 */
final class RunState {
    final List<Double> trainLoss = new ArrayList<>();
    final List<Double> valLoss = new ArrayList<>();
    double best = Double.POSITIVE_INFINITY;
    int bestEpoch;
    INDArray bestValues;
    int epoch;
    long step;

    /**
     * Checks the whole checkpoint against this trainer, the network and the data, then (only then)
     * loads the weights and the optimiser state.
     */
    static RunState restore(Checkpoint from, String configuration, int epochs, Parameters params, OptimizerState state,
                            int n, long fingerprint) {
        if (!from.configuration().equals(configuration)) {
            throw new IllegalArgumentException("checkpoint was taken by a trainer with " + from.configuration()
                + ", this trainer has " + configuration);
        }
        if (from.parameterCount() != params.size()) {
            throw new IllegalArgumentException("checkpoint has " + from.parameterCount() + " parameters but the network "
                + params.size());
        }
        if (from.trainingRows() != n || from.dataFingerprint() != fingerprint) {
            throw new IllegalArgumentException("checkpoint was taken on other data (" + from.trainingRows()
                + " rows, fingerprint " + Long.toHexString(from.dataFingerprint()) + "); x and y have " + n
                + " rows, fingerprint " + Long.toHexString(fingerprint));
        }
        List<INDArray> current = state.buffers();
        List<double[]> saved = from.optimizerBuffers();
        if (saved.size() != current.size()) {
            throw new IllegalArgumentException("checkpoint holds " + saved.size() + " optimiser buffers, the optimiser "
                + current.size());
        }
        for (int i = 0; i < saved.size(); i++) {
            if (saved.get(i).length != current.get(i).length()) {
                throw new IllegalArgumentException("checkpoint optimiser buffer " + i + " has " + saved.get(i).length
                    + " values, the optimiser's " + current.get(i).length());
            }
        }
        if (from.bestValues() != null && from.bestValues().length != params.size()) {
            throw new IllegalArgumentException("checkpoint's best weights have " + from.bestValues().length
                + " values, the network " + params.size());
        }
        if (from.epochs() > epochs || from.bestEpoch() > from.epochs()
            || from.trainLossHistory().length != from.epochs()) {
            throw new IllegalArgumentException("checkpoint is inconsistent: " + from.epochs() + " epochs, best epoch "
                + from.bestEpoch() + ", " + from.trainLossHistory().length + " losses; this trainer runs " + epochs
                + " epochs");
        }
        DataType type = params.values().dataType();
        List<INDArray> buffers = new ArrayList<>();
        for (double[] b : saved) {
            buffers.add(Nd4j.createFromArray(b).castTo(type));
        }
        state.restore(from.optimizerSteps(), buffers);
        params.values().assign(Nd4j.createFromArray(from.values()).castTo(type));
        RunState run = new RunState();
        for (double v : from.trainLossHistory()) {
            run.trainLoss.add(v);
        }
        for (double v : from.validationLossHistory()) {
            run.valLoss.add(v);
        }
        run.best = from.bestLoss();
        run.bestEpoch = from.bestEpoch();
        run.bestValues = from.bestValues() == null ? null : Nd4j.createFromArray(from.bestValues()).castTo(type);
        run.epoch = from.epochs();
        run.step = from.steps();
        return run;
    }

    /** A 64-bit hash of the data, to tell a resume on other data. */
    static long fingerprint(INDArray x, double[] y) {
        long h = y.length;
        for (double v : y) {
            h = Context.mix(h ^ Double.doubleToLongBits(v));
        }
        double[] flat = x.dup('c').data().asDouble();
        for (double v : flat) {
            h = Context.mix(h ^ Double.doubleToLongBits(v));
        }
        return h;
    }

    /**
     * @return this state, the weights and the optimiser state as a checkpoint
     */
    Checkpoint checkpoint(String configuration, int n, long fingerprint, Parameters params, OptimizerState state) {
        List<double[]> buffers = new ArrayList<>();
        for (INDArray b : state.buffers()) {
            buffers.add(b.toDoubleVector());
        }
        return new Checkpoint(configuration, fingerprint, epoch, step, n, params.values().toDoubleVector(),
            state.steps(), buffers, toArray(trainLoss), toArray(valLoss), best, bestEpoch,
            bestValues == null ? null : bestValues.toDoubleVector());
    }

    static double[] toArray(List<Double> list) {
        double[] a = new double[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = list.get(i);
        }
        return a;
    }
}
