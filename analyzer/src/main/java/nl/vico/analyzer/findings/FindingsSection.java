package nl.vico.analyzer.findings;

import java.util.ArrayList;
import nl.vico.analyzer.AnalysisContext;
import nl.vico.analyzer.Finding;
import nl.vico.analyzer.centrality.Betweenness;
import nl.vico.analyzer.community.Communities;
import nl.vico.analyzer.diversity.DiversitySection;
import nl.vico.analyzer.holes.GroupHolesSection;
import nl.vico.analyzer.power.PowerSection;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.analyzer.report.ReportSection;

/**
 * The network-level findings ({@link NetworkFindings}) with the thresholds of the context's
 * {@link Policy}: POWER_CONCENTRATION, SINGLE_POINT_OF_FAILURE, STRUCTURAL_HOLE, RESIDENTS_AT_PERIPHERY and
 * LOW_DIVERSITY, in that order. Reuses the measures the other sections computed on the same context.
 */
public final class FindingsSection implements ReportSection {
    @Override
    public void addTo(AnalysisContext context, AnalysisReport.Builder report) {
        var network = context.network();
        if (network.size() == 0) {
            return;
        }
        var policy = context.policy();
        double[] betweenness = Betweenness.of(context).raw();
        var decile = DiversitySection.centralDecile(context);
        var findings = new ArrayList<Finding>();
        findings.addAll(NetworkFindings.powerConcentration(network, betweenness, PowerSection.gatekeeping(context), policy));
        findings.addAll(NetworkFindings.singlePointsOfFailure(network, PowerSection.cutVertices(context), policy));
        findings.addAll(NetworkFindings.structuralHoles(network, context.graph(), GroupHolesSection.betweenTypes(context),
                GroupHolesSection.betweenCommunities(context), Communities.of(context), policy));
        findings.addAll(NetworkFindings.residentsAtPeriphery(network, context.graph(), betweenness, decile, policy));
        findings.addAll(NetworkFindings.lowDiversity(network, DiversitySection.diversity(context), decile, betweenness,
                policy));
        findings.forEach(report::finding);
    }
}
