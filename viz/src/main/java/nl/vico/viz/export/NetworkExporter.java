package nl.vico.viz.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.model.StakeholderNetwork;
import nl.vico.viz.ActorMetric;
import nl.vico.viz.DisplayNames;

/**
 * Writes a network with its analysis to the formats analysts already use: GEXF for Gephi, GraphML for
 * yEd, igraph and NetworkX, DOT for Graphviz and CSV for spreadsheets (see {@link ExportFormat}).
 *
 * <p>Every format carries each actor's own fields ({@code type, neighbourhood, formal, newcomer}); the
 * graph formats also the extra columns of {@code actors.csv}; all carry every scalar per-actor value of
 * the report (betweenness, constraint, community, …; nested maps flattened to {@code parent_child}).
 * Colours come from {@link nl.vico.viz.TypePalette}. Residents' names are replaced by
 * {@code Resident <id>} unless {@link ExportOptions#pseudonymiseResidents()} is off.
 *
 * <p>The output is deterministic: the same network, report and options give the same characters (no
 * time stamps). Cost: O(actors × columns + ties). Stateless and thread-safe; an empty network gives a valid,
 * empty document. The caller owns the writer (and chooses its encoding: the XML formats declare UTF-8).
 */
public final class NetworkExporter {
    private final ExportOptions options;

    public NetworkExporter(ExportOptions options) {
        this.options = Objects.requireNonNull(options, "options — use ExportOptions.defaults()");
    }

    public NetworkExporter() {
        this(ExportOptions.defaults());
    }

    public ExportOptions options() {
        return options;
    }

    /**
     * Writes the network in the given format. The writer is flushed, not closed.
     *
     * @param report the analysis of the same network; an empty report ({@code AnalysisReport.builder().build()})
     *               exports the actors' own fields only
     */
    public void write(StakeholderNetwork network, AnalysisReport report, ExportFormat format, Writer out)
            throws IOException {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(report, "report — pass AnalysisReport.builder().build() when there is no analysis");
        Objects.requireNonNull(format, "format — one of " + ExportFormat.spellings());
        Objects.requireNonNull(out, "out");
        var table = ActorTable.of(network, report, DisplayNames.of(options.pseudonymiseResidents()));
        switch (format) {
            case GEXF -> GexfWriter.write(table, gephiSizes(network, report), options, out);
            case GRAPHML -> GraphmlWriter.write(table, options, out);
            case DOT -> DotWriter.write(table, out);
            case CSV -> CsvWriter.write(table, out);
        }
        out.flush();
    }

    /** Node sizes for Gephi, 5 to 30, growing with the square root of betweenness (degree without it). */
    private static double[] gephiSizes(StakeholderNetwork network, AnalysisReport report) {
        double[] metric = ActorMetric.of(network, report, ActorMetric.DEFAULT_SIZE_KEY)
                .orElseGet(() -> ActorMetric.degree(network));
        double max = 0;
        for (double m : metric) {
            max = Math.max(max, m);
        }
        double[] sizes = new double[metric.length];
        for (int i = 0; i < sizes.length; i++) {
            double s = max > 0 ? 5 + 25 * Math.sqrt(Math.max(0, metric[i]) / max) : 10;
            sizes[i] = Math.round(s * 100) / 100.0;
        }
        return sizes;
    }
}
