package skpro.distributions.testing;

import java.util.List;

import skpro.distributions.*;

/** Contract-suite instances of composite families (Mixture, MeanScale, TruncatedDistribution, TransformedDistribution, IID). */
public final class ExamplesComposite {

    private ExamplesComposite() {
    }

    /** @return at least two instances per family, with several rows and extreme parameters */
    public static List<Example> valid() {
        Normal n3 = Normal.of(new double[] {0.0, 1.5, -2.0}, new double[] {1.0, 2.0, 0.5});
        Normal m3 = Normal.of(new double[] {3.0, -1.0, -2.0}, new double[] {2.0, 0.5, 3.0});
        Normal wide = Normal.of(new double[] {1e3, -3.0, 0.0}, new double[] {1e-3, 1e4, 1.0});
        Distribution lattice = lattice(new double[] {0.0, -3.0, 2.5}, 0.2, 0.5, 0.3);
        Distribution exp3 = TransformedDistribution.exp(Normal.of(new double[] {0.0, 1.0, -2.0},
            new double[] {1.0, 0.5, 0.8}));
        return List.of(
            Example.of("two normals, fixed weights", Mixture.of(List.of(n3, m3), new double[] {0.3, 0.7})),
            Example.of("three normals, per-row weights, scale mixtures", Mixture.of(List.of(n3,
                Normal.of(new double[] {0.0, 1.0, -2.0}, new double[] {0.1, 3.0, 10.0}),
                Normal.of(new double[] {0.5, 2.0, -2.0}, new double[] {10.0, 1.0, 0.2})),
                new double[][] {{1.0, 0.0, 0.5}, {0.2, 0.3, 0.5}, {5.0, 1.0, 2.0}})),
            Example.of("normal, scaled normal and log-normal (quadrature cross terms)", Mixture.of(
                List.of(Normal.of(new double[] {1.0, 1.5, 0.5}, new double[] {1.0, 2.0, 1.0}),
                    MeanScale.of(Normal.of(new double[] {1.0, 0.0, 0.0}, new double[] {1.0, 1.0, 1.0}), 0.5, 1.5),
                    TransformedDistribution.exp(Normal.of(new double[] {0.0, 0.5, 0.0}, new double[] {0.5, 0.5, 0.3}))),
                new double[] {0.5, 0.3, 0.2})),
            Example.of("mixed measure: normal and lattice", Mixture.of(List.of(n3, lattice),
                new double[] {0.6, 0.4})),
            Example.of("discrete: two lattices", Mixture.of(List.of(lattice,
                lattice(new double[] {1.0, 0.0, 4.0}, 0.5, 0.5)), new double[] {0.5, 0.5})),
            Example.of("normal, per-row shift and scale", MeanScale.of(n3, new double[] {2.0, -1.0, 0.0},
                new double[] {3.0, 1e-4, 1e5})),
            Example.of("log-normal, scaled", MeanScale.of(exp3, 1.0, 0.25)),
            Example.of("lattice, shifted and scaled", MeanScale.of(lattice, 2.0, 4.0)),
            Example.of("normal (0, 5]", TruncatedDistribution.of(Normal.of(new double[] {1.0, 3.0, 0.0},
                new double[] {1.0, 1.0, 1e-3}), 0.0, 5.0)),
            Example.of("normal, far upper tail and one-sided", TruncatedDistribution.of(
                Normal.of(new double[] {0.0, 0.0, 5.0}, new double[] {1.0, 1.0, 2.0}),
                new double[] {8.0, Double.NEGATIVE_INFINITY, 0.0}, new double[] {9.0, -30.0, Double.POSITIVE_INFINITY},
                "[]")),
            Example.of("lattice, closed intervals", TruncatedDistribution.of(lattice, new double[] {0.5, -2.0, 2.5},
                new double[] {4.0, -1.0, 4.0}, "[]")),
            Example.of("log-normal", exp3),
            Example.of("exp(-X), decreasing", TransformedDistribution.decreasing(wide.select(1, 2),
                x -> Math.exp(-x / 1e4), y -> -1e4 * Math.log(y), y -> -1e4 / y)),
            Example.of("log of a log-normal", TransformedDistribution.log(exp3)),
            Example.of("normal x3", IID.of(Normal.of(1.0, 2.0), 3)),
            Example.of("mixture x4", IID.of(Mixture.of(List.of(Normal.of(0.0, 1.0), Normal.of(0.5, 2.0)),
                new double[] {0.5, 0.5}), 4)),
            Example.of("lattice x2", IID.of(lattice.select(1), 2)));
    }

