package skpro.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** IID behaviour the contract suite does not pin down. */
class IIDTest {

    @Test
    void everyRowIsTheOneDistribution() {
        int n = 10_001; // more than one block of 4096 rows, and a partial last block
        IID iid = IID.of(Normal.of(1.0, 2.0), n);
        double[] mu = new double[n];
        double[] sigma = new double[n];
        Arrays.fill(mu, 1.0);
        Arrays.fill(sigma, 2.0);
        Normal same = Normal.of(mu, sigma);
        SplittableRandom rng = new SplittableRandom(1);
        double[] x = new double[n];
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 1.0 + 6.0 * rng.nextGaussian();
            p[i] = rng.nextDouble();
        }
        assertThat(iid.pdf(x)).containsExactly(same.pdf(x));
        assertThat(iid.logPdf(x)).containsExactly(same.logPdf(x));
        assertThat(iid.cdf(x)).containsExactly(same.cdf(x));
        assertThat(iid.survival(x)).containsExactly(same.survival(x));
        assertThat(iid.logCdf(x)).containsExactly(same.logCdf(x));
        assertThat(iid.logSurvival(x)).containsExactly(same.logSurvival(x));
        assertThat(iid.ppf(p)).containsExactly(same.ppf(p));
        assertThat(iid.isf(p)).containsExactly(same.isf(p));
        assertThat(iid.energy(x)).containsExactly(same.energy(x));
        assertThat(iid.mean()).containsExactly(same.mean());
        assertThat(iid.var()).containsExactly(same.var());
        assertThat(iid.energy()).containsExactly(same.energy());
        assertThat(iid.measureType()).isEqualTo(MeasureType.CONTINUOUS);
    }

    @Test
    void argumentsAreCheckedWithTheirRowInTheWholeColumn() {
        IID iid = IID.of(Normal.of(0.0, 1.0), 10_000);
        double[] p = new double[10_000];
        p[9000] = 1.5;
        assertThatThrownBy(() -> iid.ppf(p)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("p[9000]");
        double[] x = new double[10_000];
        x[5000] = Double.NaN;
        assertThatThrownBy(() -> iid.cdf(x)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("x[5000]");
    }

    @Test
    void rowsAreIndependentDrawsOfTheOneDistribution() {
        Normal one = Normal.of(1.0, 2.0);
        IID iid = IID.of(one, 3);
        double[][] s = iid.sample(4, new SplittableRandom(8));
        SplittableRandom rng = new SplittableRandom(8);
        for (int i = 0; i < 3; i++) {
            assertThat(s[i]).containsExactly(one.sample(4, rng)[0]);
        }
        assertThat(s[0]).isNotEqualTo(s[1]);
    }

    @Test
    void selectAndCompositesKeepOneStoredDistribution() {
        Mixture one = Mixture.of(List.of(Normal.of(0.0, 1.0), Normal.of(3.0, 0.5)), new double[] {0.4, 0.6});
        IID iid = IID.of(one, 5);
        IID picked = iid.select(4, 4, 0);
        assertThat(picked.size()).isEqualTo(3);
        assertThat(picked.distribution()).isSameAs(one);
        assertThat(picked.energy()).containsExactly(one.energy()[0], one.energy()[0], one.energy()[0]);
        assertThat(picked.ppf(0.3)).containsOnly(one.ppf(0.3)[0]);
        assertThat(iid.toString()).startsWith("IID[Mixture] (5 rows)");
    }

    @Test
    void onlyOneRowCanBeRepeated() {
        assertThatThrownBy(() -> IID.of(Normal.of(new double[] {0, 1}, new double[] {1, 1}), 4))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly 1 row");
        assertThatThrownBy(() -> IID.of(Normal.of(0.0, 1.0), 0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("n");
        assertThatThrownBy(() -> IID.of(null, 2)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("one");
    }
}
