/** The {@code skpro} command line: benchmark, evaluate, tune and list. */
module skpro.cli {
    requires skpro.core;
    requires info.picocli;

    opens skpro.cli to info.picocli;
}
