package skpro.regression.conformal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.LongFunction;

import org.junit.jupiter.api.Test;

import skpro.regression.ProbaModel;
import skpro.regression.ProbaRegressor;
import skpro.regression.linear.LinearRegression;
import skpro.regression.neighbors.KNeighborsRegressor;

/**
 * The finite-sample marginal guarantee on exchangeable data: over R = 200 (100 for the refitting
 * methods, 50 for jackknife+) independent small problems (100 training, 100 test rows of y = 1 + 2 x0 - x1 + (0.5 + |x0|) eps, x, eps standard
 * normal), the mean empirical coverage is at least the nominal c minus 3 standard errors of that
 * mean (SE from the R replicate coverages), at c = 0.8 and 0.9; split conformal's is also at most
 * c + 1/(n_cal + 1) + 3 SE.
 */
class ConformalCoverageTest {

    /** Replicates of the cheap split methods; the refitting methods use fewer (still SE &lt; 0.01). */
    private static final int REPLICATES = 200;
    private static final int FEWER = 100;
    private static final int N = 100;
    private static final double[] COVERAGES = {0.8, 0.9};

    /** @return {mean coverage, SE} per coverage, over replicates, of the regressor made from each seed */
    private static double[][] coverage(LongFunction<ProbaRegressor> make, int replicates) {
        double[][] sums = new double[COVERAGES.length][2];
        for (int r = 0; r < replicates; r++) {
            SplittableRandom rng = new SplittableRandom(1000L + r);
            double[][] x = new double[2 * N][];
            double[] y = new double[2 * N];
            for (int i = 0; i < 2 * N; i++) {
                x[i] = new double[] {gaussian(rng), gaussian(rng)};
                y[i] = 1.0 + 2.0 * x[i][0] - x[i][1] + (0.5 + Math.abs(x[i][0])) * gaussian(rng);
            }
            double[][] xTrain = Arrays.copyOf(x, N);
            double[] yTrain = Arrays.copyOf(y, N);
            double[][] xTest = Arrays.copyOfRange(x, N, 2 * N);
            ProbaModel model = make.apply(r).fit(xTrain, yTrain);
            for (int c = 0; c < COVERAGES.length; c++) {
                double[][] iv = model.predictInterval(xTest, COVERAGES[c]);
                int hits = 0;
                for (int i = 0; i < N; i++) {
                    double v = y[N + i];
                    if (iv[i][0] <= v && v <= iv[i][1]) {
                        hits++;
                    }
                }
                double cov = hits / (double) N;
                sums[c][0] += cov;
                sums[c][1] += cov * cov;
            }
        }
        double[][] out = new double[COVERAGES.length][2];
        for (int c = 0; c < COVERAGES.length; c++) {
            double mean = sums[c][0] / replicates;
            double var = (sums[c][1] - replicates * mean * mean) / (replicates - 1);
            out[c][0] = mean;
            out[c][1] = Math.sqrt(var / replicates);
        }
        return out;
    }

    private static void atLeastNominal(double[][] cov, String name) {
        for (int c = 0; c < COVERAGES.length; c++) {
            assertThat(cov[c][1]).as("SE of %s", name).isPositive();
            assertThat(cov[c][0]).as("mean coverage of %s at %s (SE %s)", name, COVERAGES[c], cov[c][1])
                .isGreaterThanOrEqualTo(COVERAGES[c] - 3.0 * cov[c][1]);
        }
    }

    @Test
    void splitConformalCoversBetweenCAndCPlusOneOverNCalPlusOne() {
        for (SplitConformalRegressor.Score score : SplitConformalRegressor.Score.values()) {
            double[][] cov = coverage(seed -> SplitConformalRegressor.of(LinearRegression.of())
                .withNormalisedScores(KNeighborsRegressor.of(10)).withScore(score).withSeed(seed), REPLICATES);
            atLeastNominal(cov, "split " + score);
            for (int c = 0; c < COVERAGES.length; c++) {
                // n_cal = 50
                assertThat(cov[c][0]).as("split %s at %s", score, COVERAGES[c])
                    .isLessThanOrEqualTo(COVERAGES[c] + 1.0 / 51 + 3.0 * cov[c][1]);
            }
        }
    }

    @Test
    void cvPlusAndJackknifePlusCover() {
        atLeastNominal(coverage(seed -> CvPlusRegressor.of(LinearRegression.of()).withSeed(seed), FEWER), "CV+");
        // jackknife+ fits n models per problem: 50 replicates keep the test short
        atLeastNominal(coverage(seed -> CvPlusRegressor.jackknifePlus(LinearRegression.of()), 50), "jackknife+");
    }

    @Test
    void cqrCovers() {
        atLeastNominal(coverage(seed -> ConformalizedQuantileRegressor.of().withSeed(seed), FEWER), "CQR");
    }

    @Test
    void enbpiCovers() {
        atLeastNominal(coverage(seed -> EnbPIRegressor.of(LinearRegression.of()).withSeed(seed), FEWER), "EnbPI");
    }

    /** Box-Muller on SplittableRandom: reproducible across JDKs. */
    private static double gaussian(SplittableRandom rng) {
        double u = 1.0 - rng.nextDouble();
        double v = rng.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }
}
