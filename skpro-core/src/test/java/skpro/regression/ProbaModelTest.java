package skpro.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

import skpro.distributions.Distribution;
import skpro.distributions.Normal;
import skpro.regression.internal.DataChecks;

class ProbaModelTest {

    private static final double[][] X = {{0.0, 1.0}, {2.0, -1.0}, {-1.5, 0.5}};
    /** Phi^-1(0.95), mpmath 1.3. */
    private static final double Z95 = 1.6448536269514722;

    /** Predicts N(x0, (1 + |x1|)^2) through predictProba only. */
    record ProbaOnly() implements ProbaRegressor, ProbaModel {
        @Override
        public ProbaModel fit(double[][] x, double[] y) {
            return this;
        }

        @Override
        public Map<String, Object> params() {
            return Params.of();
        }

        @Override
        public ProbaRegressor withParams(Map<String, ?> changes) {
            Params.merge("ProbaOnly", params(), changes);
            return this;
        }

        @Override
        public ProbaRegressor regressor() {
            return this;
        }

        @Override
        public int numFeatures() {
            return 2;
        }

        @Override
        public Distribution predictProba(double[][] x) {
            DataChecks.featuresFor(x, 2);
            double[] mu = new double[x.length];
            double[] sigma = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                mu[i] = x[i][0];
                sigma[i] = 1 + Math.abs(x[i][1]);
            }
            return Normal.of(mu, sigma);
        }
    }

    /** Quantiles x0 + z_alpha with a deliberate crossing at the levels 0.4 and 0.41. */
    static final class Quantiles extends QuantileProbaModel {
        Quantiles() {
            super(new ProbaOnly(), 2);
        }

        @Override
        protected double[][] quantilesAt(double[][] x, double[] alphas) {
            double[][] out = new double[x.length][alphas.length];
            Normal std = Normal.of(0.0, 1.0);
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < alphas.length; j++) {
                    out[i][j] = x[i][0] + std.ppf(alphas[j])[0];
                    if (alphas[j] == 0.41) {
                        out[i][j] -= 0.2; // crosses the 0.40 quantile
                    }
                }
            }
            return out;
        }
    }

    static final class MeanVar extends MeanVarianceProbaModel {
        private final double variance;

        MeanVar(double variance) {
            super(new ProbaOnly(), 2);
            this.variance = variance;
        }

        @Override
        protected double[] meanAt(double[][] x) {
            double[] m = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                m[i] = x[i][0] + x[i][1];
            }
            return m;
        }

        @Override
        protected double[] varianceAt(double[][] x) {
            return java.util.Arrays.stream(x).mapToDouble(r -> variance).toArray();
        }
    }

    @Test
    void theDefaultGraphDerivesEverythingFromPredictProba() {
        ProbaModel m = new ProbaOnly();
        assertThat(m.predict(X)).containsExactly(0.0, 2.0, -1.5);
        assertThat(m.predictVar(X)).containsExactly(4.0, 4.0, 2.25);
        double[][] iv = m.predictInterval(X, 0.9);
        assertThat(iv[0][0]).isCloseTo(-2 * Z95, within(1e-12));
        assertThat(iv[0][1]).isCloseTo(2 * Z95, within(1e-12));
        double[][] q = m.predictQuantiles(X, 0.95, 0.5);
        assertThat(q[1][0]).isCloseTo(2.0 + 2 * Z95, within(1e-12));
        assertThat(q[1][1]).isEqualTo(2.0);
    }

    @Test
    void quantileModelsKeepTheirQuantilesAndRearrangeForTheDistribution() {
        QuantileProbaModel m = new Quantiles();
        double[][] q = m.predictQuantiles(X, 0.95, 0.05);
        assertThat(q[0][0]).isCloseTo(Z95, within(1e-12));
        assertThat(q[0][1]).isCloseTo(-Z95, within(1e-12));
        double[] iv = m.predictInterval(X, 0.9)[2];
        assertThat(iv[0]).isCloseTo(q[2][1], within(1e-12));
        assertThat(iv[1]).isCloseTo(q[2][0], within(1e-12));
        Distribution d = m.predictProba(X);
        // QPD_Empirical on 99 levels of a standard normal shifted by x0: a symmetric discrete
        // approximation, whose median is the 0.50 quantile
        assertThat(d.ppf(0.5)[1]).isCloseTo(2.0, within(1e-12));
        // weights 0.01 per interior level (skpro's QPD_Empirical): the -0.2 shift moves the mean by -0.002
        assertThat(d.mean()[1]).isCloseTo(2.0 - 0.002, within(1e-12));
        assertThatThrownBy(() -> m.predictQuantiles(X, 0.5, 1.0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("alphas[1]");
    }

    @Test
    void meanVarianceModelsPredictANormal() {
        MeanVar m = new MeanVar(0.25);
        assertThat(m.predict(X)).containsExactly(1.0, 1.0, -1.0);
        assertThat(m.predictVar(X)).containsExactly(0.25, 0.25, 0.25);
        assertThat(m.predictProba(X)).isInstanceOf(Normal.class);
        assertThat(((Normal) m.predictProba(X)).sigma()).containsExactly(0.5, 0.5, 0.5);
        assertThatThrownBy(() -> new MeanVar(0.0).predictProba(X)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("row 0");
    }

    @Test
    void badFeaturesAreRejectedByName() {
        ProbaModel m = new ProbaOnly();
        assertThatThrownBy(() -> m.predict(new double[][] {{1.0}})).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("X has 1 columns but the model was fitted on 2");
        assertThatThrownBy(() -> m.predict(new double[][] {{1.0, 2.0}, {1.0}})).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("ragged").hasMessageContaining("row 1");
        assertThatThrownBy(() -> m.predict(new double[][] {{1.0, Double.NaN}})).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("X[0][1]");
        assertThatThrownBy(() -> m.predict(new double[0][])).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("at least one row");
        assertThatThrownBy(() -> DataChecks.targets(X, new double[] {1, 2})).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("X has 3 rows but y has 2");
        assertThatThrownBy(() -> DataChecks.targets(X, new double[] {1, Double.POSITIVE_INFINITY, 2}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("y[1]");
    }
}
