package nl.vico.analyzer.report;

import nl.vico.analyzer.AnalysisContext;

/**
 * One part of {@code vico analyze}: runs its analyses on the context (reusing what other sections
 * already computed there) and writes its keys and findings into the report.
 */
public interface ReportSection {
    void addTo(AnalysisContext context, AnalysisReport.Builder report);
}
