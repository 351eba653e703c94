package skpro.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class DistributionTourTest {

    @Test
    void readsTheEmbeddedDiabetesTarget() throws IOException {
        double[] y = DistributionTour.readTarget("data/diabetes_raw.csv", "target");
        assertThat(y).hasSize(442);
        // first and last targets of sklearn's diabetes data
        assertThat(y[0]).isEqualTo(151.0);
        assertThat(y[441]).isEqualTo(57.0);
    }

    @Test
    void printsOneScoredRowPerFamily() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        DistributionTour.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String out = buffer.toString(StandardCharsets.UTF_8);
        List<String[]> rows = Arrays.stream(out.split("\n"))
            .filter(l -> l.startsWith("| ") && !l.startsWith("| family"))
            .map(l -> l.substring(2, l.length() - 2).split(" \\| "))
            .collect(Collectors.toList());
        assertThat(rows).hasSize(8);
        for (String[] r : rows) {
            double q05 = Double.parseDouble(r[1]);
            double median = Double.parseDouble(r[2]);
            double q95 = Double.parseDouble(r[3]);
            double coverage = Double.parseDouble(r[4]);
            double crps = Double.parseDouble(r[6]);
            assertThat(q05).as(r[0]).isLessThan(median);
            assertThat(median).as(r[0]).isLessThan(q95);
            // target values lie in [25, 346]; a sensible 90% interval covers most test rows
            assertThat(coverage).as(r[0]).isBetween(0.75, 1.0);
            assertThat(crps).as(r[0]).isBetween(30.0, 80.0);
        }
    }
}
