package dev.ferret.cli;

import picocli.CommandLine;

import java.io.PrintWriter;

/** Turns errors into one line on stderr saying what is wrong and what to do, and exit status 2. */
final class ErrorHandlers {

    private ErrorHandlers() {
    }

    static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("ferret: " + e.getMessage() + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return FerretCommand.ERROR;
    }

    static int fatal(Exception e, CommandLine cmd, boolean debug) {
        PrintWriter err = cmd.getErr();
        if (e instanceof UserError) {
            err.println("ferret: " + e.getMessage());
        } else {
            err.println("ferret: unexpected error " + e.getClass().getSimpleName()
                    + (debug ? "" : " (run again with --debug for the stack trace, and report it)"));
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return FerretCommand.ERROR;
    }
}
