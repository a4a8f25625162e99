package nl.vico.app.cli;

import java.io.PrintWriter;
import nl.vico.importer.ImportListener;

/**
 * Prints an import's progress to stderr, at most twice a second, and only once the import has taken two
 * seconds: a small dataset imports silently.
 */
final class ProgressPrinter implements ImportListener {
    private static final long QUIET_NANOS = 2_000_000_000L;
    private static final long INTERVAL_NANOS = 500_000_000L;
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private long last;

    ProgressPrinter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void progress(String phase, long done, long total) {
        long now = System.nanoTime();
        if (total == 0 || now - start < QUIET_NANOS || (now - last < INTERVAL_NANOS && done < total)) {
            return;
        }
        last = now;
        if (ImportListener.COMMIT.equals(phase)) {
            err.println(done == 0 ? "vico: committing the import …" : "vico: import committed.");
            err.flush();
            return;
        }
        int pct = total == 0 ? 100 : (int) (100 * done / total);
        if (ImportListener.RETIRE.equals(phase)) {
            // after the commit: the new content is in place; what it replaced goes, node by node with its ties
            err.printf("vico: removing the replaced content: %,d of %,d nodes (%d%%)%n", done, total, pct);
        } else if (ImportListener.REMOVE_OLD.equals(phase)) {
            err.printf("vico: removed %,d nodes left behind by interrupted imports%n", done);
        } else {
            err.printf("vico: importing %s: %,d of %,d (%d%%)%n", phase, done, total, pct);
        }
        err.flush();
    }
}
