package skpro.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import skpro.testing.SharedData;

/**
 * Shapes and values of the embedded data sets. Literal values are the data files' own (their first
 * rows); where shared/data is present the embedded data are compared with its files in full.
 */
class DatasetsTest {

    @Test
    void diabetesScaledFirstRowAndShape() {
        Dataset d = Datasets.diabetes();
        assertThat(d.numRows()).isEqualTo(442);
        assertThat(d.featureNames()).containsExactly("age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6");
        assertThat(d.value(0, 0)).isEqualTo(0.038075906433423005);
        assertThat(d.value(0, 9)).isEqualTo(-0.017646125159803783);
        assertThat(d.target(0)).isEqualTo(151);
        // sklearn's scaling: every column has mean 0 and unit Euclidean norm
        for (int j = 0; j < 10; j++) {
            double s = 0;
            double ss = 0;
            for (int i = 0; i < 442; i++) {
                s += d.value(i, j);
                ss += d.value(i, j) * d.value(i, j);
            }
            assertThat(s).isCloseTo(0.0, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(ss).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void diabetesMatchesTheSharedFilesRowForRow() throws IOException {
        assertSameAsFile(Datasets.diabetes(), SharedData.require("data/regression/diabetes.csv"));
        assertSameAsFile(Datasets.diabetesRaw(), SharedData.require("data/regression/diabetes_raw.csv"));
    }

    /** Every row of a numeric CSV (target last) equals the data set's row, bit for bit. */
    private static void assertSameAsFile(Dataset d, Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(d.numRows() + 1);
        for (int i = 0; i < d.numRows(); i++) {
            String[] f = lines.get(i + 1).split(",");
            for (int j = 0; j < d.numFeatures(); j++) {
                assertThat(d.value(i, j)).as("row %d col %d", i, j).isEqualTo(Double.parseDouble(f[j]));
            }
            assertThat(d.target(i)).isEqualTo(Double.parseDouble(f[f.length - 1]));
        }
    }

    @Test
    void diabetesRawFirstRow() {
        Dataset d = Datasets.diabetesRaw();
        assertThat(d.x()[0]).containsExactly(59, 2, 32.1, 101.0, 157, 93.2, 38.0, 4.0, 4.8598, 87);
        assertThat(d.target(0)).isEqualTo(151);
    }

    @Test
    void penguinsDropsIncompleteRowsAndEncodesThreeCategoricals() {
        Dataset d = Datasets.penguins();
        assertThat(d.numRows()).isEqualTo(333);
        assertThat(d.targetName()).isEqualTo("body_mass_g");
        assertThat(d.featureNames()).containsExactly("species_Adelie", "species_Chinstrap", "species_Gentoo",
            "island_Biscoe", "island_Dream", "island_Torgersen", "bill_length_mm", "bill_depth_mm",
            "flipper_length_mm", "sex_female", "sex_male", "year");
        // Adelie,Torgersen,39.1,18.7,181,3750,male,2007
        assertThat(d.x()[0]).containsExactly(1, 0, 0, 0, 0, 1, 39.1, 18.7, 181, 0, 1, 2007);
        assertThat(d.target(0)).isEqualTo(3750);
        assertThat(d.numMissing()).isZero();
        assertThat(columnSum(d, 0)).isEqualTo(146);
        assertThat(columnSum(d, 1)).isEqualTo(68);
        assertThat(columnSum(d, 2)).isEqualTo(119);
        assertThat(d.licence()).isEqualTo("CC0-1.0");
    }

    @Test
    void penguinsAgreeWithTheSharedFileOnItsCompleteRows() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.require("data/classification/penguins.csv"));
        Dataset d = Datasets.penguins();
        int k = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (List.of(f).contains("")) {
                continue;
            }
            assertThat(d.target(k)).isEqualTo(Double.parseDouble(f[5]));
            assertThat(d.value(k, 6)).isEqualTo(Double.parseDouble(f[2]));
            assertThat(d.value(k, d.featureIndex("sex_" + f[6]))).isEqualTo(1.0);
            k++;
        }
        assertThat(k).isEqualTo(d.numRows());
    }

