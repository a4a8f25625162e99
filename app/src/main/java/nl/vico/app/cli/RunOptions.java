package nl.vico.app.cli;

import java.nio.file.Path;
import nl.vico.app.UserInputException;
import nl.vico.app.output.ReportFormat;
import picocli.CommandLine.Option;

/** Output and run options shared by {@code vico analyze}, {@code assess}, {@code compare} and {@code recommend}. */
final class RunOptions {
    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a readable summary) or json (every value, for other tools). Default: ${DEFAULT-VALUE}.")
    ReportFormat format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "Seed for sampling and community detection (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the findings and recommendations: nl or en (default: nl when the data use the Dutch codes, else en).")
    String lang;

    /** The worker threads asked for, or one per core; exits 2 below one. */
    int threads() {
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1) {
            throw new UserInputException("--threads " + t + " — give 1 or more");
        }
        return t;
    }

    /** The language asked for, or the data's. */
    java.util.Locale locale(boolean dataInDutch) {
        return Lookups.locale(lang, dataInDutch);
    }
}
