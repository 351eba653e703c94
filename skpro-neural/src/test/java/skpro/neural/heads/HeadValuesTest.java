package skpro.neural.heads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import skpro.distributions.Categorical;
import skpro.distributions.Distribution;
import skpro.distributions.Laplace;
import skpro.distributions.Mixture;
import skpro.distributions.Normal;
import skpro.distributions.TDistribution;
import skpro.metrics.CRPS;
import skpro.metrics.LogLoss;
import skpro.metrics.ScoringRule;

/** The heads' losses against skpro-metrics on the heads' own distributions, and their contracts. */
class HeadValuesTest {

    static Stream<Arguments> cases() {
        return HeadGradientCheckTest.cases();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void lossEqualsTheMetricOnTheDistribution(DistributionHead head, Score score) {
        SplittableRandom random = new SplittableRandom(5);
        INDArray raw = HeadFixtures.raw(9, head.numOutputs(), random).muli(2.0);
        double[] y = HeadFixtures.targets(head, raw, random);
        Distribution d = head.distribution(raw);
        ScoringRule rule = score == Score.CRPS ? CRPS.of() : LogLoss.of();
        double[] byRow = rule.evaluateByIndex(y, d);
        double expected = 0;
        for (double v : byRow) {
            expected += v / byRow.length;
        }
        assertThat(head.loss(raw, y, score).value()).isCloseTo(expected, within(1e-9));
        for (int i = 0; i < y.length; i++) {
            INDArray one = raw.getRow(i).dup().reshape(1, head.numOutputs());
            assertThat(head.loss(one, new double[] {y[i]}, score).value()).as("row %d", i)
                .isCloseTo(byRow[i], within(1e-9));
        }
    }

    @Test
    void distributionsCarryTheConstrainedParameters() {
        INDArray raw = Nd4j.createFromArray(new double[][] {{1.5, 0.0}, {-2.0, 3.0}});
        double sp0 = Math.log(2.0);
        double sp3 = Math.log1p(Math.exp(3.0));
        Normal n = NormalHead.of().withMinScale(0.25).distribution(raw);
        assertThat(n.mu()).containsExactly(1.5, -2.0);
        assertThat(n.sigma()).containsExactly(new double[] {sp0 + 0.25, sp3 + 0.25}, within(1e-15));
        Laplace l = LaplaceHead.of().distribution(raw);
        assertThat(l.scale()).containsExactly(new double[] {sp0 + 1e-6, sp3 + 1e-6}, within(1e-15));
        TDistribution t = StudentTHead.of().withFixedDf(3.0).distribution(raw);
        assertThat(t.df()).containsExactly(3.0, 3.0);
        TDistribution learned = StudentTHead.of().distribution(Nd4j.createFromArray(new double[][] {{0, 0, 0}}));
        assertThat(learned.df()[0]).isCloseTo(2.0 + sp0, within(1e-15));
    }

    @Test
    void mixtureWeightsAreTheSoftmaxOfTheLogits() {
        INDArray raw = Nd4j.createFromArray(new double[][] {{0.0, Math.log(3.0), -1.0, 2.0, 0.0, 0.0}});
        Mixture m = NormalMixtureHead.of(2).distribution(raw);
        assertThat(m.weights()[0]).containsExactly(new double[] {0.25, 0.75}, within(1e-15));
        assertThat(m.components()).hasSize(2);
        assertThat(((Normal) m.components().get(1)).mu()).containsExactly(2.0);
    }

    @Test
    void categoricalProbabilitiesAndLossByHand() {
        INDArray raw = Nd4j.createFromArray(new float[][] {{0f, (float) Math.log(2.0), (float) Math.log(5.0)}});
        Categorical c = CategoricalHead.of(3).distribution(raw);
        assertThat(c.labels()).containsExactly(0.0, 1.0, 2.0);
        assertThat(c.probabilities()[0]).containsExactly(new double[] {0.125, 0.25, 0.625}, within(1e-7));
        HeadLoss loss = CategoricalHead.of(3).loss(raw, new double[] {1.0}, Score.NLL);
        assertThat(loss.value()).isCloseTo(Math.log(4.0), within(1e-7));
        assertThat(loss.gradient().dataType()).isEqualTo(DataType.FLOAT);
        assertThat(loss.gradient().toDoubleVector()).containsExactly(new double[] {0.125, -0.75, 0.625},
            within(1e-7));
    }

    @Test
    void categoricalHandlesAVocabularyBatchInFloat() {
        int rows = 256;
        int classes = 8192;
        SplittableRandom random = new SplittableRandom(3);
        float[] v = new float[rows * classes];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (random.nextDouble() * 4 - 2);
        }
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = random.nextInt(classes);
        }
        INDArray raw = Nd4j.createFromArray(v).reshape('c', rows, classes);
        HeadLoss loss = CategoricalHead.of(classes).loss(raw, y, Score.NLL);
        assertThat(loss.gradient().shape()).containsExactly(rows, classes);
        assertThat(loss.gradient().sumNumber().doubleValue()).isCloseTo(0.0, within(1e-4));
        double lse = 0;
        for (int j = 0; j < classes; j++) {
            lse += Math.exp(v[j]);
        }
        double row0 = Math.log(lse) - v[(int) y[0]];
        HeadLoss first = CategoricalHead.of(classes).loss(raw.getRow(0).reshape(1, classes), new double[] {y[0]},
            Score.NLL);
        assertThat(first.value()).isCloseTo(row0, within(1e-9));
    }

    @Test
    void crpsIsSupportedOnlyByNormalAndLaplace() {
        assertThat(NormalHead.of().supports(Score.CRPS)).isTrue();
        assertThat(LaplaceHead.of().supports(Score.CRPS)).isTrue();
        DistributionHead[] nllOnly = {StudentTHead.of(), NormalMixtureHead.of(2), CategoricalHead.of(3)};
        for (DistributionHead h : nllOnly) {
            assertThat(h.supports(Score.CRPS)).as(h.toString()).isFalse();
            assertThat(h.supports(Score.NLL)).isTrue();
            String name = h.getClass().getSimpleName();
            INDArray raw = Nd4j.zeros(DataType.DOUBLE, 2, h.numOutputs());
            assertThatThrownBy(() -> h.loss(raw, new double[] {0, 1}, Score.CRPS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(name).hasMessageContaining("CRPS");
        }
    }

    @Test
    void badShapesAndTargetsAreRejected() {
        INDArray three = Nd4j.zeros(DataType.DOUBLE, 4, 3);
        assertThatThrownBy(() -> NormalHead.of().loss(three, new double[4], Score.NLL))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NormalHead").hasMessageContaining("[4, 3]");
        assertThatThrownBy(() -> NormalHead.of().distribution(Nd4j.zeros(DataType.DOUBLE, 2, 2, 2)))
            .hasMessageContaining("[2, 2, 2]");
        assertThatThrownBy(() -> StudentTHead.of().withFixedDf(5).loss(three, new double[4], Score.NLL))
            .hasMessageContaining("StudentTHead expects raw outputs [rows >= 1, 2]");
        assertThatThrownBy(() -> NormalMixtureHead.of(2).distribution(three)).hasMessageContaining("6]");
        assertThatThrownBy(() -> LaplaceHead.of().loss(Nd4j.zeros(DataType.DOUBLE, 4, 2), new double[3], Score.NLL))
            .hasMessageContaining("y has 3 values but raw has 4 rows");
        assertThatThrownBy(() -> LaplaceHead.of().loss(Nd4j.zeros(DataType.DOUBLE, 1, 2), new double[] {Double.NaN},
            Score.NLL)).hasMessageContaining("y[0] must be finite");
        assertThatThrownBy(() -> CategoricalHead.of(3).loss(three, new double[] {0, 1, 1.5, 2}, Score.NLL))
            .hasMessageContaining("y[2] = 1.5 is not a class index in [0, 3)");
        assertThatThrownBy(() -> CategoricalHead.of(3).loss(three, new double[] {0, 3, 1, 2}, Score.NLL))
            .hasMessageContaining("y[1] = 3.0");
        assertThatThrownBy(() -> CategoricalHead.of(3).loss(three, new double[] {0, -1, 1, 2}, Score.NLL))
            .hasMessageContaining("y[1] = -1.0");
        assertThatThrownBy(() -> NormalHead.of().loss(Nd4j.zeros(DataType.DOUBLE, 1, 2), new double[1], null))
            .hasMessageContaining("score must not be null");
    }

    @Test
    void factoriesValidate() {
        assertThatThrownBy(() -> NormalHead.of().withMinScale(0)).hasMessageContaining("minScale must be finite and > 0, got 0.0");
        assertThatThrownBy(() -> LaplaceHead.of().withMinScale(Double.NaN)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> StudentTHead.of().withFixedDf(0)).hasMessageContaining("df must be finite and > 0");
        assertThatThrownBy(() -> NormalMixtureHead.of(0)).hasMessageContaining("k must be >= 1, got 0");
        assertThatThrownBy(() -> CategoricalHead.of(1)).hasMessageContaining("classes must be >= 2, got 1");
        assertThat(NormalMixtureHead.of(3).numOutputs()).isEqualTo(9);
        assertThat(StudentTHead.of().numOutputs()).isEqualTo(3);
        assertThat(StudentTHead.of().withFixedDf(4).numOutputs()).isEqualTo(2);
        assertThat(NormalHead.of()).isEqualTo(NormalHead.of()).hasSameHashCodeAs(NormalHead.of())
            .isNotEqualTo(NormalHead.of().withMinScale(0.5));
        assertThat(StudentTHead.of().withFixedDf(4).toString()).isEqualTo("StudentTHead(minScale=1.0E-6, fixedDf=4.0)");
    }
}
