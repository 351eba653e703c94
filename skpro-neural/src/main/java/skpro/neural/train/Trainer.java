package skpro.neural.train;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import skpro.neural.engine.Context;
import skpro.neural.engine.Network;
import skpro.neural.engine.Parameters;
import skpro.neural.engine.StepScope;
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
        int[] trainIdx = Arrays.copyOfRange(perm, nVal, n);
        int[] valIdx = Arrays.copyOfRange(perm, 0, nVal);
        INDArray xVal = nVal == 0 ? null : Nd4j.pullRows(x, 1, valIdx);
        double[] yVal = gather(y, valIdx);

        Parameters params = network.parameters();
        OptimizerState state = optimizer.start(params);
        long fingerprint = RunState.fingerprint(x, y);
        RunState run = from == null ? new RunState() : RunState.restore(from, configuration(), epochs, params, state, n,
            fingerprint);

        ProgressBar bar = progress == null ? null : new ProgressBar(progress, epochs);
        long startNanos = System.nanoTime();
        long rowsSeen = 0;
        boolean stopped = nVal > 0 && patience > 0 && run.epoch - run.bestEpoch >= patience;
        try {
            while (!stopped && run.epoch < epochs) {
                int epoch = ++run.epoch;
                int[] order = trainIdx.clone();
                shuffle(order, Context.mix(seed ^ EPOCH_SALT ^ Context.mix(epoch)));
                double lossSum = 0;
                for (int first = 0; first < order.length; first += batchSize) {
                    int[] idx = Arrays.copyOfRange(order, first, Math.min(order.length, first + batchSize));
                    lossSum += stepInWorkspace(network, head, x, y, idx, state, run.step, epoch) * idx.length;
                    rowsSeen += idx.length;
                    run.step++;
                    if (bar != null) {
                        bar.update(epoch, (double) (first + idx.length) / order.length,
                            lossSum / (first + idx.length), rate(rowsSeen, startNanos));
                    }
                }
                run.trainLoss.add(lossSum / order.length);
                double v = Double.NaN;
                if (nVal > 0) {
                    v = evaluate(network, head, xVal, yVal);
                    if (!Double.isFinite(v)) {
                        throw new TrainingDivergedException(run.step, "validation", "validation loss became " + v
                            + " after epoch " + epoch + " (step " + run.step + ")");
                    }
                    run.valLoss.add(v);
                    if (v < run.best) {
                        run.best = v;
                        run.bestEpoch = epoch;
                        run.bestValues = params.values().dup();
                    }
                    stopped = patience > 0 && epoch - run.bestEpoch >= patience;
                } else {
                    run.bestEpoch = epoch;
                }
                if (bar != null) {
                    bar.endEpoch(epoch, lossSum / order.length, v, rate(rowsSeen, startNanos));
                }
                if (checkpointSink != null && epoch % checkpointEvery == 0) {
                    checkpointSink.accept(run.checkpoint(configuration(), n, fingerprint, params, state));
                }
            }
        } finally {
            // the step workspace's memory goes back now rather than when this thread ends
            StepScope.release();
        }
        if (run.bestValues != null) {
            params.values().assign(run.bestValues);
        }
        return new TrainingResult(run.epoch, run.step, RunState.toArray(run.trainLoss), RunState.toArray(run.valLoss), run.bestEpoch,
            stopped, rate(rowsSeen, startNanos));
    }

    /**
     * @return the settings a resumed run must share with the original one (all but epochs, the
     *     progress stream and the checkpoint sink)
     */
    String configuration() {
        return "seed=" + seed + ", batchSize=" + batchSize + ", validationFraction=" + validationFraction
            + ", patience=" + patience + ", maxGradientNorm=" + maxGradientNorm + ", score=" + score + ", optimizer="
            + optimizer;
    }

    /** One step inside the reused step workspace (see {@link StepScope}). */
    private double stepInWorkspace(Network network, DistributionHead head, INDArray x, double[] y, int[] idx,
                                   OptimizerState state, long step, int epoch) {
        return StepScope.run(() -> step(network, head, Nd4j.pullRows(x, 1, idx), gather(y, idx), state, step, epoch));
    }

    private double step(Network network, DistributionHead head, INDArray xb, double[] yb, OptimizerState state,
                        long step, int epoch) {
        Parameters params = network.parameters();
        Context ctx = Context.training(Context.mix(seed + Context.mix(step + 1)));
        INDArray raw = network.forward(xb, ctx);
        HeadLoss hl = head.loss(raw, yb, score);
        if (!Double.isFinite(hl.value())) {
            String where = locate(network, xb, ctx);
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

    /**
     * Names the first parameter tensor, else the first top-level layer whose output (recomputed
     * with the step's context) is not finite, else the head.
     */
    private static String locate(Network network, INDArray xb, Context ctx) {
        Parameters params = network.parameters();
        Parameters.Slot bad = params.firstNonFinite(params.values());
        if (bad != null) {
            return bad.qualifiedName();
        }
        String layer = network.firstNonFiniteOutput(xb, ctx);
        return layer == null ? "the distribution head" : layer + " (output)";
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
            double[] yb = Arrays.copyOfRange(yVal, from, to);
            sum += StepScope.run(() -> {
                INDArray xb = idx.length == n ? xVal : Nd4j.pullRows(xVal, 1, idx);
                return head.loss(network.forward(xb, Context.inference()), yb, Score.NLL).value();
            }) * idx.length;
        }
        return sum / n;
    }

    private void checkInputs(Network network, DistributionHead head, INDArray x, double[] y) {
        requireNonNull("network", network);
        requireNonNull("head", head);
        requireNonNull("x", x);
        requireNonNull("y", y);
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
        head.checkTargets(y);
        checkFinite(x);
        long[] out = network.outputShape(x.shape());
        if (out.length != 2 || out[1] != head.numOutputs()) {
            throw new IllegalArgumentException("the network outputs shape " + Arrays.toString(out) + " but "
                + head.getClass().getSimpleName() + " needs [rows, " + head.numOutputs() + "]");
        }
    }

    private static void requireNonNull(String name, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
    }

    /** One reduction when all is finite; otherwise names the first bad entry. */
    private static void checkFinite(INDArray x) {
        if (Double.isFinite(x.sumNumber().doubleValue())) {
            return;
        }
        long p = x.columns();
        double[] flat = x.dup('c').data().asDouble();
        for (int i = 0; i < flat.length; i++) {
            if (!Double.isFinite(flat[i])) {
                throw new IllegalArgumentException("x[" + i / p + "][" + i % p + "] must be finite, got " + flat[i]);
            }
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
}
