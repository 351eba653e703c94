package skpro.neural.train;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The complete state of a training run after a whole epoch: weights, optimiser state, epoch and
 * step counters, the loss history and the early-stopping bookkeeping. Resuming from it with the
 * same trainer, network architecture, data and seed reproduces the uninterrupted run bit for bit,
 * because every random choice of the run (validation split, epoch shuffles, dropout masks) is a
 * function of the seed and the epoch or step number, not of a generator's hidden state.
 *
 * <p>A checkpoint records the trainer's settings and a fingerprint of the data, and
 * {@link Trainer#resume} refuses one taken by another configuration or on other data. Values are
 * kept as doubles (float32 weights convert exactly both ways). The binary file format
 * ({@link #write}, {@link #read}) is: magic "SKPROCKP", version 2, then the fields in declaration
 * order, big-endian.
 */
public final class Checkpoint {
    private static final long MAGIC = 0x534B50524F434B50L; // "SKPROCKP"
    private static final int VERSION = 2;

    private final String configuration;
    private final long dataFingerprint;
    private final int epochs;
    private final long steps;
    private final int trainingRows;
    private final double[] values;
    private final long optimizerSteps;
    private final List<double[]> optimizerBuffers;
    private final double[] trainLoss;
    private final double[] validationLoss;
    private final double bestLoss;
    private final int bestEpoch;
    private final double[] bestValues;

    Checkpoint(String configuration, long dataFingerprint, int epochs, long steps, int trainingRows, double[] values,
               long optimizerSteps, List<double[]> optimizerBuffers, double[] trainLoss, double[] validationLoss,
               double bestLoss, int bestEpoch, double[] bestValues) {
        this.configuration = configuration;
        this.dataFingerprint = dataFingerprint;
        this.epochs = epochs;
        this.steps = steps;
        this.trainingRows = trainingRows;
        this.values = values.clone();
        this.optimizerSteps = optimizerSteps;
        List<double[]> copies = new ArrayList<>(optimizerBuffers.size());
        for (double[] b : optimizerBuffers) {
            copies.add(b.clone());
        }
        this.optimizerBuffers = List.copyOf(copies);
        this.trainLoss = trainLoss.clone();
        this.validationLoss = validationLoss.clone();
        this.bestLoss = bestLoss;
        this.bestEpoch = bestEpoch;
        this.bestValues = bestValues == null ? null : bestValues.clone();
    }

    /**
     * @return the trainer settings of the run (seed, batch size, validation, patience, clipping,
     *     score, optimiser); a resume must use the same
     */
    public String configuration() {
        return configuration;
    }

    /** @return a 64-bit hash of the run's x and y; a resume must use the same data */
    public long dataFingerprint() {
        return dataFingerprint;
    }

    /** @return epochs completed */
    public int epochs() {
        return epochs;
    }

    /** @return optimiser steps taken */
    public long steps() {
        return steps;
    }

    /** @return the number of training rows of the run (a resume must use the same data) */
    public int trainingRows() {
        return trainingRows;
    }

    /** @return the number of trainable values */
    public int parameterCount() {
        return values.length;
    }

    double[] values() {
        return values;
    }

    long optimizerSteps() {
        return optimizerSteps;
    }

    List<double[]> optimizerBuffers() {
        return optimizerBuffers;
    }

    double[] trainLossHistory() {
        return trainLoss;
    }

    double[] validationLossHistory() {
        return validationLoss;
    }

    double bestLoss() {
        return bestLoss;
    }

    int bestEpoch() {
        return bestEpoch;
    }

    double[] bestValues() {
        return bestValues;
    }

    /**
     * @param file where to write (replaced)
     * @throws IOException if writing fails
     */
    public void write(Path file) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeLong(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(configuration);
            out.writeLong(dataFingerprint);
            out.writeInt(epochs);
            out.writeLong(steps);
            out.writeInt(trainingRows);
            writeArray(out, values);
            out.writeLong(optimizerSteps);
            out.writeInt(optimizerBuffers.size());
            for (double[] b : optimizerBuffers) {
                writeArray(out, b);
            }
            writeArray(out, trainLoss);
            writeArray(out, validationLoss);
            out.writeDouble(bestLoss);
            out.writeInt(bestEpoch);
            out.writeBoolean(bestValues != null);
            if (bestValues != null) {
                writeArray(out, bestValues);
            }
        }
    }

    /**
     * @param file a file written by {@link #write}
     * @return the checkpoint
     * @throws IOException if reading fails
     * @throws IllegalArgumentException if the file is not a checkpoint of this version
     */
    public static Checkpoint read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readLong() != MAGIC) {
                throw new IllegalArgumentException("file " + file + " is not an skpro4j checkpoint");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new IllegalArgumentException("checkpoint " + file + " has version " + version + ", expected "
                    + VERSION);
            }
            String configuration = in.readUTF();
            long fingerprint = in.readLong();
            int epochs = in.readInt();
            long steps = in.readLong();
            int rows = in.readInt();
            double[] values = readArray(in);
            long optSteps = in.readLong();
            int nb = in.readInt();
            if (nb < 0) {
                throw new IllegalArgumentException("corrupt checkpoint " + file + ": negative buffer count " + nb);
            }
            List<double[]> buffers = new ArrayList<>(nb);
            for (int i = 0; i < nb; i++) {
                buffers.add(readArray(in));
            }
            double[] trainLoss = readArray(in);
            double[] valLoss = readArray(in);
            double bestLoss = in.readDouble();
            int bestEpoch = in.readInt();
            double[] best = in.readBoolean() ? readArray(in) : null;
            return new Checkpoint(configuration, fingerprint, epochs, steps, rows, values, optSteps, buffers, trainLoss, valLoss, bestLoss,
                bestEpoch, best);
        }
    }

    /**
     * @param file where each checkpoint is written (replaced every time: written to a temporary
     *     file beside it, then moved over it, so a crash never leaves a half-written checkpoint)
     * @return a sink for {@link Trainer#withCheckpoints} that writes to the file, wrapping I/O
     *     errors in {@link UncheckedIOException}
     */
    public static Consumer<Checkpoint> writer(Path file) {
        return cp -> {
            try {
                Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
                cp.write(tmp);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("could not write checkpoint " + file, e);
            }
        };
    }

    private static void writeArray(DataOutputStream out, double[] a) throws IOException {
        out.writeInt(a.length);
        for (double v : a) {
            out.writeDouble(v);
        }
    }

    private static double[] readArray(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IllegalArgumentException("corrupt checkpoint: negative array length " + n);
        }
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = in.readDouble();
        }
        return a;
    }
}
