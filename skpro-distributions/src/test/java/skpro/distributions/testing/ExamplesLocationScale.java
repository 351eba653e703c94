package skpro.distributions.testing;

import java.util.List;

import skpro.distributions.*;

/** Contract-suite instances of symmetric and location-scale families (Laplace, Logistic, T, Cauchy, Uniform, half families, truncated normal). */
public final class ExamplesLocationScale {

    private ExamplesLocationScale() {
    }

    /** @return at least two instances per family, with several rows and extreme parameters */
    public static List<Example> valid() {
        return List.of(
            Example.of("standard", Laplace.of(0.0, 1.0)),
            Example.of("3 rows, extreme scales", Laplace.of(new double[] {0.0, 1e3, -2.5},
                new double[] {1.0, 1e-3, 1e4})),
            Example.of("standard", Logistic.of(0.0, 1.0)),
            Example.of("3 rows, extreme scales", Logistic.of(new double[] {2.0, -1e3, 0.5},
                new double[] {0.5, 1e-4, 3e3})),
            Example.of("standard", Cauchy.of(0.0, 1.0)),
            Example.of("3 rows, extreme scales", Cauchy.of(new double[] {1.0, -50.0, 1e4},
                new double[] {2.0, 1e-5, 1e3})),
            Example.of("unit", Uniform.of(0.0, 1.0)),
            Example.of("3 rows, narrow and wide", Uniform.of(new double[] {-1.0, 1e3, -1e6},
                new double[] {3.0, 1e3 + 1e-6, 1e6})),
            Example.of("df 5, 30, 1e6", TDistribution.of(new double[] {0.0, 1.0, -2.0},
                new double[] {1.0, 2.0, 0.5}, new double[] {5.0, 30.0, 1e6})),
            Example.of("heavy tails, df 0.8, 1, 1.5", TDistribution.of(new double[] {0.0, 10.0, -1.0},
                new double[] {1.0, 1e-3, 1e3}, new double[] {0.8, 1.0, 1.5})),
            Example.of("around the mean", TruncatedNormal.of(new double[] {0.0, 1.0, 5.0, 0.0},
                new double[] {1.0, 2.0, 2.0, 1e-3},
                new double[] {-1.0, Double.NEGATIVE_INFINITY, 0.0, Double.NEGATIVE_INFINITY},
                new double[] {2.0, 1.5, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY})),
            Example.of("far tails", TruncatedNormal.of(new double[] {0.0, 1.0, 0.0, 0.0, 1e3},
                new double[] {1.0, 2.0, 1.0, 1.0, 1e-2},
                new double[] {30.0, Double.NEGATIVE_INFINITY, -50.0, 2.0, 1e3 + 0.08},
                new double[] {40.0, -5.0, -45.0, 2.5, 1e3 + 0.085})),
            Example.of("narrow intervals", TruncatedNormal.of(new double[] {0.0, 0.0, 7.0},
                new double[] {1.0, 1.0, 3.0}, new double[] {2.0, -0.5, 6.99}, new double[] {2.001, -0.499, 7.02})),
            Example.of("standard", HalfNormal.of(1.0)),
            Example.of("3 rows, extreme scales", HalfNormal.of(new double[] {2.0, 1e-4, 1e5})),
            Example.of("standard", HalfCauchy.of(1.0)),
            Example.of("3 rows, extreme scales", HalfCauchy.of(new double[] {2.0, 1e-4, 1e5})),
            Example.of("standard", HalfLogistic.of(1.0)),
            Example.of("3 rows, extreme scales", HalfLogistic.of(new double[] {0.5, 1e-4, 1e5})));
    }

