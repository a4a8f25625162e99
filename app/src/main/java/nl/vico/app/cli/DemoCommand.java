package nl.vico.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import nl.vico.analyzer.AnalysisOptions;
import nl.vico.analyzer.NetworkAnalyzer;
import nl.vico.app.ExitCodes;
import nl.vico.app.output.Output;
import nl.vico.app.output.ReportFormat;
import nl.vico.importer.Dataset;
import nl.vico.importer.DatasetReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vico demo}: imports the bundled example into the database and prints its analysis. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Import the bundled example neighbourhood (" + DemoCommand.EXAMPLE + ") into the database",
            "(the embedded one unless --neo4j is given), read it back and print its analysis."})
final class DemoCommand implements Callable<Integer> {
    static final String EXAMPLE = "kanaalwijk";
    private static final List<String> FILES = List.of("actors.csv", "ties.csv", "consortia.csv", "members.csv", "neighbourhoods.csv");

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Mixin
    Neo4jOptions neo4j;

    @Override
    public Integer call() throws IOException {
        Path dir = extractExample();
        try {
            Dataset dataset = DatasetReader.read(dir);
            try (var db = Datasets.connect(neo4j, spec)) {
                var summary = ImportCommand.importInto(db, EXAMPLE, dataset, spec.commandLine().getErr());
                spec.commandLine().getErr().println("vico: " + Workspaces.describe(summary, EXAMPLE, db));
                var loaded = AnalyzeCommand.loadWorkspace(db, EXAMPLE);
                var network = loaded.network();
                var report = new NetworkAnalyzer(AnalysisOptions.defaults()).analyze(network);
                Output.write(report, network, format, Lookups.locale(null, loaded.dutch()), null, spec.commandLine().getOut());
            }
        } finally {
            deleteTree(dir);
        }
        return ExitCodes.OK;
    }

    /** Copies the example bundled in the jar into a temporary folder named after it. */
    private static Path extractExample() throws IOException {
        Path parent = Files.createTempDirectory("vico-demo");
        Path dir = Files.createDirectory(parent.resolve(EXAMPLE));
        for (String f : FILES) {
            try (InputStream in = DemoCommand.class.getResourceAsStream("/examples/" + EXAMPLE + "/" + f)) {
                if (in != null) {
                    Files.copy(in, dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return dir;
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir.getParent())) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is harmless; the OS cleans it
            return;
        }
    }
}
