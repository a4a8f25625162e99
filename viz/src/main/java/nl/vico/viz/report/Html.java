package nl.vico.viz.report;

/** Builds well-formed HTML (also parseable as XML): escaped text and attributes, every element closed. */
final class Html {
    private final StringBuilder out = new StringBuilder(256 * 1024);

    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Opens an element with name, value attribute pairs. */
    Html open(String name, String... attributes) {
        out.append('<').append(name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
        out.append('>');
        return this;
    }

    Html close(String name) {
        out.append("</").append(name).append(">\n");
        return this;
    }

    /** An element holding escaped text. */
    Html element(String name, String text, String... attributes) {
        open(name, attributes);
        out.append(escape(text));
        out.append("</").append(name).append('>');
        return this;
    }

    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** Escapes markup; characters XML 1.0 forbids become U+FFFD. */
    static String escape(String s) {
        return nl.vico.viz.Markup.escape(s);
    }
}
