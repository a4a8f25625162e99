package nl.vico.viz.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import nl.vico.model.Tie;
import nl.vico.viz.TypePalette;

/**
 * Writes GraphML (<a href="http://graphml.graphdrawing.org/">graphml.graphdrawing.org</a>) with typed
 * {@code key} declarations ({@code attr.name}, {@code attr.type}) as yEd, igraph, NetworkX and Cytoscape
 * read them. Nodes: {@code label} (the display name), {@code color} ({@code #rrggbb} of the type, for
 * yEd's property mapper) and every column of the {@link ActorTable}. Edges: id {@code e<i>} in tie order,
 * {@code kind}, {@code weight}, {@code directed}, {@code color}.
 *
 * <p>Direction: {@code edgedefault} is {@code directed} when every tie is directed, {@code undirected}
 * otherwise; an edge whose direction differs from the default says so with {@code directed="true"} (or
 * {@code "false"}) unless {@link ExportOptions#directionPerEdge()} is off.
 */
final class GraphmlWriter {
    private GraphmlWriter() {
    }

    static void write(ActorTable table, ExportOptions options, Writer out) throws IOException {
        var network = table.network();
        List<Tie> ties = network.ties();
        boolean allDirected = !ties.isEmpty() && ties.stream().allMatch(Tie::directed);
        var xml = new Xml(out);
        xml.open("graphml", "xmlns", "http://graphml.graphdrawing.org/xmlns",
                "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
                "xsi:schemaLocation", "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        xml.empty("key", "id", "g0", "for", "graph", "attr.name", "name", "attr.type", "string");
        xml.empty("key", "id", "n0", "for", "node", "attr.name", "label", "attr.type", "string");
        xml.empty("key", "id", "n1", "for", "node", "attr.name", "color", "attr.type", "string");
        var columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            xml.empty("key", "id", "n" + (c + 2), "for", "node", "attr.name", columns.get(c).name(),
                    "attr.type", graphmlType(columns.get(c).type()));
        }
        xml.empty("key", "id", "e0", "for", "edge", "attr.name", "kind", "attr.type", "string");
        xml.empty("key", "id", "e1", "for", "edge", "attr.name", "weight", "attr.type", "double");
        xml.empty("key", "id", "e2", "for", "edge", "attr.name", "directed", "attr.type", "boolean");
        xml.empty("key", "id", "e3", "for", "edge", "attr.name", "color", "attr.type", "string");

        xml.open("graph", "id", "G", "edgedefault", allDirected ? "directed" : "undirected");
        xml.text("data", network.name(), "key", "g0");
        for (int i = 0; i < network.size(); i++) {
            var actor = network.actor(i);
            xml.open("node", "id", actor.id());
            xml.text("data", table.label(i), "key", "n0");
            xml.text("data", TypePalette.hex(TypePalette.of(actor.type())), "key", "n1");
            for (int c = 0; c < columns.size(); c++) {
                String text = table.text(i, columns.get(c));
                if (text != null) {
                    xml.text("data", text, "key", "n" + (c + 2));
                }
            }
            xml.close("node");
        }
        for (int e = 0; e < ties.size(); e++) {
            Tie t = ties.get(e);
            String directed = options.directionPerEdge() && t.directed() != allDirected ? Boolean.toString(t.directed()) : null;
            xml.open("edge", "id", "e" + e, "source", t.source(), "target", t.target(), "directed", directed);
            xml.text("data", t.kind().key(), "key", "e0");
            xml.text("data", Double.toString(t.weight()), "key", "e1");
            xml.text("data", Boolean.toString(t.directed()), "key", "e2");
            xml.text("data", TypePalette.hex(TypePalette.of(t.kind())), "key", "e3");
            xml.close("edge");
        }
        xml.close("graph");
        xml.close("graphml");
    }

    private static String graphmlType(ActorTable.ColumnType type) {
        return switch (type) {
            case STRING -> "string";
            case INTEGER -> "int";
            case LONG -> "long";
            case DOUBLE -> "double";
            case BOOLEAN -> "boolean";
        };
    }
}
