package nl.vico.viz;

/** Escaping of text for XML, SVG and HTML: one place, so every format treats odd characters alike. */
public final class Markup {
    private Markup() {
    }

    /**
     * Escapes {@code & < > "} and a carriage return, so the text is safe in element content and in
     * double-quoted attribute values; characters XML 1.0 forbids (most control characters, unpaired
     * surrogates, U+FFFE and U+FFFF) become U+FFFD. With {@code attributeWhitespace}, tab and line feed
     * are written as character references too, so that they survive attribute-value normalisation.
     */
    public static String escape(String s, boolean attributeWhitespace) {
        var b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\r' -> b.append("&#13;");
                case '\t' -> b.append(attributeWhitespace ? "&#9;" : "\t");
                case '\n' -> b.append(attributeWhitespace ? "&#10;" : "\n");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c >= 0xFFFE) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** {@link #escape(String, boolean)} keeping tabs and line breaks as they are. */
    public static String escape(String s) {
        return escape(s, false);
    }
}
