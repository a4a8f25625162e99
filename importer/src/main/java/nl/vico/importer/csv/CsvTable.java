package nl.vico.importer.csv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The records of a CSV file read straight from its UTF-8 bytes, as {@link CsvParser} describes the
 * syntax, kept compact: per record its line and first value, per value the byte range it was written
 * in (quoted values, the only ones that need unescaping, are kept as strings). Nothing is decoded until
 * asked for, so a reader can look at a value's bytes ({@link #start}, {@link #end}) without making a
 * string of it. Blank records are kept, as {@link CsvParser} keeps them.
 *
 * <p>The bytes must be UTF-8 (see {@link Utf8Text#check}); delimiters, quotes and line breaks are ASCII,
 * so they never occur inside a multi-byte character. {@link #ascii()} tells whether any byte was not
 * ASCII, in which case the caller has to check the encoding.
 *
 * <p>Cost: one pass over the bytes; 8 bytes per value and 8 per record besides the bytes themselves.
 */
public final class CsvTable {
    private final byte[] data;
    private final int limit;
    private int pos;
    private int line = 1;
    private int nonAscii;

    private int rows;
    private int[] rowLine = new int[64];
    /** Index of the record's first value; {@code rowFirst[rows]} is the number of values. */
    private int[] rowFirst = new int[65];
    private int fields;
    /** Byte range of an unquoted value; for a quoted one, {@code start} is {@code -1 - index into quoted}. */
    private int[] start = new int[256];
    private int[] end = new int[256];
    private final List<String> quoted = new ArrayList<>();
    private final List<CsvError> errors = new ArrayList<>();

    private CsvTable(byte[] data, int offset) {
        this.data = data;
        this.limit = data.length;
        this.pos = offset;
    }

    /** Reads {@code data} from {@code offset} (3 to skip a UTF-8 byte order mark, see {@link Utf8Text#start}). */
    public static CsvTable parse(byte[] data, int offset) {
        CsvTable table = new CsvTable(data, offset);
        table.run();
        return table;
    }

    private void run() {
        while (pos < limit) {
            int rowLineNumber = line;
            int first = fields;
            boolean more = true;
            while (more) {
                readField(fields - first + 1);
                if (pos < limit && data[pos] == ',') {
                    pos++;
                } else {
                    endOfLine();
                    more = false;
                }
            }
            if (rows == rowLine.length) {
                rowLine = Arrays.copyOf(rowLine, rows * 2);
                rowFirst = Arrays.copyOf(rowFirst, rows * 2 + 1);
            }
            rowLine[rows] = rowLineNumber;
            rowFirst[rows] = first;
            rows++;
        }
        rowFirst[rows] = fields;
    }

    private void addField(int s, int e) {
        if (fields == start.length) {
            start = Arrays.copyOf(start, fields * 2);
            end = Arrays.copyOf(end, fields * 2);
        }
        start[fields] = s;
        end[fields++] = e;
    }

    private void readField(int column) {
        int s = pos;
        byte[] d = data;
        int p = pos;
        while (p < limit && d[p] == ' ') {
            p++;
        }
        if (p < limit && d[p] == '"') {
            pos = p;
            readQuoted(column);
            return;
        }
        p = s;
        int bits = 0;
        while (p < limit) {
            byte b = d[p];
            if (b == ',' || b == '\n' || b == '\r') {
                break;
            }
            bits |= b;
            p++;
        }
        nonAscii |= bits;
        pos = p;
        addField(s, p);
    }

    private void readQuoted(int column) {
        int fieldLine = line;
        pos++; // opening quote
        byte[] value = new byte[16];
        int len = 0;
        while (true) {
            if (pos >= limit) {
                errors.add(new CsvError(fieldLine, column, "the quoted value that starts here is never closed",
                        "add the closing quote (\"), and write a quote inside a quoted value as two (\"\")"));
                addQuoted(value, len);
                return;
            }
            byte c = data[pos];
            if (c == '"') {
                if (pos + 1 < limit && data[pos + 1] == '"') {
                    value = put(value, len++, (byte) '"');
                    pos += 2;
                    continue;
                }
                pos++;
                break;
            }
            if (c == '\r' || c == '\n') {
                pos += c == '\r' && pos + 1 < limit && data[pos + 1] == '\n' ? 2 : 1;
                line++;
                value = put(value, len++, (byte) '\n');
                continue;
            }
            nonAscii |= c;
            value = put(value, len++, c);
            pos++;
        }
        int after = pos;
        while (pos < limit && !isDelimiter(data[pos])) {
            nonAscii |= data[pos];
            pos++;
        }
        if (!blankBytes(after, pos)) {
            errors.add(new CsvError(line, column, "text follows the closing quote of a quoted value",
                    "put the whole value inside the quotes, and write a quote inside it as two (\"\")"));
        }
        addQuoted(value, len);
    }

    private static byte[] put(byte[] buffer, int at, byte b) {
        byte[] out = at == buffer.length ? Arrays.copyOf(buffer, buffer.length * 2) : buffer;
        out[at] = b;
        return out;
    }

    private void addQuoted(byte[] value, int len) {
        quoted.add(new String(value, 0, len, StandardCharsets.UTF_8));
        addField(-1 - (quoted.size() - 1), 0);
    }

    private void endOfLine() {
        if (pos >= limit) {
            return;
        }
        byte c = data[pos];
        if (c == '\r' && pos + 1 < limit && data[pos + 1] == '\n') {
            pos += 2;
        } else {
            pos++;
        }
        line++;
    }

    private static boolean isDelimiter(byte c) {
        return c == ',' || c == '\n' || c == '\r';
    }

    /** Whether the bytes are blank as {@link String#isBlank()} sees them. */
    private boolean blankBytes(int s, int e) {
        for (int i = s; i < e; i++) {
            byte b = data[i];
            if (b < 0) {
                return new String(data, s, e - s, StandardCharsets.UTF_8).isBlank();
            }
            if (!isAsciiWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    /** {@link Character#isWhitespace} for the ASCII range. */
    public static boolean isAsciiWhitespace(int b) {
        return b == ' ' || (b >= 9 && b <= 13) || (b >= 28 && b <= 31);
    }

    // ---- reading the result ------------------------------------------------------------------------

    /** The bytes the table was read from; value ranges index into them. Do not modify. */
    public byte[] bytes() {
        return data;
    }

    /** Whether every byte of every value was ASCII (then the file is UTF-8 whatever else it holds). */
    public boolean ascii() {
        return nonAscii >= 0;
    }

    /** The syntax errors met, in the order met. */
    public List<CsvError> errors() {
        return List.copyOf(errors);
    }

    /** Number of records, blank ones included. */
    public int rows() {
        return rows;
    }

    /** The physical line (1-based) on which record {@code row} starts. */
    public int line(int row) {
        return rowLine[row];
    }

    /** Number of values of record {@code row}. */
    public int size(int row) {
        return rowFirst[row + 1] - rowFirst[row];
    }

    /** The index of record {@code row}'s first value in {@link #starts()} and {@link #ends()}. */
    public int first(int row) {
        return rowFirst[row];
    }

    /**
     * Per value, where it starts in {@link #bytes()}, or a negative number for a quoted value; a value
     * is at {@link #first}{@code (row) + i}. The table's own array, for loops over many values: do not modify.
     */
    public int[] starts() {
        return start;
    }

    /** Per value, where an unquoted value ends (exclusive) in {@link #bytes()}; the table's own array, do not modify. */
    public int[] ends() {
        return end;
    }

    /** Where value {@code i} of record {@code row} starts in {@link #bytes()}, or -1 for a quoted value. */
    public int start(int row, int i) {
        int s = start[rowFirst[row] + i];
        return s < 0 ? -1 : s;
    }

    /** Where value {@code i} of record {@code row} ends (exclusive) in {@link #bytes()}; for an unquoted value. */
    public int end(int row, int i) {
        return end[rowFirst[row] + i];
    }

    /** Value {@code i} of record {@code row} as written (quotes removed, not trimmed). */
    public String value(int row, int i) {
        int f = rowFirst[row] + i;
        int s = start[f];
        return s < 0 ? quoted.get(-1 - s) : new String(data, s, end[f] - s, StandardCharsets.UTF_8);
    }

    /** Whether value {@code i} of record {@code row} was written in quotes. */
    public boolean quoted(int row, int i) {
        return start[rowFirst[row] + i] < 0;
    }

    /** The physical line on which value {@code i} of record {@code row} starts. */
    public int line(int row, int i) {
        int first = rowFirst[row];
        int l = rowLine[row];
        for (int f = first; f < first + i; f++) {
            if (start[f] < 0) {
                String q = quoted.get(-1 - start[f]);
                for (int k = 0; k < q.length(); k++) {
                    if (q.charAt(k) == '\n') {
                        l++;
                    }
                }
            }
        }
        return l;
    }

    /** Whether value {@code i} of record {@code row} is empty or blank. */
    public boolean isBlank(int row, int i) {
        int f = rowFirst[row] + i;
        int s = start[f];
        return s < 0 ? quoted.get(-1 - s).isBlank() : blankBytes(s, end[f]);
    }

    /** True when every value of the record is empty or blank: a line with nothing on it, or only separators. */
    public boolean isBlank(int row) {
        for (int i = 0; i < size(row); i++) {
            if (!isBlank(row, i)) {
                return false;
            }
        }
        return true;
    }

    /** The same records as {@link CsvParser}'s objects. */
    public CsvDocument toDocument() {
        List<CsvRow> out = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            List<CsvField> values = new ArrayList<>(size(r));
            for (int i = 0; i < size(r); i++) {
                values.add(new CsvField(value(r, i), line(r, i), quoted(r, i)));
            }
            out.add(new CsvRow(line(r), values));
        }
        return new CsvDocument(out, errors);
    }
}
