package nl.vico.viz.export;

import java.io.IOException;
import java.io.Writer;

/**
 * A minimal, deterministic XML writer: two-space indentation, attributes in the order given, and text
 * escaped so that any Java string yields well-formed XML 1.0 (characters XML 1.0 forbids, such as most
 * control characters and unpaired surrogates, become U+FFFD).
 */
final class Xml {
    private final Writer out;
    private int depth;

    Xml(Writer out) throws IOException {
        this.out = out;
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    /** Opens an element; {@code attributes} are name, value pairs; a {@code null} value leaves the attribute out. */
    Xml open(String name, String... attributes) throws IOException {
        tag(name, attributes, false);
        depth++;
        return this;
    }

    /** Writes an element without content. */
    Xml empty(String name, String... attributes) throws IOException {
        tag(name, attributes, true);
        return this;
    }

    /** Writes an element holding only text. */
    Xml text(String name, String text, String... attributes) throws IOException {
        indent();
        out.write('<');
        out.write(name);
        attributes(attributes);
        out.write('>');
        out.write(escape(text, false));
        out.write("</");
        out.write(name);
        out.write(">\n");
        return this;
    }

    Xml close(String name) throws IOException {
        depth--;
        indent();
        out.write("</");
        out.write(name);
        out.write(">\n");
        return this;
    }

    private void tag(String name, String[] attributes, boolean empty) throws IOException {
        indent();
        out.write('<');
        out.write(name);
        attributes(attributes);
        out.write(empty ? "/>\n" : ">\n");
    }

    private void attributes(String[] attributes) throws IOException {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] == null) {
                continue;
            }
            out.write(' ');
            out.write(attributes[i]);
            out.write("=\"");
            out.write(escape(attributes[i + 1], true));
            out.write('"');
        }
    }

    private void indent() throws IOException {
        for (int i = 0; i < depth; i++) {
            out.write("  ");
        }
    }

    /** Escapes markup; in attributes also tab and line breaks, so they survive attribute normalisation. */
    static String escape(String s, boolean attribute) {
        return nl.vico.viz.Markup.escape(s, attribute);
    }
}
