package skpro.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Turns a rejected name or value into a picocli usage error (exit code 2) naming the option. */
final class Usage {

    /** A parse step that may also fail to read a file. */
    interface Step<T> {
        T get() throws IOException;
    }

    private Usage() {
    }

    /**
     * @param spec the command
     * @param option the option being read, for the message
     * @param step the parse
     * @param <T> the parsed type
     * @return the parsed value
     * @throws ParameterException if the step rejects the value
     * @throws UncheckedIOException if a file cannot be read (a failure of the run, exit 1)
     */
    static <T> T parse(CommandSpec spec, String option, Step<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': "
                + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #parse(CommandSpec, String, Step)} for steps that read no file. */
    static <T> T value(CommandSpec spec, String option, Supplier<T> step) {
        return parse(spec, option, step::get);
    }
}
