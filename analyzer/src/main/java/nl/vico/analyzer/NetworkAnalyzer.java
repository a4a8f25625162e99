package nl.vico.analyzer;

import java.util.List;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.analyzer.report.ReportSection;
import nl.vico.model.StakeholderNetwork;

/**
 * Runs every section of {@code vico analyze} over a network and assembles the report. Stateless and
 * thread-safe; an empty network gives an empty report, never an exception.
 */
public final class NetworkAnalyzer implements NetworkAnalysis<AnalysisReport> {
    private final AnalysisOptions options;
    private final List<ReportSection> sections;

    public NetworkAnalyzer(AnalysisOptions options) {
        this.options = options;
        this.sections = List.of(
                // sections are added here in the order their keys appear in the report
        );
    }

    public NetworkAnalyzer() {
        this(AnalysisOptions.defaults());
    }

    @Override
    public AnalysisReport analyze(StakeholderNetwork network) {
        var context = new AnalysisContext(network, options);
        var report = AnalysisReport.builder();
        for (var a : network.actors()) {
            report.actor(a.id(), "name", a.name());
            report.actor(a.id(), "type", a.type().key());
        }
        for (ReportSection s : sections) {
            s.addTo(context, report);
        }
        return report.build();
    }
}
