package skpro.neural.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import skpro.neural.engine.Network;
import skpro.neural.engine.Parameters;
import skpro.neural.layers.Linear;

/**
 * The optimisers against plain-Java transcriptions of the PyTorch update formulas, their
 * checkpoint round trip, and their argument checks.
 */
class OptimizerTest {
    private static final double[] RATES = {0.1, 0.05, 0.2, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1};

    /** A reference update: one step on plain arrays. */
    interface Reference {
        void step(double[] theta, double[] grad, double lr, int t);
    }

    private static Parameters parameters(DataType type) {
        return Network.of(Linear.of(3, 2), type, 1).parameters();
    }

    private static double[] gradient(int n, int t) {
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = Math.sin(1.3 * i + 2.1 * t) + 0.2 * i;
        }
        return g;
    }

    static Stream<Arguments> optimizers() {
        return Stream.of(
            Arguments.of(Sgd.of(), sgd(0, false, 0)),
            Arguments.of(Sgd.of().withWeightDecay(0.3), sgd(0, false, 0.3)),
            Arguments.of(Sgd.of().withMomentum(0.9), sgd(0.9, false, 0)),
            Arguments.of(Sgd.of().withMomentum(0.8).withNesterov(true).withWeightDecay(0.1), sgd(0.8, true, 0.1)),
            Arguments.of(Adam.of(), adam(0.9, 0.999, 1e-8, 0, false)),
            Arguments.of(Adam.of().withWeightDecay(0.2).withBetas(0.8, 0.99).withEpsilon(1e-3),
                adam(0.8, 0.99, 1e-3, 0.2, false)),
            Arguments.of(AdamW.of(), adam(0.9, 0.999, 1e-8, 0.01, true)),
            Arguments.of(AdamW.of().withWeightDecay(0.5).withBetas(0.5, 0.9), adam(0.5, 0.9, 1e-8, 0.5, true)));
    }

    /** torch.optim.SGD, dampening 0. */
    private static Reference sgd(double mu, boolean nesterov, double wd) {
        double[][] b = new double[1][];
        return (theta, grad, lr, t) -> {
            int n = theta.length;
            double[] g = new double[n];
            for (int i = 0; i < n; i++) {
                g[i] = grad[i] + wd * theta[i];
            }
            if (mu > 0) {
                if (t == 0) {
                    b[0] = g.clone();
                } else {
                    for (int i = 0; i < n; i++) {
                        b[0][i] = mu * b[0][i] + g[i];
                    }
                }
                for (int i = 0; i < n; i++) {
                    g[i] = nesterov ? g[i] + mu * b[0][i] : b[0][i];
                }
            }
            for (int i = 0; i < n; i++) {
                theta[i] -= lr * g[i];
            }
        };
    }

    /** torch.optim.Adam (L2 in the gradient) or torch.optim.AdamW (decoupled). */
    private static Reference adam(double b1, double b2, double eps, double wd, boolean decoupled) {
        double[][] mv = new double[2][];
        return (theta, grad, lr, t) -> {
            int n = theta.length;
            if (t == 0) {
                mv[0] = new double[n];
                mv[1] = new double[n];
            }
            int step = t + 1;
            for (int i = 0; i < n; i++) {
                double g = grad[i];
                if (decoupled) {
                    theta[i] *= 1 - lr * wd;
                } else {
                    g += wd * theta[i];
                }
                mv[0][i] = b1 * mv[0][i] + (1 - b1) * g;
                mv[1][i] = b2 * mv[1][i] + (1 - b2) * g * g;
                double mHat = mv[0][i] / (1 - Math.pow(b1, step));
                double vHat = mv[1][i] / (1 - Math.pow(b2, step));
                theta[i] -= lr * mHat / (Math.sqrt(vHat) + eps);
            }
        };
    }

    @ParameterizedTest
    @MethodSource("optimizers")
    void firstStepsMatchThePyTorchFormulas(Optimizer optimizer, Reference reference) {
        Parameters p = parameters(DataType.DOUBLE);
        INDArray values = p.values();
        int n = (int) p.size();
        double[] theta = values.toDoubleVector();
        OptimizerState state = optimizer.start(p);
        for (int t = 0; t < 3; t++) {
            double[] g = gradient(n, t);
            reference.step(theta, g, RATES[t], t);
            state.step(values, Nd4j.createFromArray(g), RATES[t]);
            assertThat(values.toDoubleVector()).as("%s step %d", optimizer, t).containsExactly(theta, within(1e-12));
            assertThat(state.steps()).isEqualTo(t + 1);
        }
    }

    @ParameterizedTest
    @MethodSource("optimizers")
    void restoringACheckpointContinuesBitIdentically(Optimizer optimizer, Reference unused) {
        Parameters p = parameters(DataType.FLOAT);
        INDArray values = p.values();
        int n = (int) p.size();
        OptimizerState state = optimizer.start(p);
        run(state, values, n, 0, 5);
        INDArray savedValues = values.dup();
        List<INDArray> saved = new ArrayList<>();
        for (INDArray b : state.buffers()) {
            saved.add(b.dup());
        }
        long steps = state.steps();
        run(state, values, n, 5, 10);
        float[] continued = values.toFloatVector();

        OptimizerState fresh = optimizer.start(p);
        fresh.restore(steps, saved);
        assertThat(fresh.steps()).isEqualTo(5);
        values.assign(savedValues);
        run(fresh, values, n, 5, 10);
        assertThat(values.toFloatVector()).containsExactly(continued);
    }

    private static void run(OptimizerState state, INDArray values, int n, int from, int to) {
        for (int t = from; t < to; t++) {
            INDArray g = Nd4j.createFromArray(gradient(n, t)).castTo(values.dataType());
            state.step(values, g, RATES[t]);
        }
    }

    @Test
    void bufferCounts() {
        Parameters p = parameters(DataType.DOUBLE);
        assertThat(Sgd.of().start(p).buffers()).isEmpty();
        assertThat(Sgd.of().withMomentum(0.5).start(p).buffers()).hasSize(1);
        List<INDArray> adam = Adam.of().start(p).buffers();
        assertThat(adam).hasSize(2);
        assertThat(adam.get(0).length()).isEqualTo(p.size());
        assertThat(adam.get(1).dataType()).isEqualTo(DataType.DOUBLE);
    }

    @Test
    void adamMinimisesAQuadratic() {
        Parameters p = parameters(DataType.DOUBLE);
        INDArray values = p.values();
        int n = (int) p.size();
        double[] a = new double[n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = 0.5 + i;
            c[i] = i % 2 == 0 ? -1.0 - i : 2.0;
        }
        INDArray scale = Nd4j.createFromArray(a);
        INDArray target = Nd4j.createFromArray(c);
        OptimizerState state = Adam.of().start(p);
        for (int t = 0; t < 400; t++) {
            INDArray g = values.sub(target).muli(scale).muli(2.0);
            state.step(values, g, 0.2 * (1 - t / 400.0));
        }
        assertThat(values.toDoubleVector()).containsExactly(c, within(1e-3));
    }

    @Test
    void stepValidatesItsArguments() {
        Parameters p = parameters(DataType.DOUBLE);
        OptimizerState adam = Adam.of().start(p);
        INDArray g = p.gradients();
        assertThatThrownBy(() -> adam.step(p.values(), Nd4j.zeros(DataType.DOUBLE, 3), 0.1))
            .hasMessageContaining("Adam: gradients must have 8 DOUBLE values, got 3 DOUBLE");
        assertThatThrownBy(() -> adam.step(p.values().castTo(DataType.FLOAT), g, 0.1))
            .hasMessageContaining("values must have 8 DOUBLE values, got 8 FLOAT");
        assertThatThrownBy(() -> adam.step(p.values(), g, -0.1))
            .hasMessageContaining("learningRate must be finite and >= 0, got -0.1");
        OptimizerState sgd = Sgd.of().withMomentum(0.9).start(p);
        assertThatThrownBy(() -> sgd.step(p.values(), g, Double.NaN)).hasMessageContaining("Sgd: learningRate");
        assertThatThrownBy(() -> sgd.restore(-1, List.of(g))).hasMessageContaining("steps must be >= 0, got -1");
        assertThatThrownBy(() -> sgd.restore(1, List.of())).hasMessageContaining("expected 1 buffers, got 0");
        assertThatThrownBy(() -> adam.restore(1, List.of(g, Nd4j.zeros(DataType.DOUBLE, 2))))
            .hasMessageContaining("buffers[1] must have 8 DOUBLE values, got 2");
        assertThatThrownBy(() -> AdamW.of().start(p).step(null, g, 0.1))
            .hasMessageContaining("AdamW: values must not be null");
    }

    @Test
    void factoriesValidate() {
        assertThatThrownBy(() -> Sgd.of().withMomentum(1.0)).hasMessageContaining("momentum must be in [0, 1), got 1.0");
        assertThatThrownBy(() -> Sgd.of().withNesterov(true))
            .hasMessageContaining("Nesterov momentum requires momentum > 0");
        assertThatThrownBy(() -> Sgd.of().withWeightDecay(-1)).hasMessageContaining("weightDecay must be finite and >= 0");
        assertThatThrownBy(() -> Adam.of().withBetas(0.9, Double.NaN)).hasMessageContaining("beta2 must be in [0, 1)");
        assertThatThrownBy(() -> Adam.of().withEpsilon(0)).hasMessageContaining("epsilon must be finite and > 0");
        assertThatThrownBy(() -> AdamW.of().withWeightDecay(Double.POSITIVE_INFINITY))
            .hasMessageContaining("weightDecay");
        assertThatThrownBy(() -> Sgd.of().start(null)).hasMessageContaining("parameters must not be null");
        assertThat(AdamW.of().weightDecay()).isEqualTo(0.01);
        assertThat(AdamW.of().decoupled()).isTrue();
        assertThat(AdamW.of().withBetas(0.5, 0.5).decoupled()).isTrue();
        assertThat(Adam.of().weightDecay()).isZero();
        assertThat(AdamW.of().toString()).startsWith("AdamW(beta1=0.9");
        assertThat(Adam.of()).isEqualTo(Adam.of()).hasSameHashCodeAs(Adam.of()).isNotEqualTo(AdamW.of()
            .withWeightDecay(0));
        assertThat(Sgd.of().withMomentum(0.9)).isEqualTo(Sgd.of().withMomentum(0.9));
    }
}
