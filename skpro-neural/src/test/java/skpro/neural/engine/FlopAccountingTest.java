package skpro.neural.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

import skpro.neural.layers.Activation;
import skpro.neural.layers.LayerNorm;
import skpro.neural.layers.Linear;
import skpro.neural.layers.MultiHeadSelfAttention;
import skpro.neural.layers.Residual;
import skpro.neural.layers.Sequential;

/**
 * FLOP accounting: per-layer entries of a small network by hand, and the sparse-aware training
 * FLOPs of BERT encoders against the figures of METHODS.md (Dietrich et al. 2021):
 * 3 [2 S f N + 4 L S^2 h] per sequence, N = 12 h^2 L, attention score products dense.
 */
class FlopAccountingTest {

    @Test
    void mlpEntriesByHand() {
        Network net = Network.of(Sequential.of(Linear.of(8, 50), Activation.relu(), Linear.of(50, 2)), DataType.FLOAT,
            1);
        FlopReport r = net.flops(new long[] {32, 8});
        assertThat(r.entries()).extracting(FlopReport.Entry::path)
            .containsExactly("0:Sequential/0:Linear", "0:Sequential/1:ReLU", "0:Sequential/2:Linear");
        double l1 = 2.0 * 32 * 8 * 50;
        double l2 = 2.0 * 32 * 50 * 2;
        assertThat(r.entries().get(0).flops()).isEqualTo(Flops.of(l1 + 32 * 50, 2 * l1 + 32 * 50));
        assertThat(r.entries().get(1).flops()).isEqualTo(Flops.of(32 * 50, 32 * 50));
        assertThat(r.entries().get(2).flops()).isEqualTo(Flops.of(l2 + 32 * 2, 2 * l2 + 32 * 2));
        assertThat(r.total().training()).isEqualTo(3 * (l1 + l2) + 4 * 32 * 50 + 2 * 32 * 2);
    }

    @Test
    void maskedWeightsCountOnlyTheirActiveProducts() {
        boolean[] mask = new boolean[10 * 20];
        for (int i = 0; i < mask.length; i += 4) {
            mask[i] = true;
        }
        Linear sparse = Linear.of(10, 20).withoutBias().withMask(mask);
        assertThat(sparse.density()).isEqualTo(0.25);
        assertThat(sparse.flops(new long[] {7, 10})).isEqualTo(Flops.of(0.25 * 2 * 7 * 10 * 20, 0.5 * 2 * 7 * 10 * 20));
    }

    @Test
    void bertTrainingFlopsMatchTheDynSparsePaper() {
        assertThat(matmulTrainingFlops(4, 256, 0.0)).isCloseTo(2.617e9, within(0.0005e9)); // BERT-Mini dense
        assertThat(matmulTrainingFlops(4, 512, 0.0)).isCloseTo(1.007e10, within(0.0005e10)); // BERT-Small dense
        assertThat(matmulTrainingFlops(8, 512, 0.9)).isCloseTo(2.738e9, within(0.0005e9)); // BERT-Medium, s = 0.9
    }

    /**
     * Training FLOPs per sequence of 128 tokens of an L-layer pre-LN BERT encoder built from the
     * engine's layers with every fully connected weight at sparsity s: the report's totals minus
     * the element-wise operations (biases, LayerNorm, GELU, softmax, residual adds), which the
     * paper's formula leaves out.
     */
    private static double matmulTrainingFlops(int layers, int h, double sparsity) {
        long s = 128;
        SplittableRandom random = new SplittableRandom(1);
        List<skpro.neural.engine.Layer> blocks = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            MultiHeadSelfAttention attention = MultiHeadSelfAttention.of(h, h / 64).withProjections(
                masked(h, h, sparsity, random), masked(h, h, sparsity, random), masked(h, h, sparsity, random),
                masked(h, h, sparsity, random));
            blocks.add(Residual.of(Sequential.of(LayerNorm.of(h), attention)));
            blocks.add(Residual.of(Sequential.of(LayerNorm.of(h), masked(h, 4 * h, sparsity, random),
                Activation.gelu(), masked(4 * h, h, sparsity, random))));
        }
        FlopReport report = FlopReport.of(Sequential.of(blocks), new long[] {1, s, h});
        double matmul = 0;
        for (FlopReport.Entry e : report.entries()) {
            if (e.layer() instanceof Linear) {
                matmul += e.flops().training();
            } else if (e.layer() instanceof MultiHeadSelfAttention) {
                matmul += 3 * 4.0 * s * s * h; // its score and weighted-sum products, forward and backward
            }
        }
        double expected = 3 * (2.0 * s * (1 - sparsity) * 12.0 * h * h * layers + 4.0 * layers * s * s * h);
        // the sampled masks hit the density to within one weight per tensor
        assertThat(matmul).isCloseTo(expected, within(1e-3 * expected));
        return matmul;
    }

    private static Linear masked(int in, int out, double sparsity, SplittableRandom random) {
        Linear dense = Linear.of(in, out).withoutBias();
        if (sparsity == 0) {
            return dense;
        }
        boolean[] mask = new boolean[in * out];
        int active = (int) Math.round((1 - sparsity) * mask.length);
        int[] order = new int[mask.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = 0; i < active; i++) {
            int j = i + random.nextInt(order.length - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
            mask[order[i]] = true;
        }
        return dense.withMask(mask);
    }
}
