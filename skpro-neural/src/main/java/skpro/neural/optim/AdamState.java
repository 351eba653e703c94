package skpro.neural.optim;

import java.util.List;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The state shared by {@link Adam} and {@link AdamW}: first and second moment vectors m and v and
 * the step count t. One step with rate eta, t counted from 1:
 * <pre>
 *   theta = theta (1 - eta lambda)                  (AdamW only: decoupled decay)
 *   g = grad + lambda theta                         (Adam only: L2 coupled into the gradient)
 *   m = beta1 m + (1 - beta1) g
 *   v = beta2 v + (1 - beta2) g^2
 *   theta = theta - (eta / (1 - beta1^t)) m / (sqrt(v) / sqrt(1 - beta2^t) + eps)
 * </pre>
 * as {@code torch.optim.Adam} and {@code torch.optim.AdamW} (amsgrad off).
 */
final class AdamState implements OptimizerState {
    private final String name;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double weightDecay;
    private final boolean decoupled;
    private final INDArray m;
    private final INDArray v;
    private final List<INDArray> buffers;
    private long steps;

    AdamState(String name, double[] hyper, boolean decoupled, INDArray zeros) {
        this.name = name;
        this.beta1 = hyper[0];
        this.beta2 = hyper[1];
        this.epsilon = hyper[2];
        this.weightDecay = hyper[3];
        this.decoupled = decoupled;
        this.m = zeros;
        this.v = zeros.dup();
        this.buffers = List.of(m, v);
    }

    /**
     * Validates Adam's hyper-parameters.
     *
     * @return {beta1, beta2, epsilon, weightDecay}
     * @throws IllegalArgumentException if a beta is outside [0, 1), epsilon is not finite and
     *     positive, or weightDecay is negative or not finite
     */
    static double[] hyper(double beta1, double beta2, double epsilon, double weightDecay) {
        return new double[] {StateChecks.unitInterval("beta1", beta1), StateChecks.unitInterval("beta2", beta2),
            StateChecks.positive("epsilon", epsilon), StateChecks.nonNegative("weightDecay", weightDecay)};
    }

    @Override
    public void step(INDArray values, INDArray gradients, double learningRate) {
        StateChecks.step(name, values, gradients, m.length(), m.dataType(), learningRate);
        INDArray g = gradients;
        if (weightDecay != 0.0) {
            if (decoupled) {
                values.muli(1.0 - learningRate * weightDecay);
            } else {
                g = gradients.add(values.mul(weightDecay));
            }
        }
        long t = steps + 1;
        m.muli(beta1).addi(g.mul(1.0 - beta1));
        v.muli(beta2).addi(g.mul(g).muli(1.0 - beta2));
        double correction1 = 1.0 - Math.pow(beta1, t);
        double correction2 = 1.0 - Math.pow(beta2, t);
        INDArray denominator = Transforms.sqrt(v, true).divi(Math.sqrt(correction2)).addi(epsilon);
        values.subi(m.div(denominator).muli(learningRate / correction1));
        steps = t;
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
        StateChecks.restore(name, steps, saved, buffers);
        this.steps = steps;
    }
}
