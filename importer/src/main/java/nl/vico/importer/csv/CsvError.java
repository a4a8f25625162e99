package nl.vico.importer.csv;

/**
 * Something in a file's bytes or syntax that keeps it from being read as CSV.
 *
 * @param line    physical line, 1-based
 * @param column  field number within the record, 1-based
 * @param message what is wrong
 * @param fix     what to do about it
 */
public record CsvError(int line, int column, String message, String fix) {
}
