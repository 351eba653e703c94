package skpro.neural.train;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line terminal progress bar for training: redrawn in place with a carriage return while
 * an epoch runs, ended with a newline when it completes, e.g.
 * {@code epoch  3/40 [=========>          ] loss 1.2345 val 1.3012  48,210 rows/s}.
 */
final class ProgressBar {
    private static final int WIDTH = 24;
    private final PrintStream out;
    private final int epochs;

    ProgressBar(PrintStream out, int epochs) {
        this.out = out;
        this.epochs = epochs;
    }

    void update(int epoch, double fraction, double loss, double rowsPerSecond) {
        out.print('\r' + line(epoch, fraction, loss, Double.NaN, rowsPerSecond));
        out.flush();
    }

    void endEpoch(int epoch, double loss, double validationLoss, double rowsPerSecond) {
        out.print('\r' + line(epoch, 1.0, loss, validationLoss, rowsPerSecond) + System.lineSeparator());
        out.flush();
    }

    String line(int epoch, double fraction, double loss, double validationLoss, double rowsPerSecond) {
        int filled = (int) Math.round(Math.min(1.0, Math.max(0.0, fraction)) * WIDTH);
        StringBuilder bar = new StringBuilder(WIDTH);
        for (int i = 0; i < WIDTH; i++) {
            bar.append(i < filled - 1 || (filled == WIDTH && i == WIDTH - 1) ? '=' : i == filled - 1 ? '>' : ' ');
        }
        String digits = Integer.toString(epochs);
        String val = Double.isNaN(validationLoss) ? "" : String.format(Locale.ROOT, " val %.4f", validationLoss);
        return String.format(Locale.ROOT, "epoch %" + digits.length() + "d/%s [%s] loss %.4f%s %,9.0f rows/s", epoch,
            digits, bar, loss, val, rowsPerSecond);
    }
}
