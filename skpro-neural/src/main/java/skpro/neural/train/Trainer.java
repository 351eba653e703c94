package skpro.neural.train;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.memory.enums.ResetPolicy;
import org.nd4j.linalg.api.memory.enums.SpillPolicy;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.BooleanIndexing;
import org.nd4j.linalg.indexing.conditions.Conditions;

import skpro.neural.engine.Context;
import skpro.neural.engine.Layer;
import skpro.neural.engine.Network;
import skpro.neural.engine.Parameters;
import skpro.neural.heads.DistributionHead;
import skpro.neural.heads.HeadLoss;
import skpro.neural.heads.Score;
import skpro.neural.optim.GradientClipping;
import skpro.neural.optim.LearningRateSchedule;
import skpro.neural.optim.Optimizer;
import skpro.neural.optim.OptimizerState;

/**
 * Minibatch training of a {@link Network} with a {@link DistributionHead} on tabular data
 * ({@code x} of shape [rows, features]).
 *
 * <p>One run: a seeded split holds out {@code validationFraction} of the rows; each epoch visits
 * the training rows in a seeded random order in minibatches (the last one may be smaller); each
 * step computes the head's loss, backpropagates, checks that loss and gradients are finite (else
 * {@link TrainingDivergedException} naming the step and layer), clips the gradient's global norm
 * if asked, and lets the optimiser update the flat parameters with the schedule's rate for that
 * step. After each epoch the validation negative log-likelihood is computed; with
 * {@code patience} p &gt; 0 training stops after p epochs without improvement, and with a
 * validation split the weights of the best epoch are restored at the end.
 *
 * <p>Reproducibility: the split, each epoch's order and each step's dropout seed are functions of
 * ({@code seed}, epoch, step) only, so a run resumed from a {@link Checkpoint} is bit-identical to
 * the uninterrupted one. Progress, when a stream is given, is a one-line bar per epoch.
 */
public final class Trainer {
    private static final long SPLIT_SALT = 0x3C6EF372FE94F82BL;
    private static final long EPOCH_SALT = 0xA54FF53A5F1D36F1L;
    private static final int EVAL_CHUNK = 4096;
    private static final WorkspaceConfiguration STEP_WORKSPACE = WorkspaceConfiguration.builder()
        .initialSize(0).policyAllocation(AllocationPolicy.OVERALLOCATE).overallocationLimit(0.2)
        .policyLearning(LearningPolicy.FIRST_LOOP).policyReset(ResetPolicy.BLOCK_LEFT)
        .policySpill(SpillPolicy.REALLOCATE).build();

    private final Optimizer optimizer;
    private final LearningRateSchedule schedule;
    private final int epochs;
    private final int batchSize;
    private final double validationFraction;
    private final int patience;
    private final long seed;
    private final double maxGradientNorm;
    private final Score score;
    private final PrintStream progress;
    private final int checkpointEvery;
    private final Consumer<Checkpoint> checkpointSink;

    private Trainer(Optimizer optimizer, LearningRateSchedule schedule, int epochs, int batchSize,
                    double validationFraction, int patience, long seed, double maxGradientNorm, Score score,
                    PrintStream progress, int checkpointEvery, Consumer<Checkpoint> checkpointSink) {
        this.optimizer = optimizer;
        this.schedule = schedule;
        this.epochs = epochs;
        this.batchSize = batchSize;
        this.validationFraction = validationFraction;
        this.patience = patience;
        this.seed = seed;
        this.maxGradientNorm = maxGradientNorm;
        this.score = score;
        this.progress = progress;
        this.checkpointEvery = checkpointEvery;
        this.checkpointSink = checkpointSink;
    }

    /**
     * A trainer with 10 epochs, batch 32, no validation split, no early stopping, seed 0, no
     * clipping, the NLL loss, no progress output and no checkpoints.
     *
     * @param optimizer the update rule
     * @param schedule the learning rate per step
     * @return the trainer
     * @throws IllegalArgumentException if an argument is null
     */
    public static Trainer of(Optimizer optimizer, LearningRateSchedule schedule) {
        if (optimizer == null) {
            throw new IllegalArgumentException("optimizer must not be null");
        }
        if (schedule == null) {
            throw new IllegalArgumentException("schedule must not be null");
        }
        return new Trainer(optimizer, schedule, 10, 32, 0.0, 0, 0L, 0.0, Score.NLL, null, 0, null);
    }

