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
}
