/**
 * Exports to the tools analysts already use: {@link nl.vico.viz.export.NetworkExporter} writes GEXF (Gephi),
 * GraphML (yEd, igraph, NetworkX), DOT (Graphviz) and CSV (spreadsheets) with every actor attribute and
 * every scalar metric of the report. The JSON of {@code vico analyze} is {@code AnalysisReport.toJsonTree()}.
 */
package nl.vico.viz.export;
