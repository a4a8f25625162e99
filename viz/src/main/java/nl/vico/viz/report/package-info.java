/**
 * The self-contained HTML report in Dutch or English: {@link nl.vico.viz.report.HtmlReport} with
 * {@link nl.vico.viz.report.ReportOptions}; texts in {@code report*.properties}, print styles in
 * {@code report.css}.
 */
package nl.vico.viz.report;
