package nl.vico.importer.csv;

/**
 * One value of a CSV row, as written (quotes removed, doubled quotes undone, line breaks inside a
 * quoted value read as {@code \n}).
 *
 * @param value  the text, never null, not trimmed
 * @param line   the physical line (1-based) on which the value starts
 * @param quoted whether the value was written in quotes
 */
public record CsvField(String value, int line, boolean quoted) {
    public CsvField {
        if (value == null) {
            throw new IllegalArgumentException("a CSV field has a value, empty when nothing was written");
        }
    }
}
