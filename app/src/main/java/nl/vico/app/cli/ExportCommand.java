package nl.vico.app.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.vico.analyzer.AnalysisOptions;
import nl.vico.analyzer.NetworkAnalyzer;
import nl.vico.app.ExitCodes;
import nl.vico.app.UserInputException;
import nl.vico.app.output.Output;
import nl.vico.viz.export.ExportFormat;
import nl.vico.viz.export.ExportOptions;
import nl.vico.viz.export.GexfVersion;
import nl.vico.viz.export.NetworkExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vico export}: the network with every attribute and computed metric, for Gephi, yEd, igraph, NetworkX. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the network with every actor attribute and every computed metric:",
            "gexf (Gephi), graphml (yEd, igraph, NetworkX), dot (Graphviz), csv (metrics per actor) or json (the analysis)."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    NetworkSource source;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "gexf, graphml, dot, csv or json (default: from the file name's extension).")
    String format;

    @Option(names = "--gexf-version", paramLabel = "V", defaultValue = "1.3",
            description = "1.3 (Gephi 0.9.3 and later; the default) or 1.2 (for readers such as NetworkX that know no later version).")
    String gexfVersion;

    @Option(names = "--direction-as-attribute",
            description = "Write one undirected graph with each tie's direction as the edge attribute 'directed', for readers that refuse mixed graphs (NetworkX).")
    boolean directionAsAttribute;

    @Option(names = "--show-resident-names", description = "Export residents' names (private persons: by default 'Resident <id>').")
    boolean showResidentNames;

    @Override
    public Integer call() throws IOException {
        String fileName = out.getFileName() == null ? "" : out.getFileName().toString();
        boolean json = "json".equalsIgnoreCase(format) || (format == null && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".json"));
        ExportFormat fmt = null;
        if (!json) {
            fmt = (format == null ? ExportFormat.ofFileName(fileName) : ExportFormat.parse(format))
                    .orElseThrow(() -> new UserInputException((format == null ? "cannot tell the format from " + fileName : "unknown format " + format)
                            + " — give --format with one of " + ExportFormat.spellings() + ", json"));
        }
        GexfVersion version = switch (gexfVersion.strip()) {
            case "1.3" -> GexfVersion.V1_3;
            case "1.2", "1.2draft" -> GexfVersion.V1_2DRAFT;
            default -> throw new UserInputException("--gexf-version " + gexfVersion + " — give 1.3 or 1.2");
        };
        var network = source.load(spec).network();
        var report = new NetworkAnalyzer(AnalysisOptions.defaults()).analyze(network);
        String text;
        if (json) {
            text = Output.json(report) + System.lineSeparator();
        } else {
            var options = ExportOptions.defaults().withPseudonymiseResidents(!showResidentNames)
                    .withGexfVersion(version).withDirectionPerEdge(!directionAsAttribute);
            var w = new StringWriter();
            new NetworkExporter(options).write(network, report, fmt, w);
            text = w.toString();
        }
        Output.writeAtomically(out, text.getBytes(StandardCharsets.UTF_8));
        spec.commandLine().getErr().println("vico: wrote " + out);
        return ExitCodes.OK;
    }
}
