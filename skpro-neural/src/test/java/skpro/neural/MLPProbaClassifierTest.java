package skpro.neural;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import skpro.classification.DummyProbaClassifier;
import skpro.classification.ProbaClassifierModel;

class MLPProbaClassifierTest {

    /** Three classes on concentric rings: not linearly separable. */
    private static List<String> rings(double[][] x, SplittableRandom r) {
        List<String> y = new ArrayList<>();
        String[] names = {"inner", "middle", "outer"};
        for (int i = 0; i < x.length; i++) {
            int k = i % 3;
            double radius = 1 + k + 0.25 * r.nextGaussian();
            double angle = 2 * Math.PI * r.nextDouble();
            x[i][0] = radius * Math.cos(angle);
            x[i][1] = radius * Math.sin(angle);
            y.add(names[k]);
        }
        return y;
    }

    @Test
    void separatesRingsThatALinearModelCannot() {
        SplittableRandom r = new SplittableRandom(5);
        double[][] x = new double[600][2];
        List<String> y = rings(x, r);
        double[][] xt = new double[300][2];
        List<String> yt = rings(xt, r);
        MLPProbaClassifier mlp = MLPProbaClassifier.of().withHiddenSizes(32).withEpochs(60).withLearningRate(1e-2)
            .withSeed(2);
        ProbaClassifierModel<String> m = mlp.fit(x, y);
        assertThat(m.classes()).containsExactly("inner", "middle", "outer");
        double[][] p = m.predictProbaMatrix(xt);
        int[] codes = m.encode(yt);
        int correct = 0;
        double logLoss = 0;
        for (int i = 0; i < p.length; i++) {
            int best = 0;
            for (int k = 1; k < 3; k++) {
                best = p[i][k] > p[i][best] ? k : best;
            }
            correct += best == codes[i] ? 1 : 0;
            logLoss -= Math.log(p[i][codes[i]]);
            assertThat(p[i][0] + p[i][1] + p[i][2]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(correct / 300.0).isGreaterThan(0.85);
        double prior = -Math.log(1.0 / 3);
        assertThat(logLoss / 300).isLessThan(0.5 * prior);
        // a linear softmax (no hidden layer) cannot separate rings
        ProbaClassifierModel<String> linear = mlp.withHiddenSizes().fit(x, y);
        double[][] pl = linear.predictProbaMatrix(xt);
        double ll = 0;
        for (int i = 0; i < pl.length; i++) {
            ll -= Math.log(pl[i][codes[i]]);
        }
        assertThat(ll / 300).isGreaterThan(logLoss / 300 + 0.3);
        assertThat(DummyProbaClassifier.of().fit(x, y).predictProbaMatrix(xt)[0][0]).isCloseTo(1.0 / 3,
            org.assertj.core.data.Offset.offset(1e-9));
    }
}
