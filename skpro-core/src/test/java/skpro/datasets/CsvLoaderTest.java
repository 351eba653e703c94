package skpro.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import skpro.datasets.CsvLoader.Encoding;
import skpro.datasets.CsvLoader.MissingPolicy;
import skpro.datasets.CsvLoader.MissingTarget;

/** Expected matrices written out by hand from the rules in CsvLoader's javadoc. */
class CsvLoaderTest {

    /** Row by row, NaN equal to NaN (as {@link Double#equals}). */
    static void assertRows(double[][] actual, double[][] expected) {
        assertThat(actual).hasSameDimensionsAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("row %d", i).containsExactly(expected[i]);
        }
    }

    static Dataset parse(CsvLoader loader, String csv) throws IOException {
        return loader.load(new StringReader(csv), "inline");
    }

    /** id, a categorical colour, a number, the target; line numbers: header 1, rows 2..5. */
    static final String CARS = """
        id,colour,size,y
        a,red,1.5,10
        b,blue,2,20
        c,red,-3e1,30
        d,green,4,40
        """;

    @Test
    void oneHotColumnsAreSortedCategoriesInPlaceNamedColumnValue() throws IOException {
        Dataset d = parse(CsvLoader.of("y").withDropColumns("id"), CARS);
        assertThat(d.featureNames()).containsExactly("colour_blue", "colour_green", "colour_red", "size");
        assertThat(d.x()).isDeepEqualTo(new double[][] {
            {0, 0, 1, 1.5},
            {1, 0, 0, 2},
            {0, 0, 1, -30},
            {0, 1, 0, 4}});
        assertThat(d.y()).containsExactly(10, 20, 30, 40);
        assertThat(d.targetName()).isEqualTo("y");
        assertThat(d.name()).isEqualTo("inline");
    }

    @Test
    void ordinalCodesFollowTheSortedCategoriesAndKeepTheName() throws IOException {
        Dataset d = parse(CsvLoader.of("y").withDropColumns("id").withEncoding(Encoding.ORDINAL), CARS);
        assertThat(d.featureNames()).containsExactly("colour", "size");
        assertThat(d.x()).isDeepEqualTo(new double[][] {{2, 1.5}, {0, 2}, {2, -30}, {1, 4}});
    }

    @Test
    void undroppedTextColumnIsDetectedAsCategorical() throws IOException {
        Dataset d = parse(CsvLoader.of("y").withEncoding(Encoding.ORDINAL), CARS);
        assertThat(d.featureNames()).containsExactly("id", "colour", "size");
        assertThat(d.x()[3]).containsExactly(3, 1, 4);
    }

    @Test
    void declaredCategoricalNumbersSortNumericallyNotAsText() throws IOException {
        String csv = "cyl,y\n8,1\n10,2\n4,3\n8,4\n";
        Dataset d = parse(CsvLoader.of("y").withCategorical("cyl"), csv);
        assertThat(d.featureNames()).containsExactly("cyl_4", "cyl_8", "cyl_10");
        assertThat(d.x()).isDeepEqualTo(new double[][] {{0, 1, 0}, {0, 0, 1}, {1, 0, 0}, {0, 1, 0}});
    }

    @Test
    void categoricalColumnDetectedLateRereadsEarlierRows() throws IOException {
        // the column looks numeric until its third row
        String csv = "c,y\n2,1\n1,2\nx,3\n1,4\n";
        Dataset d = parse(CsvLoader.of("y"), csv);
        assertThat(d.featureNames()).containsExactly("c_1", "c_2", "c_x");
        assertThat(d.x()).isDeepEqualTo(new double[][] {{0, 1, 0}, {1, 0, 0}, {0, 0, 1}, {1, 0, 0}});
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() throws IOException {
        String csv = "name,\"a,b\",y\n"
            + "\"Smith, J.\",1,5\n"
            + "\"say \"\"hi\"\"\",2,6\n"
            + "\"two\nlines\",3,7\n"
            + "plain,\"4\",8\n";
        Dataset d = parse(CsvLoader.of("y").withEncoding(Encoding.ORDINAL), csv);
        assertThat(d.featureNames()).containsExactly("name", "a,b");
        // sorted: "Smith, J." < "plain" < "say \"hi\"" < "two\nlines"
        assertThat(d.x()).isDeepEqualTo(new double[][] {{0, 1}, {2, 2}, {3, 3}, {1, 4}});
        assertThat(d.y()).containsExactly(5, 6, 7, 8);
        Dataset h = parse(CsvLoader.of("y"), csv);
        assertThat(h.featureNames()).contains("name_say \"hi\"", "name_two\nlines", "name_Smith, J.");
    }

    @Test
    void crlfLineEndsBlankLinesAndByteOrderMarkAreAccepted() throws IOException {
        String csv = "\uFEFFa,y\r\n1,2\r\n\r\n3,4\r\n\n";
        Dataset d = parse(CsvLoader.of("y"), csv);
        assertThat(d.x()).isDeepEqualTo(new double[][] {{1}, {3}});
        assertThat(d.y()).containsExactly(2, 4);
    }

    @Test
    void lineNumbersInMessagesCountLinesInsideQuotedFields() {
        String csv = "a,b,y\n\"x\ny\",1,2\n\n\"z\",bad,3\n";
        assertThatThrownBy(() -> parse(CsvLoader.of("y").withNumeric("b"), csv))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("inline, line 5, column 'b': 'bad' is not a finite number (the column is declared numeric)");
    }

    @Test
    void unparsableTargetNamesLineColumnAndText() {
        String csv = "a,y\n1,2\n3,4.5.6\n";
        assertThatThrownBy(() -> parse(CsvLoader.of("y"), csv))
            .hasMessage("inline, line 3, column 'y': '4.5.6' is not a finite number (the target must be numeric)");
    }

    @Test
    void withoutDetectionEveryUndeclaredColumnMustBeNumeric() {
        assertThatThrownBy(() -> parse(CsvLoader.of("y").withCategoricalDetection(false), CARS))
            .hasMessage("inline, line 2, column 'id': 'a' is not a finite number (categorical detection is off)");
    }

    @Test
    void nanAndInfinityAndJavaSuffixesAreNotNumbers() {
        assertThat(CsvLoader.parseNumber("1e3")).isEqualTo(1000.0);
        assertThat(CsvLoader.parseNumber("-.5")).isEqualTo(-0.5);
        assertThat(CsvLoader.parseNumber("7.")).isEqualTo(7.0);
        for (String s : new String[] {"NaN", "Infinity", "-Infinity", "1f", "2d", "1e999", "--1", "0x1p3", "", ".",
            "-", "1e", "1e+", "1.2.3", "1 2", "e5", "1e5.", "+-1"}) {
            assertThat(CsvLoader.isNumber(s)).as(s).isFalse();
        }
    }

    @Test
    void numbersParseToExactlyWhatParseDoubleGives() {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(42);
        String[] fixed = {"0", "-0", "+0.0", "-0.000", "1", "12345678901234567890", "0.1", "-.25", "3.", "1e22",
            "1e23", "9007199254740993", "123456789012345", "1234567890123456", "4.8598", "0.038075906433423005",
            "-3e-22", "5e-324", "1e-400", "2.2250738585072014E-308", "1.7976931348623157e308", "000123.4500"};
        for (String s : fixed) {
            assertThat(CsvLoader.parseNumber(s)).as(s).isEqualTo(Double.parseDouble(s));
        }
        java.util.List<String> wrong = new java.util.ArrayList<>();
        for (int k = 0; k < 5_000; k++) {
            double v = Double.longBitsToDouble(rng.nextLong());
            if (!Double.isFinite(v)) {
                continue;
            }
            String[] forms = {Double.toString(v), String.format("%." + rng.nextInt(17) + "f", v % 1e6),
                String.format("%." + rng.nextInt(17) + "e", v), Long.toString(rng.nextLong() >> rng.nextInt(64))};
            for (String s : forms) {
                if (Double.doubleToLongBits(CsvLoader.parseNumber(s)) != Double.doubleToLongBits(Double.parseDouble(s))) {
                    wrong.add(s);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Line 3 lacks colour, line 4 lacks size (as "NA"), line 5 lacks the target. */
    static final String HOLES = """
        colour,size,y
        red,1,10
        ,2,20
        blue,NA,30
        red,4,
        blue,5,50
        """;

    @Test
    void missingFeatureIsAnErrorByDefaultNamingLineAndColumn() {
        assertThatThrownBy(() -> parse(CsvLoader.of("y").withMissingTarget(MissingTarget.DROP_ROWS), HOLES))
            .hasMessage("inline, line 3, column 'colour': missing value (use withMissing(DROP_ROWS) or "
                + "withMissing(KEEP_NAN))");
    }

    @Test
    void missingTargetIsAnErrorByDefault() {
        assertThatThrownBy(() -> parse(CsvLoader.of("y").withMissingTokens("NA")
                .withMissing(MissingPolicy.KEEP_NAN), HOLES))
            .hasMessage("inline, line 5: the target 'y' is missing (use withMissingTarget(DROP_ROWS) to drop such rows)");
    }

    @Test
    void dropRowsRemovesEveryRowWithAHoleAndCategoriesComeFromTheRowsKept() throws IOException {
        Dataset d = parse(CsvLoader.of("y").withMissingTokens("NA").withMissing(MissingPolicy.DROP_ROWS)
            .withMissingTarget(MissingTarget.DROP_ROWS), HOLES);
        assertThat(d.featureNames()).containsExactly("colour_blue", "colour_red", "size");
        assertThat(d.x()).isDeepEqualTo(new double[][] {{0, 1, 1}, {1, 0, 5}});
        assertThat(d.y()).containsExactly(10, 50);
    }

    @Test
    void keepNanMarksMissingNumbersAndWholeIndicatorBlocks() throws IOException {
        double nan = Double.NaN;
        Dataset d = parse(CsvLoader.of("y").withMissingTokens("NA").withMissing(MissingPolicy.KEEP_NAN)
            .withMissingTarget(MissingTarget.DROP_ROWS), HOLES);
        assertThat(d.featureNames()).containsExactly("colour_blue", "colour_red", "size");
        assertRows(d.x(), new double[][] {{0, 1, 1}, {nan, nan, 2}, {1, 0, nan}, {1, 0, 5}});
        assertThat(d.y()).containsExactly(10, 20, 30, 50);
        assertThat(d.numMissing()).isEqualTo(3);
        Dataset o = parse(CsvLoader.of("y").withMissingTokens("NA").withMissing(MissingPolicy.KEEP_NAN)
            .withMissingTarget(MissingTarget.DROP_ROWS).withEncoding(Encoding.ORDINAL), HOLES);
        assertRows(o.x(), new double[][] {{1, 1}, {nan, 2}, {0, nan}, {0, 5}});
    }

    @Test
    void withoutTheTokenNaIsTextSoSizeTurnsCategorical() throws IOException {
        Dataset d = parse(CsvLoader.of("y").withMissing(MissingPolicy.DROP_ROWS)
            .withMissingTarget(MissingTarget.DROP_ROWS), HOLES);
        assertThat(d.featureNames()).containsExactly("colour_blue", "colour_red", "size_1", "size_5", "size_NA");
    }

    @Test
    void malformedFilesAreRejectedWithTheirLine() {
        assertThatThrownBy(() -> parse(CsvLoader.of("y"), "a,y\n1,2\n3\n"))
            .hasMessage("inline, line 3: 1 fields but the header has 2");
        assertThatThrownBy(() -> parse(CsvLoader.of("y"), "a,y\n1,2\n\"3,4\n"))
            .hasMessage("inline, line 3, field 1: the quoted field is not closed before the end of the text");
        assertThatThrownBy(() -> parse(CsvLoader.of("y"), "a,y\n1,2\nx\"y,4\n"))
            .hasMessageStartingWith("inline, line 3, field 1: a quote inside an unquoted field");
        assertThatThrownBy(() -> parse(CsvLoader.of("y"), "a,y\n\"1\"x,2\n"))
            .hasMessage("inline, line 2, field 1: text after the closing quote of a quoted field");
        assertThatThrownBy(() -> parse(CsvLoader.of("y"), "a,a,y\n1,2,3\n"))
            .hasMessage("inline, line 1: column name 'a' is repeated");
        assertThatThrownBy(() -> parse(CsvLoader.of("y"), "\n\n"))
            .hasMessage("inline is empty: a header row is required");
        assertThatThrownBy(() -> parse(CsvLoader.of("y"), "a,y\n"))
            .hasMessage("inline has a header but no data rows");
    }

    @Test
    void unknownColumnNamesListTheHeader() {
        assertThatThrownBy(() -> parse(CsvLoader.of("price"), CARS))
            .hasMessage("inline: target 'price' is not in the header [id, colour, size, y]");
        assertThatThrownBy(() -> parse(CsvLoader.of("y").withDropColumns("ID"), CARS))
            .hasMessage("inline: column 'ID' is not in the header [id, colour, size, y]");
    }

    @Test
    void contradictoryDeclarationsAreRejectedAtConfiguration() {
        assertThatThrownBy(() -> CsvLoader.of("y").withCategorical("y"))
            .hasMessage("the target 'y' cannot be categorical");
        assertThatThrownBy(() -> CsvLoader.of("y").withDropColumns("y"))
            .hasMessage("the target 'y' cannot be dropped");
        assertThatThrownBy(() -> CsvLoader.of("y").withNumeric("a").withCategorical("a"))
            .hasMessage("column 'a' is declared both categorical and numeric");
        assertThatThrownBy(() -> CsvLoader.of(" ")).hasMessage("target must name a column, got ' '");
        assertThatThrownBy(() -> CsvLoader.of("y").withMissingTokens("NA", "NA"))
            .hasMessage("missingTokens[1] repeats 'NA'");
        assertThatThrownBy(() -> CsvLoader.of("y").withMissing(null)).hasMessage("missing policy must not be null");
    }

    @Test
    void copiesAreValuesAndTheOriginalIsUnchanged() {
        CsvLoader base = CsvLoader.of("y");
        CsvLoader other = base.withEncoding(Encoding.ORDINAL);
        assertThat(base).isEqualTo(CsvLoader.of("y")).hasSameHashCodeAs(CsvLoader.of("y")).isNotEqualTo(other);
        assertThat(other.toString()).contains("encoding=ORDINAL");
    }

    @Test
    void pathAndResourceLoadsAreNamedAfterTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cars.csv");
        Files.writeString(file, CARS, StandardCharsets.UTF_8);
        Dataset fromFile = CsvLoader.of("y").withDropColumns("id").load(file);
        assertThat(fromFile.name()).isEqualTo("cars");
        assertThat(fromFile.withName("inline")).isEqualTo(parse(CsvLoader.of("y").withDropColumns("id"), CARS));
        Dataset fromResource = CsvLoader.of("target").load(Datasets.class, "diabetes_raw.csv");
        assertThat(fromResource.name()).isEqualTo("diabetes_raw");
        assertThat(fromResource.numRows()).isEqualTo(442);
        assertThatThrownBy(() -> CsvLoader.of("y").load(Datasets.class, "nothing.csv"))
            .hasMessage("resource 'nothing.csv' not found next to skpro.datasets.Datasets");
    }
}
