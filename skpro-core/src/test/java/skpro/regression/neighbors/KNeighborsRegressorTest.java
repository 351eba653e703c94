package skpro.regression.neighbors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import skpro.regression.PointModel;

/** k-NN checked by hand on small sets. */
class KNeighborsRegressorTest {

    private static final double[][] X = {{0}, {1}, {2}, {3}, {10}};
    private static final double[] Y = {0, 10, 20, 30, 100};

    @Test
    void averagesTheKNearestTargets() {
        assertThat(KNeighborsRegressor.of(2).fit(X, Y).predict(new double[][] {{1.6}, {9}}))
            .containsExactly(15.0, 65.0);
        assertThat(KNeighborsRegressor.of(5).fit(X, Y).predict(new double[][] {{-100}})).containsExactly(32.0);
        assertThat(KNeighborsRegressor.of(1).fit(X, Y).predict(X)).containsExactly(Y);
    }

    @Test
    void tiesGoToTheLowerIndex() {
        PointModel one = KNeighborsRegressor.of(1).fit(X, Y);
        assertThat(one.predict(new double[][] {{0.5}, {2.5}})).containsExactly(0.0, 20.0);
        // at 0.5 rows 0 and 1 tie at 0.5, then row 2 at 1.5
        assertThat(KNeighborsRegressor.of(3).fit(X, Y).predict(new double[][] {{0.5}})).containsExactly(10.0);
        double[][] dup = {{1}, {1}, {1}};
        assertThat(KNeighborsRegressor.of(2).fit(dup, new double[] {4, 8, 100}).predict(new double[][] {{1}}))
            .containsExactly(6.0);
    }

    @Test
    void distanceIsEuclidean() {
        // from the origin: (3, 0) is nearer in L1 (3 < 4), (2, 2) is nearer in L2 (2.83 < 3)
        double[][] x = {{3, 0}, {2, 2}};
        assertThat(KNeighborsRegressor.of(1).fit(x, new double[] {1, 2}).predict(new double[][] {{0, 0}}))
            .containsExactly(2.0);
    }

    @Test
    void kIsValidatedAtConstructionAndAgainstTheRowsAtFit() {
        assertThatThrownBy(() -> KNeighborsRegressor.of(0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("k must be >= 1, got 0");
        assertThatThrownBy(() -> KNeighborsRegressor.of(6).fit(X, Y)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("k = 6").hasMessageContaining("X has 5");
        assertThatThrownBy(() -> KNeighborsRegressor.of(3).withParams(Map.of("k", -1)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k must be >= 1");
        assertThat(KNeighborsRegressor.of(3).params()).containsExactly(Map.entry("k", 3));
        assertThat(KNeighborsRegressor.of(3).withParams(Map.of("k", 4L)).k()).isEqualTo(4);
        assertThat(KNeighborsRegressor.of(3).withK(2).k()).isEqualTo(2);
    }
}
