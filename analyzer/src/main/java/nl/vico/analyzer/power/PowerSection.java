package nl.vico.analyzer.power;

import java.util.List;
import nl.vico.analyzer.AnalysisContext;
import nl.vico.analyzer.centrality.Betweenness;
import nl.vico.analyzer.graph.CompactGraph;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.analyzer.report.ReportSection;

/**
 * Power concentration. Per network: {@code gini_betweenness} (raw undirected betweenness),
 * {@code gini_strength} (summed tie weights), {@code gatekeeping_share}, {@code gatekeeping_actor} (id) and
 * {@code gatekeeping_pairs} ({@link GatekeepingAnalysis}), and {@code krackhardt_hierarchy},
 * {@code krackhardt_connectedness}, {@code krackhardt_efficiency}, {@code krackhardt_lubness},
 * {@code krackhardt_actors}, {@code krackhardt_arcs} of the funds/contracts graph ({@link KrackhardtAnalysis}).
 * Per actor: {@code gatekeeping} (its own share of the resident–municipality shortest paths).
 */
public final class PowerSection implements ReportSection {

    /** Gatekeeping between the resident side and the municipality, computed once per context. */
    public static Gatekeeping gatekeeping(AnalysisContext context) {
        return context.shared(Gatekeeping.class, c -> GatekeepingAnalysis.compute(c.network(), c.graph(),
                c.options().threads(), c.options().sourcesFor(c.graph().vertexCount(), c.graph().edgeCount()),
                c.options().seed()));
    }

    /** Krackhardt's measures of the whole network's funds/contracts graph, computed once per context. */
    public static KrackhardtMeasures krackhardt(AnalysisContext context) {
        return context.shared(KrackhardtMeasures.class,
                c -> KrackhardtAnalysis.compute(c.network(), KrackhardtAnalysis.FUNDS_AND_CONTRACTS));
    }

    /** The articulation points with the damage their removal does, computed once per context. */
    public static List<CutVertex> cutVertices(AnalysisContext context) {
        return context.shared(CutVertex.class, c -> CutVertexAnalysis.compute(c.network(), c.graph()));
    }

    /** Summed tie weight of every actor in the undirected view. */
    public static double[] strength(CompactGraph graph) {
        int n = graph.vertexCount();
        int[] off = graph.offsets();
        double[] w = graph.weights();
        double[] s = new double[n];
        for (int v = 0; v < n; v++) {
            for (int k = off[v]; k < off[v + 1]; k++) {
                s[v] += w[k];
            }
        }
        return s;
    }

    @Override
    public void addTo(AnalysisContext context, AnalysisReport.Builder report) {
        var network = context.network();
        var gate = gatekeeping(context);
        for (int v = 0; v < network.size(); v++) {
            report.actor(network.actor(v).id(), "gatekeeping", gate.defined() ? gate.shareOf(v) : null);
        }
        report.network("gini_betweenness", Gini.of(Betweenness.of(context).raw()));
        report.network("gini_strength", Gini.of(strength(context.graph())));
        report.network("gatekeeping_share", gate.share());
        report.network("gatekeeping_actor", gate.actor() >= 0 ? network.actor(gate.actor()).id() : null);
        report.network("gatekeeping_pairs", gate.connectedPairs());
        if (gate.sampledSources() > 0) {
            report.network("gatekeeping_sample", gate.sampledSources());
        }
        var k = krackhardt(context);
        k.asMap().forEach(report::network);
        report.network("krackhardt_actors", k.actors());
        report.network("krackhardt_arcs", k.arcs());
    }
}
