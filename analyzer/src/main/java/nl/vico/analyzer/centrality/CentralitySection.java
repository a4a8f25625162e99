package nl.vico.analyzer.centrality;

import nl.vico.analyzer.AnalysisContext;
import nl.vico.analyzer.AnalysisOptions;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.analyzer.report.ReportSection;

/**
 * Per actor: {@code degree}, {@code degree_centrality}, {@code strength}, {@code in_degree},
 * {@code out_degree}, {@code betweenness_raw}, {@code betweenness}, {@code betweenness_weighted},
 * {@code betweenness_directed}, {@code closeness}, {@code closeness_component}, {@code harmonic},
 * {@code pagerank}, {@code pagerank_weighted}, {@code pagerank_directed}, {@code eigenvector}. Per network:
 * {@code degree_centralization}, {@code betweenness_centralization}, {@code closeness_centralization},
 * {@code eigenvector_converged}, and {@code betweenness_sample} and {@code betweenness_sample_error} (half-width
 * at 95 % of every normalised betweenness, {@link AnalysisOptions#samplingError}) when betweenness was
 * estimated from sampled sources.
 */
public final class CentralitySection implements ReportSection {
    /** Confidence of the reported {@code betweenness_sample_error}. */
    static final double SAMPLE_CONFIDENCE = 0.95;

    /** PageRank (undirected, weighted, directed) and eigenvector centrality of a network. */
    public record Iterative(IterativeScores pagerank, IterativeScores pagerankWeighted,
                            IterativeScores pagerankDirected, IterativeScores eigenvector) {
    }

    /** The iterative scores of the context's network, computed once per context. */
    public static Iterative iterativeScores(AnalysisContext context) {
        return context.shared(Iterative.class, c -> {
            var graph = c.graph();
            var pagerank = new PageRankAnalysis(PageRankAnalysis.View.UNDIRECTED).scores(graph);
            return new Iterative(pagerank, new PageRankAnalysis(PageRankAnalysis.View.WEIGHTED).scores(graph),
                    graph.hasDirectedTies() ? new PageRankAnalysis(PageRankAnalysis.View.DIRECTED).scores(graph) : pagerank,
                    new EigenvectorAnalysis().scores(graph));
        });
    }

    @Override
    public void addTo(AnalysisContext context, AnalysisReport.Builder report) {
        var graph = context.graph();
        var network = context.network();
        int n = graph.vertexCount();
        var betweenness = Betweenness.of(context);
        var weighted = Betweenness.weightedOf(context);
        var directed = Betweenness.directedOf(context);
        var distances = Distances.of(context);
        var iterative = iterativeScores(context);
        var pagerank = iterative.pagerank();
        var pagerankWeighted = iterative.pagerankWeighted();
        var pagerankDirected = iterative.pagerankDirected();
        var eigenvector = iterative.eigenvector();
        double[] w = graph.weights();
        int[] off = graph.offsets();
        int[] degree = new int[n];
        for (int v = 0; v < n; v++) {
            String id = network.actor(v).id();
            degree[v] = graph.degree(v);
            double strength = 0;
            for (int i = off[v]; i < off[v + 1]; i++) {
                strength += w[i];
            }
            report.actor(id, "degree", degree[v]);
            report.actor(id, "degree_centrality", n < 2 ? null : degree[v] / (n - 1.0));
            report.actor(id, "strength", strength);
            report.actor(id, "in_degree", graph.inDegree(v));
            report.actor(id, "out_degree", graph.outDegree(v));
            report.actor(id, "betweenness_raw", betweenness.raw(v));
            report.actor(id, "betweenness", betweenness.normalised(v));
            report.actor(id, "betweenness_weighted", weighted.normalised(v));
            report.actor(id, "betweenness_directed", directed.normalised(v));
            report.actor(id, "closeness", distances.closeness(v));
            report.actor(id, "closeness_component", distances.closenessComponent(v));
            report.actor(id, "harmonic", distances.harmonic(v));
            report.actor(id, "pagerank", pagerank.of(v));
            report.actor(id, "pagerank_weighted", pagerankWeighted.of(v));
            report.actor(id, "pagerank_directed", pagerankDirected.of(v));
            report.actor(id, "eigenvector", eigenvector.of(v));
        }
        report.network("degree_centralization", Centralization.degree(degree));
        report.network("betweenness_centralization", Centralization.betweenness(betweenness.raw()));
        report.network("closeness_centralization", Centralization.closeness(distances));
        report.network("eigenvector_converged", eigenvector.converged());
        if (!distances.exact()) {
            report.network("distances_sample", distances.sample());
        }
        if (!betweenness.exact()) {
            report.network("betweenness_sample", betweenness.sources());
            report.network("betweenness_sample_error",
                    AnalysisOptions.samplingError(n, betweenness.sources(), SAMPLE_CONFIDENCE));
        }
    }
}
