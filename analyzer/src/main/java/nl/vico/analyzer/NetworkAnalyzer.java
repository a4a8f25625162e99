package nl.vico.analyzer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.vico.analyzer.centrality.CentralitySection;
import nl.vico.analyzer.cohesion.CohesionSection;
import nl.vico.analyzer.community.CommunitySection;
import nl.vico.analyzer.consortium.ConsortiumCompositionSection;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.analyzer.report.OverviewSection;
import nl.vico.analyzer.report.ReportSection;
import nl.vico.model.StakeholderNetwork;

/**
 * Runs every section of {@code vico analyze} over a network and assembles the report. Stateless and
 * thread-safe; an empty network gives an empty report, never an exception.
 *
 * <p>Sections share one {@link AnalysisContext} per run, so what one computes (betweenness, distances,
 * components, communities) the next reuses instead of computing again.
 */
public final class NetworkAnalyzer implements NetworkAnalysis<AnalysisReport> {
    private final AnalysisOptions options;
    private final nl.vico.analyzer.findings.Policy policy;
    private final List<ReportSection> sections;

    public NetworkAnalyzer(AnalysisOptions options) {
        this(options, nl.vico.analyzer.findings.Policy.defaults());
    }

    /** An analyzer whose findings use the thresholds of the given policy (e.g. read from a policy file). */
    public NetworkAnalyzer(AnalysisOptions options, nl.vico.analyzer.findings.Policy policy) {
        this.options = Objects.requireNonNull(options, "options — use AnalysisOptions.defaults()");
        this.policy = Objects.requireNonNull(policy, "policy — use Policy.defaults()");
        // sections run in this order, which is also the order of their keys in the report
        var list = new ArrayList<ReportSection>();
        list.add(new OverviewSection());
        list.add(new CentralitySection());
        list.add(new CohesionSection());
        list.add(new CommunitySection());
        list.add(new ConsortiumCompositionSection());
        // ---- sections of structural holes, brokerage, diversity, power and findings: one line each below
        // ---- (they reuse Betweenness.of(context), Distances.of(context), Components.of(context), Communities.of(context))
        list.add(new nl.vico.analyzer.holes.StructuralHolesSection());
        list.add(new nl.vico.analyzer.brokerage.BrokerageSection());
        list.add(new nl.vico.analyzer.power.PowerSection());
        list.add(new nl.vico.analyzer.diversity.DiversitySection());
        list.add(new nl.vico.analyzer.holes.GroupHolesSection());
        list.add(new nl.vico.analyzer.findings.FindingsSection());
        list.add(new nl.vico.analyzer.assessment.ConsortiumAssessmentSection());
        this.sections = List.copyOf(list);
    }

    public NetworkAnalyzer() {
        this(AnalysisOptions.defaults());
    }

    /** The sections in the order they run. */
    public List<ReportSection> sections() {
        return sections;
    }

    @Override
    public AnalysisReport analyze(StakeholderNetwork network) {
        var context = new AnalysisContext(network, options, policy);
        var report = AnalysisReport.builder();
        for (var a : network.actors()) {
            report.actor(a.id(), "name", a.name());
            report.actor(a.id(), "type", a.type().key());
        }
        Thread ahead = computeAhead(context);
        try {
            for (ReportSection s : sections) {
                s.addTo(context, report);
            }
        } finally {
            if (ahead != null) {
                ahead.interrupt();
            }
        }
        return report.build();
    }

    /** Below this many actor·ties a network is analysed on one thread only (the rest is quick anyway). */
    static final long AHEAD_WORK = 10_000_000L;

    /**
     * On a large network with more than one worker thread, starts a thread that computes the results that
     * do not depend on the shortest-path passes (structural holes, brokerage, communities, Krackhardt, cut
     * points, clustering, PageRank, eigenvector, gatekeeping) while the sections, which start with those
     * passes, run on the calling thread: the single-threaded analyses then overlap with the parallel ones.
     * Every result is the same whichever thread computes it; a section that needs one waits for it.
     */
    private static Thread computeAhead(AnalysisContext context) {
        var g = context.graph();
        if (context.options().threads() < 2 || (long) g.vertexCount() * Math.max(1, g.edgeCount()) < AHEAD_WORK) {
            return null;
        }
        List<Runnable> work = List.of(
                () -> nl.vico.analyzer.holes.StructuralHolesSection.of(context),
                () -> nl.vico.analyzer.brokerage.BrokerageSection.byType(context),
                () -> nl.vico.analyzer.community.Communities.of(context),
                () -> nl.vico.analyzer.brokerage.BrokerageSection.byCommunity(context),
                () -> nl.vico.analyzer.power.PowerSection.krackhardt(context),
                () -> nl.vico.analyzer.power.PowerSection.cutVertices(context),
                () -> nl.vico.analyzer.cohesion.ClusteringProfile.of(context),
                () -> nl.vico.analyzer.centrality.CentralitySection.iterativeScores(context),
                () -> nl.vico.analyzer.power.PowerSection.gatekeeping(context));
        Thread t = new Thread(() -> {
            for (Runnable r : work) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                try {
                    r.run();
                } catch (RuntimeException e) {
                    // the section that needs this result meets the same failure and reports it
                    return;
                }
            }
        }, "vico-analyzer-ahead");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
