package skpro.neural.heads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Every head and every score it supports: the analytic gradient of the mean loss against central
 * differences in float64 on random raw batches (relative error below 1e-6, or absolute below 1e-10
 * where both are tiny).
 */
class HeadGradientCheckTest {
    private static final double EPS = 1e-6;

    static Stream<Arguments> cases() {
        return Stream.of(
            Arguments.of(NormalHead.of(), Score.NLL),
            Arguments.of(NormalHead.of(), Score.CRPS),
            Arguments.of(NormalHead.of().withMinScale(0.1), Score.CRPS),
            Arguments.of(LaplaceHead.of(), Score.NLL),
            Arguments.of(LaplaceHead.of(), Score.CRPS),
            Arguments.of(StudentTHead.of(), Score.NLL),
            Arguments.of(StudentTHead.of().withFixedDf(4.5), Score.NLL),
            Arguments.of(NormalMixtureHead.of(1), Score.NLL),
            Arguments.of(NormalMixtureHead.of(3), Score.NLL),
            Arguments.of(CategoricalHead.of(2), Score.NLL),
            Arguments.of(CategoricalHead.of(7), Score.NLL));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void analyticGradientMatchesCentralDifferences(DistributionHead head, Score score) {
        for (long seed = 1; seed <= 3; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int rows = 2 + random.nextInt(5);
            INDArray raw = HeadFixtures.raw(rows, head.numOutputs(), random);
            double[] y = HeadFixtures.targets(head, raw, random);
            INDArray analytic = head.loss(raw, y, score).gradient();
            assertThat(analytic.shape()).isEqualTo(raw.shape());
            assertThat(analytic.dataType()).isEqualTo(raw.dataType());
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < head.numOutputs(); j++) {
                    double v = raw.getDouble(i, j);
                    raw.putScalar(i, j, v + EPS);
                    double plus = head.loss(raw, y, score).value();
                    raw.putScalar(i, j, v - EPS);
                    double minus = head.loss(raw, y, score).value();
                    raw.putScalar(i, j, v);
                    double numeric = (plus - minus) / (2 * EPS);
                    double a = analytic.getDouble(i, j);
                    double scale = Math.max(Math.abs(a), Math.abs(numeric));
                    double err = scale < 1e-8 ? Math.abs(a - numeric) * 1e4 : Math.abs(a - numeric) / scale;
                    assertThat(err).as("%s %s seed %d raw[%d, %d]: analytic %s numeric %s", head, score, seed, i, j,
                        a, numeric).isLessThan(1e-6);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void floatRawGivesFloatGradientCloseToDouble(DistributionHead head, Score score) {
        SplittableRandom random = new SplittableRandom(11);
        INDArray raw = HeadFixtures.raw(5, head.numOutputs(), random);
        double[] y = HeadFixtures.targets(head, raw, random);
        INDArray single = raw.castTo(DataType.FLOAT);
        HeadLoss d = head.loss(single.castTo(raw.dataType()), y, score);
        HeadLoss f = head.loss(single, y, score);
        assertThat(f.gradient().dataType()).isEqualTo(DataType.FLOAT);
        assertThat(f.value()).isEqualTo(d.value());
        assertThat(f.gradient().castTo(raw.dataType()).equalsWithEps(d.gradient(), 1e-6)).isTrue();
    }
}