    @Test
    void autompgDropsUnknownMpgAndHorsepower() {
        Dataset d = Datasets.autompg();
        assertThat(d.numRows()).isEqualTo(392);
        assertThat(d.featureNames()).containsExactly("cylinders", "displacement", "horsepower", "weight",
            "acceleration", "model_year", "origin_Europe", "origin_Japan", "origin_USA");
        // chevrolet chevelle malibu,18,8,307,130,3504,12,1970,USA
        assertThat(d.x()[0]).containsExactly(8, 307, 130, 3504, 12, 1970, 0, 0, 1);
        assertThat(d.target(0)).isEqualTo(18);
        assertThat(d.numMissing()).isZero();
        assertThat(columnSum(d, 6) + columnSum(d, 7) + columnSum(d, 8)).isEqualTo(392);
    }

    @Test
    void diamondsSampleShapeAndOneIndicatorPerCategoricalBlock() {
        Dataset d = Datasets.diamonds();
        assertThat(d.numRows()).isEqualTo(2000);
        assertThat(d.numFeatures()).isEqualTo(26);
        assertThat(d.featureNames()).startsWith("carat", "cut_Fair", "cut_Good", "cut_Ideal", "cut_Premium",
            "cut_Very Good", "color_D");
        assertThat(d.featureNames()).endsWith("clarity_VVS2", "depth", "table", "x", "y", "z");
        // first sampled row: 0.2,Premium,E,SI2,60.2,62,345,3.79,3.75,2.27
        assertThat(d.value(0, 0)).isEqualTo(0.2);
        assertThat(d.value(0, d.featureIndex("cut_Premium"))).isEqualTo(1);
        assertThat(d.value(0, d.featureIndex("clarity_SI2"))).isEqualTo(1);
        assertThat(d.target(0)).isEqualTo(345);
        for (int i = 0; i < d.numRows(); i++) {
            double cut = 0;
            double color = 0;
            double clarity = 0;
            for (int j = 1; j <= 5; j++) {
                cut += d.value(i, j);
            }
            for (int j = 6; j <= 12; j++) {
                color += d.value(i, j);
            }
            for (int j = 13; j <= 20; j++) {
                clarity += d.value(i, j);
            }
            assertThat(new double[] {cut, color, clarity}).as("row %d", i).containsExactly(1, 1, 1);
        }
    }

    @Test
    void diamondsSampleRowsAreDistinctRowsOfTheFullFile() throws IOException {
        Path full = SharedData.require("data/regression/diamonds.csv");
        Set<String> all = new HashSet<>(Files.readAllLines(full, StandardCharsets.UTF_8));
        List<String> sample;
        try (var in = Datasets.class.getResourceAsStream("diamonds_sample.csv")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertThat(sample).hasSize(2001).doesNotHaveDuplicates();
        assertThat(all).containsAll(sample);
    }

    @Test
    void embeddedListAndNames() {
        assertThat(Datasets.embedded()).extracting(Dataset::name)
            .containsExactly("diabetes", "penguins", "autompg", "diamonds");
        for (String name : Datasets.names()) {
            Dataset d = Datasets.byName(name);
            assertThat(d.name()).isEqualTo(name);
            assertThat(d.licence()).isNotBlank();
            assertThat(d.source()).isNotBlank();
        }
        assertThat(Datasets.byName("diabetes_raw")).isEqualTo(Datasets.diabetesRaw());
        assertThatThrownBy(() -> Datasets.byName("boston"))
            .hasMessage("unknown data set 'boston'; known: [diabetes, diabetes_raw, penguins, autompg, diamonds]");
    }

    private static double columnSum(Dataset d, int j) {
        double s = 0;
        for (int i = 0; i < d.numRows(); i++) {
            s += d.value(i, j);
        }
        return s;
    }
}
