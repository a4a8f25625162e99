package nl.vico.analyzer.brokerage;

import nl.vico.analyzer.AnalysisContext;
import nl.vico.analyzer.community.Communities;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.analyzer.report.ReportSection;

/**
 * Gould–Fernandez brokerage ({@link BrokerageAnalysis}). Per actor: {@code brokerage_by_type} (counts by
 * role and total, groups = actor type), {@code brokerage_by_type_expected} and {@code brokerage_by_type_z}
 * (as R's sna computes them), and {@code brokerage_by_community} (counts, groups = community). Per network:
 * {@code brokerage_by_type_total}, {@code brokerage_by_type_total_expected}, {@code brokerage_by_type_total_z}
 * and {@code brokerage_by_community_total}.
 */
public final class BrokerageSection implements ReportSection {

    /** Brokerage with groups = actor type, computed once per context. */
    public static Brokerage byType(AnalysisContext context) {
        return context.shared(Key.TYPE, c -> BrokerageAnalysis.compute(c.graph(), Groupings.byType(c.network())));
    }

    /** Brokerage with groups = community, computed once per context. */
    public static Brokerage byCommunity(AnalysisContext context) {
        return context.shared(Key.COMMUNITY,
                c -> BrokerageAnalysis.compute(c.graph(), Groupings.byCommunity(Communities.of(c))));
    }

    @Override
    public void addTo(AnalysisContext context, AnalysisReport.Builder report) {
        var byType = byType(context);
        var byCommunity = byCommunity(context);
        var network = context.network();
        for (int v = 0; v < network.size(); v++) {
            String id = network.actor(v).id();
            report.actor(id, "brokerage_by_type", byType.of(v).asMap());
            report.actor(id, "brokerage_by_type_expected", byType.expected(v).asMap());
            report.actor(id, "brokerage_by_type_z", byType.z(v).asMap());
            report.actor(id, "brokerage_by_community", byCommunity.of(v).asMap());
        }
        report.network("brokerage_by_type_total", byType.total().asMap());
        report.network("brokerage_by_type_total_expected", byType.expectedTotal().asMap());
        report.network("brokerage_by_type_total_z", byType.zTotal().asMap());
        report.network("brokerage_by_community_total", byCommunity.total().asMap());
    }

    private enum Key { TYPE, COMMUNITY }
}
