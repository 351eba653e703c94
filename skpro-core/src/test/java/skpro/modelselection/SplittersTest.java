package skpro.modelselection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import skpro.testing.SharedData;

class SplittersTest {

    private static int[] r(int... rows) {
        return rows;
    }

    /** Every row 0..n-1 is tested exactly once, and each split's train is the complement of its test. */
    private static void assertPartition(List<Split> splits, int n) {
        int[] tested = new int[n];
        for (Split s : splits) {
            for (int t : s.test()) {
                tested[t]++;
            }
            assertThat(s.trainSize() + s.testSize()).isEqualTo(n);
        }
        int[] once = new int[n];
        Arrays.fill(once, 1);
        assertThat(tested).containsExactly(once);
    }

    @Test
    void splitSortsValidatesAndCopies() {
        int[] train = {5, 0, 3};
        Split s = Split.of(train, r(4, 1));
        train[0] = 99;
        assertThat(s.train()).containsExactly(0, 3, 5);
        assertThat(s.test()).containsExactly(1, 4);
        assertThat(s.maxRow()).isEqualTo(5);
        assertThat(s).isEqualTo(Split.of(r(3, 5, 0), r(1, 4)));
        assertThatThrownBy(() -> Split.of(r(0, 1), r(1, 2))).hasMessageContaining("row 1 is in both");
        assertThatThrownBy(() -> Split.of(r(0, 0), r(2))).hasMessageContaining("train holds row 0 twice");
        assertThatThrownBy(() -> Split.of(r(0), r())).hasMessageContaining("test must hold at least one row");
        assertThatThrownBy(() -> Split.of(r(-1), r(2))).hasMessageContaining("negative row -1");
    }

    @Test
    void kFoldGivesTheFirstNModKFoldsOneExtraRow() {
        // sklearn: KFold(3) on 10 rows -> test [0..3], [4..6], [7..9]
        List<Split> s = KFold.of(3).split(10);
        assertThat(s).hasSize(3);
        assertThat(s.get(0).test()).containsExactly(0, 1, 2, 3);
        assertThat(s.get(0).train()).containsExactly(4, 5, 6, 7, 8, 9);
        assertThat(s.get(1).test()).containsExactly(4, 5, 6);
        assertThat(s.get(2).test()).containsExactly(7, 8, 9);
        assertThat(s.get(2).train()).containsExactly(0, 1, 2, 3, 4, 5, 6);
        // sklearn's documented example: KFold(n_splits=2) on 4 rows
        List<Split> two = KFold.of(2).split(4);
        assertThat(two.get(0)).isEqualTo(Split.of(r(2, 3), r(0, 1)));
        assertThat(two.get(1)).isEqualTo(Split.of(r(0, 1), r(2, 3)));
        assertThatThrownBy(() -> KFold.of(5).split(4)).hasMessageContaining("n = 4").hasMessageContaining("at least 5");
        assertThatThrownBy(() -> KFold.of(1)).hasMessageContaining("nSplits must be >= 2, got 1");
    }

    @Test
    void shuffledKFoldPartitionsTheRowsAndDependsOnlyOnTheSeed() {
        KFold f = KFold.of(4).withShuffle(7);
        List<Split> a = f.split(23);
        assertPartition(a, 23);
        int[] sizes = a.stream().mapToInt(Split::testSize).toArray();
        assertThat(sizes).containsExactly(6, 6, 6, 5);
        assertThat(f.split(23)).isEqualTo(a);
        assertThat(KFold.of(4).withShuffle(8).split(23)).isNotEqualTo(a);
        assertThat(a.get(0).test()).isNotEqualTo(KFold.of(4).split(23).get(0).test());
    }

    @Test
    void repeatedKFoldRepeatsShuffledKFoldWithDerivedSeeds() {
        RepeatedKFold rk = RepeatedKFold.of(3, 4, 11L);
        List<Split> all = rk.split(10);
        assertThat(all).hasSize(12);
        assertThat(rk.numSplits()).isEqualTo(12);
        long[] seeds = rk.repeatSeeds();
        assertThat(Arrays.stream(seeds).distinct().count()).isEqualTo(4);
        for (int rep = 0; rep < 4; rep++) {
            List<Split> one = all.subList(3 * rep, 3 * rep + 3);
            assertPartition(one, 10);
            assertThat(one).isEqualTo(KFold.of(3).withShuffle(seeds[rep]).split(10));
        }
        assertThat(all.subList(0, 3)).isNotEqualTo(all.subList(3, 6));
        assertThat(RepeatedKFold.of(3, 4, 11L).split(10)).isEqualTo(all);
        assertThat(RepeatedKFold.of(3, 4, 12L).split(10)).isNotEqualTo(all);
    }

    @Test
    void shuffleSplitSizesFollowSklearn() {
        // sklearn's example: ShuffleSplit(n_splits=5, test_size=.25) on 6 rows -> 2 test (ceil 1.5), 4 train
        ShuffleSplit ss = ShuffleSplit.of(5, 0.25, 0L);
        assertThat(ss.sizes(6)).containsExactly(2, 4);
        assertThat(ss.withTrainSize(0.5).sizes(10)).containsExactly(3, 5);
        assertThat(ShuffleSplit.of(2, 4, 0L).withTrainSize(3).sizes(10)).containsExactly(4, 3);
        List<Split> s = ss.withTrainSize(0.5).split(10);
        assertThat(s).hasSize(5);
        for (Split one : s) {
            assertThat(one.testSize()).isEqualTo(3);
            assertThat(one.trainSize()).isEqualTo(5);
            assertThat(one.maxRow()).isLessThan(10);
        }
        assertThat(ss.split(6)).isEqualTo(ShuffleSplit.of(5, 0.25, 0L).split(6));
        assertThat(ss.split(40)).isNotEqualTo(ShuffleSplit.of(5, 0.25, 1L).split(40));
        assertThatThrownBy(() -> ShuffleSplit.of(2, 1.5, 0L)).hasMessageContaining("testSize");
        assertThatThrownBy(() -> ShuffleSplit.of(2, 0.5, 0L).withTrainSize(0.6).sizes(10))
            .hasMessageContaining("n = 10").hasMessageContaining("5 test rows").hasMessageContaining("6 training");
    }

