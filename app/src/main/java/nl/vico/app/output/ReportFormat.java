package nl.vico.app.output;

/** How {@code vico analyze} prints its report. */
public enum ReportFormat {
    /** A readable summary for a strategist. */
    TEXT,
    /** Every value, as the JSON document of the contract. */
    JSON
}
