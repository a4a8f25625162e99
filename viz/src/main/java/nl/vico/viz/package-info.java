/**
 * Pictures, exports and reports of a stakeholder network and its analysis (issue 5): what crosses from
 * {@code nl.vico.model} and the analyzer's {@code AnalysisReport} into files people open. Shared here: the
 * colours of actor types and tie kinds ({@link nl.vico.viz.TypePalette}), residents' pseudonyms
 * ({@link nl.vico.viz.DisplayNames}) and per-actor numbers from the report ({@link nl.vico.viz.ActorMetric}).
 * Subpackages: {@code export} (GEXF, GraphML, DOT, CSV), {@code render} (PNG and SVG network maps),
 * {@code report} (the self-contained HTML report).
 */
package nl.vico.viz;
