package skpro.neural.engine;

import java.util.SplittableRandom;
import java.util.function.Supplier;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Compares a layer's backward pass with fourth-order central finite differences in float64,
 * f'(v) ~ [f(v - 2h) - 8 f(v - h) + 8 f(v + h) - f(v + 2h)] / (12 h) with h = 1e-4 (truncation
 * error O(h^4), rounding error ~1e-12 |L|): for the scalar
 * L = sum(forward(x) ∘ R), R a fixed random array, every checked parameter and input entry must
 * satisfy |analytic - numeric| / max(|analytic|, |numeric|) &lt; 1e-6 (or, where both are below
 * 1e-8 in size, an absolute difference below 1e-10). At most {@code maxChecks} entries of the
 * parameters and of the input are checked, chosen by the seed; the batch and sequence lengths of
 * the listed input shape grow by a random 0 to 2 with the seed.
 */
public final class GradientCheck {
    /** Relative tolerance. */
    public static final double TOLERANCE = 1e-6;
    private static final double H = 1e-4;

    private GradientCheck() {
    }

    /**
     * How the input is drawn.
     *
     * @param shape the input's shape
     * @param vocabulary 0 for a real-valued input N(0, 1), otherwise integer indices in [0,
     *     vocabulary) (not differentiated)
     * @param masked whether the context carries a padding mask (3-D inputs): each sequence keeps a
     *     random valid prefix of length at least 1, the rest is padding
     */
    public record Input(long[] shape, int vocabulary, boolean masked) {

        /** @param shape the shape of a real input without mask @return the input description */
        public static Input real(long... shape) {
            return new Input(shape, 0, false);
        }

        /** @param shape the shape of a real sequence input with a padding mask @return the description */
        public static Input masked(long... shape) {
            return new Input(shape, 0, true);
        }

        /**
         * @param vocabulary the number of distinct indices
         * @param shape the shape
         * @return the description of an index input
         */
        public static Input indices(int vocabulary, long... shape) {
            return new Input(shape, vocabulary, false);
        }
    }

    /**
     * The worst relative error found.
     *
     * @param worst the largest error over checked entries
     * @param where which entry, e.g. {@code 0:Linear.weight[3]} or {@code input[5]}
     * @param checked the number of entries checked
     */
    public record Result(double worst, String where, int checked) {
    }

    /**
     * @param factory builds a fresh layer
     * @param input how to draw the input
     * @param seed seeds the weights, the input, R, the mask, dropout and the chosen entries
     * @param maxChecks the most entries checked among parameters, and among inputs
     * @return the worst error
     */
    public static Result check(Supplier<? extends Layer> factory, Input input, long seed, int maxChecks) {
        Network net = Network.of(factory.get(), DataType.DOUBLE, seed);
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        input = withRandomLengths(input, random);
        INDArray x = draw(input, random);
        INDArray mask = input.masked() ? mask(input.shape(), random) : null;
        Context ctx = Context.training(seed).withMask(mask);
        INDArray out = net.forward(x, ctx);
        INDArray r = gaussian(out.shape(), random);
        Parameters p = net.parameters();
        p.zeroGradients();
        INDArray gx = net.backward(r);
        INDArray analytic = p.gradients().dup();

        double worst = 0;
        String where = "none";
        int checked = 0;
        INDArray values = p.values();
        for (long i : choose(values.length(), maxChecks, random)) {
            double numeric = derivative(values, i, net, x, ctx, r);
            double err = error(analytic.getDouble(i), numeric);
            checked++;
            if (err > worst) {
                worst = err;
                where = slotName(p, i);
            }
        }
        if (input.vocabulary() == 0) {
            INDArray flatX = x.reshape(x.length());
            INDArray flatG = gx.dup('c').reshape(gx.length());
            for (long i : choose(flatX.length(), maxChecks, random)) {
                double err = error(flatG.getDouble(i), derivative(flatX, i, net, x, ctx, r));
                checked++;
                if (err > worst) {
                    worst = err;
                    where = "input[" + i + "]";
                }
            }
        }
        return new Result(worst, where, checked);
    }

    /**
     * Random shapes: the batch axis (and, for a 3-D input, the sequence axis) grows by 0 to 2 with
     * the seed; feature axes, which the layer's weights fix, stay.
     */
    private static Input withRandomLengths(Input input, SplittableRandom random) {
        long[] shape = input.shape().clone();
        int varying = shape.length == 3 ? 2 : shape.length == 2 ? 1 : shape.length;
        if (input.vocabulary() > 0) {
            varying = shape.length; // index inputs have no feature axis
        }
        for (int i = 0; i < varying; i++) {
            shape[i] += random.nextInt(3);
        }
        return new Input(shape, input.vocabulary(), input.masked());
    }

    private static double derivative(INDArray flat, long i, Network net, INDArray x, Context ctx, INDArray r) {
        double v = flat.getDouble(i);
        double[] f = new double[4];
        double[] steps = {-2 * H, -H, H, 2 * H};
        for (int k = 0; k < 4; k++) {
            flat.putScalar(i, v + steps[k]);
            f[k] = loss(net, x, ctx, r);
        }
        flat.putScalar(i, v);
        return (f[0] - 8 * f[1] + 8 * f[2] - f[3]) / (12 * H);
    }

    private static double loss(Network net, INDArray x, Context ctx, INDArray r) {
        return net.forward(x, ctx).mul(r).sumNumber().doubleValue();
    }

    private static double error(double a, double n) {
        double scale = Math.max(Math.abs(a), Math.abs(n));
        if (scale < 1e-8) {
            return Math.abs(a - n) < 1e-10 ? 0.0 : Math.abs(a - n) / 1e-8;
        }
        return Math.abs(a - n) / scale;
    }

    private static String slotName(Parameters p, long i) {
        for (Parameters.Slot s : p.slots()) {
            if (i >= s.offset() && i < s.offset() + s.length()) {
                return s.qualifiedName() + "[" + (i - s.offset()) + "]";
            }
        }
        return "parameter[" + i + "]";
    }

    private static long[] choose(long n, int max, SplittableRandom random) {
        if (n <= max) {
            long[] all = new long[(int) n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        long[] some = new long[max];
        for (int i = 0; i < max; i++) {
            some[i] = random.nextLong(n);
        }
        return some;
    }

    private static INDArray draw(Input input, SplittableRandom random) {
        if (input.vocabulary() > 0) {
            long n = 1;
            for (long d : input.shape()) {
                n *= d;
            }
            double[] v = new double[(int) n];
            for (int i = 0; i < v.length; i++) {
                v[i] = random.nextInt(input.vocabulary());
            }
            return Nd4j.createFromArray(v).reshape(input.shape());
        }
        return gaussian(input.shape(), random);
    }

    private static INDArray gaussian(long[] shape, SplittableRandom random) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        double[] v = new double[(int) n];
        for (int i = 0; i < v.length; i++) {
            v[i] = random.nextGaussian();
        }
        return Nd4j.createFromArray(v).reshape(shape);
    }

    private static INDArray mask(long[] shape, SplittableRandom random) {
        int b = (int) shape[0];
        int s = (int) shape[1];
        double[] m = new double[b * s];
        for (int i = 0; i < b; i++) {
            int valid = 1 + random.nextInt(s);
            for (int j = 0; j < valid; j++) {
                m[i * s + j] = 1.0;
            }
        }
        return Nd4j.createFromArray(m).reshape(b, s);
    }
}
