package skpro.distributions.testing;

import java.util.List;

import skpro.distributions.*;

/** Contract-suite instances of positive families (LogNormal, Gamma, Exponential, ChiSquared, Beta, Weibull, InverseGaussian, Pareto). */
public final class ExamplesPositive {

    private ExamplesPositive() {
    }

    /**
     * Shapes below 0.6 (Gamma alpha, ChiSquared dof / 2, Beta alpha and beta, Weibull k) are left
     * to the family tests: the suite's piecewise 20-point Gauss-Legendre check of the density
     * cannot integrate x^(a - 1) near 0 for a &lt;= 1/2 (error above 1e-7), and Beta's isf(1e-8)
     * rounds to 1.0, where the density is +inf, for beta &lt;= 1/2.
     *
     * @return at least two instances per family, with several rows and extreme parameters
     */
    public static List<Example> valid() {
        return List.of(
            Example.of("standard", LogNormal.of(0.0, 1.0)),
            Example.of("extreme locations and scales", LogNormal.of(
                new double[] {-20.0, 15.0, 0.5, 3.0}, new double[] {0.5, 1e-3, 0.25, 0.8})),
            Example.of("exponential", Gamma.of(1.0, 1.0)),
            Example.of("shapes and rates", Gamma.of(
                new double[] {0.6, 2.5, 50.0, 1e3, 0.7}, new double[] {1.0, 2.0, 1e-3, 1e4, 1e3})),
            Example.of("unit", Exponential.of(1.0)),
            Example.of("extreme rates", Exponential.of(new double[] {1e-4, 3.0, 1e5})),
            Example.of("two", ChiSquared.of(2.0)),
            Example.of("singular densities", Gamma.of(new double[] {0.5, 0.3}, new double[] {1.0, 2.0})),
            Example.of("arcsine and U shapes", Beta.of(new double[] {0.5, 0.3}, new double[] {0.5, 0.8})),
            Example.of("one dof", ChiSquared.of(1.0)),
            Example.of("several dof", ChiSquared.of(new double[] {1.2, 3.0, 10.0, 400.0})),
            Example.of("uniform", Beta.of(1.0, 1.0)),
            Example.of("shapes", Beta.of(
                new double[] {0.6, 2.0, 5.0, 0.6, 300.0, 1.0}, new double[] {0.7, 3.0, 1.0, 8.0, 700.0, 2.5})),
            Example.of("exponential", Weibull.of(1.0, 1.0)),
            Example.of("scales and shapes", Weibull.of(
                new double[] {1.0, 2.0, 0.5, 1e-4, 1e4}, new double[] {1.5, 0.8, 3.0, 20.0, 0.6})),
            Example.of("unit", InverseGaussian.of(1.0, 1.0)),
            Example.of("skewed and near-normal", InverseGaussian.of(
                new double[] {0.5, 20.0, 0.01, 3.0, 1e-3}, new double[] {2.0, 0.05, 1e3, 1e-4, 1e4})),
            Example.of("finite variance", Pareto.of(1.0, 6.0)),
            Example.of("heavy and light tails", Pareto.of(
                new double[] {1.0, 2.0, 0.5, 1e-3, 1e3}, new double[] {0.8, 1.5, 8.0, 30.0, 2.0})));
    }

    /** @return constructions that must be rejected */
    public static List<InvalidExample> invalid() {
        return List.of(
            new InvalidExample("LogNormal sigma 0", () -> LogNormal.of(0.0, 0.0), "sigma[0]"),
            new InvalidExample("LogNormal NaN mu row 1",
                () -> LogNormal.of(new double[] {0, Double.NaN}, new double[] {1, 1}), "mu[1]"),
            new InvalidExample("LogNormal lengths differ",
                () -> LogNormal.of(new double[] {0, 1}, new double[] {1}), "rows"),
            new InvalidExample("Gamma alpha 0", () -> Gamma.of(0.0, 1.0), "alpha[0]"),
            new InvalidExample("Gamma negative rate row 1",
                () -> Gamma.of(new double[] {1, 1}, new double[] {1, -2}), "beta[1]"),
            new InvalidExample("Gamma infinite shape", () -> Gamma.of(Double.POSITIVE_INFINITY, 1.0), "alpha[0]"),
            new InvalidExample("Gamma empty", () -> Gamma.of(new double[0], new double[0]), "empty"),
            new InvalidExample("Exponential rate 0", () -> Exponential.of(0.0), "rate[0]"),
            new InvalidExample("Exponential NaN rate row 2",
                () -> Exponential.of(new double[] {1, 2, Double.NaN}), "rate[2]"),
            new InvalidExample("Exponential null", () -> Exponential.of((double[]) null), "rate"),
            new InvalidExample("ChiSquared dof -1", () -> ChiSquared.of(-1.0), "dof[0]"),
            new InvalidExample("ChiSquared empty", () -> ChiSquared.of(new double[0]), "empty"),
            new InvalidExample("Beta beta 0 row 1",
                () -> Beta.of(new double[] {1, 1}, new double[] {1, 0}), "beta[1]"),
            new InvalidExample("Beta NaN alpha", () -> Beta.of(Double.NaN, 1.0), "alpha[0]"),
            new InvalidExample("Beta lengths differ",
                () -> Beta.of(new double[] {1}, new double[] {1, 2}), "rows"),
            new InvalidExample("Weibull scale -1", () -> Weibull.of(-1.0, 1.0), "scale[0]"),
            new InvalidExample("Weibull k infinite row 1",
                () -> Weibull.of(new double[] {1, 1}, new double[] {1, Double.POSITIVE_INFINITY}), "k[1]"),
            new InvalidExample("InverseGaussian mu 0", () -> InverseGaussian.of(0.0, 1.0), "mu[0]"),
            new InvalidExample("InverseGaussian infinite scale row 1",
                () -> InverseGaussian.of(new double[] {1, 1}, new double[] {1, Double.POSITIVE_INFINITY}), "scale[1]"),
            new InvalidExample("InverseGaussian lengths differ",
                () -> InverseGaussian.of(new double[] {1, 2}, new double[] {1}), "rows"),
            new InvalidExample("Pareto scale 0", () -> Pareto.of(0.0, 2.0), "scale[0]"),
            new InvalidExample("Pareto alpha -3 row 1",
                () -> Pareto.of(new double[] {1, 1}, new double[] {2, -3}), "alpha[1]"),
            new InvalidExample("Pareto lengths differ",
                () -> Pareto.of(new double[] {1, 2}, new double[] {2}), "rows"));
    }
}