    /** @return constructions that must be rejected */
    public static List<InvalidExample> invalid() {
        Normal n2 = Normal.of(new double[] {0.0, 1.0}, new double[] {1.0, 2.0});
        Normal n3 = Normal.of(new double[] {0.0, 1.0, 2.0}, new double[] {1.0, 2.0, 3.0});
        return List.of(
            new InvalidExample("Mixture no components", () -> Mixture.of(List.of(), new double[0]), "components"),
            new InvalidExample("Mixture sizes differ", () -> Mixture.of(List.of(n2, n3), new double[] {1, 1}),
                "components[1]"),
            new InvalidExample("Mixture weight count", () -> Mixture.of(List.of(n2, n2), new double[] {1}),
                "weights"),
            new InvalidExample("Mixture negative weight", () -> Mixture.of(List.of(n2, n2), new double[] {1, -1}),
                "weights[1]"),
            new InvalidExample("Mixture NaN weight", () -> Mixture.of(List.of(n2, n2), new double[] {Double.NaN, 1}),
                "weights[0]"),
            new InvalidExample("Mixture zero weights", () -> Mixture.of(List.of(n2, n2), new double[] {0, 0}),
                "sum"),
            new InvalidExample("Mixture weights overflow",
                () -> Mixture.of(List.of(n2, n2), new double[] {Double.MAX_VALUE, Double.MAX_VALUE}), "sum"),
            new InvalidExample("Mixture per-row zero row",
                () -> Mixture.of(List.of(n2, n2), new double[][] {{1, 1}, {0, 0}}), "weights[1]"),
            new InvalidExample("Mixture per-row rows", () -> Mixture.of(List.of(n2, n2), new double[][] {{1, 1}}),
                "rows"),
            new InvalidExample("Mixture per-row negative",
                () -> Mixture.of(List.of(n2, n2), new double[][] {{1, 1}, {1, -2}}), "weights[1][1]"),
            new InvalidExample("MeanScale sigma 0", () -> MeanScale.of(n2, 0.0, 0.0), "sigma[0]"),
            new InvalidExample("MeanScale sigma < 0 row 1",
                () -> MeanScale.of(n2, new double[] {0, 0}, new double[] {1, -1}), "sigma[1]"),
            new InvalidExample("MeanScale infinite mu", () -> MeanScale.of(n2, Double.POSITIVE_INFINITY, 1.0), "mu[0]"),
            new InvalidExample("MeanScale lengths", () -> MeanScale.of(n2, new double[] {0}, new double[] {1, 1}),
                "mu"),
            new InvalidExample("MeanScale null", () -> MeanScale.of(null, 0.0, 1.0), "d"),
            new InvalidExample("TruncatedDistribution lower >= upper", () -> TruncatedDistribution.of(n2, 5.0, 5.0), "lower[0]"),
            new InvalidExample("TruncatedDistribution NaN end", () -> TruncatedDistribution.of(n2, 0.0, Double.NaN), "upper[0]"),
            new InvalidExample("TruncatedDistribution interval type", () -> TruncatedDistribution.of(n2, 0.0, 1.0, "(["),
                "intervalType"),
            new InvalidExample("TruncatedDistribution zero mass", () -> TruncatedDistribution.of(n2, 50.0, 60.0),
                "probability 0"),
            new InvalidExample("TruncatedDistribution lattice between atoms",
                () -> TruncatedDistribution.of(lattice(new double[] {0.0}, 0.5, 0.5), 0.0, 1.0, "()"), "row 0"),
            new InvalidExample("TransformedDistribution NaN at the ends",
                () -> TransformedDistribution.of(n2, x -> x / (1 + Math.abs(x)), y -> y / (1 - Math.abs(y)),
                    y -> 1 / ((1 - Math.abs(y)) * (1 - Math.abs(y)))), "transform"),
            new InvalidExample("TransformedDistribution not increasing",
                () -> TransformedDistribution.of(n2, x -> -x, y -> -y, y -> -1.0), "increasing"),
            new InvalidExample("TransformedDistribution wrong inverse",
                () -> TransformedDistribution.of(n2, x -> x + 1.0, y -> y, y -> 1.0), "inverse"),
            new InvalidExample("TransformedDistribution null", () -> TransformedDistribution.of(n2, null, y -> y, y -> 1.0),
                "transform"),
            new InvalidExample("TransformedDistribution log of a normal", () -> TransformedDistribution.log(n2), "row 0"),
            new InvalidExample("IID of two rows", () -> IID.of(n2, 3), "one"),
            new InvalidExample("IID n = 0", () -> IID.of(Normal.of(0.0, 1.0), 0), "n"));
    }

