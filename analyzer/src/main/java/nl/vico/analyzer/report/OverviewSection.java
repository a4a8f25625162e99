package nl.vico.analyzer.report;

import nl.vico.analyzer.AnalysisContext;

/**
 * The size of the network and how its ties were read: {@code n_actors}, {@code n_tie_rows},
 * {@code n_edges_undirected}, {@code n_arcs_directed}, {@code density}, {@code has_directed_ties},
 * {@code weighted}, {@code self_loops_dropped}, {@code parallel_ties_collapsed}. O(ties).
 */
public final class OverviewSection implements ReportSection {
    @Override
    public void addTo(AnalysisContext context, AnalysisReport.Builder report) {
        var graph = context.graph();
        var network = context.network();
        int n = graph.vertexCount();
        boolean weighted = false;
        for (int i = 0; i < network.tieCount() && !weighted; i++) {
            weighted = network.tieWeight(i) != 1.0;
        }
        report.network("n_actors", n);
        report.network("n_tie_rows", network.tieCount());
        report.network("n_edges_undirected", graph.edgeCount());
        report.network("n_arcs_directed", graph.arcCount());
        report.network("density", n < 2 ? null : 2.0 * graph.edgeCount() / ((double) n * (n - 1)));
        report.network("has_directed_ties", graph.hasDirectedTies());
        report.network("weighted", weighted);
        report.network("self_loops_dropped", graph.selfLoopsDropped());
        report.network("parallel_ties_collapsed", graph.parallelTiesCollapsed());
    }
}
