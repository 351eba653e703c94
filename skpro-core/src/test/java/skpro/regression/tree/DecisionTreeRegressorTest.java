package skpro.regression.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** CART checked by hand on small sets, plus seeded determinism. */
class DecisionTreeRegressorTest {

    private static final double[][] X = {{0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}};
    private static final double[] Y = {1, 1, 1, 1, 5, 5, 9, 9};

    @Test
    void stumpTakesTheSplitWithTheLargestSseDecrease() {
        // x <= 3.5 leaves SSE 0 + 16; x <= 5.5 leaves 21.33 + 0; x <= 4.5 leaves 16 + 10.67
        DecisionTreeModel stump = DecisionTreeRegressor.of().withMaxDepth(1).fit(X, Y);
        assertThat(stump.depth()).isEqualTo(1);
        assertThat(stump.numLeaves()).isEqualTo(2);
        assertThat(stump.predict(new double[][] {{3}, {3.5}, {3.5000001}, {100}, {-100}}))
            .containsExactly(1.0, 1.0, 7.0, 7.0, 1.0);
    }

    @Test
    void fullTreeInterpolatesAndStopsOnConstantNodes() {
        DecisionTreeModel full = DecisionTreeRegressor.of().fit(X, Y);
        assertThat(full.predict(X)).containsExactly(Y);
        assertThat(full.numLeaves()).isEqualTo(3);
        assertThat(full.depth()).isEqualTo(2);
    }

    @Test
    void applyNamesTheLeafOfEachRow() {
        // full tree on X, Y: root x <= 3.5 (node 0), left leaf {0..3} (node 1), right x <= 5.5
        // (node 2) with leaves {4, 5} (node 3) and {6, 7} (node 4), numbered depth first
        DecisionTreeModel full = DecisionTreeRegressor.of().fit(X, Y);
        assertThat(full.numNodes()).isEqualTo(5);
        assertThat(full.apply(X)).containsExactly(1, 1, 1, 1, 3, 3, 4, 4);
        assertThat(full.apply(new double[][] {{-10}, {5.4}, {99}})).containsExactly(1, 3, 4);
        DecisionTreeModel leaf = DecisionTreeRegressor.of().withMaxDepth(1).fit(X, new double[8]);
        assertThat(leaf.apply(X)).containsOnly(0);
        assertThatThrownBy(() -> full.apply(new double[][] {{1, 2}})).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("fitted on 1");
    }

    @Test
    void minSamplesLeafBoundsEveryLeaf() {
        // right node {4..7} has 4 < 2 * 3 rows, so it stays a leaf with mean 7
        DecisionTreeModel m = DecisionTreeRegressor.of().withMinSamplesLeaf(3).fit(X, Y);
        assertThat(m.predict(X)).containsExactly(1, 1, 1, 1, 7, 7, 7, 7);
        assertThat(DecisionTreeRegressor.of().withMinSamplesLeaf(5).fit(X, Y).numLeaves()).isEqualTo(1);
    }

    @Test
    void largeMeansDoNotHideSmallSplits() {
        double[] y = {1e8, 1e8, 1e8 + 1, 1e8 + 1};
        assertThat(DecisionTreeRegressor.of().fit(new double[][] {{0}, {1}, {2}, {3}}, y)
            .predict(new double[][] {{0}, {3}})).containsExactly(1e8, 1e8 + 1);
    }

    @Test
    void featureSubsamplingIsSeededAndDeterministic() {
        double[][] x = new double[40][];
        double[] y = new double[40];
        for (int i = 0; i < 40; i++) {
            x[i] = new double[] {i, (i * 17) % 40, (i * 29) % 40};
            y[i] = i < 20 ? 0 : 1;
        }
        double[][] q = {{5, 5, 5}, {30, 5, 35}, {5, 30, 12}};
        Set<String> seen = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            DecisionTreeRegressor reg = DecisionTreeRegressor.of().withMaxDepth(1).withMaxFeatures(1).withSeed(seed);
            double[] a = reg.fit(x, y).predict(q);
            assertThat(reg.fit(x, y).predict(q)).containsExactly(a);
            seen.add(java.util.Arrays.toString(a));
        }
        assertThat(seen).hasSizeGreaterThan(1);
        // with every feature searched the seed is irrelevant and feature 0 splits perfectly
        for (long seed = 0; seed < 5; seed++) {
            assertThat(DecisionTreeRegressor.of().withMaxDepth(1).withMaxFeatures(3).withSeed(seed).fit(x, y)
                .predict(q)).containsExactly(0, 1, 0);
        }
    }

    @Test
    void paramsAreNamedAndValidated() {
        DecisionTreeRegressor reg = DecisionTreeRegressor.of().withMaxDepth(4).withMinSamplesLeaf(2)
            .withMaxFeatures(3).withSeed(9);
        assertThat(reg.params()).containsExactly(Map.entry("maxDepth", 4), Map.entry("minSamplesLeaf", 2),
            Map.entry("maxFeatures", 3), Map.entry("seed", 9L));
        assertThat(reg.withParams(Map.of("seed", 5, "maxDepth", 2)).params()).containsExactly(
            Map.entry("maxDepth", 2), Map.entry("minSamplesLeaf", 2), Map.entry("maxFeatures", 3),
            Map.entry("seed", 5L));
        assertThatThrownBy(() -> reg.withMaxDepth(0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("maxDepth must be >= 1, got 0");
        assertThatThrownBy(() -> reg.withMinSamplesLeaf(0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("minSamplesLeaf");
        assertThatThrownBy(() -> reg.withParams(Map.of("maxFeatures", -3))).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("maxFeatures must be >= 1, got -3");
        assertThatThrownBy(() -> reg.withParams(Map.of("maxDepth", 2.5))).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'maxDepth'");
    }
}
