package skpro.neural.optim;

import java.util.List;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import skpro.neural.engine.Parameters;

/**
 * Stochastic gradient descent with optional momentum, Nesterov momentum and L2 weight decay, as
 * {@code torch.optim.SGD} (dampening 0). With learning rate eta, per step:
 * <pre>
 *   g  = grad + lambda theta                       (weight decay lambda, 0 by default)
 *   b  = g at the first step, else mu b + g         (momentum mu &gt; 0 only)
 *   g' = g + mu b if Nesterov, else b               (g' = g when mu = 0)
 *   theta = theta - eta g'
 * </pre>
 * The state holds one buffer b (none when mu = 0). Element-wise ND4J operations on the flat
 * vectors.
 */
public final class Sgd implements Optimizer {
    private final double momentum;
    private final boolean nesterov;
    private final double weightDecay;

    private Sgd(double momentum, boolean nesterov, double weightDecay) {
        this.momentum = StateChecks.unitInterval("momentum", momentum);
        this.weightDecay = StateChecks.nonNegative("weightDecay", weightDecay);
        if (nesterov && momentum == 0.0) {
            throw new IllegalArgumentException("Nesterov momentum requires momentum > 0, got momentum 0.0");
        }
        this.nesterov = nesterov;
    }

    /** @return plain SGD: no momentum, no weight decay */
    public static Sgd of() {
        return new Sgd(0.0, false, 0.0);
    }

    /**
     * @param momentum mu in [0, 1)
     * @return a copy
     * @throws IllegalArgumentException if momentum is outside [0, 1), or 0 with Nesterov on
     */
    public Sgd withMomentum(double momentum) {
        return new Sgd(momentum, nesterov, weightDecay);
    }

    /**
     * @param nesterov whether to use Nesterov momentum (set the momentum first)
     * @return a copy
     * @throws IllegalArgumentException if nesterov is true and the momentum is 0
     */
    public Sgd withNesterov(boolean nesterov) {
        return new Sgd(momentum, nesterov, weightDecay);
    }

    /**
     * @param weightDecay lambda &gt;= 0, the L2 coefficient added to the gradient
     * @return a copy
     * @throws IllegalArgumentException if weightDecay is negative or not finite
     */
    public Sgd withWeightDecay(double weightDecay) {
        return new Sgd(momentum, nesterov, weightDecay);
    }

    /** @return the momentum mu */
    public double momentum() {
        return momentum;
    }

    /** @return whether Nesterov momentum is on */
    public boolean nesterov() {
        return nesterov;
    }

    /** @return the L2 coefficient lambda */
    public double weightDecay() {
        return weightDecay;
    }

    @Override
    public OptimizerState start(Parameters parameters) {
        INDArray zeros = StateChecks.zeros(parameters);
        return new State(zeros.length(), zeros.dataType(), momentum > 0.0 ? zeros : null);
    }

    private final class State implements OptimizerState {
        private final long length;
        private final DataType type;
        private final INDArray buffer;
        private final List<INDArray> buffers;
        private long steps;

        State(long length, DataType type, INDArray buffer) {
            this.length = length;
            this.type = type;
            this.buffer = buffer;
            this.buffers = buffer == null ? List.of() : List.of(buffer);
        }

        @Override
        public void step(INDArray values, INDArray gradients, double learningRate) {
            StateChecks.step("Sgd", values, gradients, length, type, learningRate);
            INDArray g = weightDecay == 0.0 ? gradients : gradients.add(values.mul(weightDecay));
            if (buffer != null) {
                if (steps == 0) {
                    buffer.assign(g);
                } else {
                    buffer.muli(momentum).addi(g);
                }
                g = nesterov ? g.add(buffer.mul(momentum)) : buffer;
            }
            values.subi(g.mul(learningRate));
            steps++;
        }

        @Override
        public long steps() {
            return steps;
        }

        @Override
        public List<INDArray> buffers() {
            return buffers;
        }

        @Override
        public void restore(long steps, List<INDArray> saved) {
            StateChecks.restore("Sgd", steps, saved, buffers);
            this.steps = steps;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sgd s && Double.compare(s.momentum, momentum) == 0 && s.nesterov == nesterov
            && Double.compare(s.weightDecay, weightDecay) == 0;
    }

    @Override
    public int hashCode() {
        return (Double.hashCode(momentum) * 31 + Boolean.hashCode(nesterov)) * 31 + Double.hashCode(weightDecay);
    }

    @Override
    public String toString() {
        return "Sgd(momentum=" + momentum + ", nesterov=" + nesterov + ", weightDecay=" + weightDecay + ")";
    }
}
