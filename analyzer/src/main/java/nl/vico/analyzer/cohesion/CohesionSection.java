package nl.vico.analyzer.cohesion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.vico.analyzer.AnalysisContext;
import nl.vico.analyzer.centrality.Distances;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.analyzer.report.ReportSection;
import nl.vico.model.StakeholderNetwork;

/**
 * Per actor: {@code clustering}, {@code k_core}, {@code articulation_point}. Per network:
 * {@code n_components}, {@code component_sizes} (largest first), {@code isolates},
 * {@code articulation_points}, {@code bridges} (ids sorted), {@code transitivity},
 * {@code average_clustering}, {@code diameter} and {@code average_shortest_path_length} (within the largest
 * component; the first of equally large ones), {@code degree_assortativity}.
 */
public final class CohesionSection implements ReportSection {
    @Override
    public void addTo(AnalysisContext context, AnalysisReport.Builder report) {
        var graph = context.graph();
        var network = context.network();
        int n = graph.vertexCount();
        var components = Components.of(context);
        var cuts = CutStructure.of(context);
        var clustering = ClusteringProfile.of(context);
        int[] cores = new CoreAnalysis().coreNumbers(graph);
        var isolates = new ArrayList<String>();
        var articulation = new ArrayList<String>();
        for (int v = 0; v < n; v++) {
            String id = network.actor(v).id();
            report.actor(id, "clustering", clustering.local(v));
            report.actor(id, "k_core", cores[v]);
            report.actor(id, "articulation_point", cuts.isArticulationPoint(v));
            if (graph.degree(v) == 0) {
                isolates.add(id);
            }
            if (cuts.isArticulationPoint(v)) {
                articulation.add(id);
            }
        }
        isolates.sort(Comparator.naturalOrder());
        articulation.sort(Comparator.naturalOrder());
        var sizes = new ArrayList<Integer>();
        for (int s : components.sizes()) {
            sizes.add(s);
        }
        sizes.sort(Comparator.reverseOrder());
        report.network("n_components", components.count());
        report.network("component_sizes", List.copyOf(sizes));
        report.network("isolates", List.copyOf(isolates));
        report.network("articulation_points", List.copyOf(articulation));
        report.network("bridges", bridgeIds(network, cuts));
        report.network("transitivity", clustering.transitivity());
        report.network("average_clustering", clustering.average());
        var lengths = PathLengths.ofLargestComponent(components, Distances.of(context));
        report.network("diameter", lengths.diameter());
        report.network("average_shortest_path_length", lengths.averageLength());
        report.network("degree_assortativity", AssortativityAnalysis.degree(graph));
    }

    /** Bridges as pairs of ids, each pair sorted, the list sorted. */
    static List<List<String>> bridgeIds(StakeholderNetwork network, CutStructure cuts) {
        var pairs = new ArrayList<List<String>>();
        for (int[] b : cuts.bridges()) {
            String x = network.actor(b[0]).id();
            String y = network.actor(b[1]).id();
            pairs.add(x.compareTo(y) <= 0 ? List.of(x, y) : List.of(y, x));
        }
        pairs.sort(Comparator.<List<String>, String>comparing(p -> p.get(0)).thenComparing(p -> p.get(1)));
        return List.copyOf(pairs);
    }
}
