package skpro.regression.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import skpro.regression.Params;
import skpro.regression.internal.DataChecks;

/**
 * Polynomial and interaction features (sklearn's {@code PolynomialFeatures}): every monomial
 * x_{j1} x_{j2} ... x_{jk} with j1 &le; j2 &le; ... &le; jk and 0 &le; k &le; degree, in sklearn's
 * order: the bias "1" (k = 0, if {@code includeBias}), then degree 1, 2, ... and within a degree
 * the combinations with replacement in lexicographic order. With {@code interactionOnly} the
 * indices are distinct (j1 &lt; ... &lt; jk), so no powers. For p inputs there are
 * C(p + degree, degree) outputs (bias included). Names as sklearn: "1", "x0", "x0^2", "x0 x1".
 *
 * <p>The default keeps sklearn's bias column; before an estimator that fits its own intercept
 * (such as LinearRegression, which rejects the rank deficiency) use {@code withBias(false)}.
 *
 * <p>Parameters: {@code degree} (&ge; 1), {@code interactionOnly}, {@code includeBias}.
 */
public final class PolynomialFeatures implements Transformer {

    private final int degree;
    private final boolean interactionOnly;
    private final boolean includeBias;

    private PolynomialFeatures(int degree, boolean interactionOnly, boolean includeBias) {
        if (degree < 1) {
            throw new IllegalArgumentException("degree must be at least 1, got " + degree);
        }
        this.degree = degree;
        this.interactionOnly = interactionOnly;
        this.includeBias = includeBias;
    }

    /**
     * @param degree the highest total degree, &ge; 1
     * @return all monomials up to that degree, bias included
     * @throws IllegalArgumentException if degree &lt; 1
     */
    public static PolynomialFeatures of(int degree) {
        return new PolynomialFeatures(degree, false, true);
    }

    /**
     * @param bias whether to output the constant column "1"
     * @return a copy with it
     */
    public PolynomialFeatures withBias(boolean bias) {
        return new PolynomialFeatures(degree, interactionOnly, bias);
    }

    /**
     * @param only whether to keep products of distinct features only
     * @return a copy with it
     */
    public PolynomialFeatures withInteractionOnly(boolean only) {
        return new PolynomialFeatures(degree, only, includeBias);
    }

    /** @throws IllegalArgumentException if X is empty, ragged or not finite */
    @Override
    public FittedTransformer fit(double[][] x) {
        int p = DataChecks.features(x);
        List<int[]> terms = new ArrayList<>();
        if (includeBias) {
            terms.add(new int[0]);
        }
        for (int k = 1; k <= degree; k++) {
            combinations(new int[k], 0, 0, p, terms);
        }
        return new Fitted(p, terms.toArray(new int[0][]));
    }

    private void combinations(int[] idx, int pos, int start, int p, List<int[]> out) {
        if (pos == idx.length) {
            out.add(idx.clone());
            return;
        }
        for (int j = start; j < p; j++) {
            idx[pos] = j;
            combinations(idx, pos + 1, interactionOnly ? j + 1 : j, p, out);
        }
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("degree", degree, "interactionOnly", interactionOnly, "includeBias", includeBias);
    }

    @Override
    public PolynomialFeatures withParams(Map<String, ?> changes) {
        Map<String, Object> p = Params.merge("PolynomialFeatures", params(), changes);
        return new PolynomialFeatures(Params.getInt(p, "degree"), (Boolean) p.get("interactionOnly"),
            (Boolean) p.get("includeBias"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PolynomialFeatures f && f.degree == degree && f.interactionOnly == interactionOnly
            && f.includeBias == includeBias;
    }

    @Override
    public int hashCode() {
        return params().hashCode();
    }

    @Override
    public String toString() {
        return "PolynomialFeatures" + params();
    }

    private static final class Fitted implements FittedTransformer {
        private final int p;
        /** Per output, the (sorted) input indices multiplied. */
        private final int[][] terms;

        Fitted(int p, int[][] terms) {
            this.p = p;
            this.terms = terms;
        }

        @Override
        public int numFeatures() {
            return p;
        }

        @Override
        public int numOutputs() {
            return terms.length;
        }

        @Override
        public double[][] transform(double[][] x) {
            DataChecks.featuresFor(x, p);
            double[][] out = new double[x.length][terms.length];
            for (int i = 0; i < x.length; i++) {
                for (int t = 0; t < terms.length; t++) {
                    double v = 1.0;
                    for (int j : terms[t]) {
                        v *= x[i][j];
                    }
                    out[i][t] = v;
                }
            }
            return out;
        }

        @Override
        public String[] featureNames(String[] in) {
            String[] names = Transforms.names(in, p);
            String[] out = new String[terms.length];
            for (int t = 0; t < terms.length; t++) {
                int[] term = terms[t];
                if (term.length == 0) {
                    out[t] = "1";
                    continue;
                }
                StringBuilder sb = new StringBuilder();
                int a = 0;
                while (a < term.length) {
                    int b = a;
                    while (b < term.length && term[b] == term[a]) {
                        b++;
                    }
                    if (sb.length() > 0) {
                        sb.append(' ');
                    }
                    sb.append(names[term[a]]);
                    if (b - a > 1) {
                        sb.append('^').append(b - a);
                    }
                    a = b;
                }
                out[t] = sb.toString();
            }
            return out;
        }
    }
}
