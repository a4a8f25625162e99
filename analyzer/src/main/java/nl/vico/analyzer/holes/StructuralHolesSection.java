package nl.vico.analyzer.holes;

import nl.vico.analyzer.AnalysisContext;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.analyzer.report.ReportSection;

/**
 * Per actor: {@code constraint}, {@code effective_size}, {@code efficiency}, {@code hierarchy} on binary ties
 * and {@code constraint_weighted}, {@code effective_size_weighted}, {@code efficiency_weighted},
 * {@code hierarchy_weighted} with tie weights read as strengths ({@link StructuralHolesAnalysis}).
 * Isolates get null for all but hierarchy (0 by convention).
 */
public final class StructuralHolesSection implements ReportSection {

    /** The measures of the context's network, computed once per context. */
    public static StructuralHoles of(AnalysisContext context) {
        return context.shared(StructuralHoles.class, c -> StructuralHolesAnalysis.compute(c.graph()));
    }

    @Override
    public void addTo(AnalysisContext context, AnalysisReport.Builder report) {
        var holes = of(context);
        var network = context.network();
        for (int v = 0; v < network.size(); v++) {
            String id = network.actor(v).id();
            write(report, id, "", holes.binary(), v);
            write(report, id, "_weighted", holes.weighted(), v);
        }
    }

    private static void write(AnalysisReport.Builder report, String id, String suffix, BurtMeasures m, int v) {
        report.actor(id, "constraint" + suffix, m.constraint(v));
        report.actor(id, "effective_size" + suffix, m.effectiveSize(v));
        report.actor(id, "efficiency" + suffix, m.efficiency(v));
        report.actor(id, "hierarchy" + suffix, m.hierarchy(v));
    }
}