    /** @return constructions that must be rejected */
    public static List<InvalidExample> invalid() {
        return List.of(
            new InvalidExample("Laplace scale 0", () -> Laplace.of(0.0, 0.0), "scale[0]"),
            new InvalidExample("Laplace scale < 0 row 1",
                () -> Laplace.of(new double[] {0, 0}, new double[] {1, -1}), "scale[1]"),
            new InvalidExample("Laplace infinite mu", () -> Laplace.of(Double.NEGATIVE_INFINITY, 1.0), "mu[0]"),
            new InvalidExample("Laplace lengths differ",
                () -> Laplace.of(new double[] {0, 1}, new double[] {1}), "rows"),
            new InvalidExample("Logistic NaN scale", () -> Logistic.of(0.0, Double.NaN), "scale[0]"),
            new InvalidExample("Logistic NaN mu row 1",
                () -> Logistic.of(new double[] {0, Double.NaN}, new double[] {1, 1}), "mu[1]"),
            new InvalidExample("Logistic empty", () -> Logistic.of(new double[0], new double[0]), "empty"),
            new InvalidExample("Cauchy scale < 0", () -> Cauchy.of(0.0, -2.0), "scale[0]"),
            new InvalidExample("Cauchy infinite scale", () -> Cauchy.of(0.0, Double.POSITIVE_INFINITY), "scale[0]"),
            new InvalidExample("Cauchy null mu", () -> Cauchy.of(null, new double[] {1}), "mu"),
            new InvalidExample("Uniform lower = upper", () -> Uniform.of(1.0, 1.0), "lower[0]"),
            new InvalidExample("Uniform lower > upper row 1",
                () -> Uniform.of(new double[] {0, 2}, new double[] {1, 1}), "lower[1]"),
            new InvalidExample("Uniform infinite upper", () -> Uniform.of(0.0, Double.POSITIVE_INFINITY), "upper[0]"),
            new InvalidExample("Uniform width overflows", () -> Uniform.of(-1e308, 1e308), "upper[0] - lower[0]"),
            new InvalidExample("TDistribution df 0", () -> TDistribution.of(0.0, 1.0, 0.0), "df[0]"),
            new InvalidExample("TDistribution infinite df row 1", () -> TDistribution.of(new double[] {0, 0},
                new double[] {1, 1}, new double[] {3, Double.POSITIVE_INFINITY}), "df[1]"),
            new InvalidExample("TDistribution sigma < 0", () -> TDistribution.of(0.0, -1.0, 3.0), "sigma[0]"),
            new InvalidExample("TDistribution lengths differ", () -> TDistribution.of(new double[] {0, 1},
                new double[] {1, 1}, new double[] {3}), "rows"),
            new InvalidExample("TruncatedNormal lTrunc = rTrunc", () -> TruncatedNormal.of(0.0, 1.0, 1.0, 1.0),
                "lTrunc[0]"),
            new InvalidExample("TruncatedNormal NaN bound row 1", () -> TruncatedNormal.of(new double[] {0, 0},
                new double[] {1, 1}, new double[] {-1, Double.NaN}, new double[] {1, 1}), "lTrunc[1]"),
            new InvalidExample("TruncatedNormal lTrunc = +inf", () -> TruncatedNormal.of(0.0, 1.0,
                Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY), "lTrunc[0]"),
            new InvalidExample("TruncatedNormal sigma 0", () -> TruncatedNormal.of(0.0, 0.0, -1.0, 1.0), "sigma[0]"),
            new InvalidExample("TruncatedNormal bounds collapse when standardised",
                () -> TruncatedNormal.of(0.0, 1e-300, 1e10, 2e10), "lTrunc[0]"),
            new InvalidExample("TruncatedNormal lengths differ", () -> TruncatedNormal.of(new double[] {0},
                new double[] {1}, new double[] {-1, 0}, new double[] {1}), "rows"),
            new InvalidExample("HalfNormal sigma 0", () -> HalfNormal.of(0.0), "sigma[0]"),
            new InvalidExample("HalfNormal sigma NaN row 2",
                () -> HalfNormal.of(new double[] {1, 2, Double.NaN}), "sigma[2]"),
            new InvalidExample("HalfNormal empty", () -> HalfNormal.of(new double[0]), "empty"),
            new InvalidExample("HalfCauchy beta < 0", () -> HalfCauchy.of(-1.0), "beta[0]"),
            new InvalidExample("HalfCauchy infinite beta", () -> HalfCauchy.of(Double.POSITIVE_INFINITY), "beta[0]"),
            new InvalidExample("HalfLogistic beta 0 row 1", () -> HalfLogistic.of(new double[] {1, 0}), "beta[1]"),
            new InvalidExample("HalfLogistic null", () -> HalfLogistic.of((double[]) null), "beta"));
    }
}
