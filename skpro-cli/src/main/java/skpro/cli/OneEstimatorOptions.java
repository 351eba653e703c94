package skpro.cli;

import picocli.CommandLine.Option;

/** The one estimator and one data set of {@code evaluate} and {@code tune} (a picocli mixin). */
final class OneEstimatorOptions {

    @Option(names = {"-e", "--estimator"}, required = true, paramLabel = "SPEC",
        description = "Name[#k][:param=value,...] from 'skpro list estimators'.")
    String estimator;

    @Option(names = {"-d", "--data"}, required = true, paramLabel = "DATA",
        description = "An embedded name, uci:NAME or FILE.csv:TARGET.")
    String data;
}
