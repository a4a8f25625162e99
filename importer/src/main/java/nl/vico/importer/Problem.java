package nl.vico.importer;

import java.util.Objects;

/**
 * One thing wrong with a dataset, located as precisely as the file allows. Its one-line form is
 * <pre>file:line:column (column name): what is wrong — what to do</pre>
 * for example {@code ties.csv:14:3 (kind): unknown tie kind "colaborates" — write "collaborates", ...};
 * the part in brackets is left out when the problem is not about one column (a missing file, a row with
 * too many values). Lines and columns count from 1; the column is the value's position in its row (as
 * in a spreadsheet), not a character offset. A problem about a whole file points at 1:1.
 *
 * @param file       the file's name within the dataset folder, e.g. {@code ties.csv}
 * @param line       physical line, 1-based (for a value spanning lines, the line it starts on)
 * @param column     the value's column, 1-based
 * @param message    what is wrong
 * @param fix        what to do about it
 * @param columnName the header name of that column, or {@code null} when the problem is not about one column
 */
public record Problem(String file, int line, int column, String message, String fix, String columnName) {
    public Problem {
        Objects.requireNonNull(file, "a problem names its file");
        Objects.requireNonNull(message, "a problem says what is wrong");
        Objects.requireNonNull(fix, "a problem says what to do");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column of a problem count from 1, got " + line + ":" + column);
        }
        columnName = columnName == null || columnName.isBlank() ? null : columnName;
    }

    /** A problem that is not about one column. */
    public Problem(String file, int line, int column, String message, String fix) {
        this(file, line, column, message, fix, null);
    }

    /** {@code file:line:column (column name): what is wrong — what to do}. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + (columnName == null ? "" : " (" + columnName + ")")
                + ": " + message + " — " + fix;
    }
}
