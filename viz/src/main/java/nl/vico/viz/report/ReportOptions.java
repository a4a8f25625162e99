package nl.vico.viz.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * How {@link HtmlReport} writes.
 *
 * @param locale                language of the report: Dutch ({@code nl}) or English (anything else). The
 *                              command line picks Dutch when the data set uses the Dutch aliases, unless told
 * @param date                  the date the report names as the date of analysis; {@code null} names none (the
 *                              report never reads the clock, so it is reproducible)
 * @param pseudonymiseResidents show residents as {@code Resident <id>} (default true; residents are private persons)
 * @param seed                  seed of the network pictures' layout
 */
public record ReportOptions(Locale locale, LocalDate date, boolean pseudonymiseResidents, long seed) {
    public ReportOptions {
        locale = Objects.requireNonNullElse(locale, Locale.ENGLISH);
    }

    /** English, no date, residents pseudonymised, seed 42. */
    public static ReportOptions defaults() {
        return new ReportOptions(Locale.ENGLISH, null, true, 42L);
    }

    public ReportOptions withLocale(Locale value) {
        return new ReportOptions(value, date, pseudonymiseResidents, seed);
    }

    public ReportOptions withDate(LocalDate value) {
        return new ReportOptions(locale, value, pseudonymiseResidents, seed);
    }

    public ReportOptions withPseudonymiseResidents(boolean value) {
        return new ReportOptions(locale, date, value, seed);
    }

    public ReportOptions withSeed(long value) {
        return new ReportOptions(locale, date, pseudonymiseResidents, value);
    }
}
