package nl.vico.app.cli;

import java.io.PrintWriter;
import nl.vico.importer.ImportListener;

/** Prints an import's progress to stderr, at most twice a second, and only once the import takes a while. */
final class ProgressPrinter implements ImportListener {
    private static final long QUIET_NANOS = 1_000_000_000L;
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
        if (now - start < QUIET_NANOS || (now - last < INTERVAL_NANOS && done < total)) {
            return;
        }
        last = now;
        int pct = total == 0 ? 100 : (int) (100 * done / total);
        err.printf("vico: importing %s: %,d of %,d (%d%%)%n", phase, done, total, pct);
        err.flush();
    }
}
