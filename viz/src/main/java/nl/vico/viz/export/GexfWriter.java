package nl.vico.viz.export;

import java.awt.Color;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import nl.vico.model.Tie;
import nl.vico.viz.TypePalette;

/**
 * Writes GEXF (1.3 or 1.2draft) following the RELAX NG grammar of <a href="https://gexf.net">gexf.net</a>:
 * {@code meta}, then in {@code graph} the node and edge attribute declarations, the nodes, the edges.
 * Nodes carry every column of the {@link ActorTable} as typed attributes, {@code viz:color} of their type
 * ({@link TypePalette}) and {@code viz:size} by betweenness (degree when the report has none). Edges carry
 * a unique id {@code e<i>} in tie order, the weight, the tie kind (as GEXF 1.3's {@code kind} attribute, so
 * Gephi keeps parallel ties of different kinds apart, and as the attribute {@code kind}), the direction
 * and {@code viz:color} of the kind.
 *
 * <p>Direction: GEXF has no "mixed" default ({@code defaultedgetype} is directed, undirected or mutual), so
 * the default is {@code directed} when every tie is directed and {@code undirected} otherwise, and each edge
 * states its own {@code type} — what Gephi itself writes for a mixed graph.
 */
final class GexfWriter {
    private GexfWriter() {
    }

    static void write(ActorTable table, double[] sizes, ExportOptions options, Writer out) throws IOException {
        GexfVersion v = options.gexfVersion();
        var network = table.network();
        List<Tie> ties = network.ties();
        boolean allDirected = !ties.isEmpty() && ties.stream().allMatch(Tie::directed);
        var xml = new Xml(out);
        xml.open("gexf", "xmlns", v.namespace(), "xmlns:viz", v.vizNamespace(),
                "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance", "xsi:schemaLocation", v.schemaLocation(),
                "version", v.version());
        xml.open("meta");
        xml.text("creator", "vico");
        xml.text("description", network.name());
        xml.close("meta");
        xml.open("graph", "mode", "static", "defaultedgetype", allDirected ? "directed" : "undirected");

        xml.open("attributes", "class", "node");
        for (var c : table.columns()) {
            xml.empty("attribute", "id", c.name(), "title", c.name(), "type", gexfType(c.type()));
        }
        xml.close("attributes");
        xml.open("attributes", "class", "edge");
        xml.empty("attribute", "id", "tie_kind", "title", "kind", "type", "string");
        xml.empty("attribute", "id", "tie_directed", "title", "directed", "type", "boolean");
        xml.close("attributes");

        xml.open("nodes", "count", Integer.toString(network.size()));
        for (int i = 0; i < network.size(); i++) {
            var actor = network.actor(i);
            xml.open("node", "id", actor.id(), "label", table.label(i));
            boolean opened = false;
            for (var c : table.columns()) {
                String text = table.text(i, c);
                if (text != null) {
                    if (!opened) {
                        xml.open("attvalues");
                        opened = true;
                    }
                    xml.empty("attvalue", "for", c.name(), "value", text);
                }
            }
            if (opened) {
                xml.close("attvalues");
            }
            color(xml, TypePalette.of(actor.type()));
            xml.empty("viz:size", "value", ActorTable.number(sizes[i]));
            xml.close("node");
        }
        xml.close("nodes");

        xml.open("edges", "count", Integer.toString(ties.size()));
        for (int e = 0; e < ties.size(); e++) {
            Tie t = ties.get(e);
            String type = options.directionPerEdge() ? (t.directed() ? "directed" : "undirected") : null;
            String kind = v == GexfVersion.V1_3 ? t.kind().key() : null;
            xml.open("edge", "id", "e" + e, "source", t.source(), "target", t.target(), "type", type,
                    "kind", kind, "label", t.kind().key(), "weight", Double.toString(t.weight()));
            xml.open("attvalues");
            xml.empty("attvalue", "for", "tie_kind", "value", t.kind().key());
            xml.empty("attvalue", "for", "tie_directed", "value", Boolean.toString(t.directed()));
            xml.close("attvalues");
            color(xml, TypePalette.of(t.kind()));
            xml.close("edge");
        }
        xml.close("edges");
        xml.close("graph");
        xml.close("gexf");
    }

    private static void color(Xml xml, Color c) throws IOException {
        xml.empty("viz:color", "r", Integer.toString(c.getRed()), "g", Integer.toString(c.getGreen()),
                "b", Integer.toString(c.getBlue()));
    }

    static String gexfType(ActorTable.ColumnType type) {
        return switch (type) {
            case STRING -> "string";
            case INTEGER -> "integer";
            case LONG -> "long";
            case DOUBLE -> "double";
            case BOOLEAN -> "boolean";
        };
    }
}
