package skpro.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import skpro.datasets.Dataset;
import skpro.datasets.SplitDataset;
import skpro.datasets.UciDatasets;
import skpro.metrics.LogLoss;
import skpro.metrics.MeanEstimate;
import skpro.neural.MLPProbaModel;
import skpro.neural.MLPProbaRegressor;

/**
 * {@link MLPProbaRegressor} with a Normal head and one hidden layer of 50 ReLU units (100 for
 * protein), the network of the UCI regression benchmark literature, on the benchmark's standard
 * train/test splits, beside the test NLL of deep ensembles published by Lakshminarayanan et al.
 * (2017), Table 1 (five networks with adversarial training; a single network is expected to do
 * somewhat worse).
 *
 * <p>Protocol per split: X and y standardised with the training rows (inside the estimator);
 * AdamW without weight decay, batch {@code batch}, learning rate {@code lr}, at most
 * {@code epochs} epochs, 10 % of the training rows held out, training stops {@code patience} epochs
 * after the best validation NLL and that epoch's weights are kept; test NLL in the original units of y.
 *
 * <p>Usage: {@code MlpUci [uciDir] [datasets,comma,separated|all] [maxSplits] [epochs] [batch]
 * [lr] [patience]}; defaults {@code ../shared/data/uci all 20 400 32 0.01 30}. A missing folder is skipped with
 * a message. One command: {@code mvn -B -q -DskipTests -Puci-mlp -pl skpro-examples -am verify}.
 */
public final class MlpUci {

    /** Name, published NLL mean and its ± (Lakshminarayanan et al. 2017, Table 1). */
    private static final String[][] PUBLISHED = {
        {"boston", "2.41", "0.25"}, {"concrete", "3.06", "0.18"}, {"energy", "1.38", "0.22"},
        {"naval", "-5.63", "0.05"}, {"power", "2.79", "0.04"}, {"protein", "2.83", "0.02"},
        {"wine_quality_red", "0.94", "0.12"}, {"yacht", "1.18", "0.21"}};

    private MlpUci() {
    }

    /**
     * @param args folder, data sets, maximum splits, epochs, batch size, learning rate
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/uci");
        String which = args.length > 1 ? args[1] : "all";
        int maxSplits = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int epochs = args.length > 3 ? Integer.parseInt(args[3]) : 400;
        int batch = args.length > 4 ? Integer.parseInt(args[4]) : 32;
        double lr = args.length > 5 ? Double.parseDouble(args[5]) : 1e-2;
        int patience = args.length > 6 ? Integer.parseInt(args[6]) : 30;
        if (!Files.isDirectory(dir)) {
            System.out.println("UCI data folder " + dir.toAbsolutePath() + " is absent: skipped");
            return;
        }
        System.out.printf(Locale.ROOT, "MLP (1 hidden layer, Normal head, NLL), epochs <= %d, batch %d, lr %s, "
            + "patience %d%n%n", epochs, batch, lr, patience);
        System.out.printf(Locale.ROOT, "| data set | splits | test NLL (mean ± SE) | deep ensembles | "
            + "within 2 published ± | mean epochs | seconds |%n|---|---|---|---|---|---|---|%n");
        int within = 0;
        int total = 0;
        for (String[] pub : PUBLISHED) {
            if (!which.equals("all") && !Arrays.asList(which.split(",")).contains(pub[0])) {
                continue;
            }
            long t0 = System.nanoTime();
            SplitDataset data = UciDatasets.load(dir, pub[0]);
            int hidden = pub[0].equals("protein") ? 100 : 50;
            MLPProbaRegressor mlp = MLPProbaRegressor.of().withHiddenSizes(hidden).withEpochs(epochs)
                .withBatchSize(batch).withLearningRate(lr).withValidation(0.1, patience);
            int splits = Math.min(maxSplits, data.numSplits());
            double[] nll = new double[splits];
            double bestEpochs = 0;
            for (int s = 0; s < splits; s++) {
                Dataset train = data.dataset().select(data.trainRows(s));
                Dataset test = data.dataset().select(data.testRows(s));
                MLPProbaModel m = mlp.withSeed(s).fit(train.x(), train.y());
                nll[s] = LogLoss.of().evaluate(test.y(), m.predictProba(test.x()));
                bestEpochs += m.training().bestEpoch();
                System.err.printf(Locale.ROOT, "  %s split %d: NLL %.3f, best epoch %d%n", pub[0], s, nll[s],
                    m.training().bestEpoch());
            }
            MeanEstimate e = splits > 1 ? MeanEstimate.of(nll) : null;
            double mean = e == null ? nll[0] : e.mean();
            double se = e == null ? Double.NaN : e.standardError();
            double published = Double.parseDouble(pub[1]);
            double pm = Double.parseDouble(pub[2]);
            boolean ok = Math.abs(mean - published) <= 2 * pm;
            within += ok ? 1 : 0;
            total++;
            System.out.printf(Locale.ROOT, "| %s | %d | %.2f ± %.2f | %s ± %s | %s | %.0f | %.0f |%n", pub[0], splits,
                mean, se, pub[1], pub[2], ok ? "yes" : "no", bestEpochs / splits, (System.nanoTime() - t0) / 1e9);
        }
        System.out.printf(Locale.ROOT, "%nwithin two published ± on %d of %d data sets%n", within, total);
    }
}
