package dev.ferret.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The {@code ferret} command: exit 0 when nothing is found, {@code --exit-code} when something is, 2 on errors. */
@Command(name = "ferret",
        mixinStandardHelpOptions = true,
        versionProvider = FerretCommand.Version.class,
        description = "Finds sensitive data (PII, financial data, credentials) in files and reports it as Amazon Macie findings.",
        subcommands = {ScanCommand.class, WatchCommand.class, IdentifiersCommand.class, TestIdentifierCommand.class,
                CommandLine.HelpCommand.class})
public final class FerretCommand implements Runnable {

    /** Exit status for usage errors and errors that stop the whole run. */
    public static final int ERROR = 2;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean debug;

    private final Environment environment;

    FerretCommand(Environment environment) {
        this.environment = environment;
    }

    Environment environment() {
        return environment;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "name a command: scan, watch, identifiers or test-identifier");
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int status = commandLine(new Environment(System.getenv(), System.in, Terminal.isInteractive()), out, err).execute(args);
        out.flush();
        System.exit(status);
    }

    /** The command line wired with its error handling, writing to {@code out} and {@code err}. */
    static CommandLine commandLine(Environment environment, PrintWriter out, PrintWriter err) {
        FerretCommand root = new FerretCommand(environment);
        CommandLine cmd = new CommandLine(root);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setParameterExceptionHandler(ErrorHandlers::usageError);
        cmd.setExecutionExceptionHandler((e, line, parsed) -> ErrorHandlers.fatal(e, line, root.debug));
        return cmd;
    }

    /**
     * What the command reads from its process: environment variables ({@code SOURCE_DATE_EPOCH}), standard input, and
     * whether a person is watching (for the progress bar).
     */
    record Environment(Map<String, String> variables, InputStream stdin, boolean interactive) {
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = FerretCommand.class.getPackage().getImplementationVersion();
            return new String[] {"ferret " + (v == null ? "(development build)" : v)};
        }
    }
}
