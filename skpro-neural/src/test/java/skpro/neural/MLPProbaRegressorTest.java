package skpro.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import skpro.distributions.Distribution;
import skpro.distributions.Laplace;
import skpro.distributions.Normal;
import skpro.distributions.TDistribution;
import skpro.metrics.CRPS;
import skpro.metrics.LogLoss;
import skpro.neural.heads.Score;
import skpro.regression.baselines.DummyProbaRegressor;

class MLPProbaRegressorTest {
    private static final int N = 600;
    private static final double[][] X = new double[N][2];
    private static final double[] Y = new double[N];
    private static final double[][] XT = new double[300][2];
    private static final double[] YT = new double[300];

    static {
        SplittableRandom r = new SplittableRandom(11);
        fill(X, Y, r);
        fill(XT, YT, r);
    }

    /** y = 3 sin(x0) + 100 + noise whose sd grows with |x1|, in units of 10 to test the rescaling. */
    private static void fill(double[][] x, double[] y, SplittableRandom r) {
        for (int i = 0; i < y.length; i++) {
            x[i][0] = 4 * r.nextDouble() - 2;
            x[i][1] = 4 * r.nextDouble() - 2;
            y[i] = 10 * (3 * Math.sin(x[i][0]) + 100 + (0.1 + 0.5 * Math.abs(x[i][1])) * r.nextGaussian());
        }
    }

    private static MLPProbaRegressor small() {
        return MLPProbaRegressor.of().withHiddenSizes(32).withEpochs(60).withLearningRate(1e-2).withSeed(3);
    }

    @Test
    void normalHeadLearnsMeanAndHeteroscedasticScaleInTheUnitsOfY() {
        MLPProbaModel m = small().fit(X, Y);
        Distribution d = m.predictProba(XT);
        assertThat(d).isInstanceOf(Normal.class);
        double nll = LogLoss.of().evaluate(YT, d);
        double baseline = LogLoss.of().evaluate(YT, DummyProbaRegressor.of().fit(X, Y).predictProba(XT));
        assertThat(nll).isLessThan(baseline - 0.8);
        // predicted sd at |x1| = 1.8 is larger than at x1 = 0 (true ratio (0.1 + 0.9) / 0.1 = 10)
        double[] sd = ((Normal) m.predictProba(new double[][] {{0, 0}, {0, 1.8}})).sigma();
        assertThat(sd[1] / sd[0]).isGreaterThan(3.0);
        // the mean is in the units of y: 10 (3 sin(1) + 100) at x0 = 1
        assertThat(m.predict(new double[][] {{1, 0}})[0]).isCloseTo(10 * (3 * Math.sin(1) + 100),
            org.assertj.core.data.Offset.offset(3.0));
        assertThat(m.training().trainLoss()).hasSize(60);
    }

    @Test
    void laplaceHeadTrainedOnCrpsBeatsTheBaselineOnCrps() {
        MLPProbaModel m = small().withHead(MlpHead.LAPLACE).withLoss(Score.CRPS).fit(X, Y);
        Distribution d = m.predictProba(XT);
        assertThat(d).isInstanceOf(Laplace.class);
        double crps = CRPS.of().evaluate(YT, d);
        double baseline = CRPS.of().evaluate(YT, DummyProbaRegressor.of().fit(X, Y).predictProba(XT));
        assertThat(crps).isLessThan(0.5 * baseline);
    }

    @Test
    void studentTAndMixtureHeadsPredictTheirFamilies() {
        Distribution t = small().withHead(MlpHead.STUDENT_T).withEpochs(10).fit(X, Y).predictProba(XT);
        assertThat(t).isInstanceOf(TDistribution.class);
        Distribution mix = small().withHead(MlpHead.MIXTURE).withMixtureComponents(3).withEpochs(30).fit(X, Y)
            .predictProba(XT);
        double nll = LogLoss.of().evaluate(YT, mix);
        double baseline = LogLoss.of().evaluate(YT, DummyProbaRegressor.of().fit(X, Y).predictProba(XT));
        assertThat(nll).isLessThan(baseline - 0.5);
        assertThat(mix.mean()[0]).isBetween(900.0, 1100.0);
    }

    @Test
    void sameSeedSamePredictionsAndEarlyStoppingKeepsTheBestEpoch() {
        MLPProbaRegressor r = small().withEpochs(40).withValidation(0.2, 3);
        MLPProbaModel a = r.fit(X, Y);
        MLPProbaModel b = r.fit(X, Y);
        assertThat(a.predictProba(XT).mean()).containsExactly(b.predictProba(XT).mean());
        assertThat(a.training().validationLoss()).hasSize(a.training().epochs());
        assertThat(r.withSeed(4).fit(X, Y).predictProba(XT).mean()).isNotEqualTo(a.predictProba(XT).mean());
    }

    @Test
    void paramsRoundTripAndBadValuesAreNamed() {
        MLPProbaRegressor r = small().withHiddenSizes(4, 5).withDropout(0.2);
        Map<String, Object> p = r.params();
        assertThat(p).containsEntry("hiddenSizes", List.of(4, 5)).containsEntry("dropout", 0.2)
            .containsEntry("head", MlpHead.NORMAL).containsEntry("loss", Score.NLL);
        assertThat(MLPProbaRegressor.of().withParams(p)).isEqualTo(r);
        assertThatThrownBy(() -> r.withLoss(Score.CRPS).withHead(MlpHead.STUDENT_T))
            .hasMessageContaining("CRPS is available for the NORMAL and LAPLACE heads only, not STUDENT_T");
        assertThatThrownBy(() -> r.withHiddenSizes(4, 0)).hasMessageContaining("hiddenSizes[1]");
        assertThatThrownBy(() -> r.withDropout(1.0)).hasMessageContaining("dropout");
        assertThatThrownBy(() -> r.withLearningRate(-1)).hasMessageContaining("learningRate");
        assertThatThrownBy(() -> r.withParams(Map.of("patience", 2))).hasMessageContaining("validationFraction");
        assertThatThrownBy(() -> r.fit(new double[][] {{1, Double.NaN}}, new double[] {1}))
            .hasMessageContaining("X[0][1]");
        MLPProbaModel m = r.withEpochs(1).fit(X, Y);
        assertThatThrownBy(() -> m.predictProba(new double[][] {{1, 2, 3}})).hasMessageContaining("3 columns");
    }
}
