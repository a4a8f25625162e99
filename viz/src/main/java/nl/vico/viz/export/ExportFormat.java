package nl.vico.viz.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The file formats {@link NetworkExporter} writes. The JSON of {@code vico analyze} is not here: it is
 * {@code AnalysisReport.toJsonTree()} serialised by the application's JSON library.
 */
public enum ExportFormat {
    /** GEXF, the format of Gephi (1.3 unless {@link ExportOptions#gexfVersion()} says otherwise). */
    GEXF("gexf"),
    /** GraphML, for yEd, igraph, NetworkX, Cytoscape. */
    GRAPHML("graphml"),
    /** Graphviz DOT, for drawing with {@code dot}, {@code neato}, {@code sfdp}. */
    DOT("dot"),
    /** One row per actor with its attributes and scalar metrics, for spreadsheets. */
    CSV("csv");

    private final String key;

    ExportFormat(String key) {
        this.key = key;
    }

    /** The name on the command line, which is also the usual file extension. */
    public String key() {
        return key;
    }

    /** Reads a format name, ignoring case and surrounding blanks. */
    public static Optional<ExportFormat> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String norm = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.key.equals(norm)).findFirst();
    }

    /** The format a file name's extension names, e.g. {@code network.graphml}; also accepts {@code .gv}. */
    public static Optional<ExportFormat> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1);
        return "gv".equalsIgnoreCase(ext) ? Optional.of(DOT) : parse(ext);
    }

    /** The accepted names, for error messages. */
    public static String spellings() {
        return Arrays.stream(values()).map(ExportFormat::key).collect(Collectors.joining(", "));
    }
}
