package skpro.neural.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import skpro.neural.engine.Context;
import skpro.neural.engine.Initializer;
import skpro.neural.engine.Network;
import skpro.neural.heads.NormalHead;
import skpro.neural.heads.Score;
import skpro.neural.layers.Activation;
import skpro.neural.layers.Dropout;
import skpro.neural.layers.Linear;
import skpro.neural.layers.Sequential;
import skpro.neural.optim.Adam;

class TrainerTest {
    private static final int N = 240;

    private static INDArray x;
    private static double[] y;

    static {
        SplittableRandom r = new SplittableRandom(42);
        float[] xs = new float[N * 3];
        y = new double[N];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < 3; j++) {
                xs[i * 3 + j] = (float) r.nextGaussian();
            }
            y[i] = Math.sin(xs[i * 3]) + 0.5 * xs[i * 3 + 1] + (0.2 + 0.3 * Math.abs(xs[i * 3 + 2])) * r.nextGaussian();
        }
        x = Nd4j.createFromArray(xs).reshape('c', N, 3);
    }

    private static Network network(long seed) {
        return Network.of(Sequential.of(Linear.of(3, 16), Activation.tanh(), Dropout.of(0.1), Linear.of(16, 2)),
            DataType.FLOAT, seed);
    }

    private static Trainer trainer() {
        return Trainer.of(Adam.of(), step -> 0.01).withEpochs(6).withBatchSize(16).withValidationFraction(0.2)
            .withSeed(5);
    }

    @Test
    void resumingFromACheckpointReproducesTheUninterruptedRunBitForBit(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("epoch3.ckpt");
        List<Integer> seen = new ArrayList<>();
        Network whole = network(7);
        TrainingResult full = trainer().withCheckpoints(3, cp -> {
            seen.add(cp.epochs());
            if (cp.epochs() == 3) {
                Checkpoint.writer(file).accept(cp);
            }
        }).fit(whole, NormalHead.of(), x, y);
        assertThat(seen).containsExactly(3, 6);

        Checkpoint cp = Checkpoint.read(file);
        assertThat(cp.epochs()).isEqualTo(3);
        Network resumed = network(99); // other initial weights: the checkpoint replaces them
        TrainingResult rest = trainer().resume(resumed, NormalHead.of(), x, y, cp);

        assertThat(resumed.parameters().values().toFloatVector())
            .containsExactly(whole.parameters().values().toFloatVector());
        assertThat(rest.trainLoss()).containsExactly(full.trainLoss());
        assertThat(rest.validationLoss()).containsExactly(full.validationLoss());
        assertThat(rest.steps()).isEqualTo(full.steps()).isEqualTo(6L * (int) Math.ceil((N - 48) / 16.0));
        assertThat(rest.bestEpoch()).isEqualTo(full.bestEpoch());
    }

    @Test
    void resumingAnEarlyStoppedRunFromAnyEpochGivesTheSameResult() {
        Trainer t = Trainer.of(Adam.of(), step -> step < 12 ? 0.01 : 0.5).withEpochs(30).withBatchSize(16)
            .withValidationFraction(0.2).withPatience(2).withSeed(5);
        List<Checkpoint> checkpoints = new ArrayList<>();
        Network whole = network(3);
        TrainingResult full = t.withCheckpoints(1, checkpoints::add).fit(whole, NormalHead.of(), x, y);
        assertThat(full.stoppedEarly()).isTrue();
        assertThat(checkpoints).hasSize(full.epochs());
        for (int k : new int[] {full.bestEpoch(), full.epochs() - 1, full.epochs()}) {
            Network resumed = network(11);
            TrainingResult r = t.resume(resumed, NormalHead.of(), x, y, checkpoints.get(k - 1));
            assertThat(resumed.parameters().values().toFloatVector()).as("from epoch " + k)
                .containsExactly(whole.parameters().values().toFloatVector());
            assertThat(r.epochs()).isEqualTo(full.epochs());
            assertThat(r.stoppedEarly()).isTrue();
            assertThat(r.bestEpoch()).isEqualTo(full.bestEpoch());
        }
        // another configuration or other data is refused, and the network is left alone
        Network other = network(11);
        float[] before = other.parameters().values().toFloatVector();
        assertThatThrownBy(() -> t.withSeed(6).resume(other, NormalHead.of(), x, y, checkpoints.get(0)))
            .hasMessageContaining("seed=5").hasMessageContaining("seed=6");
        double[] y2 = y.clone();
        y2[0] += 1;
        assertThatThrownBy(() -> t.resume(other, NormalHead.of(), x, y2, checkpoints.get(0)))
            .hasMessageContaining("other data");
        assertThat(other.parameters().values().toFloatVector()).containsExactly(before);
    }

    @Test
    void gradientClippingChangesTheRunOnlyWhenTheNormExceedsTheBound() {
        Network plain = network(4);
        Network loose = network(4);
        Network tight = network(4);
        trainer().fit(plain, NormalHead.of(), x, y);
        trainer().withGradientClipping(1e9).fit(loose, NormalHead.of(), x, y);
        TrainingResult r = trainer().withGradientClipping(0.05).fit(tight, NormalHead.of(), x, y);
        assertThat(loose.parameters().values().toFloatVector()).containsExactly(plain.parameters().values()
            .toFloatVector());
        assertThat(tight.parameters().values().toFloatVector()).isNotEqualTo(plain.parameters().values()
            .toFloatVector());
        assertThat(r.trainLoss()[5]).isLessThan(r.trainLoss()[0]);
    }

    @Test
    void sameSeedSameWeightsOtherSeedOtherWeights() {
        Network a = network(1);
        Network b = network(1);
        Network c = network(1);
        trainer().fit(a, NormalHead.of(), x, y);
        trainer().fit(b, NormalHead.of(), x, y);
        trainer().withSeed(6).fit(c, NormalHead.of(), x, y);
        assertThat(a.parameters().values().toFloatVector()).containsExactly(b.parameters().values().toFloatVector());
        assertThat(a.parameters().values().toFloatVector()).isNotEqualTo(c.parameters().values().toFloatVector());
    }

    @Test
    void trainingLowersTheLossAndKeepsTheBestEpochsWeights() {
        Network net = network(3);
        TrainingResult r = trainer().withEpochs(12).fit(net, NormalHead.of(), x, y);
        double[] train = r.trainLoss();
        double[] val = r.validationLoss();
        assertThat(train).hasSize(12);
        assertThat(val).hasSize(12);
        assertThat(train[11]).isLessThan(train[0] - 0.2);
        int best = 0;
        for (int i = 1; i < val.length; i++) {
            if (val[i] < val[best]) {
                best = i;
            }
        }
        assertThat(r.bestEpoch()).isEqualTo(best + 1);
        // the restored weights reproduce the best validation loss
        int[] valRows = Trainer.validationRows(N, 0.2, 5);
        INDArray raw = net.forward(Nd4j.pullRows(x, 1, valRows), Context.inference());
        double[] yv = new double[valRows.length];
        for (int i = 0; i < yv.length; i++) {
            yv[i] = y[valRows[i]];
        }
        assertThat(NormalHead.of().loss(raw, yv, Score.NLL).value()).isCloseTo(val[best], org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void earlyStoppingStopsAfterPatienceEpochsWithoutImprovement() {
        // a rate that explodes after the first epochs makes validation loss worse and worse
        Trainer t = Trainer.of(Adam.of(), step -> step < 12 ? 0.01 : 0.5).withEpochs(30).withBatchSize(16)
            .withValidationFraction(0.2).withPatience(2).withSeed(5);
        TrainingResult r = t.fit(network(3), NormalHead.of(), x, y);
        assertThat(r.stoppedEarly()).isTrue();
        assertThat(r.epochs()).isEqualTo(r.bestEpoch() + 2).isLessThan(30);
    }

    @Test
    void nonFiniteInputsAndTargetsAreRejectedBeforeAnyStep() {
        float[] xs = x.dup('c').data().asFloat();
        xs[5 * 3 + 1] = Float.POSITIVE_INFINITY;
        INDArray bad = Nd4j.createFromArray(xs).reshape('c', N, 3);
        Network net = network(1);
        float[] before = net.parameters().values().toFloatVector();
        Trainer t = Trainer.of(Adam.of(), step -> 0.01).withEpochs(1).withBatchSize(16).withSeed(1);
        assertThatThrownBy(() -> t.fit(net, NormalHead.of(), bad, y)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("x[5][1] must be finite, got Infinity");
        double[] ys = y.clone();
        ys[7] = Double.NaN;
        assertThatThrownBy(() -> t.fit(net, NormalHead.of(), x, ys)).hasMessageContaining("y[7] must be finite");
        assertThat(net.parameters().values().toFloatVector()).as("weights untouched").containsExactly(before);
    }

    @Test
    void nonFiniteLossNamesTheStepAndTheLayer() {
        // finite inputs at the top of float32's range overflow in the first layer
        float[] xs = x.dup('c').data().asFloat();
        xs[5 * 3] = Float.MAX_VALUE;
        xs[5 * 3 + 1] = Float.MAX_VALUE;
        xs[5 * 3 + 2] = Float.MAX_VALUE;
        INDArray big = Nd4j.createFromArray(xs).reshape('c', N, 3);
        Network net = Network.of(Sequential.of(Linear.of(3, 16).withWeightInit(Initializer.constant(1.0)),
            Activation.relu(), Linear.of(16, 2)), DataType.FLOAT, 1);
        Trainer t = Trainer.of(Adam.of(), step -> 0.01).withEpochs(1).withBatchSize(N).withSeed(1);
        assertThatThrownBy(() -> t.fit(net, NormalHead.of(), big, y))
            .isInstanceOf(TrainingDivergedException.class)
            .hasMessageContaining("at step 0")
            .hasMessageContaining("first non-finite value in 0:Sequential/0:Linear (output)");
    }

    @Test
    void explodingWeightsAreReportedWithTheirTensor() {
        Trainer t = Trainer.of(Adam.of(), step -> step == 0 ? 1e40 : 0.01).withEpochs(3).withBatchSize(16).withSeed(1);
        assertThatThrownBy(() -> t.fit(network(1), NormalHead.of(), x, y))
            .isInstanceOf(TrainingDivergedException.class)
            .hasMessageContaining("at step 1")
            .hasMessageContaining("0:Sequential/0:Linear.weight")
            .satisfies(e -> assertThat(((TrainingDivergedException) e).step()).isEqualTo(1));
    }

    @Test
    void progressBarShowsEpochLossAndSpeed() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        trainer().withEpochs(2).withProgress(out).fit(network(2), NormalHead.of(), x, y);
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("epoch 1/2 [").contains("epoch 2/2 [========================]").contains("rows/s")
            .contains(" val ");
        assertThat(text.split(System.lineSeparator(), -1)).as("one finished line per epoch").hasSize(3);
    }

    @Test
    void badInputIsRejectedWithItsName() {
        Trainer t = trainer();
        assertThatThrownBy(() -> t.fit(network(1), NormalHead.of(), x, new double[3]))
            .hasMessageContaining("x has 240 rows but y has 3");
        assertThatThrownBy(() -> t.fit(network(1), NormalHead.of(), x.castTo(DataType.DOUBLE), y))
            .hasMessageContaining("data type DOUBLE");
        Network three = Network.of(Linear.of(3, 3), DataType.FLOAT, 1);
        assertThatThrownBy(() -> t.fit(three, NormalHead.of(), x, y)).hasMessageContaining("needs [rows, 2]");
        assertThatThrownBy(() -> t.withValidationFraction(1.0)).hasMessageContaining("validationFraction");
        assertThatThrownBy(() -> Trainer.of(Adam.of(), s -> 0.1).withBatchSize(0)).hasMessageContaining("batchSize");
    }
}
