package nl.vico.importer.csv;

import java.nio.charset.StandardCharsets;

/**
 * Reads comma-separated text as RFC 4180 describes it: records end at CRLF, LF (or a lone CR); a value
 * in double quotes may hold commas, line breaks and doubled quotes ({@code ""} for one {@code "}).
 * Beyond the RFC it accepts spaces before an opening or after a closing quote, and a quote inside an
 * unquoted value, which it keeps as written.
 *
 * <p>Each record knows the physical line it starts on and each value its own line, so that problems can
 * point at {@code file:line:column}, where the column is the value's position in the record (1-based).
 * Line breaks inside quoted values are returned as {@code \n} whatever the file used.
 *
 * <p>Cost: one pass over the text, O(length). For many records, {@link CsvTable} keeps them compact.
 */
public final class CsvParser {
    private CsvParser() {
    }

    /**
     * Parses already decoded text (see {@link Utf8Text}); a leading byte order mark must have been removed.
     * Reads the text's UTF-8 encoding with {@link CsvTable}, the reader the dataset reader uses on a
     * file's bytes, and returns its records as objects.
     */
    public static CsvDocument parse(String text) {
        return CsvTable.parse(text.getBytes(StandardCharsets.UTF_8), 0).toDocument();
    }
}
