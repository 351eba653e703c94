package skpro.distributions.testing;

import java.util.List;

import skpro.distributions.*;
import skpro.distributions.KernelMixture.Bandwidth;
import skpro.distributions.KernelMixture.Kernel;

/** Contract-suite instances of sample-based families (Empirical, QPD_Empirical, Histogram, KernelMixture). */
public final class ExamplesEmpirical {

    private ExamplesEmpirical() {
    }

    /** @return at least two instances per family, with several rows and extreme parameters */
    public static List<Example> valid() {
        return List.of(
            Example.of("ragged with ties", Empirical.of(new double[][] {
                {1, 2, 2, 4, 7}, {10, 10, 12, 15, 11}, {-2, 0, 5, -1, 3, 3, 3}, {42}})),
            Example.of("weighted, zero weights, extreme scales", Empirical.of(
                new double[][] {{3e-9, 1e-9, 2e-9, 5e-9}, {1e6 + 0.5, 1e6, 1e6 + 0.25, 1e6}, {-7, 8, 0, 1e-3, 2}},
                new double[][] {{0.0, 3.0, 1.0, 0.5}, {1, 2, 0.25, 2}, {1e3, 2e3, 0, 5e2, 1e3}})),
            Example.of("one row, many samples", Empirical.of(spread(40, 0.37))),
            Example.of("3 levels", QpdEmpirical.of(
                new double[][] {{-1, 0, 1}, {10, 10, 30}, {1e-8, 2e-8, 3e-8}}, new double[] {0.1, 0.5, 0.9})),
            Example.of("5 uneven levels", QpdEmpirical.of(
                new double[][] {{-2e5, -1, 0, 0, 7e5}, {0, 1, 2, 3, 4}}, new double[] {0.01, 0.2, 0.5, 0.7, 0.999})),
            Example.of("one level", QpdEmpirical.of(new double[][] {{3.5}, {-1}}, new double[] {0.5})),
            // The suite's reference integrals (tanh-sinh on the quantile function) lose accuracy at
            // kinks of Q, which a histogram has wherever the density changes between bins; these
            // instances keep the density level across their positive bins (uneven widths and masses,
            // empty end bins). Uneven densities are checked by HistogramTest with exact integrals.
            Example.of("uneven bins, level density", Histogram.of(
                new double[][] {{0, 1, 3, 4}, {-4, -2, -1.5, 5, 10}, {-1, 1}},
                new double[][] {{0.25, 0.5, 0.25}, {2.0 / 14, 0.5 / 14, 6.5 / 14, 5.0 / 14}, {1}})),
            Example.of("extreme scales, empty end bins", Histogram.of(
                new double[][] {{0, 1e-6, 3e-6, 4e-6}, {1e5, 1e5 + 1e3, 3e5}, {0, 1, 2, 3, 4}},
                new double[][] {{0.25, 0.5, 0.25}, {0.005, 0.995}, {0, 0.5, 0.5, 0}})),
            Example.of("gaussian, given bandwidths", KernelMixture.of(
                new double[][] {{0, 1, 2, 3, 4}, {-1, 2}, {5}}, Kernel.GAUSSIAN, new double[] {0.5, 1.0, 2.0})),
            Example.of("gaussian, Silverman, extreme scales", KernelMixture.of(
                new double[][] {{1e-6, 3e-6, 2e-6, 8e-6}, {1e6, 1e6 + 40, 1e6 - 15}, {7, 7}},
                Kernel.GAUSSIAN, Bandwidth.SILVERMAN)),
            Example.of("gaussian, robust rule", KernelMixture.of(
                new double[][] {spread(9, 0.61)}, Kernel.GAUSSIAN, Bandwidth.SILVERMAN_ROBUST)),
            Example.of("gaussian, weighted", KernelMixture.of(
                new double[][] {{0, 1, 2, 3, 4}, {-1, 2}, {5}},
                new double[][] {{0.1, 0.0, 2.0, 0.5, 0.4}, {3, 1}, {2}}, Kernel.GAUSSIAN,
                new double[] {0.5, 1.0, 2.0})));
    }

    /** m deterministic, irregular points in about [-3, 3]. */
    private static double[] spread(int m, double phase) {
        double[] out = new double[m];
        for (int k = 0; k < m; k++) {
            double u = (k + phase) * 0.6180339887498949 % 1.0;
            out[k] = 3 * (2 * u - 1) * Math.abs(2 * u - 1);
        }
        return out;
    }

