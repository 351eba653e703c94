package skpro.regression.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import skpro.regression.compose.OneHotEncoder.Drop;
import skpro.regression.compose.OneHotEncoder.HandleUnknown;

/**
 * Expected codes written out by hand from sklearn's definitions: categories are the sorted
 * distinct values, {@code drop="first"} removes the first, {@code "if_binary"} only for two
 * categories, and {@code handle_unknown="ignore"} gives all zeros.
 */
class OneHotEncoderTest {

    /** Column 0: categories 1, 2, 3; column 1: 0, 1 (-0.0 is 0); column 2: -1, 0.5. */
    static final double[][] X = {{1, 0, 0.5}, {3, 1, 0.5}, {1, 1, -1}, {2, -0.0, 0.5}};

    @Test
    void everyColumnEncodedWithAllIndicators() {
        FittedTransformer f = OneHotEncoder.of().fit(X);
        assertThat(f.numFeatures()).isEqualTo(3);
        assertThat(f.numOutputs()).isEqualTo(7);
        assertThat(f.featureNames()).containsExactly("x0_1", "x0_2", "x0_3", "x1_0", "x1_1", "x2_-1", "x2_0.5");
        assertThat(f.transform(X)).isDeepEqualTo(new double[][] {
            {1, 0, 0, 1, 0, 0, 1},
            {0, 0, 1, 0, 1, 0, 1},
            {1, 0, 0, 0, 1, 1, 0},
            {0, 1, 0, 1, 0, 0, 1}});
    }

    @Test
    void dropFirstRemovesTheSmallestCategory() {
        FittedTransformer f = OneHotEncoder.of().withDrop(Drop.FIRST).fit(X);
        assertThat(f.featureNames()).containsExactly("x0_2", "x0_3", "x1_1", "x2_0.5");
        assertThat(f.transform(X)).isDeepEqualTo(new double[][] {
            {0, 0, 0, 1},
            {0, 1, 1, 1},
            {0, 0, 1, 0},
            {1, 0, 0, 1}});
        // a single category leaves nothing to encode
        FittedTransformer c = OneHotEncoder.of().withDrop(Drop.FIRST).fit(new double[][] {{7, 1}, {7, 2}});
        assertThat(c.featureNames(new String[] {"a", "b"})).containsExactly("b_2");
        assertThat(c.transform(new double[][] {{7, 2}, {7, 1}})).isDeepEqualTo(new double[][] {{1}, {0}});
    }

    @Test
    void dropIfBinaryTouchesOnlyTwoCategoryColumns() {
        FittedTransformer f = OneHotEncoder.of().withDrop(Drop.IF_BINARY).fit(X);
        assertThat(f.featureNames()).containsExactly("x0_1", "x0_2", "x0_3", "x1_1", "x2_0.5");
        assertThat(f.transform(X)).isDeepEqualTo(new double[][] {
            {1, 0, 0, 0, 1},
            {0, 0, 1, 1, 1},
            {1, 0, 0, 1, 0},
            {0, 1, 0, 0, 1}});
    }

