package skpro.neural.heads;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import skpro.distributions.Categorical;

/**
 * Categorical head: C raw logits l per row give probabilities p = softmax(l) over the labels
 * 0, 1, ..., C - 1.
 *
 * <p>NLL only: with y a class index, NLL = LSE(l) - l_y (LSE the stable log-sum-exp);
 * d/d l_j = p_j - [j = y]. The loss is the mean over rows, so the gradient is divided by the row
 * count.
 *
 * <p>Cost: the loss reads the raw array once into a primitive array of its own type (float stays
 * float: a 4096 x 8192 batch is not widened to doubles), computes each row in double arithmetic
 * and writes the gradient into a primitive array of the raw type; one exponential and a few
 * operations per entry (the exponentials are reused for the gradient).
 */
public final class CategoricalHead implements DistributionHead {
    private static final String NAME = "CategoricalHead";
    private final int classes;

    private CategoricalHead(int classes) {
        if (classes < 2) {
            throw new IllegalArgumentException("classes must be >= 2, got " + classes);
        }
        this.classes = classes;
    }

    /**
     * @param classes the number of classes C, &gt;= 2
     * @return the head
     * @throws IllegalArgumentException if classes &lt; 2
     */
    public static CategoricalHead of(int classes) {
        return new CategoricalHead(classes);
    }

    /** @return the number of classes */
    public int classes() {
        return classes;
    }

    @Override
    public int numOutputs() {
        return classes;
    }

    @Override
    public Categorical distribution(INDArray raw) {
        int rows = HeadMath.rows(raw, classes, NAME);
        double[] v = HeadMath.values(raw);
        double[][] p = new double[rows][classes];
        for (int i = 0; i < rows; i++) {
            int o = i * classes;
            double lse = HeadMath.logSumExp(v, o, classes);
            for (int j = 0; j < classes; j++) {
                p[i][j] = Math.exp(v[o + j] - lse);
            }
        }
        double[] labels = new double[classes];
        for (int j = 0; j < classes; j++) {
            labels[j] = j;
        }
        return Categorical.of(p, labels);
    }

    @Override
    public HeadLoss loss(INDArray raw, double[] y, Score score) {
        int rows = HeadMath.rows(raw, classes, NAME);
        checkLabels(y, rows);
        HeadMath.checkScore(this, NAME, score);
        INDArray c = raw.ordering() == 'c' && !raw.isView() ? raw : raw.dup('c');
        boolean single = c.dataType() == DataType.FLOAT;
        float[] inF = single ? floats(c) : null;
        double[] inD = single ? null : HeadMath.values(c);
        int n = rows * classes;
        float[] outF = single ? new float[n] : null;
        double[] outD = single ? null : new double[n];
        double[] row = new double[classes];
        double inv = 1.0 / rows;
        double total = 0.0;
        for (int i = 0; i < rows; i++) {
            int o = i * classes;
            if (single) {
                for (int j = 0; j < classes; j++) {
                    row[j] = inF[o + j];
                }
            } else {
                System.arraycopy(inD, o, row, 0, classes);
            }
            int label = (int) y[i];
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < classes; j++) {
                max = Math.max(max, row[j]);
            }
            total += max - row[label];
            double sum = 0.0;
            for (int j = 0; j < classes; j++) {
                double e = Math.exp(row[j] - max);
                row[j] = e;
                sum += e;
            }
            total += Math.log(sum);
            double scale = inv / sum;
            for (int j = 0; j < classes; j++) {
                row[j] *= scale;
            }
            row[label] -= inv;
            if (single) {
                for (int j = 0; j < classes; j++) {
                    outF[o + j] = (float) row[j];
                }
            } else {
                System.arraycopy(row, 0, outD, o, classes);
            }
        }
        INDArray g = single ? Nd4j.createFromArray(outF) : Nd4j.createFromArray(outD);
        g = g.reshape('c', rows, classes);
        return new HeadLoss(total * inv, c.dataType() == g.dataType() ? g : g.castTo(c.dataType()));
    }

    private static float[] floats(INDArray c) {
        return c.data().length() == c.length() && c.offset() == 0 ? c.data().asFloat()
            : c.reshape(c.length()).toFloatVector();
    }

    /**
     * @throws IllegalArgumentException if y is null or a value is not a class index in [0, classes)
     */
    @Override
    public void checkTargets(double[] y) {
        checkLabels(y, y == null ? 0 : y.length);
    }

    private void checkLabels(double[] y, int rows) {
        HeadMath.checkTargets(y, rows, NAME);
        for (int i = 0; i < rows; i++) {
            double v = y[i];
            if (!(v >= 0 && v < classes && v == Math.rint(v))) {
                throw new IllegalArgumentException(NAME + ": y[" + i + "] = " + v + " is not a class index in [0, "
                    + classes + ")");
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CategoricalHead h && h.classes == classes;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(classes);
    }

    @Override
    public String toString() {
        return "CategoricalHead(classes=" + classes + ")";
    }
}
