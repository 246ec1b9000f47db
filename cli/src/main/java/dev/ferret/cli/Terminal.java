package dev.ferret.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether a person is watching the terminal, so that a progress bar helps rather than pollutes a log. */
final class Terminal {

    private Terminal() {
    }

    static boolean isInteractive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        // JDK 22+ returns a Console even when output is redirected; its isTerminal() tells the truth (absent on JDK 21)
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
