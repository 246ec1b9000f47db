package dev.ferret.cli;

import java.io.PrintWriter;

/**
 * One self-overwriting status line on stderr while a person watches: objects and bytes scanned, and how many objects
 * held sensitive data. The total is unknown (folders are listed as they are scanned), so it counts up.
 */
final class ProgressBar {

    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private long objects;
    private long bytes;
    private long withFindings;
    private long lastDraw;

    ProgressBar(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    void update(long objectBytes, boolean found) {
        objects++;
        bytes += Math.max(0, objectBytes);
        if (found) {
            withFindings++;
        }
        long now = System.nanoTime();
        if (enabled && now - lastDraw >= REDRAW_NANOS) {
            lastDraw = now;
            draw();
        }
    }

    void done() {
        if (enabled) {
            draw();
            err.print('\n');
            err.flush();
        }
    }

    private void draw() {
        err.printf("\rferret: %,d objects, %,.1f MB scanned, %,d with sensitive data ", objects, bytes / 1e6, withFindings);
        err.flush();
    }
}