    /** @return constructions that must be rejected */
    public static List<InvalidExample> invalid() {
        return List.of(
            new InvalidExample("Empirical empty row",
                () -> Empirical.of(new double[][] {{1}, {}}), "samples[1]"),
            new InvalidExample("Empirical NaN sample",
                () -> Empirical.of(new double[][] {{1, Double.NaN}}), "samples[0][1]"),
            new InvalidExample("Empirical infinite sample",
                () -> Empirical.of(new double[] {Double.POSITIVE_INFINITY}), "samples[0][0]"),
            new InvalidExample("Empirical no rows", () -> Empirical.of(new double[0][]), "samples"),
            new InvalidExample("Empirical negative weight",
                () -> Empirical.of(new double[][] {{1, 2, 3}}, new double[][] {{1, 1, -1}}), "weights[0][2]"),
            new InvalidExample("Empirical zero weight sum",
                () -> Empirical.of(new double[][] {{1}, {1, 2}}, new double[][] {{1}, {0, 0}}), "weights[1]"),
            new InvalidExample("Empirical weight sum overflows",
                () -> Empirical.of(new double[] {1, 2}, new double[] {Double.MAX_VALUE, Double.MAX_VALUE}),
                "weights[0]"),
            new InvalidExample("Empirical weights shape",
                () -> Empirical.of(new double[][] {{1, 2}}, new double[][] {{1}}), "weights[0]"),
            new InvalidExample("Empirical weights rows",
                () -> Empirical.of(new double[][] {{1, 2}}, new double[][] {{1, 1}, {1}}), "rows"),
            new InvalidExample("QpdEmpirical levels not increasing",
                () -> QpdEmpirical.of(new double[][] {{0, 1}}, new double[] {0.5, 0.5}), "alphas[1]"),
            new InvalidExample("QpdEmpirical level 0",
                () -> QpdEmpirical.of(new double[][] {{0, 1}}, new double[] {0.0, 0.5}), "alphas[0]"),
            new InvalidExample("QpdEmpirical level 1",
                () -> QpdEmpirical.of(new double[][] {{0, 1}}, new double[] {0.5, 1.0}), "alphas[1]"),
            new InvalidExample("QpdEmpirical decreasing quantiles",
                () -> QpdEmpirical.of(new double[][] {{0, 1, 2}, {0, 2, 1}}, new double[] {0.1, 0.5, 0.9}),
                "quantiles[1][2]"),
            new InvalidExample("QpdEmpirical row length",
                () -> QpdEmpirical.of(new double[][] {{0, 1}, {0}}, new double[] {0.1, 0.9}), "quantiles[1]"),
            new InvalidExample("QpdEmpirical NaN quantile",
                () -> QpdEmpirical.of(new double[] {Double.NaN, 1}, new double[] {0.1, 0.9}), "quantiles[0][0]"),
            new InvalidExample("Histogram edges not increasing",
                () -> Histogram.of(new double[] {0, 1, 1, 2}, new double[] {0.5, 0, 0.5}), "bins[0][2]"),
            new InvalidExample("Histogram NaN edge",
                () -> Histogram.of(new double[] {0, Double.NaN}, new double[] {1}), "bins[0][1]"),
            new InvalidExample("Histogram one edge",
                () -> Histogram.of(new double[] {0}, new double[0]), "bins[0]"),
            new InvalidExample("Histogram mass count",
                () -> Histogram.of(new double[][] {{0, 1}, {0, 1, 2}}, new double[][] {{1}, {1}}), "binMass[1]"),
            new InvalidExample("Histogram negative mass",
                () -> Histogram.of(new double[] {0, 1, 2}, new double[] {1.5, -0.5}), "binMass[0][1]"),
            new InvalidExample("Histogram mass sum",
                () -> Histogram.of(new double[] {0, 1, 2}, new double[] {0.5, 0.4}), "binMass[0]"),
            new InvalidExample("Histogram rows differ",
                () -> Histogram.of(new double[][] {{0, 1}}, new double[][] {{1}, {1}}), "binMass"),
            new InvalidExample("KernelMixture negative weight",
                () -> KernelMixture.of(new double[][] {{0, 1}}, new double[][] {{1, -1}}, Kernel.GAUSSIAN,
                    new double[] {1}), "weights[0][1]"),
            new InvalidExample("KernelMixture zero bandwidth",
                () -> KernelMixture.of(new double[][] {{0}, {1}}, Kernel.GAUSSIAN, new double[] {1, 0}),
                "bandwidth[1]"),
            new InvalidExample("KernelMixture bandwidth count",
                () -> KernelMixture.of(new double[][] {{0}, {1}}, Kernel.GAUSSIAN, new double[] {1}), "bandwidth"),
            new InvalidExample("KernelMixture NaN sample",
                () -> KernelMixture.of(new double[] {Double.NaN}, Kernel.GAUSSIAN, 1.0), "samples[0][0]"),
            new InvalidExample("KernelMixture no kernel",
                () -> KernelMixture.of(new double[] {0}, null, 1.0), "kernel"),
            new InvalidExample("KernelMixture no rule",
                () -> KernelMixture.of(new double[] {0}, Kernel.GAUSSIAN, (Bandwidth) null), "rule"),
            new InvalidExample("KernelMixture empty row",
                () -> KernelMixture.of(new double[][] {{}}, Kernel.GAUSSIAN, Bandwidth.SCOTT), "samples[0]"));
    }
}
