package nl.vico.viz.export;

import java.awt.Color;
import java.io.IOException;
import java.io.Writer;
import nl.vico.model.ActorType;
import nl.vico.model.Tie;
import nl.vico.viz.TypePalette;

/**
 * Writes Graphviz DOT: one {@code digraph} whose directed ties have arrows and whose undirected ties carry
 * {@code dir=none}, with only the attributes that mean something when drawn: node {@code label},
 * {@code type}, fill colour of the type, shape (box for formal organisations, ellipse for informal parties,
 * diamond for the broker, as in vico's pictures); edge {@code kind}, colour and dash of the kind and a pen
 * width that grows with the weight. Every id is quoted, so any actor id is a valid DOT id.
 */
final class DotWriter {
    private DotWriter() {
    }

    static void write(ActorTable table, Writer out) throws IOException {
        var network = table.network();
        out.write("digraph " + quote(network.name()) + " {\n");
        out.write("  graph [charset=\"UTF-8\", overlap=false, splines=true];\n");
        out.write("  node [style=filled, fontname=\"Helvetica\", fontsize=10, color=\"#333333\"];\n");
        out.write("  edge [arrowsize=0.6];\n");
        for (int i = 0; i < network.size(); i++) {
            var a = network.actor(i);
            Color fill = TypePalette.of(a.type());
            String shape = a.type() == ActorType.BROKER ? "diamond" : a.formal() ? "box" : "ellipse";
            out.write("  " + quote(a.id()) + " [label=" + quote(table.label(i)) + ", type=" + quote(a.type().key())
                    + ", shape=" + shape + ", fillcolor=" + quote(TypePalette.hex(fill))
                    + ", fontcolor=" + quote(TypePalette.hex(TypePalette.textOn(fill)))
                    + (a.newcomer() ? ", style=\"filled,dashed\"" : "") + "];\n");
        }
        for (Tie t : network.ties()) {
            double pen = Math.min(4.0, 1.0 + Math.log(t.weight()) / Math.log(2) * 0.5);
            out.write("  " + quote(t.source()) + " -> " + quote(t.target()) + " [kind=" + quote(t.kind().key())
                    + ", color=" + quote(TypePalette.hex(TypePalette.of(t.kind())))
                    + (TypePalette.dashed(t.kind()) ? ", style=dashed" : "")
                    + ", penwidth=" + ActorTable.number(Math.max(0.5, Math.round(pen * 10) / 10.0))
                    + (t.directed() ? "" : ", dir=none") + "];\n");
        }
        out.write("}\n");
    }

    /**
     * A DOT double-quoted string: backslash and quote escaped, line breaks and other control characters
     * written as a space (a DOT label would read {@code \n} as a line break).
     */
    static String quote(String s) {
        var b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7F) {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