    /**
     * A test-only discrete distribution: row i puts mass {@code probs[j]} on {@code offset[i] + j}.
     * Offsets must make {@code offset + j} and its difference back exact (e.g. multiples of 0.5).
     *
     * @param offset the first atom per row
     * @param probs the masses, summing to 1
     * @return the distribution
     */
    public static Distribution lattice(double[] offset, double... probs) {
        return new Lattice(offset.clone(), probs.clone());
    }

    /** Finite lattice distribution with closed-form moments; quantiles by the base bisection. */
    private static final class Lattice extends AbstractDistribution {
        private final double[] offset;
        private final double[] probs;
        private final double[] cumulative;
        private final double[] tail;

        Lattice(double[] offset, double[] probs) {
            super(offset.length);
            this.offset = offset;
            this.probs = probs;
            int m = probs.length;
            cumulative = new double[m];
            tail = new double[m];
            double c = 0.0;
            for (int j = 0; j < m; j++) {
                c += probs[j];
                cumulative[j] = c;
            }
            double t = 0.0;
            for (int j = m - 1; j >= 0; j--) {
                tail[j] = t;
                t += probs[j];
            }
            cumulative[m - 1] = 1.0;
        }

        @Override
        public MeasureType measureType() {
            return MeasureType.DISCRETE;
        }

        @Override
        public Distribution select(int... rows) {
            skpro.distributions.internal.Check.rows(rows, size());
            return new Lattice(skpro.distributions.internal.Check.pick(offset, rows), probs);
        }

        /** Index of the last atom at or below x, or -1. */
        private int index(int i, double x) {
            double t = Math.floor(x - offset[i]);
            return t < 0 ? -1 : (int) Math.min(t, probs.length - 1);
        }

        @Override
        protected double cdfAt(int i, double x) {
            int j = index(i, x);
            return j < 0 ? 0.0 : cumulative[j];
        }

        @Override
        protected double survivalAt(int i, double x) {
            int j = index(i, x);
            return j < 0 ? 1.0 : tail[j];
        }

        @Override
        protected double pdfAt(int i, double x) {
            double t = x - offset[i];
            return t >= 0 && t < probs.length && t == Math.rint(t) ? probs[(int) t] : 0.0;
        }

        @Override
        protected double supportLowerAt(int i) {
            return offset[i];
        }

        @Override
        protected double supportUpperAt(int i) {
            return offset[i] + probs.length - 1;
        }

        @Override
        protected double meanAt(int i) {
            double m = 0.0;
            for (int j = 0; j < probs.length; j++) {
                m += probs[j] * j;
            }
            return offset[i] + m;
        }

        @Override
        protected double varAt(int i) {
            double m = meanAt(i) - offset[i];
            double v = 0.0;
            for (int j = 0; j < probs.length; j++) {
                v += probs[j] * (j - m) * (j - m);
            }
            return v;
        }

        @Override
        protected double energyAt(int i) {
            double e = 0.0;
            for (int j = 0; j < probs.length; j++) {
                for (int k = 0; k < probs.length; k++) {
                    e += probs[j] * probs[k] * Math.abs(j - k);
                }
            }
            return e;
        }

        @Override
        protected double energyAt(int i, double x) {
            if (Double.isInfinite(x)) {
                return Double.POSITIVE_INFINITY;
            }
            double e = 0.0;
            for (int j = 0; j < probs.length; j++) {
                e += probs[j] * Math.abs(offset[i] + j - x);
            }
            return e;
        }
    }
}
