package nl.vico.viz.export;

import java.util.Objects;

/**
 * How {@link NetworkExporter} writes.
 *
 * @param pseudonymiseResidents replace the name of every actor of type {@code resident} (a private person)
 *                              by {@code Resident <id>} in every format (default true)
 * @param gexfVersion           the GEXF version written (default {@link GexfVersion#V1_3})
 * @param directionPerEdge      write each tie's direction on the edge itself, as GEXF ({@code type}) and
 *                              GraphML ({@code directed}) define it (default true). Some readers, NetworkX
 *                              among them, refuse a graph that mixes directed and undirected edges; with
 *                              {@code false} the direction is written only as the edge attribute
 *                              {@code directed} and every edge follows the graph's default direction.
 */
public record ExportOptions(boolean pseudonymiseResidents, GexfVersion gexfVersion, boolean directionPerEdge) {
    public ExportOptions {
        Objects.requireNonNull(gexfVersion, "gexfVersion — use GexfVersion.V1_3 unless a reader needs 1.2draft");
    }

    /** Residents pseudonymised, GEXF 1.3, direction per edge. */
    public static ExportOptions defaults() {
        return new ExportOptions(true, GexfVersion.V1_3, true);
    }

    public ExportOptions withPseudonymiseResidents(boolean value) {
        return new ExportOptions(value, gexfVersion, directionPerEdge);
    }

    public ExportOptions withGexfVersion(GexfVersion value) {
        return new ExportOptions(pseudonymiseResidents, value, directionPerEdge);
    }

    public ExportOptions withDirectionPerEdge(boolean value) {
        return new ExportOptions(pseudonymiseResidents, gexfVersion, value);
    }
}
