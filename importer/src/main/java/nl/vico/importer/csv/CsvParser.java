package nl.vico.importer.csv;

import java.util.ArrayList;
import java.util.List;

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
 * <p>Cost: one pass over the text, O(length).
 */
public final class CsvParser {
    private final String text;
    private int pos;
    private int line = 1;
    private final List<CsvRow> rows = new ArrayList<>();
    private final List<CsvError> errors = new ArrayList<>();

    private CsvParser(String text) {
        this.text = text;
    }

    /** Parses already decoded text (see {@link Utf8Text}); a leading byte order mark must have been removed. */
    public static CsvDocument parse(String text) {
        CsvParser parser = new CsvParser(text);
        parser.run();
        return new CsvDocument(parser.rows, parser.errors);
    }

    private void run() {
        while (pos < text.length()) {
            int rowLine = line;
            List<CsvField> fields = new ArrayList<>();
            boolean more = true;
            while (more) {
                fields.add(readField(fields.size() + 1));
                if (pos < text.length() && text.charAt(pos) == ',') {
                    pos++;
                } else {
                    endOfLine();
                    more = false;
                }
            }
            rows.add(new CsvRow(rowLine, fields));
        }
    }

    private CsvField readField(int column) {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '"') {
            return readQuoted(column);
        }
        pos = start;
        int fieldLine = line;
        while (pos < text.length() && !isDelimiter(text.charAt(pos))) {
            pos++;
        }
        return new CsvField(text.substring(start, pos), fieldLine, false);
    }

    private CsvField readQuoted(int column) {
        int fieldLine = line;
        pos++; // opening quote
        StringBuilder value = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                errors.add(new CsvError(fieldLine, column, "the quoted value that starts here is never closed",
                        "add the closing quote (\"), and write a quote inside a quoted value as two (\"\")"));
                return new CsvField(value.toString(), fieldLine, true);
            }
            char c = text.charAt(pos);
            if (c == '"') {
                if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                    value.append('"');
                    pos += 2;
                    continue;
                }
                pos++;
                break;
            }
            if (c == '\r' || c == '\n') {
                pos += c == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n' ? 2 : 1;
                line++;
                value.append('\n');
                continue;
            }
            value.append(c);
            pos++;
        }
        int after = pos;
        while (pos < text.length() && !isDelimiter(text.charAt(pos))) {
            pos++;
        }
        if (!text.substring(after, pos).isBlank()) {
            errors.add(new CsvError(line, column, "text follows the closing quote of a quoted value",
                    "put the whole value inside the quotes, and write a quote inside it as two (\"\")"));
        }
        return new CsvField(value.toString(), fieldLine, true);
    }

    private void endOfLine() {
        if (pos >= text.length()) {
            return;
        }
        char c = text.charAt(pos);
        if (c == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
            pos += 2;
        } else {
            pos++;
        }
        line++;
    }

    private static boolean isDelimiter(char c) {
        return c == ',' || c == '\n' || c == '\r';
    }
}
