package nl.vico.analyzer.community;

import java.util.ArrayList;
import java.util.List;
import nl.vico.analyzer.AnalysisContext;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.analyzer.report.ReportSection;

/**
 * Per actor: {@code community}. Per network: {@code n_communities}, {@code community_sizes} (by community
 * id), {@code modularity} (null without ties). Uses the shared {@link Communities#of} partition.
 */
public final class CommunitySection implements ReportSection {
    @Override
    public void addTo(AnalysisContext context, AnalysisReport.Builder report) {
        var partition = Communities.of(context);
        var network = context.network();
        for (int v = 0; v < network.size(); v++) {
            report.actor(network.actor(v).id(), "community", partition.of(v));
        }
        var sizes = new ArrayList<Integer>();
        for (int s : partition.sizes()) {
            sizes.add(s);
        }
        report.network("n_communities", partition.count());
        report.network("community_sizes", List.copyOf(sizes));
        report.network("modularity", partition.modularity());
    }
}