    /**
     * @param n epochs, &gt;= 1
     * @return a copy
     * @throws IllegalArgumentException if n &lt; 1
     */
    public Trainer withEpochs(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("epochs must be >= 1, got " + n);
        }
        return new Trainer(optimizer, schedule, n, batchSize, validationFraction, patience, seed, maxGradientNorm,
            score, progress, checkpointEvery, checkpointSink);
    }

    /**
     * @param n rows per minibatch, &gt;= 1
     * @return a copy
     * @throws IllegalArgumentException if n &lt; 1
     */
    public Trainer withBatchSize(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, got " + n);
        }
        return new Trainer(optimizer, schedule, epochs, n, validationFraction, patience, seed, maxGradientNorm,
            score, progress, checkpointEvery, checkpointSink);
    }

    /**
     * @param fraction share of rows held out for validation, in [0, 1)
     * @return a copy
     * @throws IllegalArgumentException if outside [0, 1)
     */
    public Trainer withValidationFraction(double fraction) {
        if (!(fraction >= 0 && fraction < 1)) {
            throw new IllegalArgumentException("validationFraction must be in [0, 1), got " + fraction);
        }
        return new Trainer(optimizer, schedule, epochs, batchSize, fraction, patience, seed, maxGradientNorm,
            score, progress, checkpointEvery, checkpointSink);
    }

    /**
     * @param epochsWithoutImprovement stop after this many epochs without a lower validation loss;
     *     0 never stops early
     * @return a copy
     * @throws IllegalArgumentException if negative
     */
    public Trainer withPatience(int epochsWithoutImprovement) {
        if (epochsWithoutImprovement < 0) {
            throw new IllegalArgumentException("patience must be >= 0, got " + epochsWithoutImprovement);
        }
        return new Trainer(optimizer, schedule, epochs, batchSize, validationFraction, epochsWithoutImprovement, seed,
            maxGradientNorm, score, progress, checkpointEvery, checkpointSink);
    }

    /**
     * @param s seeds the split, the shuffles and dropout
     * @return a copy
     */
    public Trainer withSeed(long s) {
        return new Trainer(optimizer, schedule, epochs, batchSize, validationFraction, patience, s, maxGradientNorm,
            score, progress, checkpointEvery, checkpointSink);
    }

    /**
     * @param maxNorm clip the gradient's global L2 norm to this value; 0 disables clipping
     * @return a copy
     * @throws IllegalArgumentException if negative or not finite
     */
    public Trainer withGradientClipping(double maxNorm) {
        if (!(maxNorm >= 0) || Double.isInfinite(maxNorm)) {
            throw new IllegalArgumentException("maxNorm must be finite and >= 0, got " + maxNorm);
        }
        return new Trainer(optimizer, schedule, epochs, batchSize, validationFraction, patience, seed, maxNorm,
            score, progress, checkpointEvery, checkpointSink);
    }

    /**
     * @param s the training loss (validation always uses NLL)
     * @return a copy
     * @throws IllegalArgumentException if null
     */
    public Trainer withScore(Score s) {
        if (s == null) {
            throw new IllegalArgumentException("score must not be null");
        }
        return new Trainer(optimizer, schedule, epochs, batchSize, validationFraction, patience, seed,
            maxGradientNorm, s, progress, checkpointEvery, checkpointSink);
    }

    /**
     * @param out where to draw the progress bar (e.g. System.err), or null for none
     * @return a copy
     */
    public Trainer withProgress(PrintStream out) {
        return new Trainer(optimizer, schedule, epochs, batchSize, validationFraction, patience, seed,
            maxGradientNorm, score, out, checkpointEvery, checkpointSink);
    }

    /**
     * @param everyEpochs hand a checkpoint to the sink after every this many epochs
     * @param sink receives checkpoints (e.g. {@link Checkpoint#writer})
     * @return a copy
     * @throws IllegalArgumentException if everyEpochs &lt; 1 or sink is null
     */
    public Trainer withCheckpoints(int everyEpochs, Consumer<Checkpoint> sink) {
        if (everyEpochs < 1) {
            throw new IllegalArgumentException("everyEpochs must be >= 1, got " + everyEpochs);
        }
        if (sink == null) {
            throw new IllegalArgumentException("sink must not be null");
        }
        return new Trainer(optimizer, schedule, epochs, batchSize, validationFraction, patience, seed,
            maxGradientNorm, score, progress, everyEpochs, sink);
    }

    /** @return the number of epochs */
    public int epochs() {
        return epochs;
    }

    /**
     * Trains from the network's current weights.
     *
     * @param network the network (its weights are changed)
     * @param head maps the network's outputs to distributions and scores them
     * @param x inputs [rows, features] in the network's data type
     * @param y targets, one per row
     * @return what the run did
     * @throws IllegalArgumentException if shapes disagree, too few rows remain for training, or
     *     the head does not support the score
     * @throws TrainingDivergedException if a loss or gradient becomes NaN or infinite
     */
    public TrainingResult fit(Network network, DistributionHead head, INDArray x, double[] y) {
        return run(network, head, x, y, null);
    }

    /**
     * Continues a run from a checkpoint taken by this trainer's configuration on the same data.
     *
     * @param network a network of the same architecture (its weights are replaced)
     * @param head the head of the original run
     * @param x the original inputs
     * @param y the original targets
     * @param checkpoint the checkpoint
     * @return what the whole run did (epochs and losses include those before the checkpoint)
     * @throws IllegalArgumentException if the checkpoint does not fit the network or the data
     */
    public TrainingResult resume(Network network, DistributionHead head, INDArray x, double[] y,
                                 Checkpoint checkpoint) {
        if (checkpoint == null) {
            throw new IllegalArgumentException("checkpoint must not be null");
        }
        return run(network, head, x, y, checkpoint);
    }

    private TrainingResult run(Network network, DistributionHead head, INDArray x, double[] y, Checkpoint from) {
        checkInputs(network, head, x, y);
        int n = y.length;
        int[] perm = permutation(n, Context.mix(seed ^ SPLIT_SALT));
        int nVal = validationSize(n, validationFraction);
        if (n - nVal < 1) {
            throw new IllegalArgumentException("validationFraction " + validationFraction + " leaves no training rows of "
                + n);
        }
        int[] valIdx = Arrays.copyOfRange(perm, 0, nVal);
        int[] trainIdx = Arrays.copyOfRange(perm, nVal, n);
        INDArray xVal = nVal == 0 ? null : Nd4j.pullRows(x, 1, valIdx);
        double[] yVal = gather(y, valIdx);

        Parameters params = network.parameters();
        OptimizerState state = optimizer.start(params);
        List<Double> trainLoss = new ArrayList<>();
        List<Double> valLoss = new ArrayList<>();
        double best = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        INDArray bestValues = null;
        int startEpoch = 0;
        long step = 0;
        if (from != null) {
            if (from.parameterCount() != params.size()) {
                throw new IllegalArgumentException("checkpoint has " + from.parameterCount()
                    + " parameters but the network " + params.size());
            }
            if (from.trainingRows() != n) {
                throw new IllegalArgumentException("checkpoint was taken on " + from.trainingRows() + " rows, x has " + n);
            }
            params.values().assign(Nd4j.createFromArray(from.values()).castTo(params.values().dataType()));
            List<INDArray> buffers = new ArrayList<>();
            for (double[] b : from.optimizerBuffers()) {
                buffers.add(Nd4j.createFromArray(b).castTo(params.values().dataType()));
            }
            state.restore(from.optimizerSteps(), buffers);
            for (double v : from.trainLossHistory()) {
                trainLoss.add(v);
            }
            for (double v : from.validationLossHistory()) {
                valLoss.add(v);
            }
            best = from.bestLoss();
            bestEpoch = from.bestEpoch();
            bestValues = from.bestValues() == null ? null
                : Nd4j.createFromArray(from.bestValues()).castTo(params.values().dataType());
            startEpoch = from.epochs();
            step = from.steps();
        }

        ProgressBar bar = progress == null ? null : new ProgressBar(progress, epochs);
        long startNanos = System.nanoTime();
        long rowsSeen = 0;
        boolean stopped = nVal > 0 && patience > 0 && startEpoch - bestEpoch >= patience;
        int epoch = startEpoch;
        while (!stopped && epoch < epochs) {
            epoch++;
            int[] order = trainIdx.clone();
            shuffle(order, Context.mix(seed ^ EPOCH_SALT ^ Context.mix(epoch)));
            double lossSum = 0;
            for (int from0 = 0; from0 < order.length; from0 += batchSize) {
                int[] idx = Arrays.copyOfRange(order, from0, Math.min(order.length, from0 + batchSize));
                double loss = stepInWorkspace(network, head, x, y, idx, state, step, epoch);
                lossSum += loss * idx.length;
                rowsSeen += idx.length;
                step++;
                if (bar != null) {
                    bar.update(epoch, (double) (from0 + idx.length) / order.length, lossSum / (from0 + idx.length),
                        rate(rowsSeen, startNanos));
                }
            }
            trainLoss.add(lossSum / order.length);
            double v = Double.NaN;
            if (nVal > 0) {
                v = evaluate(network, head, xVal, yVal);
                valLoss.add(v);
                if (v < best) {
                    best = v;
                    bestEpoch = epoch;
                    bestValues = params.values().dup();
                }
                stopped = patience > 0 && epoch - bestEpoch >= patience;
            } else {
                bestEpoch = epoch;
            }
            if (bar != null) {
                bar.endEpoch(epoch, lossSum / order.length, v, rate(rowsSeen, startNanos));
            }
            if (checkpointSink != null && epoch % checkpointEvery == 0) {
                checkpointSink.accept(checkpoint(epoch, step, n, params, state, trainLoss, valLoss, best, bestEpoch,
                    bestValues));
            }
        }
        if (bestValues != null) {
            params.values().assign(bestValues);
        }
        return new TrainingResult(epoch, step, toArray(trainLoss), toArray(valLoss), bestEpoch, stopped,
            rate(rowsSeen, startNanos));
    }

    /**
     * One step with every temporary array in a workspace that is reused from step to step, instead
     * of one native allocation and one deallocation per intermediate array (the larger part of a
     * small network's step). Nothing allocated here outlives the step: parameters, gradients and
     * optimiser state live outside it.
     */
    @SuppressWarnings("try") // the workspace is used through its scope, not by name
    private double stepInWorkspace(Network network, DistributionHead head, INDArray x, double[] y, int[] idx,
                                   OptimizerState state, long step, int epoch) {
        try (MemoryWorkspace scope = Nd4j.getWorkspaceManager().getAndActivateWorkspace(STEP_WORKSPACE,
            "skpro-trainer-step")) {
            return step(network, head, Nd4j.pullRows(x, 1, idx), gather(y, idx), state, step, epoch);
        }
    }

    private double step(Network network, DistributionHead head, INDArray xb, double[] yb, OptimizerState state,
                        long step, int epoch) {
        Parameters params = network.parameters();
        Context ctx = Context.training(Context.mix(seed + Context.mix(step + 1)));
        INDArray raw = network.forward(xb, ctx);
        HeadLoss hl = head.loss(raw, yb, score);
        if (!Double.isFinite(hl.value())) {
            String where = locate(network, xb);
            throw new TrainingDivergedException(step, where, "loss became " + hl.value() + " at step " + step
                + " (epoch " + epoch + "); first non-finite value in " + where);
        }
        params.zeroGradients();
        network.backward(hl.gradient());
        Parameters.Slot bad = params.firstNonFinite(params.gradients());
        if (bad != null) {
            throw new TrainingDivergedException(step, bad.qualifiedName(), "gradient of " + bad.qualifiedName()
                + " became non-finite at step " + step + " (epoch " + epoch + ")");
        }
        if (maxGradientNorm > 0) {
            GradientClipping.clipByGlobalNorm(params.gradients(), maxGradientNorm);
        }
        double lr = schedule.rate(step);
        if (!(lr >= 0) || Double.isInfinite(lr)) {
            throw new IllegalStateException("schedule gave learning rate " + lr + " at step " + step);
        }
        state.step(params.values(), params.gradients(), lr);
        return hl.value();
    }

    /** Names the first parameter tensor, else the first top-level layer output, that is not finite. */
    private static String locate(Network network, INDArray xb) {
        Parameters params = network.parameters();
        Parameters.Slot bad = params.firstNonFinite(params.values());
        if (bad != null) {
            return bad.qualifiedName();
        }
        List<Layer> layers = network.root().children();
        INDArray h = xb;
        String path = "0:" + network.root().name();
        for (int i = 0; i < layers.size(); i++) {
            h = layers.get(i).forward(h, Context.inference());
            if (!finite(h)) {
                return path + "/" + i + ":" + layers.get(i).name() + " (output)";
            }
        }
        return "the distribution head";
    }

    private static boolean finite(INDArray a) {
        return !BooleanIndexing.or(a, Conditions.isNan()) && !BooleanIndexing.or(a, Conditions.isInfinite());
    }

    private static double evaluate(Network network, DistributionHead head, INDArray xVal, double[] yVal) {
        double sum = 0;
        int n = yVal.length;
        for (int from = 0; from < n; from += EVAL_CHUNK) {
            int to = Math.min(n, from + EVAL_CHUNK);
            int[] idx = new int[to - from];
            for (int i = 0; i < idx.length; i++) {
                idx[i] = from + i;
            }
            INDArray xb = idx.length == n ? xVal : Nd4j.pullRows(xVal, 1, idx);
            INDArray raw = network.forward(xb, Context.inference());
            sum += head.loss(raw, Arrays.copyOfRange(yVal, from, to), Score.NLL).value() * idx.length;
        }
        return sum / n;
    }

    private Checkpoint checkpoint(int epoch, long step, int n, Parameters params, OptimizerState state,
                                  List<Double> trainLoss, List<Double> valLoss, double best, int bestEpoch,
                                  INDArray bestValues) {
        List<double[]> buffers = new ArrayList<>();
        for (INDArray b : state.buffers()) {
            buffers.add(b.toDoubleVector());
        }
        return new Checkpoint(epoch, step, n, params.values().toDoubleVector(), state.steps(), buffers,
            toArray(trainLoss), toArray(valLoss), best, bestEpoch, bestValues == null ? null : bestValues.toDoubleVector());
    }

    private void checkInputs(Network network, DistributionHead head, INDArray x, double[] y) {
        if (network == null || head == null || x == null || y == null) {
            throw new IllegalArgumentException("network, head, x and y must not be null");
        }
        if (x.rank() != 2) {
            throw new IllegalArgumentException("x must be [rows, features], got shape " + Arrays.toString(x.shape()));
        }
        if (x.rows() != y.length) {
            throw new IllegalArgumentException("x has " + x.rows() + " rows but y has " + y.length);
        }
        if (x.dataType() != network.dataType()) {
            throw new IllegalArgumentException("x has data type " + x.dataType() + ", the network " + network.dataType());
        }
        if (!head.supports(score)) {
            throw new IllegalArgumentException(head.getClass().getSimpleName() + " does not support score " + score);
        }
        long[] out = network.outputShape(x.shape());
        if (out.length != 2 || out[1] != head.numOutputs()) {
            throw new IllegalArgumentException("the network outputs shape " + Arrays.toString(out) + " but "
                + head.getClass().getSimpleName() + " needs [rows, " + head.numOutputs() + "]");
        }
    }

    private static int validationSize(int n, double fraction) {
        return fraction == 0 ? 0 : (int) Math.max(1, Math.round(n * fraction));
    }

    /**
     * @param n rows
     * @param fraction the validation fraction
     * @param seed the trainer's seed
     * @return the rows a trainer with this seed holds out for validation, in its order
     */
    static int[] validationRows(int n, double fraction, long seed) {
        return Arrays.copyOfRange(permutation(n, Context.mix(seed ^ SPLIT_SALT)), 0, validationSize(n, fraction));
    }

    private static double rate(long rows, long startNanos) {
        double s = (System.nanoTime() - startNanos) / 1e9;
        return s > 0 ? rows / s : 0.0;
    }

    private static int[] permutation(int n, long s) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        shuffle(p, s);
        return p;
    }

    private static void shuffle(int[] a, long s) {
        SplittableRandom r = new SplittableRandom(s);
        for (int i = a.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static double[] gather(double[] y, int[] idx) {
        double[] out = new double[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = y[idx[i]];
        }
        return out;
    }

    private static double[] toArray(List<Double> list) {
        double[] a = new double[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = list.get(i);
        }
        return a;
    }
}
