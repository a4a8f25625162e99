package nl.vico.app.cli;

import java.nio.file.Path;
import nl.vico.app.output.ReportFormat;
import picocli.CommandLine.Option;

/** Output and run options shared by {@code vico assess}, {@code compare} and {@code recommend}. */
final class RunOptions {
    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (readable) or json (every value). Default: ${DEFAULT-VALUE}.")
    ReportFormat format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "Seed for community detection (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the findings and recommendations: nl or en (default: nl when the data use the Dutch codes, else en).")
    String lang;

    /** The language asked for, or the data's. */
    java.util.Locale locale(boolean dataInDutch) {
        return Lookups.locale(lang, dataInDutch);
    }
}