    @Test
    void timeSeriesSplitMatchesSklearnsDocumentedExamples() {
        // sklearn: TimeSeriesSplit(n_splits=5) on 6 rows: train [0..i], test [i+1]
        List<Split> s = TimeSeriesSplit.of(5).split(6);
        assertThat(s).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat(s.get(i).train()).containsExactly(Splits.range(0, i + 1));
            assertThat(s.get(i).test()).containsExactly(i + 1);
        }
        // sklearn: n_splits=3, test_size=2 on 12 rows
        List<Split> t = TimeSeriesSplit.of(3).withTestSize(2).split(12);
        assertThat(t.get(0)).isEqualTo(Split.of(Splits.range(0, 6), r(6, 7)));
        assertThat(t.get(1)).isEqualTo(Split.of(Splits.range(0, 8), r(8, 9)));
        assertThat(t.get(2)).isEqualTo(Split.of(Splits.range(0, 10), r(10, 11)));
        // sklearn: n_splits=3, test_size=2, gap=2 on 12 rows
        List<Split> g = TimeSeriesSplit.of(3).withTestSize(2).withGap(2).split(12);
        assertThat(g.get(0)).isEqualTo(Split.of(Splits.range(0, 4), r(6, 7)));
        assertThat(g.get(1)).isEqualTo(Split.of(Splits.range(0, 6), r(8, 9)));
        assertThat(g.get(2)).isEqualTo(Split.of(Splits.range(0, 8), r(10, 11)));
        // max_train_size = 3 keeps the latest 3 rows
        List<Split> m = TimeSeriesSplit.of(5).withMaxTrainSize(3).split(6);
        assertThat(m.get(1).train()).containsExactly(0, 1);
        assertThat(m.get(4).train()).containsExactly(2, 3, 4);
        assertThatThrownBy(() -> TimeSeriesSplit.of(5).split(5)).hasMessageContaining("at least 6");
        assertThatThrownBy(() -> TimeSeriesSplit.of(3).withTestSize(4).split(12))
            .hasMessageContaining("leaves 0 rows");
    }

    @Test
    void predefinedSplitsTrainOnTheComplement() {
        PredefinedSplits p = PredefinedSplits.of(List.of(r(3, 1), r(0)));
        List<Split> s = p.split(4);
        assertThat(s.get(0)).isEqualTo(Split.of(r(0, 2), r(1, 3)));
        assertThat(s.get(1)).isEqualTo(Split.of(r(1, 2, 3), r(0)));
        assertThatThrownBy(() -> p.split(3)).hasMessageContaining("split 0 tests row 3");
        assertThatThrownBy(() -> PredefinedSplits.of(List.of(r(0, 0)))).hasMessageContaining("testIndices[0]");
        assertThat(p.withParams(p.params())).isEqualTo(p);
    }

    @Test
    void readReportsLineAndToken(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.splits.txt");
        Files.writeString(f, "# a\n# b\n# c\n0 1 2\n3 x4 5\n");
        assertThatThrownBy(() -> PredefinedSplits.read(f)).hasMessageContaining("line 5, token 2: 'x4'");
        Files.writeString(f, "# a\n4 2 4\n");
        assertThatThrownBy(() -> PredefinedSplits.read(f)).hasMessageContaining("line 2: row 4 is listed twice");
        Files.writeString(f, "# only\n");
        assertThatThrownBy(() -> PredefinedSplits.read(f)).hasMessageContaining("no split");
        Files.writeString(f, "# a\n\n2 0\n1\n");
        PredefinedSplits ok = PredefinedSplits.read(f);
        assertThat(ok.numSplits()).isEqualTo(2);
        assertThat(ok.testIndices(0)).containsExactly(0, 2);
    }

    @Test
    void readsThePublishedBostonSplits() throws IOException {
        Path file = SharedData.require("data/uci/boston.splits.txt");
        PredefinedSplits p = PredefinedSplits.read(file);
        // header: 506 rows, 20 splits; each test set is 10% of the rows (51)
        assertThat(p.numSplits()).isEqualTo(20);
        List<Split> s = p.split(506);
        for (Split one : s) {
            assertThat(one.testSize()).isEqualTo(51);
            assertThat(one.trainSize()).isEqualTo(455);
        }
        assertThat(Files.readAllLines(file).get(3)).startsWith("431 115 470");
        assertThat(s.get(0).test()).contains(431, 115, 470);
    }

    @Test
    void paramsRoundTripAndNameTheSplitter() {
        List<Splitter> all = new ArrayList<>(List.of(KFold.of(3).withShuffle(2), RepeatedKFold.of(2, 3, 4),
            ShuffleSplit.of(3, 0.2, 5).withTrainSize(0.5), TimeSeriesSplit.of(3).withGap(1).withMaxTrainSize(9)));
        for (Splitter s : all) {
            assertThat(s.withParams(s.params())).isEqualTo(s);
        }
        assertThat(KFold.of(3).withParam("nSplits", 4)).isEqualTo(KFold.of(4));
        assertThat(KFold.of(3).params()).isEqualTo(Map.of("nSplits", 3, "shuffle", false, "seed", 0L));
        assertThatThrownBy(() -> KFold.of(3).withParam("k", 4)).hasMessageContaining("unknown parameter 'k'");
    }
}
