package skpro.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import skpro.testing.SharedData;

/** Shapes from shared/data/README.md section 5; skipped when shared/data/uci is absent. */
class UciDatasetsTest {

    private static Path dataDir() {
        return SharedData.require("data/uci").getParent();
    }

    @Test
    void concreteHas1030RowsEightFeaturesAndTwentyPartitioningSplits() throws IOException {
        SplitDataset s = UciDatasets.load(dataDir(), "concrete");
        Dataset d = s.dataset();
        assertThat(d.numRows()).isEqualTo(1030);
        assertThat(d.numFeatures()).isEqualTo(8);
        assertThat(d.targetName()).isEqualTo("strength");
        assertThat(s.numSplits()).isEqualTo(20);
        for (int k = 0; k < 20; k++) {
            assertThat(s.testRows(k).length + s.trainRows(k).length).isEqualTo(1030);
        }
        // the first test row of split 0 as listed in concrete.splits.txt
        assertThat(s.testRows(0)[0]).isEqualTo(87);
        assertThat(d.licence()).startsWith("CC BY 4.0");
        assertThat(d.source()).contains("Yeh (1998)");
    }

    @Test
    void navalTargetIsColumn16AndTheTurbineDecayIsNoFeature() throws IOException {
        SplitDataset s = UciDatasets.load(dataDir(), "naval");
        Dataset d = s.dataset();
        assertThat(d.numRows()).isEqualTo(11934);
        assertThat(d.numFeatures()).isEqualTo(16);
        assertThat(d.targetName()).isEqualTo("gt_compressor_decay");
        assertThat(d.featureNames()).doesNotContain("gt_turbine_decay").contains("t1", "p1");
        // first data row: ...,0.95,0.975 (compressor decay 0.95)
        assertThat(d.target(0)).isEqualTo(0.95);
        assertThat(d.value(0, 0)).isEqualTo(1.138);
        assertThat(s.numSplits()).isEqualTo(20);
    }

    @Test
    void everyNameLoadsWithItsStatedShape() throws IOException {
        int[][] shapes = {{506, 13, 20}, {1030, 8, 20}, {768, 8, 20}, {11934, 16, 20}, {9568, 4, 20},
            {45730, 9, 5}, {1599, 11, 20}, {308, 6, 20}, {4177, 10, 0}, {4898, 11, 0}};
        List<String> names = UciDatasets.names();
        assertThat(names).hasSize(shapes.length);
        Path dir = dataDir();
        for (int k = 0; k < shapes.length; k++) {
            SplitDataset s = UciDatasets.load(dir, names.get(k));
            assertThat(new int[] {s.dataset().numRows(), s.dataset().numFeatures(), s.numSplits()})
                .as(names.get(k)).containsExactly(shapes[k]);
        }
        assertThat(UciDatasets.load(dir.resolve("uci"), "abalone").dataset().featureNames())
            .startsWith("sex_F", "sex_I", "sex_M", "length");
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        assertThatThrownBy(() -> UciDatasets.load(Path.of("."), "kin8nm"))
            .hasMessageStartingWith("unknown UCI data set 'kin8nm'; known: [boston, concrete,");
    }

    @Test
    void splitsOutOfRangeOrMiscountedAreRejectedNamingTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("yacht.csv"), "a,b,y\n1,2,3\n4,5,6\n7,8,9\n", StandardCharsets.UTF_8);
        String head = "# yacht: 3 rows; 2 train/test splits of somebody.\n# Line k...\n"
            + "# feature columns (0-based): 0 1; target column: 2\n";
        Path splits = dir.resolve("yacht.splits.txt");
        Files.writeString(splits, head + "0\n2 1\n", StandardCharsets.UTF_8);
        SplitDataset ok = UciDatasets.load(dir, "yacht");
        assertThat(ok.trainRows(1)).containsExactly(0);
        assertThat(ok.dataset().x()).isDeepEqualTo(new double[][] {{1, 2}, {4, 5}, {7, 8}});

        Files.writeString(splits, head + "0\n3 1\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> UciDatasets.load(dir, "yacht"))
            .hasMessage(splits + ": split 1, position 0: test row 3 is out of [0, 3)");
        Files.writeString(splits, head + "0\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> UciDatasets.load(dir, "yacht"))
            .hasMessage(splits + ": line 1 states 2 splits but 1 are listed");
        Files.writeString(splits, head.replace("3 rows", "4 rows") + "0\n1\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> UciDatasets.load(dir, "yacht"))
            .hasMessage(splits + ", line 1: states 4 rows but the data have 3");
        Files.writeString(splits, head.replace("0 1;", "0 5;") + "0\n1\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> UciDatasets.load(dir, "yacht"))
            .hasMessage(splits + ", line 3: feature column 5 is out of range (3 columns), repeated or the target");
    }
}
