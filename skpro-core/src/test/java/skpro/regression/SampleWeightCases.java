package skpro.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

import skpro.regression.baselines.DummyProbaRegressor;
import skpro.regression.compose.Pipeline;
import skpro.regression.compose.PointPipeline;
import skpro.regression.compose.ResidualDouble;
import skpro.regression.compose.TransformedTargetRegressor;

/**
 * What the two contract suites check about sample weights: the weights they use, the data with
 * each row repeated w times, the invalid weights, and which estimators' weights are not copies
 * of rows (and why).
 */
final class SampleWeightCases {

    private SampleWeightCases() {
    }

    /** @return n integer weights in {0, 1, 2, 3} from a fixed seed, with at least one of each */
    static double[] integerWeights(int n) {
        SplittableRandom rng = new SplittableRandom(20240917L);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = i < 4 ? 3 - i : rng.nextInt(4);
        }
        return w;
    }

    /** @return the rows of x, row i repeated w_i times, in order */
    static double[][] repeat(double[][] x, double[] w) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < (int) w[i]; k++) {
                out.add(x[i].clone());
            }
        }
        return out.toArray(new double[0][]);
    }

    /** @return y_i repeated w_i times, in order */
    static double[] repeat(double[] y, double[] w) {
        double[][] column = new double[y.length][];
        for (int i = 0; i < y.length; i++) {
            column[i] = new double[] {y[i]};
        }
        return Arrays.stream(repeat(column, w)).mapToDouble(r -> r[0]).toArray();
    }

    /** @return invalid weights for n rows by the text their message must hold */
    static Map<String, double[]> invalid(int n) {
        Map<String, double[]> out = new LinkedHashMap<>();
        out.put("sampleWeight has " + (n - 1) + " values", ones(n - 1));
        double[] negative = ones(n);
        negative[3] = -1.0;
        out.put("sampleWeight[3]", negative);
        double[] nan = ones(n);
        nan[5] = Double.NaN;
        out.put("sampleWeight[5]", nan);
        double[] inf = ones(n);
        inf[0] = Double.POSITIVE_INFINITY;
        out.put("sampleWeight[0]", inf);
        out.put("sampleWeight must not be all zero", new double[n]);
        return out;
    }

    static double[] ones(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1.0);
        return w;
    }

    /**
     * @param fit fits with the given weights
     * @param n the number of rows
     */
    static void invalidWeightsRejected(Function<double[], ?> fit, int n) {
        for (Map.Entry<String, double[]> bad : invalid(n).entrySet()) {
            assertThatThrownBy(() -> fit.apply(bad.getValue())).as(bad.getKey())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(bad.getKey());
        }
    }

    /** @param fit fits with the given (unequal) weights, of an estimator that does not support them */
    static void unequalWeightsUnsupported(Function<double[], ?> fit, Object estimator, int n) {
        assertThatThrownBy(() -> fit.apply(integerWeights(n))).isInstanceOf(UnsupportedOperationException.class)
            .hasMessageContaining(estimator.getClass().getSimpleName() + " does not support sample weights");
    }

    /** Equal within 1e-9 relative (to 1 + |expected|), element by element. */
    static void assertClose(double[] actual, double[] expected, String what) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("%s, row %d", what, i)
                .isCloseTo(expected[i], within(1e-9 * (1.0 + Math.abs(expected[i]))));
        }
    }

    /**
     * @param estimator a regressor that supports sample weights
     * @return why an integer weight is not the same as copies of the row for it (or an estimator
     *     nested in it), or null when it is
     */
    static String notCopies(Parameterized<?> estimator) {
        if (estimator instanceof Pipeline || estimator instanceof PointPipeline) {
            return "pipeline transformers are fitted unweighted on the rows, as sklearn's";
        }
        if (estimator instanceof TransformedTargetRegressor) {
            return "lambda is learned from the targets unweighted";
        }
        if (estimator instanceof ResidualDouble r && r.folds() > 0) {
            return "cross-fitting draws its folds over rows, so copies of a row fall into different folds";
        }
        if (estimator instanceof DummyProbaRegressor d && d.strategy() == DummyProbaRegressor.Strategy.KDE) {
            return "the weighted KDE's bandwidth uses Kish's effective sample size, not the sum of weights";
        }
        for (Object value : estimator.params().values()) {
            if (value instanceof Parameterized<?> inner) {
                String why = notCopies(inner);
                if (why != null) {
                    return why;
                }
            }
        }
        return null;
    }
}
