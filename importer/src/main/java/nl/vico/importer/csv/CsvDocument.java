package nl.vico.importer.csv;

import java.util.List;

/**
 * The records of a CSV text, blank ones included, and the syntax errors met while reading them.
 * Records after an error are still read, so that every problem can be reported at once.
 */
public record CsvDocument(List<CsvRow> rows, List<CsvError> errors) {
    public CsvDocument {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }
}
