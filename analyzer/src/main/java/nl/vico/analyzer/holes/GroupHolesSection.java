package nl.vico.analyzer.holes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import nl.vico.analyzer.AnalysisContext;
import nl.vico.analyzer.brokerage.Groupings;
import nl.vico.analyzer.community.Communities;
import nl.vico.analyzer.findings.Policy;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.analyzer.report.ReportSection;
import nl.vico.model.ActorType;
import nl.vico.model.StakeholderNetwork;

/**
 * Groups: {@code structural_holes_between_types} and {@code structural_holes_between_communities}, each a
 * list of {group_a, group_b, size_a, size_b, ties, density, density_ratio, spanners} (type keys or
 * community numbers; spanners by actor id), emptiest first, with {@code …_total} the number of such pairs
 * before the policy's limit ({@link GroupHolesAnalysis}, thresholds from the context's {@link Policy}).
 */
public final class GroupHolesSection implements ReportSection {

    /** Holes between actor types of the context's network, computed once per context. */
    public static GroupHoles betweenTypes(AnalysisContext context) {
        return context.shared(Key.TYPES, c -> {
            Policy p = c.policy();
            return GroupHolesAnalysis.compute(c.graph(), Groupings.byType(c.network()), ActorType.values().length,
                    p.groupHoleDensityRatio(), p.groupHoleMinSizeCount(), p.groupHolesReportedMaxCount());
        });
    }

    /** Holes between communities of the context's network, computed once per context. */
    public static GroupHoles betweenCommunities(AnalysisContext context) {
        return context.shared(Key.COMMUNITIES, c -> {
            Policy p = c.policy();
            var partition = Communities.of(c);
            return GroupHolesAnalysis.compute(c.graph(), partition.membership(), partition.count(),
                    p.groupHoleDensityRatio(), p.groupHoleMinSizeCount(), p.groupHolesReportedMaxCount());
        });
    }

    @Override
    public void addTo(AnalysisContext context, AnalysisReport.Builder report) {
        var network = context.network();
        var types = betweenTypes(context);
        report.group("structural_holes_between_types", describe(types, network, g -> ActorType.values()[g].key()));
        report.group("structural_holes_between_types_total", types.totalHoles());
        var communities = betweenCommunities(context);
        report.group("structural_holes_between_communities", describe(communities, network, g -> g));
        report.group("structural_holes_between_communities_total", communities.totalHoles());
    }

    private static List<Object> describe(GroupHoles holes, StakeholderNetwork network,
                                         IntFunction<Object> name) {
        var list = new ArrayList<Object>();
        for (GroupHole h : holes.holes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("group_a", name.apply(h.groupA()));
            m.put("group_b", name.apply(h.groupB()));
            m.put("size_a", h.sizeA());
            m.put("size_b", h.sizeB());
            m.put("ties", h.ties());
            m.put("density", h.density());
            m.put("density_ratio", h.densityRatio());
            var spanners = new ArrayList<String>();
            for (int s : h.spanners()) {
                spanners.add(network.actor(s).id());
            }
            m.put("spanners", List.copyOf(spanners));
            list.add(m);
        }
        return List.copyOf(list);
    }

    private enum Key { TYPES, COMMUNITIES }
}
