package nl.vico.importer.csv;

import java.util.List;

/**
 * One record of a CSV file.
 *
 * @param line   the physical line (1-based) on which the record starts
 * @param fields its values in order; field {@code i} is in column {@code i + 1}
 */
public record CsvRow(int line, List<CsvField> fields) {
    public CsvRow {
        fields = List.copyOf(fields);
    }

    /** True when every value is empty or blank: a line with nothing on it, or only separators. */
    public boolean isBlank() {
        return fields.stream().allMatch(f -> f.value().isBlank());
    }

    public int size() {
        return fields.size();
    }
}
