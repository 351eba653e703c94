package skpro.neural.optim;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.util.List;

import org.nd4j.linalg.api.buffer.DataType;
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
        long t = steps + 1;
        double stepSize = learningRate / (1.0 - Math.pow(beta1, t));
        double rootCorrection2 = Math.sqrt(1.0 - Math.pow(beta2, t));
        double shrink = decoupled ? 1.0 - learningRate * weightDecay : 1.0;
        double l2 = decoupled ? 0.0 : weightDecay;
        if (whole(values) && whole(gradients)) {
            fused(values, gradients, stepSize, rootCorrection2, shrink, l2);
        } else {
            INDArray g = l2 == 0.0 ? gradients : gradients.add(values.mul(l2));
            values.muli(shrink);
            m.muli(beta1).addi(g.mul(1.0 - beta1));
            v.muli(beta2).addi(g.mul(g).muli(1.0 - beta2));
            INDArray denominator = Transforms.sqrt(v, true).divi(rootCorrection2).addi(epsilon);
            values.subi(m.div(denominator).muli(stepSize));
        }
        steps = t;
    }

    /** Whether the array is its whole buffer (offset 0, contiguous), so its memory can be walked directly. */
    private static boolean whole(INDArray a) {
        return a.offset() == 0 && a.length() == a.data().length() && a.length() > 0;
    }

    /**
     * The update in one pass over the four vectors' native memory (no temporary arrays): the same
     * formulas, each element computed in double and stored in the vectors' type.
     */
    private void fused(INDArray values, INDArray gradients, double stepSize, double rootCorrection2, double shrink,
                       double l2) {
        int n = Math.toIntExact(values.length());
        double c1 = 1.0 - beta1;
        double c2 = 1.0 - beta2;
        if (values.dataType() == DataType.FLOAT) {
            FloatBuffer th = values.data().asNioFloat();
            FloatBuffer gr = gradients.data().asNioFloat();
            FloatBuffer mm = m.data().asNioFloat();
            FloatBuffer vv = v.data().asNioFloat();
            for (int i = 0; i < n; i++) {
                double theta = th.get(i);
                double g = gr.get(i) + l2 * theta;
                float mi = (float) (beta1 * mm.get(i) + c1 * g);
                float vi = (float) (beta2 * vv.get(i) + c2 * g * g);
                mm.put(i, mi);
                vv.put(i, vi);
                th.put(i, (float) (theta * shrink - stepSize * mi / (Math.sqrt(vi) / rootCorrection2 + epsilon)));
            }
        } else {
            DoubleBuffer th = values.data().asNioDouble();
            DoubleBuffer gr = gradients.data().asNioDouble();
            DoubleBuffer mm = m.data().asNioDouble();
            DoubleBuffer vv = v.data().asNioDouble();
            for (int i = 0; i < n; i++) {
                double theta = th.get(i);
                double g = gr.get(i) + l2 * theta;
                double mi = beta1 * mm.get(i) + c1 * g;
                double vi = beta2 * vv.get(i) + c2 * g * g;
                mm.put(i, mi);
                vv.put(i, vi);
                th.put(i, theta * shrink - stepSize * mi / (Math.sqrt(vi) / rootCorrection2 + epsilon));
            }
        }
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
