package dev.ferret.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs the ferret command in-process with captured stdout and stderr. */
final class Cli {

    record Run(int exit, String out, String err) {
    }

    private Cli() {
    }

    static Run run(String... args) {
        return run(Map.of(), new ByteArrayInputStream(new byte[0]), args);
    }

    static Run run(Map<String, String> env, InputStream stdin, String... args) {
        return run(new FerretCommand.Environment(env, stdin, false), args);
    }

    static Run run(FerretCommand.Environment environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = FerretCommand.commandLine(environment,
                new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
