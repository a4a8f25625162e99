package nl.vico.analyzer.consortium;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.vico.analyzer.AnalysisContext;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.analyzer.report.ReportSection;

/**
 * Per consortium: {@code name}, {@code task}, {@code neighbourhood}, {@code municipality_role} (null when
 * undefined), {@code members} (list of {@code {actor, name, type, role, budget_share}}), {@code n_members},
 * {@code type_counts} and {@code type_shares} (by actor type key, types present only).
 */
public final class ConsortiumCompositionSection implements ReportSection {
    @Override
    public void addTo(AnalysisContext context, AnalysisReport.Builder report) {
        for (var composition : new ConsortiumCompositionAnalysis().analyze(context.network())) {
            var c = composition.consortium();
            report.consortium(c.id(), "name", c.name());
            report.consortium(c.id(), "task", c.task());
            report.consortium(c.id(), "neighbourhood", c.neighbourhood());
            report.consortium(c.id(), "municipality_role", c.municipalityRole() == null ? null : c.municipalityRole().key());
            var members = new ArrayList<Map<String, Object>>();
            for (var m : composition.members()) {
                var entry = new LinkedHashMap<String, Object>();
                entry.put("actor", m.actor());
                entry.put("name", m.name());
                entry.put("type", m.type().key());
                entry.put("role", m.role() == null ? null : m.role().key());
                entry.put("budget_share", m.budgetShare());
                members.add(Collections.unmodifiableMap(entry));
            }
            report.consortium(c.id(), "members", Collections.unmodifiableList(members));
            report.consortium(c.id(), "n_members", composition.size());
            var counts = new LinkedHashMap<String, Object>();
            composition.typeCounts().forEach((t, n) -> counts.put(t.key(), n));
            report.consortium(c.id(), "type_counts", Collections.unmodifiableMap(counts));
            var shares = new LinkedHashMap<String, Object>();
            composition.typeShares().forEach((t, s) -> shares.put(t.key(), s));
            report.consortium(c.id(), "type_shares", Collections.unmodifiableMap(shares));
        }
    }
}
