package skpro.distributions.testing;

import java.util.List;

import skpro.distributions.*;

/** Contract-suite instances of discrete families (Poisson, NegativeBinomial, Binomial, Delta, Categorical). */
public final class ExamplesDiscrete {

    private ExamplesDiscrete() {
    }

    /** @return at least two instances per family, with several rows and extreme parameters */
    public static List<Example> valid() {
        return List.of(
            Example.of("3 rows", Poisson.of(new double[] {1.0, 4.5, 0.3})),
            Example.of("small and huge means", Poisson.of(new double[] {0.05, 2.5e3, 1e6, 40.0})),
            Example.of("3 rows", NegativeBinomial.of(new double[] {1.0, 4.0, 10.0}, new double[] {2.0, 0.5, 5.0})),
            Example.of("extreme dispersions", NegativeBinomial.of(
                new double[] {0.2, 50.0, 2e3, 7.0}, new double[] {0.8, 1.0, 1e7, 0.5})),
            Example.of("3 rows", Binomial.of(new int[] {10, 20, 5}, new double[] {0.3, 0.5, 0.9})),
            Example.of("extremes", Binomial.of(
                new int[] {1, 1_000_000, 3_000_000, 40, 7, 0}, new double[] {0.5, 1e-5, 0.25, 1.0, 0.0, 0.3})),
            Example.of("3 rows", Delta.of(new double[] {0.0, 2.5, -1.0})),
            Example.of("large and tiny", Delta.of(new double[] {1e6, -0x1.8p-20, 7.25})),
            Example.of("integer labels", Categorical.of(
                new double[][] {{0.2, 0.5, 0.3}, {1.0, 0.0, 0.0}, {0.0, 0.25, 0.75}, {1e-12, 0.5, 0.5 - 1e-12}},
                new double[] {0.0, 1.0, 2.0})),
            Example.of("real labels", Categorical.of(
                new double[][] {{0.4, 0.6}, {0.05, 0.95}, {0.0, 1.0}},
                new double[] {-1.5, 3.0})));
    }

    /** @return constructions that must be rejected */
    public static List<InvalidExample> invalid() {
        return List.of(
            new InvalidExample("Poisson mu 0", () -> Poisson.of(0.0), "mu[0]"),
            new InvalidExample("Poisson mu < 0 row 1", () -> Poisson.of(new double[] {1.0, -2.0}), "mu[1]"),
            new InvalidExample("Poisson NaN mu", () -> Poisson.of(Double.NaN), "mu[0]"),
            new InvalidExample("Poisson infinite mu", () -> Poisson.of(Double.POSITIVE_INFINITY), "mu[0]"),
            new InvalidExample("Poisson empty", () -> Poisson.of(new double[0]), "empty"),
            new InvalidExample("NegativeBinomial alpha 0 row 1",
                () -> NegativeBinomial.of(new double[] {1, 2}, new double[] {1, 0}), "alpha[1]"),
            new InvalidExample("NegativeBinomial mu < 0", () -> NegativeBinomial.of(-1.0, 1.0), "mu[0]"),
            new InvalidExample("NegativeBinomial infinite alpha",
                () -> NegativeBinomial.of(1.0, Double.POSITIVE_INFINITY), "alpha[0]"),
            new InvalidExample("NegativeBinomial lengths differ",
                () -> NegativeBinomial.of(new double[] {1, 2}, new double[] {1}), "rows"),
            new InvalidExample("Binomial n < 0 row 1",
                () -> Binomial.of(new int[] {3, -1}, new double[] {0.5, 0.5}), "n[1]"),
            new InvalidExample("Binomial p > 1", () -> Binomial.of(3, 1.5), "p[0]"),
            new InvalidExample("Binomial NaN p", () -> Binomial.of(3, Double.NaN), "p[0]"),
            new InvalidExample("Binomial lengths differ",
                () -> Binomial.of(new int[] {3, 4}, new double[] {0.5}), "rows"),
            new InvalidExample("Binomial empty", () -> Binomial.of(new int[0], new double[0]), "empty"),
            new InvalidExample("Delta NaN c row 2", () -> Delta.of(new double[] {0, 1, Double.NaN}), "c[2]"),
            new InvalidExample("Delta infinite c", () -> Delta.of(Double.NEGATIVE_INFINITY), "c[0]"),
            new InvalidExample("Delta empty", () -> Delta.of(new double[0]), "empty"),
            new InvalidExample("Categorical labels not increasing",
                () -> Categorical.of(new double[] {0.5, 0.5}, new double[] {1.0, 1.0}), "labels[1]"),
            new InvalidExample("Categorical infinite label",
                () -> Categorical.of(new double[] {0.5, 0.5}, new double[] {0.0, Double.POSITIVE_INFINITY}), "labels[1]"),
            new InvalidExample("Categorical negative probability",
                () -> Categorical.of(new double[][] {{0.5, 0.5}, {1.1, -0.1}}, new double[] {0, 1}),
                "probabilities[1][1]"),
            new InvalidExample("Categorical row sum",
                () -> Categorical.of(new double[][] {{0.5, 0.5}, {0.5, 0.49}}, new double[] {0, 1}),
                "probabilities[1]"),
            new InvalidExample("Categorical row length",
                () -> Categorical.of(new double[][] {{0.5, 0.5}, {1.0}}, new double[] {0, 1}), "probabilities[1]"),
            new InvalidExample("Categorical no rows",
                () -> Categorical.of(new double[0][], new double[] {0, 1}), "empty"),
            new InvalidExample("Categorical no labels",
                () -> Categorical.of(new double[][] {{}}, new double[0]), "labels"));
    }
}
