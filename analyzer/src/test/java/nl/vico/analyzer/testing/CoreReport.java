package nl.vico.analyzer.testing;

import java.util.List;
import nl.vico.analyzer.AnalysisContext;
import nl.vico.analyzer.AnalysisOptions;
import nl.vico.analyzer.centrality.CentralitySection;
import nl.vico.analyzer.cohesion.CohesionSection;
import nl.vico.analyzer.community.CommunitySection;
import nl.vico.analyzer.consortium.ConsortiumCompositionSection;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.analyzer.report.OverviewSection;
import nl.vico.analyzer.report.ReportSection;
import nl.vico.model.StakeholderNetwork;

/** Runs only the core sections (overview, centrality, cohesion, communities, consortium composition). */
public final class CoreReport {
    public static final List<ReportSection> SECTIONS = List.of(new OverviewSection(), new CentralitySection(),
            new CohesionSection(), new CommunitySection(), new ConsortiumCompositionSection());

    private CoreReport() {
    }

    public static AnalysisReport of(StakeholderNetwork network) {
        return of(network, new AnalysisOptions(2, 0, 42L));
    }

    public static AnalysisReport of(StakeholderNetwork network, AnalysisOptions options) {
        var context = new AnalysisContext(network, options);
        var report = AnalysisReport.builder();
        for (ReportSection s : SECTIONS) {
            s.addTo(context, report);
        }
        return report.build();
    }
}
