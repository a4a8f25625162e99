package nl.vico.analyzer;

/** How much a finding matters to a decision on the coalition. */
public enum Severity {
    /** Worth knowing; no action needed. */
    INFO,
    /** A weakness to discuss with the parties. */
    WARNING,
    /** A problem that the practice literature says undermines a vital coalition. */
    CRITICAL;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
