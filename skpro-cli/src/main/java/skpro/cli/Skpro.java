package skpro.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code skpro} command line: {@code benchmark}, {@code evaluate}, {@code tune} and
 * {@code list}. Results go to stdout (or {@code --output}), progress and errors to stderr.
 *
 * <p>Exit codes a script can rely on: {@value #OK} success; {@value #FAILED} the run failed (an
 * unreadable file, an estimator that cannot fit where the command needs it to); {@value #USAGE}
 * bad command line (unknown option or name, malformed value: the message names the option);
 * {@value #PARTIAL} a benchmark finished but some (estimator, data set) cells failed and are
 * shown as n/a.
 */
@Command(name = "skpro", mixinStandardHelpOptions = true, version = "skpro4j 0.1.0-SNAPSHOT",
    description = "Probabilistic regression: benchmark, evaluate and tune estimators with proper scoring rules.",
    subcommands = {BenchmarkCommand.class, EvaluateCommand.class, TuneCommand.class, ListCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:success", "1:the run failed (message on stderr)", "2:bad command line",
        "3:benchmark finished with failed cells (n/a in the table)"})
public final class Skpro implements Runnable {

    /** Success. */
    public static final int OK = 0;
    /** The run failed. */
    public static final int FAILED = 1;
    /** Bad command line. */
    public static final int USAGE = 2;
    /** A benchmark finished with failed cells. */
    public static final int PARTIAL = 3;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a command: benchmark, evaluate, tune or list");
    }

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(execute(args, out, err));
    }

    /**
     * @param args the arguments
     * @param out where results go
     * @param err where progress, warnings and errors go
     * @return the exit code
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Skpro());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            // names and values are checked before the run (as usage errors, exit 2), so what
            // reaches this handler is a failure of the run itself
            err.println("skpro " + cmd.getCommandName() + ": failed: " + ex.getClass().getSimpleName() + ": "
                + ex.getMessage());
            err.flush();
            return FAILED;
        });
        return cl.execute(args);
    }
}
