package skpro.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import skpro.distributions.Distribution;
import skpro.distributions.Empirical;
import skpro.distributions.Gamma;
import skpro.distributions.Histogram;
import skpro.distributions.IID;
import skpro.distributions.KernelMixture;
import skpro.distributions.Laplace;
import skpro.distributions.LogNormal;
import skpro.distributions.Logistic;
import skpro.distributions.Normal;

/**
 * The main job until the benchmarking command exists: unconditional predictive distributions of
 * several families fitted to the training part of the diabetes data (disease progression one year
 * after baseline, 442 patients; Efron et al. 2004), scored on a held-out quarter.
 *
 * <p>For each family it prints the 5 %, 50 % and 95 % quantiles, the empirical coverage and mean
 * width of the central 90 % interval on the test rows, and the mean CRPS
 * (E|X - y| - E|X - X'| / 2, from the distributions' closed-form energies) and mean log-loss
 * (-log f(y)). The split is a shuffle with a fixed seed, so the output is reproducible.
 */
public final class DistributionTour {

    private static final long SEED = 20261127L;

    private DistributionTour() {
    }

    /**
     * @param args ignored (the data are embedded)
     * @throws IOException if the embedded data cannot be read
     */
    public static void main(String[] args) throws IOException {
        run(System.out);
    }

    /**
     * Fits, scores and prints the table.
     *
     * @param out where the table goes
     * @throws IOException if the embedded data cannot be read
     */
    public static void run(PrintStream out) throws IOException {
        double[] y = readTarget("data/diabetes_raw.csv", "target");
        int[] order = shuffledIndices(y.length, SEED);
        int nTrain = (int) Math.round(0.75 * y.length);
        double[] train = new double[nTrain];
        double[] test = new double[y.length - nTrain];
        for (int k = 0; k < y.length; k++) {
            if (k < nTrain) {
                train[k] = y[order[k]];
            } else {
                test[k - nTrain] = y[order[k]];
            }
        }
        out.printf(Locale.ROOT, "diabetes disease progression: %d training rows, %d test rows (seed %d)%n%n",
            train.length, test.length, SEED);
        out.println("| family | q05 | median | q95 | 90% coverage | 90% width | CRPS | log-loss |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (Fitted f : fitAll(train)) {
            Distribution pred = IID.of(f.distribution(), test.length);
            double[] q = f.distribution().quantiles(0.05, 0.5, 0.95)[0];
            double[][] interval = pred.interval(0.9);
            double covered = 0;
            double width = 0;
            for (int i = 0; i < test.length; i++) {
                covered += interval[i][0] < test[i] && test[i] < interval[i][1] ? 1 : 0;
                width += interval[i][1] - interval[i][0];
            }
            double[] ex = pred.energy(test);
            double[] self = pred.energy();
            double[] logPdf = pred.logPdf(test);
            double crps = 0;
            double logLoss = 0;
            for (int i = 0; i < test.length; i++) {
                crps += ex[i] - 0.5 * self[i];
                logLoss -= logPdf[i];
            }
            int n = test.length;
            out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.3f | %.1f | %.3f | %s |%n", f.name(), q[0], q[1],
                q[2], covered / n, width / n, crps / n,
                Double.isFinite(logLoss) ? String.format(Locale.ROOT, "%.4f", logLoss / n) : "inf (atoms)");
        }
        out.println();
        out.println("Lower CRPS and log-loss are better; a calibrated 90% interval covers about 0.9 of test rows.");
        out.println("Empirical is a discrete distribution on the training values: its log-loss is infinite");
        out.println("at unseen values, which is why the kernel mixture smooths it.");
    }

    /** A family's fit to the training target. */
    private record Fitted(String name, Distribution distribution) {
    }

    private static List<Fitted> fitAll(double[] y) {
        int n = y.length;
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= n;
        double ss = 0;
        for (double v : y) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / (n - 1));
        double[] sorted = y.clone();
        Arrays.sort(sorted);
        double median = 0.5 * (sorted[(n - 1) / 2] + sorted[n / 2]);
        double mad = 0;
        double logMean = 0;
        for (double v : y) {
            mad += Math.abs(v - median);
            logMean += Math.log(v);
        }
        mad /= n;
        logMean /= n;
        double logSs = 0;
        for (double v : y) {
            logSs += (Math.log(v) - logMean) * (Math.log(v) - logMean);
        }
        double logSd = Math.sqrt(logSs / (n - 1));

        List<Fitted> fits = new ArrayList<>();
        fits.add(new Fitted("Normal (moments)", Normal.of(mean, sd)));
        fits.add(new Fitted("Laplace (median, mean abs. dev.)", Laplace.of(median, mad)));
        fits.add(new Fitted("Logistic (moments)", Logistic.of(mean, sd * Math.sqrt(3) / Math.PI)));
        fits.add(new Fitted("LogNormal (log moments)", LogNormal.of(logMean, logSd)));
        fits.add(new Fitted("Gamma (moments)", Gamma.of(mean * mean / (sd * sd), mean / (sd * sd))));
        fits.add(new Fitted("Histogram (12 bins)", histogram(sorted, 12)));
        fits.add(new Fitted("KernelMixture (Silverman)",
            KernelMixture.of(y, KernelMixture.Kernel.GAUSSIAN, KernelMixture.Bandwidth.SILVERMAN)));
        fits.add(new Fitted("Empirical (training values)", Empirical.of(y)));
        return fits;
    }

    /** Equal-width histogram over the sample's range, widened by half a bin each side. */
    private static Histogram histogram(double[] sorted, int bins) {
        double lo = sorted[0];
        double hi = sorted[sorted.length - 1];
        double w = (hi - lo) / (bins - 1);
        double[] edges = new double[bins + 1];
        for (int k = 0; k <= bins; k++) {
            edges[k] = lo - 0.5 * w + k * w;
        }
        double[] mass = new double[bins];
        for (double v : sorted) {
            int k = (int) Math.floor((v - edges[0]) / w);
            mass[Math.min(Math.max(k, 0), bins - 1)] += 1.0 / sorted.length;
        }
        return Histogram.of(new double[][] {edges}, new double[][] {mass});
    }

    /** Fisher-Yates with a seeded generator. */
    private static int[] shuffledIndices(int n, long seed) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        return idx;
    }

    /** Reads one numeric column of an embedded CSV (header row, comma separated, no quoting). */
    static double[] readTarget(String resource, String column) throws IOException {
        InputStream in = DistributionTour.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("embedded resource not found: " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] header = r.readLine().split(",");
            int col = Arrays.asList(header).indexOf(column);
            if (col < 0) {
                throw new IOException("column " + column + " not in " + resource);
            }
            List<Double> values = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    values.add(Double.parseDouble(line.split(",")[col]));
                }
            }
            double[] out = new double[values.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = values.get(i);
            }
            return out;
        }
    }
}