    @Test
    void unknownCategoriesAreRejectedByPositionOrIgnored() {
        FittedTransformer strict = OneHotEncoder.of().fit(X);
        assertThatThrownBy(() -> strict.transform(new double[][] {{1, 0, 0.5}, {1, 2, 0.5}}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X[1][1] = 2.0")
            .hasMessageContaining("row 1").hasMessageContaining("column 1");
        FittedTransformer lax = OneHotEncoder.of().withHandleUnknown(HandleUnknown.IGNORE).fit(X);
        assertThat(lax.transform(new double[][] {{4, 0, 0.5}})[0]).containsExactly(0, 0, 0, 1, 0, 0, 1);
        FittedTransformer laxFirst = OneHotEncoder.of().withHandleUnknown(HandleUnknown.IGNORE).withDrop(Drop.FIRST)
            .fit(X);
        assertThat(laxFirst.transform(new double[][] {{4, 1, 7}})[0]).containsExactly(0, 0, 1, 0);
    }

    @Test
    void chosenColumnsAreEncodedInPlaceAndOthersPassThrough() {
        FittedTransformer f = OneHotEncoder.of().withColumns(1).fit(X);
        assertThat(f.featureNames(new String[] {"age", "sex", "dose"})).containsExactly("age", "sex_0", "sex_1",
            "dose");
        assertThat(f.transform(new double[][] {{3, 1, 0.5}, {-2.5, -0.0, 9}})).isDeepEqualTo(new double[][] {
            {3, 0, 1, 0.5},
            {-2.5, 1, 0, 9}});
        FittedTransformer g = OneHotEncoder.of().withColumns(2, 0).fit(X);
        assertThat(g.featureNames()).containsExactly("x0_1", "x0_2", "x0_3", "x1", "x2_-1", "x2_0.5");
        assertThat(X[3][1]).isEqualTo(-0.0); // input untouched
    }

    @Test
    void categoryNamesDropTheFractionOfIntegers() {
        assertThat(OneHotEncoder.categoryName(2.0)).isEqualTo("2");
        assertThat(OneHotEncoder.categoryName(-1.0)).isEqualTo("-1");
        assertThat(OneHotEncoder.categoryName(0.5)).isEqualTo("0.5");
        assertThat(OneHotEncoder.categoryName(1e20)).isEqualTo("1.0E20");
    }

    @Test
    void badInputIsNamed() {
        double[][] nan = {{1, 2}, {3, Double.NaN}};
        assertThatThrownBy(() -> OneHotEncoder.of().fit(nan)).hasMessageContaining("X[1][1]");
        assertThatThrownBy(() -> OneHotEncoder.of().withColumns(3).fit(X)).hasMessageContaining("columns holds 3")
            .hasMessageContaining("3 columns");
        assertThatThrownBy(() -> OneHotEncoder.of().withColumns(-1)).hasMessageContaining("columns[0]");
        assertThatThrownBy(() -> OneHotEncoder.of().withColumns(1, 1)).hasMessageContaining("distinct");
        FittedTransformer f = OneHotEncoder.of().withColumns(0).fit(X);
        assertThatThrownBy(() -> f.transform(new double[][] {{1, Double.POSITIVE_INFINITY, 0}}))
            .hasMessageContaining("X[0][1]");
        assertThatThrownBy(() -> f.transform(new double[][] {{1, 0}})).hasMessageContaining("X has 2 columns");
    }

    @Test
    void paramsRoundTrip() {
        OneHotEncoder e = OneHotEncoder.of().withColumns(0, 2).withDrop(Drop.IF_BINARY);
        assertThat(e.params()).containsExactly(Map.entry("columns", List.of(0, 2)),
            Map.entry("handleUnknown", HandleUnknown.ERROR), Map.entry("drop", Drop.IF_BINARY));
        assertThat(e.withParams(e.params())).isEqualTo(e).hasSameHashCodeAs(e);
        assertThat(OneHotEncoder.of().withParam("columns", List.of(2, 0L))).isEqualTo(OneHotEncoder.of()
            .withColumns(0, 2));
        assertThat(e.withParam("columns", List.of())).isEqualTo(OneHotEncoder.of().withDrop(Drop.IF_BINARY));
        assertThat(e.withParam("handleUnknown", HandleUnknown.IGNORE)).isEqualTo(e
            .withHandleUnknown(HandleUnknown.IGNORE));
        assertThat(e).isNotEqualTo(e.withDrop(Drop.FIRST));
        assertThatThrownBy(() -> e.withParam("columns", List.of("a"))).hasMessageContaining("columns[0]");
        assertThatThrownBy(() -> e.withParam("columns", 3)).hasMessageContaining("'columns'")
            .hasMessageContaining("must be a List");
        assertThatThrownBy(() -> e.withParam("drop", "first")).hasMessageContaining("'drop'");
        assertThatThrownBy(() -> e.withParam("minFrequency", 3)).hasMessageContaining("minFrequency");
    }
}
